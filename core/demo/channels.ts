// Conduits of generated sites: which zone connects upwards to which, the channels typical for
// that boundary, and the measures protecting it.
import type { ConduitMeasure, Transport, ZoneKind } from '../schemas/vocabulary.js';
import type { Industry } from './places.js';
import type { Rng } from './random.js';
import type { GenZone } from './zones-plan.js';

export interface ChannelTemplate {
  protocol: string;
  transport?: Transport;
  port?: number;
  /** true: the lower zone initiates towards the upper zone. */
  up: boolean;
  description: string;
}

const CH = (
  protocol: string,
  transport: Transport | undefined,
  port: number | undefined,
  up: boolean,
  description: string,
): ChannelTemplate => {
  const t: ChannelTemplate = { protocol, up, description };
  if (transport) t.transport = transport;
  if (port !== undefined) t.port = port;
  return t;
};

/** Channel templates by the kind of the lower (child) zone of a conduit. */
export const CHANNELS_BY_CHILD: Readonly<Record<ZoneKind, readonly ChannelTemplate[]>> = {
  enterprise: [CH('https', 'tcp', 443, false, 'Reporting and MES web access')],
  external: [CH('https', 'tcp', 443, false, 'Vendor portal access')],
  dmz: [
    CH('https', 'tcp', 443, false, 'Business users read historian reports'),
    CH('rdp', 'tcp', 3389, false, 'IT administrators reach the DMZ jump host'),
    CH('ssh', 'tcp', 22, false, 'Administration of DMZ appliances'),
    CH('syslog-tls', 'tcp', 6514, true, 'DMZ logs forwarded to the corporate SIEM'),
    CH('https', 'tcp', 443, true, 'Patch and antivirus signatures pulled from corporate servers'),
  ],
  'remote-access': [
    CH('rdp', 'tcp', 3389, true, 'Remote sessions from the jump host'),
    CH('ssh', 'tcp', 22, true, 'Vendor maintenance of Linux appliances via the jump host'),
    CH('https', 'tcp', 443, true, 'Web-based engineering tools via the jump host'),
  ],
  supervisory: [
    CH('opc-ua', 'tcp', 4840, true, 'Historian replication to the DMZ mirror'),
    CH('https', 'tcp', 443, true, 'Batch and production reports to MES'),
    CH('mqtt', 'tcp', 8883, true, 'Process data to the cloud analytics broker (TLS)'),
    CH('rdp', 'tcp', 3389, false, 'Jump host sessions to operator stations'),
    CH('https', 'tcp', 443, false, 'WSUS and antivirus updates from the DMZ'),
    CH('ntp', 'udp', 123, false, 'Time synchronisation from the DMZ time server'),
  ],
  control: [
    CH('opc-ua', 'tcp', 4840, false, 'SCADA reads and writes controller tags'),
    CH('s7comm', 'tcp', 102, false, 'HMI and engineering access to S7 controllers'),
    CH('enip', 'tcp', 44818, false, 'FactoryTalk and Studio 5000 access to Logix controllers'),
    CH('modbus', 'tcp', 502, false, 'SCADA polling of Modbus/TCP devices'),
    CH('dnp3', 'tcp', 20000, false, 'Master station polls outstations'),
    CH('opc-ua', 'tcp', 4840, true, 'Controller data pushed to the historian'),
  ],
  safety: [
    CH('s7comm', 'tcp', 102, false, 'Read-only SIS status to the BPCS'),
    CH('enip', 'tcp', 44818, false, 'Safety controller status via produced/consumed tags'),
    CH('modbus', 'tcp', 502, false, 'SIS trip and bypass status to the DCS (read-only)'),
    CH('opc-ua', 'tcp', 4840, true, 'SIS sequence-of-events to the historian'),
  ],
  field: [
    CH('profinet', 'ethernet', undefined, false, 'Cyclic I/O to drives and remote I/O'),
    CH('enip', 'tcp', 44818, false, 'Class 1 I/O connections to drives and I/O adapters'),
    CH('modbus', 'tcp', 502, false, 'Polling of field instruments'),
    CH('dnp3', 'tcp', 20000, false, 'Polling of remote outstations'),
    CH('hart-ip', 'tcp', 5094, false, 'Instrument asset management'),
  ],
  wireless: [
    CH('mqtt', 'tcp', 8883, true, 'Wireless sensors publish to the plant broker'),
    CH('opc-ua', 'tcp', 4840, true, 'Mobile HMI sessions to the SCADA server'),
    CH('https', 'tcp', 443, true, 'Tablet web clients to the operator portal'),
  ],
};

