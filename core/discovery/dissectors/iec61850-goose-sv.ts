// IEC 61850 GOOSE (IEC 61850-8-1 Annex A, EtherType 0x88B8) and Sampled Values (IEC 61850-9-2
// §8.5, EtherType 0x88BA). Both share the same frame: APPID, Length, Reserved1, Reserved2, then an
// ASN.1 BER PDU: goosePdu [APPLICATION 1] (0x61) or savPdu [APPLICATION 0] (0x60).
//
// Publishers repeat the same control block reference in every frame (GOOSE heartbeats, SV at
// 4 kHz), so the reference bytes are compared with recently decoded ones before any text is
// decoded: the hot path allocates nothing.
import { text, u16be, type Dissector, type FactSink, type PacketContext } from '../dissector.js';
import type { ProtocolId } from '../types.js';

export const ETHERTYPE_GOOSE = 0x88b8;
export const ETHERTYPE_SV = 0x88ba;

/** APPID (2), Length (2), Reserved1 (2), Reserved2 (2). */
const HEADER = 8;
const TAG_GOOSE_PDU = 0x61;
const TAG_SAV_PDU = 0x60;
/** Context tag [0]: gocbRef in a goosePdu, noASDU in a savPdu, svID in an ASDU. */
const TAG_FIRST = 0x80;
const TAG_DATSET = 0x82;
const TAG_GOID = 0x83;
const TAG_SEQ_ASDU = 0xa2;
const TAG_ASDU = 0x30;
const MAX_REF = 129;

/** Result of readBer: where the value starts and how long it is (reused, never allocated per call). */
const ber = { value: 0, length: 0 };

/** Reads the BER tag at `o` (single-octet tags only) and its definite length; false if malformed. */
function readBer(d: Uint8Array, o: number, end: number, tag: number): boolean {
  if (o + 2 > end || d[o] !== tag) return false;
  const first = d[o + 1]!;
  let length: number;
  let value: number;
  if (first < 0x80) {
    length = first;
    value = o + 2;
  } else if (first === 0x81 && o + 3 <= end) {
    length = d[o + 2]!;
    value = o + 3;
  } else if (first === 0x82 && o + 4 <= end) {
    length = u16be(d, o + 2)!;
    value = o + 4;
  } else {
    return false;
  }
  if (value + length > end) return false;
  ber.value = value;
  ber.length = length;
  return true;
}

/** A reference already decoded: its octets, its text, and who was told about it. */
interface CachedRef {
  bytes: Uint8Array;
  text: string;
  /** The logical device name an object reference starts with (up to '/'), if any. */
  deviceName: string | undefined;
  /** Per sink, the sender MACs whose identity this reference was already reported for. */
  announced: WeakMap<FactSink, Set<string>>;
}

/**
 * Recently decoded references, one cache per protocol: the engine parses each layer-2 frame on
 * its own, and a publisher repeats the same reference thousands of times, so a byte comparison
 * with the cache replaces the text decoding. Bounded; the oldest entry goes first.
 */
const GOOSE_REFS: CachedRef[] = [];
const SV_REFS: CachedRef[] = [];
const REF_CACHE_SIZE = 64;

function sameBytes(a: Uint8Array, d: Uint8Array, o: number, n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i += 1) if (a[i] !== d[o + i]) return false;
  return true;
}

/** The decoded reference at d[o, o+n) (text empty when nothing printable), through the cache. */
function cachedRef(cache: CachedRef[], d: Uint8Array, o: number, n: number): CachedRef {
  for (const entry of cache) if (sameBytes(entry.bytes, d, o, n)) return entry;
  const refText = text(d, o, n) ?? '';
  const slash = refText.indexOf('/');
  const entry: CachedRef = {
    bytes: d.slice(o, o + n),
    text: refText,
    deviceName: slash > 0 ? refText.slice(0, slash) : undefined,
    announced: new WeakMap(),
  };
  if (cache.length >= REF_CACHE_SIZE) cache.shift();
  cache.push(entry);
  return entry;
}

const APP_ID_TEXT: string[] = [];

function appIdText(appId: number): string {
  let t = APP_ID_TEXT[appId];
  if (t === undefined) {
    t = `0x${appId.toString(16).padStart(4, '0')}`;
    APP_ID_TEXT[appId] = t;
  }
  return t;
}

