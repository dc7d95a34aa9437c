// Dissectors for PROFINET DCP/RT/PTCP/IO-CM, IEC 61850 GOOSE/SV, EtherCAT, and the IT services (telnet, ftp, http, rdp, vnc, smb, ssh) (issue #9 item 2).
import type { Dissector } from '../dissector.js';
import { ethercatDissector } from './ethercat.js';
import { ftpDissector } from './ftp.js';
import { httpDissector } from './http.js';
import { iec61850GooseDissector, iec61850SvDissector } from './iec61850-goose-sv.js';
import { profinetDcpDissector } from './profinet-dcp.js';
import { profinetIoCmDissector } from './profinet-io-cm.js';
import { profinetPtcpDissector, profinetRtDissector } from './profinet-rt.js';
import { rdpDissector } from './rdp.js';
import { smbDissector } from './smb.js';
import { sshDissector } from './ssh.js';
import { telnetDissector } from './telnet.js';
import { vncDissector } from './vnc.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dissector has its own state type
export const LAYER2_IT_DISSECTORS: readonly Dissector<any>[] = [
  // Layer 2: the PROFINET three share EtherType 0x8892 and split it by FrameID.
  profinetDcpDissector,
  profinetPtcpDissector,
  profinetRtDissector,
  iec61850GooseDissector,
  iec61850SvDissector,
  ethercatDissector,
  // UDP.
  profinetIoCmDissector,
  // IT services last: strict binary signatures first, then the text protocols.
  smbDissector,
  rdpDissector,
  vncDissector,
  sshDissector,
  httpDissector,
  ftpDissector,
  telnetDissector,
];
