// Helpers for the unit tests of the Modbus / ISO-on-TCP / EtherNet/IP / FINS / HART-IP dissectors:
// payloads from hex text, a packet context, and a FactSink that records what it is told.
import type { DecodedPacket } from '../../netdecode/types.js';
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import type { DetailValue, Identity, Role } from '../types.js';

/** Bytes from hex text; spaces and newlines are ignored. */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/gu, '');
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(clean.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface ContextOptions {
  transport?: 'tcp' | 'udp';
  srcPort?: number;
  dstPort?: number;
  fromClient?: boolean;
}

export function context(o: ContextOptions = {}): PacketContext {
  const packet: DecodedPacket = {
    linkType: 1,
    vlans: [],
    srcIp: '192.168.0.10',
    dstIp: '192.168.0.20',
    transport: o.transport ?? 'tcp',
    srcPort: o.srcPort ?? 50000,
    dstPort: o.dstPort ?? 502,
    payload: new Uint8Array(0),
  };
  return { packet, fromClient: o.fromClient ?? true };
}

export interface Recorder extends FactSink {
  details: Map<string, Set<DetailValue>>;
  flags: Map<string, boolean>;
  identities: { of: 'sender' | 'receiver'; identity: Identity }[];
  roles: { of: 'sender' | 'receiver'; role: Role }[];
  /** The recorded values of one detail key, sorted. */
  values(key: string): DetailValue[];
}

export function recorder(): Recorder {
  const r: Recorder = {
    details: new Map(),
    flags: new Map(),
    identities: [],
    roles: [],
    detail(key, value) {
      const set = r.details.get(key) ?? new Set<DetailValue>();
      set.add(value);
      r.details.set(key, set);
    },
    flag(key, value) {
      r.flags.set(key, value);
    },
    identity(of, identity) {
      r.identities.push({ of, identity });
    },
    role(of, role) {
      r.roles.push({ of, role });
    },
    values(key) {
      return [...(r.details.get(key) ?? [])].sort((a, b) =>
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
      );
    },
  };
  return r;
}

/** Parses the payloads in order with one fresh state, as the engine does for a claimed conversation. */
export function parseAll<S>(d: Dissector<S>, packets: [Uint8Array, PacketContext][]): Recorder {
  const out = recorder();
  const state = d.createState?.() as S;
  for (const [payload, ctx] of packets) d.parse(payload, ctx, out, state);
  return out;
}

/** Runs detect and parse on every prefix and on bit-flipped copies: neither may throw. */
export function hammer<S>(d: Dissector<S>, samples: Uint8Array[], ctx: PacketContext): void {
  const out = recorder();
  for (const sample of samples) {
    const state = d.createState?.() as S;
    for (let n = 0; n <= sample.length; n += 1) {
      const prefix = sample.subarray(0, n);
      d.detect(prefix, ctx);
      d.parse(prefix, ctx, out, state);
    }
    for (let i = 0; i < sample.length; i += 1) {
      const copy = sample.slice();
      copy[i] = copy[i]! ^ 0xff;
      d.detect(copy, ctx);
      d.parse(copy, ctx, out, state);
    }
  }
}
