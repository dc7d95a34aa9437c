// The product catalog both the estate generator and the hand-modelled demo estate draw from, so
// vendors, models, firmware and MAC prefixes look like a real OT inventory.
import type { AssetType, ComponentClass } from '../schemas/vocabulary.js';
import { CLASS_OF_TYPE } from './component-classes.js';
import type { Industry } from './places.js';

/** A product line as it shows up in OT inventories. */
export interface Product {
  readonly key: string;
  readonly type: AssetType;
  readonly vendor: string;
  readonly model: string;
  /** Firmware / software / OS versions seen in the field. */
  readonly firmware: readonly string[];
  readonly orderNumbers?: readonly string[];
  /** IEEE OUI of the vendor's network interfaces (lowercase, colon separated). */
  readonly oui: string;
  /** Serial number pattern: # digit, H hex digit, A letter or digit; anything else literal. */
  readonly serial: string;
  /** Overrides the class derived from the type (e.g. SCADA software → software-application). */
  readonly componentClass?: ComponentClass | null;
  /** An end-of-life product line (unsupported OS, discontinued hardware). */
  readonly legacy?: boolean;
  /** Industries where the product is typical; absent = everywhere. */
  readonly industries?: readonly Industry[];
  /** Declared SL-C of the product line (e.g. from a 62443-4-2 certificate); illustrative. */
  readonly slCapability?: number | readonly number[];
  /** Word used in generated asset names ("Drive", "Remote I/O"). */
  readonly label?: string;
  /** Relative frequency when the generator picks a product of this type (default 1). */
  readonly weight?: number;
}

const OUI = {
  siemens: '00:1b:1b',
  rockwell: '00:00:bc',
  schneider: '00:80:f4',
  abb: '00:00:23',
  emerson: '00:0d:7e',
  honeywell: '00:40:84',
  yokogawa: '00:00:64',
  phoenix: '00:a0:45',
  moxa: '00:90:e8',
  hirschmann: '00:80:63',
  cisco: '00:1b:54',
  fortinet: '00:09:0f',
  beckhoff: '00:01:05',
  omron: '00:00:0a',
  bnr: '00:60:65',
  wago: '00:30:de',
  hima: '00:e0:a1',
  dell: 'd0:94:66',
  hpe: '94:40:c9',
  hp: '3c:d9:2b',
  lenovo: '6c:4b:90',
  waterfall: '00:50:c2',
  owl: '00:50:c2',
  hms: '00:03:27',
  sel: '00:30:a7',
  endress: '00:07:05',
  apc: '00:c0:b7',
  paloalto: '00:1b:17',
} as const;

const P = (p: Product): Product => p;

