// The decoder against the shared corpus (../shared/corpus/pcap/README.md): the unicast hosts seen
// in outermost IP headers and the VLAN-tagged packet counts must agree with each tshark truth file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureFile } from '../pcap/read-capture-file.js';
import { createNetDecoder, type DecodedPacket } from './index.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');

interface TruthHost {
  ip: string;
  group_address: boolean;
  packets_sent: number;
  packets_received: number;
}
interface Truth {
  file: string;
  hosts: TruthHost[];
  vlan?: { tagged_packets: number; vlan_ids: Record<string, number> };
}

/**
 * The truth's own notion of a group address (make_truth.py `is_group_ip`): multicast, and for
 * IPv4 anything ending in .255 (it has no netmask, so x.y.z.255 stands in for subnet broadcast).
 */
function isGroup(ip: string): boolean {
  if (ip.includes(':')) return ip.toLowerCase().startsWith('ff');
  const first = Number(ip.split('.')[0]);
  return (first >= 224 && first <= 239) || ip.endsWith('.255');
}

function isHost(ip: string): boolean {
  return !isGroup(ip) && ip !== '0.0.0.0' && ip !== '::';
}

/**
 * The addresses the truth attributes to a packet. make_truth.py takes `ip.src or ipv6.src`, so for
 * IPv4 inside IPv6 (next header 4, RFC 2473; two frames of tunnels-gre-erspan-qinq-mpls) it names
 * the *inner* IPv4 pair, not the outermost IPv6 one the decoder (and issue #9) reports. Only that
 * case is remapped here; GRE, ERSPAN and MPLS already agree because their outer header is IPv4.
 */
function truthAddresses(r: DecodedPacket): string[] {
  const p = r.payload;
  if (r.ipVersion === 6 && r.ipProtocol === 4 && p.length >= 20 && p[0]! >> 4 === 4) {
    return [`${p[12]}.${p[13]}.${p[14]}.${p[15]}`, `${p[16]}.${p[17]}.${p[18]}.${p[19]}`];
  }
  return [r.srcIp, r.dstIp].filter((ip) => ip !== undefined);
}

/**
 * VLAN tags tshark counts inside tunnels: frames 1547–1548 of tunnels-gre-erspan-qinq-mpls are
 * ERSPAN type III (GRE protocol 0x22eb) carrying a mirrored Ethernet frame tagged VID 10. The
 * decoder reports the outer frame's tags only, so these are taken off the truth.
 */
const TUNNEL_INNER_VLANS: Record<string, { tagged: number; ids: Record<string, number> }> = {
  'tunnels-gre-erspan-qinq-mpls.pcap': { tagged: 2, ids: { '10': 2 } },
};

function outerVlans(truth: Truth): { tagged: number; vlanIds: Record<string, number> } | undefined {
  if (truth.vlan === undefined) return undefined;
  const inner = TUNNEL_INNER_VLANS[truth.file];
  const vlanIds = { ...truth.vlan.vlan_ids };
  for (const [id, count] of Object.entries(inner?.ids ?? {})) {
    vlanIds[id] = (vlanIds[id] ?? 0) - count;
    if (vlanIds[id] === 0) delete vlanIds[id];
  }
  return { tagged: truth.vlan.tagged_packets - (inner?.tagged ?? 0), vlanIds };
}

const truthFiles = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.truth.json')) : [];
if (truthFiles.length === 0) console.warn(`netdecode corpus tests skipped: no captures in ${CORPUS_DIR}`);

describe.skipIf(truthFiles.length === 0)('netdecode corpus', () => {
  for (const truthFile of truthFiles) {
    const truth = JSON.parse(readFileSync(join(CORPUS_DIR, truthFile), 'utf8')) as Truth;
    it(`finds the hosts and VLAN tags of ${truth.file}`, async () => {
      const decoder = createNetDecoder();
      const hosts = new Set<string>();
      const vlanIds: Record<string, number> = {};
      let tagged = 0;
      let thrown = 0;
      await readCaptureFile(join(CORPUS_DIR, truth.file), (packet) => {
        try {
          const r = decoder.decode(packet.linkType, packet.data);
          for (const ip of truthAddresses(r)) if (isHost(ip)) hosts.add(ip);
          if (r.vlans.length > 0) tagged++;
          for (const id of r.vlans) vlanIds[id] = (vlanIds[id] ?? 0) + 1;
        } catch {
          thrown++;
        }
      });
      // Truth hosts with no IP packet at all come from ARP sender addresses only (make_truth.py
      // adds ARP senders to its host list); they are not IP-header hosts, so they are left out.
      const expected = truth.hosts
        .filter((h) => isHost(h.ip) && h.packets_sent + h.packets_received > 0)
        .map((h) => h.ip)
        .sort();
      expect(thrown).toBe(0);
      expect([...hosts].sort()).toEqual(expected);
      const expectedVlans = outerVlans(truth);
      if (expectedVlans !== undefined) expect({ tagged, vlanIds }).toEqual(expectedVlans);
    });
  }
});
