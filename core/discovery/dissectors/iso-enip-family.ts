// Dissectors for Modbus, ISO-on-TCP family (S7comm, S7comm-plus, IEC 61850 MMS), EtherNet/IP + CIP, OMRON FINS, HART-IP (issue #9 item 2).
// Order matters only when ports give no hint: the protocols with the strictest content checks (a
// magic number or nested length fields) come first and Modbus, whose MBAP header is the weakest
// signature, comes last.
import type { Dissector } from '../dissector.js';
import { enipIoDissector, enipTcpDissector, enipUdpDissector } from './enip.js';
import { hartIpTcpDissector, hartIpUdpDissector } from './hart-ip.js';
import { iec61850MmsDissector } from './iec61850-mms.js';
import { modbusDissector } from './modbus.js';
import { omronFinsTcpDissector, omronFinsUdpDissector } from './omron-fins.js';
import { s7commPlusDissector } from './s7comm-plus.js';
import { s7commDissector } from './s7comm.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dissector has its own state type
export const ISO_ENIP_FAMILY_DISSECTORS: readonly Dissector<any>[] = [
  s7commDissector,
  s7commPlusDissector,
  iec61850MmsDissector,
  omronFinsTcpDissector,
  enipTcpDissector,
  enipUdpDissector,
  enipIoDissector,
  hartIpTcpDissector,
  hartIpUdpDissector,
  omronFinsUdpDissector,
  modbusDissector,
];