const TLS_PROTOCOLS = new Set(['https', 'mqtt', 'syslog-tls']);

export function measuresFor(child: ZoneKind, channels: readonly ChannelTemplate[], rng: Rng): ConduitMeasure[] {
  const m = new Set<ConduitMeasure>();
  const allUp = channels.every((c) => c.up);
  switch (child) {
    case 'dmz':
      m.add('firewall');
      if (rng.chance(0.6)) m.add('ids');
      if (rng.chance(0.3)) m.add('proxy');
      break;
    case 'remote-access':
      m.add('firewall');
      m.add('vpn');
      m.add('jump-host');
      if (rng.chance(0.4)) m.add('ids');
      break;
    case 'supervisory':
      if (allUp && rng.chance(0.3)) m.add('data-diode');
      else m.add('firewall');
      if (rng.chance(0.5)) m.add('ids');
      break;
    case 'control':
    case 'safety':
    case 'wireless':
      if (rng.chance(0.85)) m.add('firewall');
      if (rng.chance(0.35)) m.add('ids');
      break;
    case 'field':
      if (rng.chance(0.3)) m.add('firewall');
      if (rng.chance(0.2)) m.add('ids');
      break;
    default:
      m.add('firewall');
  }
  if (channels.some((c) => TLS_PROTOCOLS.has(c.protocol)) && rng.chance(0.7)) m.add('tls');
  const order: readonly ConduitMeasure[] = [
    'firewall',
    'data-diode',
    'vpn',
    'jump-host',
    'tls',
    'ids',
    'proxy',
    'other',
  ];
  return order.filter((x) => m.has(x));
}

/** The zone a zone of this kind connects upwards to. */
export function upstreamOf(z: GenZone, zones: readonly GenZone[]): GenZone | undefined {
  const first = (kind: ZoneKind, sameArea?: boolean): GenZone | undefined =>
    zones.find((o) => o !== z && o.doc.kind === kind && (!sameArea || o.areaIndex === z.areaIndex)) ??
    (sameArea ? zones.find((o) => o !== z && o.doc.kind === kind) : undefined);
  const chain: Record<ZoneKind, ZoneKind[]> = {
    external: [],
    enterprise: [],
    dmz: ['enterprise'],
    'remote-access': ['dmz', 'enterprise', 'supervisory'],
    supervisory: ['dmz', 'enterprise'],
    control: ['supervisory', 'dmz'],
    safety: ['control', 'supervisory'],
    field: ['control', 'supervisory'],
    wireless: ['control', 'supervisory'],
  };
  for (const kind of chain[z.doc.kind]) {
    const hit = first(kind, kind === 'control' || kind === 'supervisory');
    if (hit) return hit;
  }
  return undefined;
}

/** Whether a vendor-specific protocol fits the site's controllers and industry. */
export function protocolFits(protocol: string, vendors: ReadonlySet<string>, industry: Industry): boolean {
  switch (protocol) {
    case 's7comm':
      return vendors.has('Siemens');
    case 'profinet':
      return vendors.has('Siemens') || vendors.has('Phoenix Contact') || vendors.has('Beckhoff');
    case 'enip':
      return vendors.has('Rockwell Automation') || vendors.has('Omron');
    case 'dnp3':
      return industry === 'water' || industry === 'energy';
    case 'hart-ip':
      return industry !== 'food' && industry !== 'automotive';
    default:
      return true;
  }
}
