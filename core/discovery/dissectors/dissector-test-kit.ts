// The pieces every dissector test kit shares: payloads from hex text, deterministic noise, a
// FactSink that records what it is told, and packet contexts. The per-group kits build on these.
import type { DecodedPacket } from '../../netdecode/types.js';
import type { FactSink, PacketContext } from '../dissector.js';
import type { DetailValue, Identity, Role } from '../types.js';

/** Bytes from hex text; spaces and line breaks are ignored. */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/gu, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = Number.parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
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

export interface RecordedFacts extends FactSink {
  details: Map<string, Set<DetailValue>>;
  flags: Map<string, boolean>;
  identities: { of: 'sender' | 'receiver'; identity: Identity }[];
  roles: { of: 'sender' | 'receiver'; role: Role }[];
  /** The recorded values of one detail key, in insertion order. */
  values(key: string): DetailValue[];
}

export function recordFacts(): RecordedFacts {
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
      if (!set) {
        set = new Set();
        details.set(key, set);
      }
      set.add(value);
    },
    flag: (key, value) => flags.set(key, value),
    identity: (of, identity) => identities.push({ of, identity }),
    role: (of, role) => roles.push({ of, role }),
    values: (key) => [...(details.get(key) ?? [])],
  };
}

/** A context for a packet between two documentation addresses; `packet` overrides its fields. */
export function packetContext(packet: Partial<DecodedPacket>, fromClient = true): PacketContext {
  return {
    packet: {
      linkType: 1,
      vlans: [],
      srcIp: '192.0.2.1',
      dstIp: '192.0.2.2',
      transport: 'tcp',
      srcPort: 50000,
      dstPort: 50001,
      payload: new Uint8Array(0),
      payloadBase: undefined,
      payloadStart: 0,
      payloadEnd: 0,
      ...packet,
    },
    fromClient,
  };
}
