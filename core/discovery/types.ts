// What passive discovery reports (issue #9 item 3): the JSON document `c981 discover` prints, and
// the vocabulary the dissectors and the aggregation share. Published as docs/discovery.schema.json.

/** Protocol ids, stable: they appear in JSON, findings and site-file channels. */
export const ICS_PROTOCOLS = [
  'modbus',
  's7comm',
  's7comm-plus',
  'enip',
  'cip',
  'dnp3',
  'iec104',
  'bacnet',
  'opcua',
  'profinet-dcp',
  'profinet-rt',
  'profinet-io',
  'profinet-ptcp',
  'mqtt',
  'iec61850-goose',
  'iec61850-mms',
  'iec61850-sv',
  'c37118',
  'ethercat',
  'omron-fins',
  'hart-ip',
] as const;
/** IT services that are a risk when they show up in OT networks. */
export const IT_PROTOCOLS = ['telnet', 'ftp', 'http', 'rdp', 'vnc', 'smb', 'ssh'] as const;

export type IcsProtocolId = (typeof ICS_PROTOCOLS)[number];
export type ItProtocolId = (typeof IT_PROTOCOLS)[number];
export type ProtocolId = IcsProtocolId | ItProtocolId;

export type Role = 'client' | 'server' | 'master' | 'outstation' | 'publisher' | 'subscriber';

/** How a flow travels: over TCP or UDP, or as raw layer-2 frames (PROFINET RT, GOOSE, EtherCAT …). */
export type FlowTransport = 'tcp' | 'udp' | 'l2';

/** One identity a device announced about itself (or a module behind it, e.g. on a CIP backplane). */
export interface Identity {
  protocol: ProtocolId;
  vendor?: string | null;
  product?: string | null;
  orderNumber?: string | null;
  firmware?: string | null;
  serial?: string | null;
  /** A configured name: PROFINET NameOfStation, S7 plant designation, BACnet device instance … */
  name?: string | null;
  applicationUri?: string | null;
  productUri?: string | null;
}

/** Values a dissector records about a flow; each key holds a small set (numbers or strings). */
export type DetailValue = number | string;

export interface CaptureReport {
  file: string;
  format: 'pcap' | 'pcapng' | null;
  compressed: boolean;
  linkTypes: number[];
  packets: number;
  bytes: number;
  first: string | null;
  last: string | null;
  skipped: number;
}

export interface HostProtocol {
  protocol: ProtocolId;
  role: Role;
  /** The server port of the flows behind this entry; null for layer-2 protocols. */
  port: number | null;
}

export interface HostReport {
  /** Unicast IP as text; null for a sender seen only at layer 2. */
  ip: string | null;
  /** The Ethernet source MAC of the frames this IP sent (the first seen when several). */
  mac: string | null;
  /** Every source MAC seen for this IP (a router's MAC appears for hosts behind it). */
  macs: string[];
  vendor: string | null;
  protocols: HostProtocol[];
  identities: Identity[];
  packetsSent: number;
  packetsReceived: number;
  firstSeen: string;
  lastSeen: string;
}

export interface DeviceReport {
  /** Stable within one document: `mac:<mac>`, else `ip:<ip>`. */
  id: string;
  mac: string | null;
  vendor: string | null;
  ips: string[];
  protocols: HostProtocol[];
  identities: Identity[];
  packetsSent: number;
  firstSeen: string;
  lastSeen: string;
}

export interface FlowReport {
  /** null when no dissector recognised the traffic (still reported: it crosses zones all the same). */
  protocol: ProtocolId | null;
  transport: FlowTransport;
  /** IP text, or MAC for layer-2 protocols. */
  client: string;
  server: string;
  /** The server port; null for layer 2. */
  port: number | null;
  /** How the client was told apart: TCP SYN, the protocol's well-known port, first packet, lower port. */
  basis: 'syn' | 'well-known-port' | 'first-packet' | 'lower-port' | 'layer2';
  packets: number;
  bytes: number;
  first: string;
  last: string;
  details: Record<string, DetailValue[] | boolean>;
}

export interface DiscoveryReport {
  captures: CaptureReport[];
  hosts: HostReport[];
  devices: DeviceReport[];
  flows: FlowReport[];
}
