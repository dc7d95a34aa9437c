// Discovery against the shared corpus (../shared/corpus/pcap/README.md): for every capture, the
// hosts, ICS protocols, client/server pairs, identities and key protocol facts agree with the
// tshark truth file. Where C-981 and tshark deliberately differ, the difference is written down
// here with its reason, so the test still fails on any other disagreement.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCaptureFiles } from './discover-files.js';
import { IT_PROTOCOLS, type DiscoveryReport, type FlowReport, type Identity } from './types.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');

/** tshark's names (truth `ics` keys) → C-981 protocol ids. */
const PROTOCOL_ID: Record<string, string> = {
  modbus: 'modbus',
  s7comm: 's7comm',
  s7comm_plus: 's7comm-plus',
  enip: 'enip',
  dnp3: 'dnp3',
  iec104: 'iec104',
  bacnet: 'bacnet',
  opcua: 'opcua',
  profinet_dcp: 'profinet-dcp',
  profinet_rt: 'profinet-rt',
  profinet_io: 'profinet-io',
  profinet_ptcp: 'profinet-ptcp',
  mqtt: 'mqtt',
  iec61850_goose: 'iec61850-goose',
  iec61850_mms: 'iec61850-mms',
  iec61850_sv: 'iec61850-sv',
  c37_118: 'c37118',
  ethercat: 'ethercat',
  omron_fins: 'omron-fins',
  hart_ip: 'hart-ip',
};

interface TruthFlow {
  transport: string;
  client: string;
  server: string;
  server_port: number;
}
interface TruthL2Flow {
  src_mac: string;
  dst_mac: string;
}
interface TruthIcs {
  packets: number;
  flows?: TruthFlow[];
  l2_flows?: TruthL2Flow[];
  /** value → frames */
  unit_ids?: Record<string, number>;
  function_codes?: Record<string, number>;
  app_function_codes?: Record<string, number>;
}
interface TruthIdentity {
  kind: string;
  src_ip: string | null;
  src_mac: string | null;
  attributes: Record<string, unknown>;
}
interface Truth {
  file: string;
  hosts: { ip: string; packets_sent: number; packets_received: number; group_address: boolean }[];
  ics: Record<string, TruthIcs>;
  identities: TruthIdentity[];
}

/**
 * Deliberate differences, by capture:
 * - tshark reports `pn_rt` on every PROFINET frame, DCP and PTCP included; C-981's profinet-rt is
 *   cyclic data and alarms only, so captures with DCP/PTCP frames alone have no profinet-rt.
 * - tshark names the cyclic frames of profinet-io-cm-mixed `pn_io`; C-981 calls them profinet-rt
 *   and keeps profinet-io for the IO-CM (DCE/RPC) connection management over UDP.
 * - hart-ip's truth has one non-IP frame tshark took for HART-IP (a quoted datagram); not a flow.
 */
const NO_CYCLIC_RT = new Set([
  'mixed-plant-modbus-s7-enip-pndcp.pcap',
  'profinet-dcp-identify.pcap',
  'profinet-dcp-vlan.pcap',
]);
const LAYER2 = new Set([
  'profinet-dcp',
  'profinet-rt',
  'profinet-ptcp',
  'ethercat',
  'iec61850-goose',
  'iec61850-sv',
  'bacnet',
]);

/** The truth's group-address convention (multicast, and for IPv4 x.y.z.255). */
/**
 * IPv4 inside IPv6 (RFC 2473; two frames of the tunnels capture): the truth takes `ip.src` and so
 * names the inner IPv4 pair, where C-981 (and issue #9) names the outermost IPv6 header's.
 */
const OUTER_IPV6_FOR_INNER_IPV4: Record<string, { truth: string[]; ours: string[] }> = {
  'tunnels-gre-erspan-qinq-mpls.pcap': {
    truth: ['16.0.0.200', '70.55.213.211', '192.52.166.154', '192.88.99.1'],
    ours: [
      '2001:4860:0:2001::68',
      '2002:4637:d5d3::4637:d5d3',
      '2402:f000:1:8e01::5555',
      '2607:fcd0:100:2300::b108:2a6b',
    ],
  },
};

const isHost = (ip: string) =>
  ip.includes(':')
    ? !ip.toLowerCase().startsWith('ff') && ip !== '::'
    : Number(ip.split('.')[0]) < 224 && !ip.endsWith('.255') && ip !== '0.0.0.0';

function expectedProtocols(truth: Truth): string[] {
  const out = new Set(Object.keys(truth.ics).map((k) => PROTOCOL_ID[k] ?? k));
  if (NO_CYCLIC_RT.has(truth.file)) out.delete('profinet-rt');
  return [...out].sort();
}

function identityOf(report: DiscoveryReport, holder: { ip: string | null; mac: string | null }): Identity[] {
  return report.hosts
    .filter((h) => (holder.ip !== null ? h.ip === holder.ip : h.mac === holder.mac))
    .flatMap((h) => h.identities);
}