/** The product catalog the generators draw from. Keys are stable; the demo script uses them. */
// prettier-ignore
export const PRODUCTS: readonly Product[] = [
  // --- PLCs
  P({ key: 's7-1516', type: 'plc', vendor: 'Siemens', model: 'S7-1500 CPU 1516-3 PN/DP', firmware: ['V2.8.3', 'V2.9.4', 'V2.9.7', 'V3.0.3', 'V3.1.2'], orderNumbers: ['6ES7516-3AN02-0AB0', '6ES7516-3AN01-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', slCapability: [2, 2, 2, 2, 2, 1, 2], weight: 3 }),
  P({ key: 's7-1518', type: 'plc', vendor: 'Siemens', model: 'S7-1500 CPU 1518-4 PN/DP', firmware: ['V2.9.4', 'V3.0.3', 'V3.1.2'], orderNumbers: ['6ES7518-4AP00-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', slCapability: [2, 2, 2, 2, 2, 1, 2] }),
  P({ key: 's7-1215', type: 'plc', vendor: 'Siemens', model: 'S7-1200 CPU 1215C DC/DC/DC', firmware: ['V4.4.1', 'V4.5.2', 'V4.6.1'], orderNumbers: ['6ES7215-1AG40-0XB0'], oui: OUI.siemens, serial: 'S C-AAA#####', weight: 2 }),
  P({ key: 's7-315', type: 'plc', vendor: 'Siemens', model: 'S7-300 CPU 315-2 PN/DP', firmware: ['V3.2.6', 'V3.2.8', 'V3.2.17'], orderNumbers: ['6ES7315-2EH14-0AB0', '6ES7315-2EH13-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', legacy: true, weight: 0.4 }),
  P({ key: 's7-416', type: 'plc', vendor: 'Siemens', model: 'S7-400 CPU 416-3 PN/DP', firmware: ['V6.0.6', 'V6.0.9', 'V6.0.10'], orderNumbers: ['6ES7416-3ES07-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', industries: ['pharma', 'chemicals', 'energy'], weight: 0.6 }),
  P({ key: 'controllogix-5580', type: 'plc', vendor: 'Rockwell Automation', model: 'ControlLogix 5580 1756-L83E', firmware: ['v32.013', 'v33.011', 'v34.011', 'v35.013'], orderNumbers: ['1756-L83E', '1756-L85E'], oui: OUI.rockwell, serial: 'HHHHHHHH', weight: 3 }),
  P({ key: 'compactlogix-5380', type: 'plc', vendor: 'Rockwell Automation', model: 'CompactLogix 5380 5069-L320ER', firmware: ['v32.013', 'v33.011', 'v34.011'], orderNumbers: ['5069-L320ER', '5069-L330ER'], oui: OUI.rockwell, serial: 'HHHHHHHH', weight: 2 }),
  P({ key: 'compactlogix-1769', type: 'plc', vendor: 'Rockwell Automation', model: 'CompactLogix 1769-L33ER', firmware: ['v20.019', 'v24.011', 'v30.014'], orderNumbers: ['1769-L33ER'], oui: OUI.rockwell, serial: 'HHHHHHHH', industries: ['water', 'food', 'automotive'], weight: 1 }),
  P({ key: 'slc-500', type: 'plc', vendor: 'Rockwell Automation', model: 'SLC 5/05 1747-L552', firmware: ['Series C FRN 10', 'Series C FRN 12'], orderNumbers: ['1747-L552'], oui: OUI.rockwell, serial: 'HHHHHHHH', legacy: true, weight: 0.3 }),
  P({ key: 'm580', type: 'plc', vendor: 'Schneider Electric', model: 'Modicon M580 BMEP582040', firmware: ['SV3.20', 'SV4.02', 'SV4.10', 'SV4.20'], orderNumbers: ['BMEP582040', 'BMEP584040'], oui: OUI.schneider, serial: '##########', weight: 2 }),
  P({ key: 'm340', type: 'plc', vendor: 'Schneider Electric', model: 'Modicon M340 BMXP342020', firmware: ['SV3.40', 'SV3.51'], orderNumbers: ['BMXP342020'], oui: OUI.schneider, serial: '##########', weight: 1.5 }),
  P({ key: 'quantum', type: 'plc', vendor: 'Schneider Electric', model: 'Modicon Quantum 140CPU65160', firmware: ['3.20', '3.60'], orderNumbers: ['140CPU65160'], oui: OUI.schneider, serial: '##########', legacy: true, weight: 0.3 }),
  P({ key: 'plcnext-2152', type: 'plc', vendor: 'Phoenix Contact', model: 'PLCnext Control AXC F 2152', firmware: ['2023.0.5 LTS', '2024.0.3 LTS'], orderNumbers: ['2404267'], oui: OUI.phoenix, serial: '#########', slCapability: 2 }),
  P({ key: 'cx5140', type: 'plc', vendor: 'Beckhoff', model: 'CX5140 Embedded PC (TwinCAT 3)', firmware: ['TwinCAT 3.1.4024.47', 'TwinCAT 3.1.4024.56', 'TwinCAT 3.1.4026.5'], orderNumbers: ['CX5140-0145', 'CX5140-0155'], oui: OUI.beckhoff, serial: '#######', industries: ['food', 'automotive'], weight: 1.5 }),
  P({ key: 'cx2040', type: 'plc', vendor: 'Beckhoff', model: 'CX2040 Embedded PC (TwinCAT 3)', firmware: ['TwinCAT 3.1.4024.56'], orderNumbers: ['CX2040-0125'], oui: OUI.beckhoff, serial: '#######', industries: ['food', 'automotive'] }),
  P({ key: 'omron-nx1p2', type: 'plc', vendor: 'Omron', model: 'NX1P2-9024DT', firmware: ['1.21', '1.50', '1.64'], orderNumbers: ['NX1P2-9024DT'], oui: OUI.omron, serial: '#########', industries: ['food', 'automotive'] }),
  P({ key: 'omron-nj501', type: 'plc', vendor: 'Omron', model: 'NJ501-1500', firmware: ['1.40', '1.49', '1.62'], orderNumbers: ['NJ501-1500'], oui: OUI.omron, serial: '#########', industries: ['food', 'automotive'] }),
  P({ key: 'br-x20cp1586', type: 'plc', vendor: 'B&R', model: 'X20CP1586', firmware: ['AR 4.73', 'AR 4.93', 'AR 6.0.2'], orderNumbers: ['X20CP1586'], oui: OUI.bnr, serial: 'AAAA######', industries: ['food', 'automotive'] }),
  P({ key: 'wago-pfc200', type: 'plc', vendor: 'WAGO', model: 'PFC200 750-8212', firmware: ['03.10.08(22)', '04.02.13(24)', '04.05.10(27)'], orderNumbers: ['750-8212'], oui: OUI.wago, serial: '##########', industries: ['water', 'energy', 'food'] }),
  P({ key: 'micro850', type: 'plc', vendor: 'Rockwell Automation', model: 'Micro850 2080-LC50-24QBB', firmware: ['21.011', '22.011'], orderNumbers: ['2080-LC50-24QBB'], oui: OUI.rockwell, serial: 'HHHHHHHH', industries: ['water', 'food'], weight: 0.5 }),

  // --- DCS controllers
  P({ key: 'pcs7-as410', type: 'dcs-controller', vendor: 'Siemens', model: 'SIMATIC PCS 7 AS 410-5H', firmware: ['V8.2.3', 'V10.1.1'], orderNumbers: ['6ES7410-5HX08-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', industries: ['pharma', 'chemicals'], weight: 2 }),
  P({ key: 'deltav-pk', type: 'dcs-controller', vendor: 'Emerson', model: 'DeltaV PK Controller', firmware: ['14.3.1', '14.3.2', '15.1'], oui: OUI.emerson, serial: 'AA########', industries: ['pharma', 'chemicals', 'energy'], weight: 1.5 }),
  P({ key: 'deltav-mq', type: 'dcs-controller', vendor: 'Emerson', model: 'DeltaV MQ Controller', firmware: ['13.3.1', '14.3.1'], oui: OUI.emerson, serial: 'AA########', industries: ['pharma', 'chemicals'] }),
  P({ key: 'ac800m', type: 'dcs-controller', vendor: 'ABB', model: 'AC 800M PM866A', firmware: ['6.0.3', '6.1.1', '6.1.2'], orderNumbers: ['3BSE076359R1'], oui: OUI.abb, serial: 'AAA####', industries: ['chemicals', 'energy', 'water'], weight: 1.5 }),
  P({ key: 'c300', type: 'dcs-controller', vendor: 'Honeywell', model: 'Experion PKS C300 Controller', firmware: ['R511.5', 'R520.2'], orderNumbers: ['CC-PCNT02'], oui: OUI.honeywell, serial: '##########', industries: ['chemicals', 'energy'] }),
  P({ key: 'centum-fcs', type: 'dcs-controller', vendor: 'Yokogawa', model: 'CENTUM VP FCS AFV30D', firmware: ['R6.09', 'R6.10'], orderNumbers: ['AFV30D'], oui: OUI.yokogawa, serial: 'A##A#####', industries: ['chemicals', 'energy', 'pharma'] }),

  // --- RTUs
  P({ key: 'scadapack-474', type: 'rtu', vendor: 'Schneider Electric', model: 'SCADAPack 474', firmware: ['9.0.2', '9.3.1', '9.8.0'], oui: OUI.schneider, serial: '##########', industries: ['water', 'energy'], weight: 3 }),
  P({ key: 'scadapack-357', type: 'rtu', vendor: 'Schneider Electric', model: 'SCADAPack 357', firmware: ['2.57', '2.60'], oui: OUI.schneider, serial: '##########', industries: ['water'], legacy: true, weight: 0.6 }),
  P({ key: 'rtu560', type: 'rtu', vendor: 'ABB', model: 'RTU560 560CMU05', firmware: ['12.7.4', '13.2.1'], orderNumbers: ['1KGT015400R0001'], oui: OUI.abb, serial: 'AAA####', industries: ['water', 'energy'] }),
  P({ key: 'sicam-a8000', type: 'rtu', vendor: 'Siemens', model: 'SICAM A8000 CP-8050', firmware: ['V05.30', 'V05.40'], orderNumbers: ['6MF2805-0AA00'], oui: OUI.siemens, serial: 'BF##########', industries: ['water', 'energy'] }),
  P({ key: 'sel-rtac', type: 'rtu', vendor: 'SEL', model: 'SEL-3505 RTAC', firmware: ['R150-V2', 'R151-V1'], oui: OUI.sel, serial: '#########', industries: ['energy', 'water'] }),
  P({ key: 'iologik-e1214', type: 'rtu', vendor: 'Moxa', model: 'ioLogik E1214', firmware: ['3.2', '3.3'], oui: OUI.moxa, serial: 'AAAAA#######', weight: 0.5 }),

  // --- Safety controllers
  P({ key: 's7-1516f', type: 'sis-controller', vendor: 'Siemens', model: 'S7-1500F CPU 1516F-3 PN/DP', firmware: ['V2.9.4', 'V3.0.3'], orderNumbers: ['6ES7516-3FN02-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', weight: 2 }),
  P({ key: 'pcs7-as410f', type: 'sis-controller', vendor: 'Siemens', model: 'SIMATIC PCS 7 AS 410F-5H (S7 F Systems)', firmware: ['V8.2.3'], orderNumbers: ['6ES7410-5HX08-0AB0'], oui: OUI.siemens, serial: 'S C-AAA#####', industries: ['pharma', 'chemicals'] }),
  P({ key: 'guardlogix-5580', type: 'sis-controller', vendor: 'Rockwell Automation', model: 'GuardLogix 5580 1756-L83ES', firmware: ['v32.013', 'v33.011'], orderNumbers: ['1756-L83ES'], oui: OUI.rockwell, serial: 'HHHHHHHH', weight: 1.5 }),
  P({ key: 'himax', type: 'sis-controller', vendor: 'HIMA', model: 'HIMax X-CPU 31', firmware: ['V12.14', 'V12.26'], oui: OUI.hima, serial: '#######', industries: ['chemicals', 'energy', 'pharma'] }),
  P({ key: 'tricon-cx', type: 'sis-controller', vendor: 'Schneider Electric', model: 'Triconex Tricon CX 3009X', firmware: ['11.6.1', '11.8.0'], orderNumbers: ['3009X'], oui: OUI.schneider, serial: '##########', industries: ['chemicals', 'energy'] }),
  P({ key: 'prosafe-rs', type: 'sis-controller', vendor: 'Yokogawa', model: 'ProSafe-RS SCS SSC60D', firmware: ['R4.07', 'R4.09'], orderNumbers: ['SSC60D'], oui: OUI.yokogawa, serial: 'A##A#####', industries: ['chemicals', 'energy'] }),
  P({ key: 'safety-manager', type: 'sis-controller', vendor: 'Honeywell', model: 'Safety Manager SC', firmware: ['R160.1', 'R161.2'], oui: OUI.honeywell, serial: '##########', industries: ['chemicals', 'energy'] }),

  // --- HMIs
  P({ key: 'tp1200', type: 'hmi', vendor: 'Siemens', model: 'SIMATIC HMI TP1200 Comfort', firmware: ['V16.0.0.0', 'V17.0.0.0', 'V18.0.0.0'], orderNumbers: ['6AV2124-0MC01-0AX0'], oui: OUI.siemens, serial: 'S Q-AAA#####', weight: 2 }),
  P({ key: 'ipc677e', type: 'hmi', vendor: 'Siemens', model: 'SIMATIC IPC677E Panel PC (WinCC V7.5)', firmware: ['Windows 10 IoT Enterprise LTSC 2019'], orderNumbers: ['6AV7240-5AA04-0AA0'], oui: OUI.siemens, serial: 'S VP-AAA#####' }),
  P({ key: 'pc677b-xp', type: 'hmi', vendor: 'Siemens', model: 'SIMATIC Panel PC 677B (WinCC V7.0)', firmware: ['Windows XP Professional SP3'], orderNumbers: ['6AV7870-0BA10-1AC0'], oui: OUI.siemens, serial: 'S VP-AAA#####', legacy: true, weight: 0.3 }),
  P({ key: 'panelview-5510', type: 'hmi', vendor: 'Rockwell Automation', model: 'PanelView 5510 2715P-T10CD', firmware: ['v6.011', 'v7.001', 'v8.011'], orderNumbers: ['2715P-T10CD'], oui: OUI.rockwell, serial: 'HHHHHHHH', weight: 2 }),
  P({ key: 'panelview-plus6', type: 'hmi', vendor: 'Rockwell Automation', model: 'PanelView Plus 6 1000 2711P-T10C4D8', firmware: ['v6.10 (Windows CE 6.0)', 'v8.00 (Windows CE 6.0)'], orderNumbers: ['2711P-T10C4D8'], oui: OUI.rockwell, serial: 'HHHHHHHH', legacy: true, weight: 0.4 }),
  P({ key: 'harmony-gtu', type: 'hmi', vendor: 'Schneider Electric', model: 'Harmony GTU HMIG5U', firmware: ['2.4.0', '2.6.1'], orderNumbers: ['HMIG5U'], oui: OUI.schneider, serial: '##########' }),
  P({ key: 'cp2916', type: 'hmi', vendor: 'Beckhoff', model: 'CP2916 Multi-touch Panel PC', firmware: ['Windows 10 IoT Enterprise 2019 LTSC', 'Windows 10 IoT Enterprise 2021 LTSC'], orderNumbers: ['CP2916-0010'], oui: OUI.beckhoff, serial: '#######', industries: ['food', 'automotive'] }),
  P({ key: 'omron-na5', type: 'hmi', vendor: 'Omron', model: 'NA5-12W101S', firmware: ['1.14', '1.17'], orderNumbers: ['NA5-12W101S'], oui: OUI.omron, serial: '#########', industries: ['food', 'automotive'] }),
  P({ key: 'br-c70', type: 'hmi', vendor: 'B&R', model: 'Power Panel C70 6PPT30.0702', firmware: ['AR 4.93', 'AR 6.0.2'], orderNumbers: ['6PPT30.0702.20B-5'], oui: OUI.bnr, serial: 'AAAA######', industries: ['food', 'automotive'] }),
  P({ key: 'deltav-operator', type: 'hmi', vendor: 'Emerson', model: 'DeltaV Operator Station (Dell OptiPlex XE4)', firmware: ['DeltaV 14.3.1 / Windows 10 LTSC 2019', 'DeltaV 15 LTS / Windows 10 LTSC 2021'], oui: OUI.dell, serial: 'AAAAAAA', industries: ['pharma', 'chemicals'] }),
  P({ key: 'pcs7-os-client', type: 'hmi', vendor: 'Siemens', model: 'SIMATIC PCS 7 OS Client (IPC847E)', firmware: ['PCS 7 V9.1 SP2 / Windows 10 LTSC 2019'], orderNumbers: ['6AG4114-3SA20-1BX0'], oui: OUI.siemens, serial: 'S VP-AAA#####', industries: ['pharma', 'chemicals'] }),

  P({ key: 'dell-xe4-hmi', type: 'hmi', vendor: 'Dell', model: 'OptiPlex XE4 (SCADA operator client)', firmware: ['Windows 10 IoT Enterprise LTSC 2021', 'Windows 10 Enterprise LTSC 2019'], oui: OUI.dell, serial: 'AAAAAAA' }),
  P({ key: 'ecom-tabex', type: 'hmi', vendor: 'ecom instruments', model: 'Tab-Ex 03 (Zone 1 tablet)', firmware: ['Android 11', 'Android 13'], oui: '00:13:95', serial: '##########', industries: ['pharma', 'chemicals', 'water'], weight: 0.3 }),

  // --- Engineering workstations
  P({ key: 'precision-3660', type: 'ews', vendor: 'Dell', model: 'Precision 3660 Tower', firmware: ['Windows 10 Enterprise LTSC 2021', 'Windows 11 Enterprise 23H2'], oui: OUI.dell, serial: 'AAAAAAA', weight: 2 }),
  P({ key: 'field-pg-m6', type: 'ews', vendor: 'Siemens', model: 'SIMATIC Field PG M6', firmware: ['Windows 10 IoT Enterprise LTSC 2021'], orderNumbers: ['6ES7717-1BB00-0AB0'], oui: OUI.siemens, serial: 'S VP-AAA#####' }),
  P({ key: 'z2-g9', type: 'ews', vendor: 'HP', model: 'Z2 Tower G9 Workstation', firmware: ['Windows 10 Enterprise 22H2', 'Windows 11 Enterprise 23H2'], oui: OUI.hp, serial: 'AAA#####AA' }),
  P({ key: 'precision-t3500', type: 'ews', vendor: 'Dell', model: 'Precision T3500', firmware: ['Windows 7 Professional SP1'], oui: OUI.dell, serial: 'AAAAAAA', legacy: true, weight: 0.3 }),

  // --- Historians
  P({ key: 'pi-server', type: 'historian', vendor: 'AVEVA', model: 'PI Server 2018 SP3 (PI Data Archive)', firmware: ['3.4.430.460', '3.4.440.477'], oui: OUI.dell, serial: 'AAAAAAA', weight: 2 }),
  P({ key: 'aveva-historian', type: 'historian', vendor: 'AVEVA', model: 'AVEVA Historian 2023 R2', firmware: ['23.1.000', '23.1.100'], oui: OUI.hpe, serial: 'AAA#####AA' }),
  P({ key: 'process-historian', type: 'historian', vendor: 'Siemens', model: 'SIMATIC Process Historian 2022', firmware: ['2022 SP1'], oui: OUI.siemens, serial: 'S VP-AAA#####', industries: ['pharma', 'chemicals'] }),
  P({ key: 'factorytalk-historian', type: 'historian', vendor: 'Rockwell Automation', model: 'FactoryTalk Historian SE 8.0', firmware: ['8.00.00'], oui: OUI.dell, serial: 'AAAAAAA' }),
  P({ key: 'phd', type: 'historian', vendor: 'Honeywell', model: 'Uniformance PHD R410', firmware: ['R410.1'], oui: OUI.hpe, serial: 'AAA#####AA', industries: ['chemicals', 'energy'] }),

  // --- SCADA servers (some recorded as software applications)
  P({ key: 'wincc-oa', type: 'scada-server', vendor: 'Siemens', model: 'WinCC OA 3.19', firmware: ['3.19 P010', '3.19 P015'], oui: OUI.dell, serial: 'AAAAAAA', componentClass: 'software-application' }),
  P({ key: 'pcs7-os-server', type: 'scada-server', vendor: 'Siemens', model: 'SIMATIC PCS 7 OS Server (IPC847E)', firmware: ['PCS 7 V9.1 SP2 / Windows Server 2019'], orderNumbers: ['6AG4114-3SA20-1BX0'], oui: OUI.siemens, serial: 'S VP-AAA#####', industries: ['pharma', 'chemicals'] }),
  P({ key: 'ignition', type: 'scada-server', vendor: 'Inductive Automation', model: 'Ignition 8.1 Gateway', firmware: ['8.1.33', '8.1.38', '8.1.44'], oui: OUI.dell, serial: 'AAAAAAA', componentClass: 'software-application' }),
  P({ key: 'system-platform', type: 'scada-server', vendor: 'AVEVA', model: 'System Platform 2023 R2 (Wonderware)', firmware: ['2023 R2 SP1'], oui: OUI.hpe, serial: 'AAA#####AA', componentClass: 'software-application' }),
  P({ key: 'geo-scada', type: 'scada-server', vendor: 'Schneider Electric', model: 'EcoStruxure Geo SCADA Expert 2023', firmware: ['2023 May', '2023 Nov'], oui: OUI.dell, serial: 'AAAAAAA', componentClass: 'software-application', industries: ['water', 'energy'] }),
  P({ key: 'ftview-se', type: 'scada-server', vendor: 'Rockwell Automation', model: 'FactoryTalk View SE Server 13.0', firmware: ['13.00.00 / Windows Server 2019'], oui: OUI.dell, serial: 'AAAAAAA' }),
  P({ key: 'deltav-appstation', type: 'scada-server', vendor: 'Emerson', model: 'DeltaV Application Station (Dell PowerEdge R650)', firmware: ['DeltaV 14.3.1 / Windows Server 2016', 'DeltaV 15 LTS / Windows Server 2019'], oui: OUI.dell, serial: 'AAAAAAA', industries: ['pharma', 'chemicals'] }),

  // --- IIoT / remote gateways
  P({ key: 'iot2050', type: 'iiot-gateway', vendor: 'Siemens', model: 'SIMATIC IOT2050 Advanced', firmware: ['V1.3.1', 'V1.4.1'], orderNumbers: ['6ES7647-0BA00-1YA2'], oui: OUI.siemens, serial: 'S C-AAA#####' }),
  P({ key: 'uc-8210', type: 'iiot-gateway', vendor: 'Moxa', model: 'UC-8210-T-LX', firmware: ['V1.9', 'V1.12'], oui: OUI.moxa, serial: 'AAAAA#######' }),
  P({ key: 'ewon-flexy', type: 'iiot-gateway', vendor: 'HMS Networks', model: 'Ewon Flexy 205', firmware: ['14.6s1', '14.8s0', '15.0s1'], orderNumbers: ['FLEXY20500_00MA'], oui: OUI.hms, serial: '####-####-##' }),
  P({ key: 'edge-gateway', type: 'iiot-gateway', vendor: 'Phoenix Contact', model: 'EPC 1522 Edge Computer', firmware: ['2023.6', '2024.0'], orderNumbers: ['1185416'], oui: OUI.phoenix, serial: '#########' }),

  // --- Switches
  P({ key: 'ie3400', type: 'switch', vendor: 'Cisco', model: 'Catalyst IE3400 IE-3400-8T2S-E', firmware: ['17.9.4a', '17.12.2'], orderNumbers: ['IE-3400-8T2S-E'], oui: OUI.cisco, serial: 'FOCAAAAAAAA', weight: 2 }),
  P({ key: 'ie4000', type: 'switch', vendor: 'Cisco', model: 'IE-4000-8GT4G-E', firmware: ['15.2(7)E8', '15.2(8)E2'], orderNumbers: ['IE-4000-8GT4G-E'], oui: OUI.cisco, serial: 'FOCAAAAAAAA' }),
  P({ key: 'eds-510e', type: 'switch', vendor: 'Moxa', model: 'EDS-510E-3GTXSFP', firmware: ['V5.3', 'V5.5'], oui: OUI.moxa, serial: 'AAAAA#######', weight: 1.5 }),
  P({ key: 'eds-g4012', type: 'switch', vendor: 'Moxa', model: 'EDS-G4012', firmware: ['V3.0', 'V3.1'], oui: OUI.moxa, serial: 'AAAAA#######', slCapability: 2 }),
  P({ key: 'rsp35', type: 'switch', vendor: 'Hirschmann', model: 'RSP35 (HiOS)', firmware: ['HiOS-09.2.01', 'HiOS-09.4.03'], orderNumbers: ['RSP35-08033O6TT-SK9V9HSE2S'], oui: OUI.hirschmann, serial: '###############', slCapability: 2 }),
  P({ key: 'mach104', type: 'switch', vendor: 'Hirschmann', model: 'MACH104-20TX-F', firmware: ['L2P-08.0.06', 'L2P-09.0.04'], oui: OUI.hirschmann, serial: '###############' }),
  P({ key: 'xc216', type: 'switch', vendor: 'Siemens', model: 'SCALANCE XC216', firmware: ['V4.4', 'V4.5', 'V4.6'], orderNumbers: ['6GK5216-0BA00-2AC2'], oui: OUI.siemens, serial: 'VPAAA#######', weight: 2 }),
  P({ key: 'x208', type: 'switch', vendor: 'Siemens', model: 'SCALANCE X208', firmware: ['V4.1.2', 'V4.2.1'], orderNumbers: ['6GK5208-0BA10-2AA3'], oui: OUI.siemens, serial: 'VPAAA#######', legacy: true, weight: 0.3 }),
  P({ key: 'fl-switch-2308', type: 'switch', vendor: 'Phoenix Contact', model: 'FL SWITCH 2308', firmware: ['3.40', '3.50'], orderNumbers: ['2702327'], oui: OUI.phoenix, serial: '#########' }),
  P({ key: 'stratix-5700', type: 'switch', vendor: 'Rockwell Automation', model: 'Stratix 5700 1783-BMS10CGL', firmware: ['15.2(7)E7', '15.2(8)E3'], orderNumbers: ['1783-BMS10CGL'], oui: OUI.rockwell, serial: 'FOCAAAAAAAA', weight: 1.5 }),

  P({ key: 'deltav-smart-switch', type: 'switch', vendor: 'Emerson', model: 'DeltaV Smart Switch (24 port)', firmware: ['3.0.4', '3.1.2'], oui: OUI.emerson, serial: 'AA########', industries: ['pharma', 'chemicals'], weight: 0.5 }),

  // --- Routers
  P({ key: 'm876', type: 'router', vendor: 'Siemens', model: 'SCALANCE M876-4', firmware: ['V7.2', 'V8.1'], orderNumbers: ['6GK5876-4AA10-2BA2'], oui: OUI.siemens, serial: 'VPAAA#######' }),
  P({ key: 'ir1101', type: 'router', vendor: 'Cisco', model: 'Catalyst IR1101', firmware: ['17.9.3', '17.12.1'], orderNumbers: ['IR1101-K9'], oui: OUI.cisco, serial: 'FCWAAAAAAAA' }),
  P({ key: 'edr-810', type: 'router', vendor: 'Moxa', model: 'EDR-810-2GSFP', firmware: ['V5.7', 'V5.12'], oui: OUI.moxa, serial: 'AAAAA#######' }),

  // --- Firewalls
  P({ key: 'fg-100f', type: 'firewall', vendor: 'Fortinet', model: 'FortiGate 100F', firmware: ['v7.0.15', 'v7.2.8', 'v7.4.4'], orderNumbers: ['FG-100F'], oui: OUI.fortinet, serial: 'FG100FTK2#######', weight: 2 }),
  P({ key: 'fgr-60f', type: 'firewall', vendor: 'Fortinet', model: 'FortiGate Rugged 60F', firmware: ['v7.0.14', 'v7.2.8'], orderNumbers: ['FGR-60F'], oui: OUI.fortinet, serial: 'FGR60FTK2#######', weight: 1.5 }),
  P({ key: 'fpr-1120', type: 'firewall', vendor: 'Cisco', model: 'Firepower 1120', firmware: ['7.2.5', '7.4.1'], orderNumbers: ['FPR1120-NGFW-K9'], oui: OUI.cisco, serial: 'JADAAAAAAAA' }),
  P({ key: 'pa-3220', type: 'firewall', vendor: 'Palo Alto Networks', model: 'PA-3220', firmware: ['10.2.9-h1', '11.1.2'], oui: OUI.paloalto, serial: '############' }),
  P({ key: 'mguard-rs4000', type: 'firewall', vendor: 'Phoenix Contact', model: 'FL MGUARD RS4000 TX/TX', firmware: ['8.9.3', '10.3.1'], orderNumbers: ['2700634'], oui: OUI.phoenix, serial: '#########' }),
  P({ key: 'eagle40', type: 'firewall', vendor: 'Hirschmann', model: 'EAGLE40-07', firmware: ['HiSecOS 04.2.00', 'HiSecOS 04.4.01'], oui: OUI.hirschmann, serial: '###############' }),
  P({ key: 'sc646', type: 'firewall', vendor: 'Siemens', model: 'SCALANCE SC646-2C', firmware: ['V2.3', 'V3.0'], orderNumbers: ['6GK5646-2GS00-2AC2'], oui: OUI.siemens, serial: 'VPAAA#######' }),

  // --- Wireless
  P({ key: 'w788', type: 'wireless-ap', vendor: 'Siemens', model: 'SCALANCE W788-2 M12', firmware: ['V6.4', 'V6.5'], orderNumbers: ['6GK5788-2FC00-0AA0'], oui: OUI.siemens, serial: 'VPAAA#######' }),
  P({ key: 'iw6300', type: 'wireless-ap', vendor: 'Cisco', model: 'Catalyst IW6300 Heavy Duty AP', firmware: ['17.9.4', '17.12.2'], orderNumbers: ['IW-6300H-AC-E-K9'], oui: OUI.cisco, serial: 'FCWAAAAAAAA' }),
  P({ key: 'awk-1137c', type: 'wireless-ap', vendor: 'Moxa', model: 'AWK-1137C', firmware: ['1.6', '1.7'], oui: OUI.moxa, serial: 'AAAAA#######' }),
  P({ key: 'fl-wlan-1100', type: 'wireless-ap', vendor: 'Phoenix Contact', model: 'FL WLAN 1100', firmware: ['2.71', '3.01'], orderNumbers: ['2702534'], oui: OUI.phoenix, serial: '#########' }),

  // --- Data diodes
  P({ key: 'waterfall-usg', type: 'data-diode', vendor: 'Waterfall Security', model: 'Unidirectional Security Gateway WF-500', firmware: ['8.3.1', '9.0.2'], oui: OUI.waterfall, serial: 'WF######' }),
  P({ key: 'owl-opds', type: 'data-diode', vendor: 'Owl Cyber Defense', model: 'OPDS-100D', firmware: ['5.6.1'], oui: OUI.owl, serial: 'OWL#######' }),

  // --- Servers
  P({ key: 'r650', type: 'server', vendor: 'Dell', model: 'PowerEdge R650', firmware: ['Windows Server 2022', 'Windows Server 2019', 'VMware ESXi 8.0 U2'], oui: OUI.dell, serial: 'AAAAAAA', weight: 3 }),
  P({ key: 'r740', type: 'server', vendor: 'Dell', model: 'PowerEdge R740', firmware: ['Windows Server 2019', 'VMware ESXi 7.0 U3'], oui: OUI.dell, serial: 'AAAAAAA', weight: 2 }),
  P({ key: 'dl380', type: 'server', vendor: 'HPE', model: 'ProLiant DL380 Gen10', firmware: ['Windows Server 2019', 'Windows Server 2022', 'VMware ESXi 7.0 U3'], oui: OUI.hpe, serial: 'CZ########', weight: 2 }),
  P({ key: 'dl380-g7', type: 'server', vendor: 'HPE', model: 'ProLiant DL380 G7', firmware: ['Windows Server 2008 R2 SP1', 'Windows Server 2012 R2'], oui: OUI.hpe, serial: 'CZ########', legacy: true, weight: 0.3 }),
  P({ key: 'ipc547g', type: 'server', vendor: 'Siemens', model: 'SIMATIC IPC547G', firmware: ['Windows Server 2019'], orderNumbers: ['6AG4104-4GN16-4BX0'], oui: OUI.siemens, serial: 'S VP-AAA#####' }),

  // --- Workstations
  P({ key: 'optiplex-7010', type: 'workstation', vendor: 'Dell', model: 'OptiPlex 7010', firmware: ['Windows 11 Enterprise 23H2', 'Windows 10 Enterprise 22H2'], oui: OUI.dell, serial: 'AAAAAAA', weight: 3 }),
  P({ key: 'elitedesk-800', type: 'workstation', vendor: 'HP', model: 'EliteDesk 800 G6', firmware: ['Windows 10 Enterprise 22H2', 'Windows 11 Enterprise 23H2'], oui: OUI.hp, serial: 'AAA#####AA', weight: 2 }),
  P({ key: 'thinkcentre-m70q', type: 'workstation', vendor: 'Lenovo', model: 'ThinkCentre M70q Gen 4', firmware: ['Windows 11 Enterprise 23H2'], oui: OUI.lenovo, serial: 'AA########' }),
  P({ key: 'optiplex-780', type: 'workstation', vendor: 'Dell', model: 'OptiPlex 780', firmware: ['Windows 7 Professional SP1', 'Windows XP Professional SP3'], oui: OUI.dell, serial: 'AAAAAAA', legacy: true, weight: 0.3 }),

  // --- Other field equipment
  P({ key: 'g120', type: 'other', vendor: 'Siemens', model: 'SINAMICS G120 CU250S-2 PN', firmware: ['V4.7 SP10', 'V4.7 SP13'], orderNumbers: ['6SL3246-0BA22-1FA0'], oui: OUI.siemens, serial: 'S XAA########', componentClass: 'embedded-device', label: 'drive', weight: 2 }),
  P({ key: 'et200sp', type: 'other', vendor: 'Siemens', model: 'ET 200SP IM 155-6 PN HF', firmware: ['V4.2.3', 'V6.0.1'], orderNumbers: ['6ES7155-6AU01-0CN0'], oui: OUI.siemens, serial: 'S C-AAA#####', componentClass: 'embedded-device', label: 'remote I/O', weight: 2 }),
  P({ key: 'powerflex-755', type: 'other', vendor: 'Rockwell Automation', model: 'PowerFlex 755 20G11', firmware: ['14.004', '15.001'], orderNumbers: ['20G11NC022AA0NNNNN'], oui: OUI.rockwell, serial: 'HHHHHHHH', componentClass: 'embedded-device', label: 'drive', weight: 2 }),
  P({ key: 'point-io', type: 'other', vendor: 'Rockwell Automation', model: 'POINT I/O 1734-AENTR', firmware: ['6.012', '7.001'], orderNumbers: ['1734-AENTR'], oui: OUI.rockwell, serial: 'HHHHHHHH', componentClass: 'embedded-device', label: 'remote I/O', weight: 1.5 }),
  P({ key: 'acs880', type: 'other', vendor: 'ABB', model: 'ACS880-01 drive (FENA-21)', firmware: ['3.40.0.0', '3.50.0.0'], oui: OUI.abb, serial: '##########', componentClass: 'embedded-device', label: 'drive' }),
  P({ key: 'altivar-process', type: 'other', vendor: 'Schneider Electric', model: 'Altivar Process ATV630', firmware: ['3.3IE58', '3.5IE61'], orderNumbers: ['ATV630D15N4'], oui: OUI.schneider, serial: '##########', componentClass: 'embedded-device', label: 'drive' }),
  P({ key: 'promag-400', type: 'other', vendor: 'Endress+Hauser', model: 'Proline Promag W 400 (EtherNet/IP)', firmware: ['01.02.00', '01.03.01'], orderNumbers: ['5W4C25'], oui: OUI.endress, serial: 'A#######A##', label: 'flowmeter', industries: ['water', 'pharma', 'chemicals', 'food'] }),
  P({ key: 'el6631', type: 'other', vendor: 'Beckhoff', model: 'EK9300 PROFINET Bus Coupler', firmware: ['1.06', '1.12'], orderNumbers: ['EK9300'], oui: OUI.beckhoff, serial: '#######', componentClass: 'embedded-device', label: 'bus coupler', industries: ['food', 'automotive'] }),
  P({ key: 'zebra-tc52', type: 'other', vendor: 'Zebra Technologies', model: 'TC52 handheld computer', firmware: ['Android 11 (11-49-09.00-RN)', 'Android 13 (13-20-02.00-TG)'], oui: '00:a0:f8', serial: '##########', label: 'handheld scanner', industries: ['food', 'automotive'], weight: 0.4 }),
  P({ key: 'smart-ups', type: 'other', vendor: 'APC by Schneider Electric', model: 'Smart-UPS SRT 3000 with NMC3', firmware: ['NMC3 v2.5.0.6', 'NMC3 v3.0.3.1'], oui: OUI.apc, serial: 'AS##########', label: 'UPS', weight: 0.5 }),
];

export const PRODUCT_BY_KEY: ReadonlyMap<string, Product> = new Map(PRODUCTS.map((p) => [p.key, p]));

/** The product with this key (throws for an unknown key: catalogs are code, not data). */
export function product(key: string): Product {
  const p = PRODUCT_BY_KEY.get(key);
  if (!p) throw new Error(`unknown demo product "${key}"`);
  return p;
}

/** The component class an asset of this product gets. */
export function classOf(p: Product): ComponentClass | undefined {
  return p.componentClass === null ? undefined : (p.componentClass ?? CLASS_OF_TYPE[p.type]);
}
