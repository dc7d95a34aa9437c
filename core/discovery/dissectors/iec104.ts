// IEC 60870-5-104 on TCP 2404: APCI frame formats, ASDU type ids, causes of transmission and
// common addresses. A segment often carries several APDUs back to back.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';

const IEC104_PORT = 2404;
/** APCI: start 0x68, length of the rest (4 control octets + ASDU), at most 253 (IEC 60870-5-104 §5). */
const START = 0x68;
const APCI_BYTES = 6;
const MAX_APDU_LENGTH = 253;
/** ASDU header with the 104 profile: type, VSQ, COT, originator, common address (2, LE) (§9). */
const ASDU_HEADER_BYTES = 6;
/** U-format functions: exactly one of STARTDT/STOPDT/TESTFR act/con is set (§5.3). */
const U_FUNCTION_BITS = new Set([0x04, 0x08, 0x10, 0x20, 0x40, 0x80]);

/** Type identifications defined by IEC 60870-5-101/104 (§7.2.1.1 of 101, plus the 104 additions). */
const KNOWN_TYPE_IDS = (() => {
  const known = new Uint8Array(256);
  const ranges: [number, number][] = [
    [1, 21],
    [30, 40],
    [45, 51],
    [58, 64],
    [70, 70],
    [100, 107],
    [110, 113],
    [120, 127],
  ];
  for (const [from, to] of ranges) for (let t = from; t <= to; t += 1) known[t] = 1;
  return known;
})();

type ApduFormat = 'I' | 'S' | 'U';

/**
 * The format of the APDU at `o` if its APCI is well-formed. With `strict` (detection) an I frame's
 * ASDU must also have a standard type id and cause; a claimed conversation keeps private types.
 */
function apduFormat(d: Uint8Array, o: number, strict: boolean): ApduFormat | undefined {
  if (o + APCI_BYTES > d.length || d[o] !== START) return undefined;
  const length = d[o + 1]!;
  if (length < 4 || length > MAX_APDU_LENGTH) return undefined;
  const c1 = d[o + 2]!;
  if ((c1 & 0x01) === 0) {
    // I format: the receive sequence number's low bit (control octet 3, bit 0) is always 0.
    if ((d[o + 4]! & 0x01) !== 0 || length < 4 + ASDU_HEADER_BYTES) return undefined;
    if (!strict) return 'I';
    if (o + APCI_BYTES + 1 <= d.length && KNOWN_TYPE_IDS[d[o + APCI_BYTES]!] !== 1) return undefined;
    // Causes 1–47 are defined (101 §7.2.3); 0 is "not used".
    const cause = o + APCI_BYTES + 3 <= d.length ? d[o + APCI_BYTES + 2]! & 0x3f : 1;
    return cause === 0 || cause > 47 ? undefined : 'I';
  }
  if (length !== 4) return undefined;
  if ((c1 & 0x03) === 0x01) return c1 === 0x01 && d[o + 3] === 0 && (d[o + 4]! & 0x01) === 0 ? 'S' : undefined;
  // U format: only the function bit in octet 1; octets 2–4 are zero.
  return U_FUNCTION_BITS.has(c1 & 0xfc) && d[o + 3] === 0 && d[o + 4] === 0 && d[o + 5] === 0 ? 'U' : undefined;
}

/** The payload is one or more well-formed APDUs that end exactly where the segment ends. */
export function isIec104(payload: Uint8Array): boolean {
  let o = 0;
  while (o < payload.length) {
    if (apduFormat(payload, o, true) === undefined) return false;
    o += 2 + payload[o + 1]!;
  }
  return payload.length > 0 && o === payload.length;
}

function parseApdus(payload: Uint8Array, out: FactSink): void {
  let o = 0;
  while (o < payload.length) {
    const format = apduFormat(payload, o, false);
    if (format === undefined) return;
    out.detail('apciTypes', format);
    if (format === 'I' && o + APCI_BYTES + ASDU_HEADER_BYTES <= payload.length) {
      const a = o + APCI_BYTES;
      out.detail('typeIds', payload[a]!);
      // Cause of transmission: the low 6 bits; bit 6 is P/N and bit 7 the test flag (101 §7.2.3).
      out.detail('causes', payload[a + 2]! & 0x3f);
      out.detail('commonAddresses', payload[a + 4]! | (payload[a + 5]! << 8));
    }
    o += 2 + payload[o + 1]!;
  }
}

export const iec104Dissector: Dissector<undefined> = {
  id: 'iec104',
  transport: 'tcp',
  ports: [IEC104_PORT],
  detect: (payload: Uint8Array, _ctx: PacketContext) => isIec104(payload),
  parse: (payload: Uint8Array, _ctx: PacketContext, out: FactSink) => parseApdus(payload, out),
};
