// Shared by the unit tests of the PROFINET, IEC 61850 GOOSE/SV, EtherCAT and IT-service
// dissectors: a FactSink that records what it is told, packet contexts, and byte helpers.
import type { DecodedPacket } from '../../netdecode/types.js';
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import type { DetailValue, Identity, Role } from '../types.js';

export interface Facts extends FactSink {
  details: Map<string, DetailValue[]>;
  flags: Map<string, boolean>;
  identities: { of: 'sender' | 'receiver'; identity: Identity }[];
  roles: { of: 'sender' | 'receiver'; role: Role }[];
  /** The distinct values of one detail key, in the order first seen. */
  values(key: string): DetailValue[];
}

export function facts(): Facts {
  const details = new Map<string, DetailValue[]>();
  const flags = new Map<string, boolean>();
  const identities: Facts['identities'] = [];
  const roles: Facts['roles'] = [];
  return {
    details,
    flags,
    identities,
    roles,
    detail(key, value) {
      const list = details.get(key) ?? [];
      if (!list.includes(value)) list.push(value);
      details.set(key, list);
    },
    flag: (key, value) => flags.set(key, value),
    identity: (of, identity) => identities.push({ of, identity }),
    role: (of, role) => roles.push({ of, role }),
    values: (key) => details.get(key) ?? [],
  };
}

export interface ContextOptions {
  fromClient?: boolean;
  srcPort?: number;
  dstPort?: number;
  srcMac?: string;
  dstMac?: string;
}

export function ctx(options: ContextOptions = {}): PacketContext {
  const packet: DecodedPacket = {
    linkType: 1,
    vlans: [],
    srcMac: options.srcMac ?? '00:1b:1b:00:00:01',
    dstMac: options.dstMac ?? '00:1b:1b:00:00:02',
    srcIp: '192.0.2.1',
    dstIp: '192.0.2.2',
    transport: 'tcp',
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

export function bytes(...parts: (Uint8Array | number[] | string)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])));
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

/** Runs a dissector the way the engine does: a fresh state, then parse on each payload. */
export function run<S>(d: Dissector<S>, packets: [Uint8Array, PacketContext][]): Facts {
  const out = facts();
  const state = d.createState?.() as S;
  for (const [payload, c] of packets) d.parse(payload, c, out, state);
  return out;
}
