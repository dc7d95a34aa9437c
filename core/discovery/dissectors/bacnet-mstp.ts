// BACnet MS/TP frames as captured with link type 165 (LINKTYPE_BACNET_MS_TP): no IP, no Ethernet,
// addresses are one-byte MS/TP MACs. The engine decodes the frame here and hands the NPDU to
// parseBacnetNpdu (bacnet.ts).

export interface MstpFrame {
  srcMac: number;
  dstMac: number;
  /** 0 Token, 1 Poll For Master, 5/6 BACnet Data (Not) Expecting Reply … (ASHRAE 135 §9.3). */
  frameType: number;
  /** The NPDU of a BACnet data frame (types 5 and 6), cut to the bytes actually captured. */
  npdu?: Uint8Array;
}

/** Preamble 0x55 0xFF, then type, destination, source, length (2, BE), header CRC (§9.3). */
const PREAMBLE_1 = 0x55;
const PREAMBLE_2 = 0xff;
const HEADER_BYTES = 6;
const FRAME_DATA_EXPECTING_REPLY = 5;
const FRAME_DATA_NOT_EXPECTING_REPLY = 6;
/** Largest non-extended MS/TP data field (§9.3: 501 octets). */
const MAX_DATA_LENGTH = 501;
/** Running the header CRC over the header and its own CRC octet leaves this remainder (Annex G.1). */
const HEADER_CRC_REMAINDER = 0x55;

/** One step of the MS/TP header CRC (x^8 + x^7 + 1), as given in ASHRAE 135 Annex G.1. */
function headerCrcStep(data: number, crc: number): number {
  let c = (crc ^ data) & 0xff;
  c = c ^ (c << 1) ^ (c << 2) ^ (c << 3) ^ (c << 4) ^ (c << 5) ^ (c << 6) ^ (c << 7);
  return ((c & 0xfe) ^ ((c >> 8) & 1)) & 0xff;
}

/**
 * Decodes one MS/TP frame (with or without the two preamble octets). Undefined when the header is
 * truncated or its CRC is wrong; the data CRC is not checked (captures often cut it off).
 */
export function decodeMstpFrame(data: Uint8Array): MstpFrame | undefined {
  const o = data.length >= 2 && data[0] === PREAMBLE_1 && data[1] === PREAMBLE_2 ? 2 : 0;
  if (o + HEADER_BYTES > data.length) return undefined;
  let crc = 0xff;
  for (let i = o; i < o + HEADER_BYTES; i += 1) crc = headerCrcStep(data[i]!, crc);
  if (crc !== HEADER_CRC_REMAINDER) return undefined;
  const frameType = data[o]!;
  const frame: MstpFrame = { frameType, dstMac: data[o + 1]!, srcMac: data[o + 2]! };
  const length = (data[o + 3]! << 8) | data[o + 4]!;
  if (
    (frameType === FRAME_DATA_EXPECTING_REPLY || frameType === FRAME_DATA_NOT_EXPECTING_REPLY) &&
    length > 0 &&
    length <= MAX_DATA_LENGTH
  ) {
    const start = o + HEADER_BYTES;
    const end = Math.min(data.length, start + length);
    if (end > start) frame.npdu = data.subarray(start, end);
  }
  return frame;
}
