// Channel protocol slugs in site files are free text ("opc-ua", "fins", "profinet"); discovery uses
// fixed ids ("opcua", "omron-fins", "profinet-rt"). Both are reduced to one family name so a
// channel written the way engineers write it still allows the traffic it means.
import type { ProtocolId } from './types.js';

const FAMILY_OF_ID: Record<ProtocolId, string> = {
  modbus: 'modbus',
  s7comm: 's7',
  's7comm-plus': 's7',
  enip: 'enip',
  cip: 'enip',
  dnp3: 'dnp3',
  iec104: 'iec104',
  bacnet: 'bacnet',
  opcua: 'opcua',
  'profinet-dcp': 'profinet',
  'profinet-rt': 'profinet',
  'profinet-io': 'profinet',
  'profinet-ptcp': 'profinet',
  mqtt: 'mqtt',
  'iec61850-goose': 'iec61850-goose',
  'iec61850-mms': 'iec61850-mms',
  'iec61850-sv': 'iec61850-sv',
  c37118: 'c37118',
  ethercat: 'ethercat',
  'omron-fins': 'fins',
  'hart-ip': 'hart-ip',
  telnet: 'telnet',
  ftp: 'ftp',
  http: 'http',
  rdp: 'rdp',
  vnc: 'vnc',
  smb: 'smb',
  ssh: 'ssh',
};

/** Other spellings of channel protocols seen in site files, by family. */
const SLUG_ALIASES: Record<string, string> = {
  'modbus-tcp': 'modbus',
  mbtcp: 'modbus',
  'modbus/tcp': 'modbus',
  s7: 's7',
  s7comm: 's7',
  's7comm-plus': 's7',
  s7plus: 's7',
  'iso-tsap': 's7',
  'ethernet-ip': 'enip',
  ethernetip: 'enip',
  'ethernet/ip': 'enip',
  cip: 'enip',
  enip: 'enip',
  dnp: 'dnp3',
  'iec-104': 'iec104',
  'iec60870-5-104': 'iec104',
  'bacnet-ip': 'bacnet',
  'bacnet/ip': 'bacnet',
  'opc-ua': 'opcua',
  opcua: 'opcua',
  'opc-ua-tcp': 'opcua',
  profinet: 'profinet',
  pnio: 'profinet',
  'profinet-io': 'profinet',
  'profinet-rt': 'profinet',
  'profinet-dcp': 'profinet',
  goose: 'iec61850-goose',
  'iec61850-goose': 'iec61850-goose',
  mms: 'iec61850-mms',
  'iec61850-mms': 'iec61850-mms',
  sv: 'iec61850-sv',
  'iec61850-sv': 'iec61850-sv',
  'c37.118': 'c37118',
  synchrophasor: 'c37118',
  fins: 'fins',
  'omron-fins': 'fins',
  hartip: 'hart-ip',
  cifs: 'smb',
  rfb: 'vnc',
};

export function familyOfProtocol(id: ProtocolId): string {
  return FAMILY_OF_ID[id];
}

export function familyOfSlug(slug: string): string {
  const s = slug.toLowerCase();
  return SLUG_ALIASES[s] ?? s;
}
