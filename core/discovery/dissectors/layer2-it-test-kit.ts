// Shared by the unit tests of the PROFINET, IEC 61850 GOOSE/SV, EtherCAT and IT-service
// dissectors: a FactSink that records what it is told (details as first-seen lists), packet
// contexts, and byte helpers; the common pieces come from dissector-test-kit.ts.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import type { DetailValue, Identity, Role } from '../types.js';
import { packetContext } from './dissector-test-kit.js';

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
  return packetContext(
    {
      srcMac: options.srcMac ?? '00:1b:1b:00:00:01',
      dstMac: options.dstMac ?? '00:1b:1b:00:00:02',
      srcPort: options.srcPort ?? 50000,
      dstPort: options.dstPort ?? 50001,
    },
    options.fromClient ?? true,
  );
}

export { hex, noise } from './dissector-test-kit.js';

export function bytes(...parts: (Uint8Array | number[] | string)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])));
}

/** Runs a dissector the way the engine does: a fresh state, then parse on each payload. */
export function run<S>(d: Dissector<S>, packets: [Uint8Array, PacketContext][]): Facts {
  const out = facts();
  const state = d.createState?.() as S;
  for (const [payload, c] of packets) d.parse(payload, c, out, state);
  return out;
}