/** The frame's PDU bounds when the header and the outer PDU tag are well formed. */
function pduBounds(p: Uint8Array, pduTag: number): boolean {
  const length = u16be(p, 2);
  // Length counts from the APPID; frames are padded to the Ethernet minimum.
  if (length === undefined || length < HEADER + 2 || length > p.length) return false;
  if (!readBer(p, HEADER, length, pduTag)) return false;
  return p[ber.value] === TAG_FIRST;
}

function recordPublisher(p: Uint8Array, out: FactSink): void {
  out.detail('appIds', appIdText(u16be(p, 0)!));
  // GOOSE and SV are one-way multicast: whoever sends them publishes.
  out.role('sender', 'publisher');
}

/**
 * Reports the logical device name as the sender's configured name, once per sink and sender (the
 * engine keys identities by their JSON, which is too dear to build for every frame of a stream).
 */
function reportIdentity(protocol: ProtocolId, ref: CachedRef, ctx: PacketContext, out: FactSink): void {
  if (ref.deviceName === undefined) return;
  let senders = ref.announced.get(out);
  if (!senders) {
    senders = new Set();
    ref.announced.set(out, senders);
  }
  const mac = ctx.packet.srcMac ?? '';
  if (senders.has(mac)) return;
  senders.add(mac);
  out.identity('sender', { protocol, name: ref.deviceName });
}

export const iec61850GooseDissector: Dissector = {
  id: 'iec61850-goose',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_GOOSE],
  detect(payload) {
    return pduBounds(payload, TAG_GOOSE_PDU);
  },
  parse(payload, ctx, out) {
    if (!pduBounds(payload, TAG_GOOSE_PDU)) return;
    recordPublisher(payload, out);
    const end = ber.value + ber.length;
    // gocbRef [0], timeAllowedtoLive [1], datSet [2], goID [3] OPTIONAL, …
    if (!readBer(payload, ber.value, end, TAG_FIRST)) return;
    const gocbRef = cachedRef(GOOSE_REFS, payload, ber.value, Math.min(ber.length, MAX_REF));
    let o = ber.value + ber.length;
    if (gocbRef.text) {
      out.detail('gocbRefs', gocbRef.text);
      reportIdentity('iec61850-goose', gocbRef, ctx, out);
    }
    if (!readBer(payload, o, end, 0x81)) return;
    o = ber.value + ber.length;
    if (!readBer(payload, o, end, TAG_DATSET)) return;
    const datSet = cachedRef(GOOSE_REFS, payload, ber.value, Math.min(ber.length, MAX_REF)).text;
    if (datSet) out.detail('datSets', datSet);
    o = ber.value + ber.length;
    if (readBer(payload, o, end, TAG_GOID)) {
      const goId = cachedRef(GOOSE_REFS, payload, ber.value, Math.min(ber.length, MAX_REF)).text;
      if (goId) out.detail('goIds', goId);
    }
  },
};

export const iec61850SvDissector: Dissector = {
  id: 'iec61850-sv',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_SV],
  detect(payload) {
    return pduBounds(payload, TAG_SAV_PDU);
  },
  parse(payload, ctx, out) {
    if (!pduBounds(payload, TAG_SAV_PDU)) return;
    recordPublisher(payload, out);
    const end = ber.value + ber.length;
    // noASDU [0], security [1] OPTIONAL, seqASDU [2] SEQUENCE OF ASDU.
    if (!readBer(payload, ber.value, end, TAG_FIRST)) return;
    let o = ber.value + ber.length;
    if (payload[o] === 0xa1) {
      if (!readBer(payload, o, end, 0xa1)) return;
      o = ber.value + ber.length;
    }
    if (!readBer(payload, o, end, TAG_SEQ_ASDU)) return;
    const seqEnd = ber.value + ber.length;
    o = ber.value;
    // Each ASDU starts with svID [0]; a frame carries one ASDU per sample (usually 1 or 8).
    while (readBer(payload, o, seqEnd, TAG_ASDU)) {
      const next = ber.value + ber.length;
      if (readBer(payload, ber.value, next, TAG_FIRST)) {
        const svId = cachedRef(SV_REFS, payload, ber.value, Math.min(ber.length, MAX_REF));
        if (svId.text) {
          out.detail('svIds', svId.text);
          reportIdentity('iec61850-sv', svId, ctx, out);
        }
      }
      o = next;
    }
  },
};
