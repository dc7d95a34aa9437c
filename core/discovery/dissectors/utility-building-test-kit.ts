// Shared by the unit tests of the DNP3, IEC 104, BACnet, OPC UA, MQTT and C37.118 dissectors: a
// FactSink that records what it is told, packet contexts, and hex/byte helpers.
import type { DecodedPacket } from '../../netdecode/types.js';
import type { FactSink, PacketContext } from '../dissector.js';
import type { DetailValue, Identity, Role } from '../types.js';

export interface RecordedFacts extends FactSink {
  details: Map<string, Set<DetailValue>>;
  flags: Map<string, boolean>;
  identities: { of: 'sender' | 'receiver'; identity: Identity }[];
  roles: { of: 'sender' | 'receiver'; role: Role }[];
  /** The recorded values of one detail key, in insertion order. */
  values(key: string): DetailValue[];
}

export function recorder(): RecordedFacts {
  const details = new Map<string, Set<DetailValue>>();
  const flags = new Map<string, boolean>();
  const identities: RecordedFacts['identities'] = [];
  const roles: RecordedFacts['roles'] = [];
  return {
    details,
    flags,
    identities,
    roles,
    detail(key, value) {
      let set = details.get(key);
      if (!set) details.set(key, (set = new Set()));
      set.add(value);
    },
    flag: (key, value) => flags.set(key, value),
    identity: (of, identity) => identities.push({ of, identity }),
    role: (of, role) => roles.push({ of, role }),
    values: (key) => [...(details.get(key) ?? [])],
  };
}

export function context(
  options: { fromClient?: boolean; srcPort?: number; dstPort?: number; transport?: 'tcp' | 'udp' } = {},
): PacketContext {
  const packet: DecodedPacket = {
    linkType: 1,
    vlans: [],
    srcIp: '192.0.2.1',
    dstIp: '192.0.2.2',
    transport: options.transport ?? 'tcp',
    srcPort: options.srcPort ?? 50000,
    dstPort: options.dstPort ?? 50001,
    payload: new Uint8Array(0),
  };
  return { packet, fromClient: options.fromClient ?? true };
}

/** Bytes from hex text; spaces and line breaks are ignored. */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/gu, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = Number.parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** Deterministic pseudo-random bytes (mulberry32) for garbage-input tests. */
export function noise(seed: number, length: number): Uint8Array {
  let s = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** Runs detect and parse on every prefix of `payload` (truncation) and on noise: must not throw. */
export function survivesTruncationAndNoise(run: (payload: Uint8Array) => void, payload: Uint8Array): void {
  for (let n = 0; n <= payload.length; n += 1) run(payload.subarray(0, n));
  for (let seed = 1; seed <= 200; seed += 1) run(noise(seed, 1 + (seed % 64)));
}