/** What a truth identity must look like among the holder's identities, or null to skip it. */
function identityExpectation(t: TruthIdentity): Partial<Identity> | null {
  const a = t.attributes;
  switch (t.kind) {
    case 'enip_list_identity':
      return { product: String(a.product_name), serial: String(a.serial) };
    case 'cip_identity_object':
      return { product: String(a.product_name), serial: String(a.serial_number) };
    case 's7comm_szl_0x0011_module_identification': {
      const records = a.records as { index: string; order_number: string; derived_version?: string }[];
      const order = records.find((r) => r.index === '0x0001')?.order_number;
      const firmware = records.find((r) => r.derived_version)?.derived_version;
      return { orderNumber: order, ...(firmware ? { firmware } : {}) };
    }
    case 's7comm_szl_0x001c_component_identification':
      return { serial: String(a['0005.serialn']) };
    case 'profinet_dcp':
      // Identify requests name the station searched for, not the sender (README: "DCP requests").
      return String(a.service_type).startsWith('Response') ? { name: String(a.device_nameofstation) } : null;
    case 'bacnet_i_am':
      return { name: `device ${String(a.instance)}` };
    case 'opcua_application_description':
      return { applicationUri: (a.ApplicationUri as string[])[0] };
    default:
      return null;
  }
}

const flowKey = (f: Pick<FlowReport, 'protocol' | 'client' | 'server' | 'port'>) =>
  `${f.protocol} ${f.client} -> ${f.server}:${f.port}`;

const truthFiles = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.truth.json')) : [];
if (truthFiles.length === 0) console.warn(`discovery corpus tests skipped: no captures in ${CORPUS_DIR}`);

describe.skipIf(truthFiles.length === 0)('discovery against the corpus truth', () => {
  for (const truthFile of truthFiles) {
    const truth = JSON.parse(readFileSync(join(CORPUS_DIR, truthFile), 'utf8')) as Truth;
    it(`agrees with tshark on ${truth.file}`, async () => {
      const report = await discoverCaptureFiles([join(CORPUS_DIR, truth.file)]);

      // Hosts: every unicast IP of an IP header (ARP-only truth hosts are layer-2 senders here).
      const ips = report.hosts.flatMap((h) => (h.ip === null ? [] : [h.ip])).sort();
      const tunnel = OUTER_IPV6_FOR_INNER_IPV4[truth.file];
      const expectedIps = truth.hosts
        .filter((h) => isHost(h.ip) && h.packets_sent + h.packets_received > 0 && !tunnel?.truth.includes(h.ip))
        .map((h) => h.ip)
        .concat(tunnel?.ours ?? [])
        .sort();
      expect(ips).toEqual(expectedIps);

      // ICS protocols: the same set, no more (IT services are ours alone).
      const it = new Set<string>(IT_PROTOCOLS);
      const found = [...new Set(report.flows.map((f) => f.protocol).filter((p) => p !== null && !it.has(p)))];
      expect(found.sort(), 'ICS protocols').toEqual(expectedProtocols(truth));

      // Client/server pairs of every IP flow, and the endpoints of layer-2 flows.
      const ours = new Set(report.flows.map(flowKey));
      for (const [name, ics] of Object.entries(truth.ics)) {
        const protocol = PROTOCOL_ID[name]!;
        for (const f of ics.flows ?? [])
          expect(ours, `${protocol} flow`).toContain(
            flowKey({
              protocol: protocol as FlowReport['protocol'],
              client: f.client,
              server: f.server,
              port: f.server_port,
            }),
          );
        if (!LAYER2.has(protocol) && protocol !== 'profinet-io') continue;
        for (const f of ics.l2_flows ?? []) {
          const match = report.flows.some(
            (o) =>
              o.transport === 'l2' &&
              o.client === f.src_mac &&
              o.server === f.dst_mac &&
              (o.protocol === protocol || (protocol.startsWith('profinet') && o.protocol?.startsWith('profinet'))),
          );
          expect(match, `${protocol} ${f.src_mac} -> ${f.dst_mac}`).toBe(true);
        }
      }

      // Protocol facts: Modbus units and function codes, DNP3 application function codes.
      const detail = (protocol: string, key: string) =>
        [
          ...new Set(
            report.flows.filter((f) => f.protocol === protocol).flatMap((f) => (f.details[key] as number[]) ?? []),
          ),
        ].sort((a, b) => a - b);
      const codes = (counts: Record<string, number> | undefined) =>
        Object.keys(counts ?? {})
          .map(Number)
          .sort((a, b) => a - b);
      if (truth.ics.modbus) {
        expect(detail('modbus', 'unitIds')).toEqual(codes(truth.ics.modbus.unit_ids));
        expect(detail('modbus', 'functionCodes')).toEqual(codes(truth.ics.modbus.function_codes));
      }
      if (truth.ics.dnp3) expect(detail('dnp3', 'functionCodes')).toEqual(codes(truth.ics.dnp3.app_function_codes));

      // Identities: each one the truth saw is announced by the same host (IP, else MAC).
      for (const t of truth.identities) {
        const want = identityExpectation(t);
        if (want === null) continue;
        // The truth also credits frames from a subnet broadcast source; that is not a host.
        if (t.src_ip !== null && !isHost(t.src_ip)) continue;
        const have = identityOf(report, { ip: t.src_ip, mac: t.src_mac });
        expect(have, `${t.kind} of ${t.src_ip ?? t.src_mac}`).toContainEqual(expect.objectContaining(want));
      }
    });
  }
});
