// The capture reader's vocabulary (issue #9 item 1): what a packet record is, and what a whole
// capture file amounts to. Link-layer decoding lives elsewhere; here only the link type and bytes.

export type CaptureFormat = 'pcap' | 'pcapng';
export type ByteOrder = 'little' | 'big';

/**
 * Records larger than this are treated as corrupt: real snap lengths top out at 256 KiB
 * (Wireshark's WTAP_MAX_PACKET_SIZE_STANDARD), so anything bigger is a damaged header and buffering
 * it would break the constant-memory promise.
 */
export const MAX_RECORD_LENGTH = 256 * 1024;
/** pcapng blocks carry options besides the packet, so they get some headroom over a record. */
export const MAX_BLOCK_LENGTH = MAX_RECORD_LENGTH + 64 * 1024;

/** Valid during the packet callback only: parsers may refill the same object for the next record. */
export interface CapturePacket {
  /** The DLT / LINKTYPE_* number of the interface the packet came from. */
  linkType: number;
  /** Whole seconds since the epoch (UTC); 0 with `timestampKnown: false` for pcapng simple packets. */
  tsSeconds: number;
  /** Nanoseconds within the second (0 … 999 999 999). */
  tsFraction: number;
  /** How many fractional digits the file's clock has (6 for µs, 9 for ns, pcapng's if_tsresol). */
  tsDigits: number;
  timestampKnown: boolean;
  capturedLength: number;
  originalLength: number;
  /** A view into the pushed chunk, valid for the callback; copy it to keep it. */
  data: Uint8Array;
  /**
   * Where `data` lies, when the parser can say without making the view: the bytes are
   * `buffer[offset, offset + capturedLength)`. Hot readers use these to skip a view per packet.
   */
  buffer?: Uint8Array;
  offset?: number;
  /** pcapng interface index within its section; 0 for classic pcap. */
  interfaceId: number;
}

export type CaptureInfo =
  | { kind: 'format'; format: CaptureFormat; byteOrder: ByteOrder }
  | { kind: 'interface'; interfaceId: number; linkType: number; tsDigits: number }
  /** The first bytes match no capture format (gzip included: the stream adapter inflates it first). */
  | { kind: 'unknown-format'; magic: string };

export interface CaptureSummary {
  file: string;
  format: CaptureFormat | null;
  compressed: boolean;
  byteOrder: ByteOrder | null;
  linkTypes: number[];
  packets: number;
  /** Sum of captured packet lengths (what capinfos calls data size). */
  bytes: number;
  /** Earliest and latest packet time, ISO 8601 UTC with the file's fractional digits. */
  first: string | null;
  last: string | null;
  /** Truncated or corrupt records and blocks that were skipped. */
  skipped: number;
}

export type PacketHandler = (packet: CapturePacket) => void;
export type InfoHandler = (info: CaptureInfo) => void;
