// Dissectors for DNP3, IEC 60870-5-104, BACnet, OPC UA, MQTT, C37.118 (issue #9 item 2).
import type { Dissector } from '../dissector.js';
import { bacnetEthernetDissector, bacnetIpDissector } from './bacnet.js';
import { c37118TcpDissector, c37118UdpDissector } from './c37118.js';
import { dnp3TcpDissector, dnp3UdpDissector } from './dnp3.js';
import { iec104Dissector } from './iec104.js';
import { mqttDissector } from './mqtt.js';
import { opcuaDissector } from './opcua.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dissector has its own state type
export const UTILITY_BUILDING_DISSECTORS: readonly Dissector<any>[] = [
  dnp3TcpDissector,
  dnp3UdpDissector,
  iec104Dissector,
  bacnetIpDissector,
  bacnetEthernetDissector,
  opcuaDissector,
  c37118TcpDissector,
  c37118UdpDissector,
  // MQTT last: its mid-stream detection is the weakest (port-gated, but still only structure).
  mqttDissector,
];
