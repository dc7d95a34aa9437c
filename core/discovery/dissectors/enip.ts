// EtherNet/IP encapsulation (ODVA CIP Vol. 2 §2-3: 24-byte little-endian header, then command
// data) over TCP and UDP 44818, and the cyclic class 0/1 I/O datagrams on UDP 2222 (Vol. 2 §2-6).
// CIP facts found inside go into the same `enip` flow's details.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { rangeParser, u16le, u16leIn, u32le } from '../dissector.js';
import { cipVendorName } from './cip-vendors.js';
import { parseCipMessage, revisionText, serialText, shortString, type CipState } from './cip.js';

export const ENIP_PORT = 44818;
export const ENIP_IO_PORT = 2222;
const HEADER = 24;

const CMD_NOP = 0x0000;
const CMD_LIST_TARGETS = 0x0001;
const CMD_LIST_IDENTITY = 0x0063;
const CMD_SEND_RR_DATA = 0x006f;
const CMD_SEND_UNIT_DATA = 0x0070;
/** Commands of Vol. 2 Table 2-3.2 (plus the legacy 0x0001 Wireshark still decodes). */
const COMMANDS = new Set([0x0000, 0x0001, 0x0004, 0x0063, 0x0064, 0x0065, 0x0066, 0x006f, 0x0070, 0x0072, 0x0073]);
/** Encapsulation status codes (Vol. 2 Table 2-3.3). */
const STATUSES = new Set([0x0000, 0x0001, 0x0002, 0x0003, 0x0064, 0x0065, 0x0069]);

// Common Packet Format item ids (Vol. 2 §2-6).
const ITEM_LIST_IDENTITY = 0x000c;
const ITEM_CONNECTED_DATA = 0x00b1;
const ITEM_UNCONNECTED_DATA = 0x00b2;
const ITEM_SEQUENCED_ADDRESS = 0x8002;
/** Keeps connected-message keys (sequence counts) apart from sender-context keys. */
const CONNECTED_KEY = 0x1_0000_0000;

/** True when the segment is one or more complete encapsulation messages with sane headers. */
export function isEnipSegment(d: Uint8Array, onPort: boolean): boolean {
  let off = 0;
  while (off + HEADER <= d.length) {
    const cmd = u16le(d, off)!;
    // NOP and the legacy ListTargets are mostly zeros: too weak to claim traffic off the port.
    if (!COMMANDS.has(cmd) || (!onPort && (cmd === CMD_NOP || cmd === CMD_LIST_TARGETS))) return false;
    if (!STATUSES.has(u32le(d, off + 8)!) || u32le(d, off + 20) !== 0) return false;
    off += HEADER + u16le(d, off + 2)!;
  }
  return off > 0 && off === d.length;
}

/** ListIdentity reply item (Vol. 2 §2-4.3.2): the device behind the answering IP describes itself. */
function reportListIdentity(d: Uint8Array, q: number, end: number, out: FactSink): void {
  // Encapsulation version, socket address (16 bytes), then the Identity attributes and product name.
  if (q + 33 > end) return;
  const name = shortString(d, q + 32, end);
  if (name === undefined) return;
  out.identity('sender', {
    protocol: 'enip',
    vendor: cipVendorName(u16le(d, q + 18)!),
    product: name === '' ? null : name,
    firmware: revisionText(d[q + 24]!, d[q + 25]!),
    serial: serialText(u32le(d, q + 28)!),
  });
}

/** Walks the CPF items at `p` (item count, then type/length/data) up to `end`. */
function parseItems(
  d: Uint8Array,
  p: number,
  end: number,
  cmd: number,
  key: number,
  out: FactSink,
  st: CipState,
): void {
  const count = u16leIn(d, p, end);
  if (count === undefined) return;
  let o = p + 2;
  for (let i = 0; i < count && o + 4 <= end; i += 1) {
    const type = u16le(d, o)!;
    const itemEnd = Math.min(end, o + 4 + u16le(d, o + 2)!);
    const data = o + 4;
    if (type === ITEM_LIST_IDENTITY && cmd === CMD_LIST_IDENTITY) {
      reportListIdentity(d, data, itemEnd, out);
    } else if (type === ITEM_UNCONNECTED_DATA) {
      parseCipMessage(d, data, itemEnd, key, out, st);
    } else if (type === ITEM_CONNECTED_DATA && data + 2 <= itemEnd) {
      // Class 3 explicit messages start with a sequence count that the reply echoes.
      parseCipMessage(d, data + 2, itemEnd, CONNECTED_KEY + u16le(d, data)!, out, st);
    }
    o = itemEnd;
  }
}

/** The encapsulation messages of the payload `d[start, limit)`. */
function parseEncapsulation(d: Uint8Array, start: number, limit: number, out: FactSink, st: CipState): void {
  let off = start;
  while (off + HEADER <= limit) {
    const cmd = u16le(d, off)!;
    if (!COMMANDS.has(cmd)) return;
    out.detail('commands', cmd);
    const end = Math.min(limit, off + HEADER + u16le(d, off + 2)!);
    if (cmd === CMD_LIST_IDENTITY) {
      parseItems(d, off + HEADER, end, cmd, 0, out, st);
    } else if (cmd === CMD_SEND_RR_DATA || cmd === CMD_SEND_UNIT_DATA) {
      // Interface handle (4) and timeout (2) precede the items; the sender context pairs RR data.
      parseItems(d, off + HEADER + 6, end, cmd, u32le(d, off + 12)!, out, st);
    }
    off += HEADER + u16le(d, off + 2)!;
  }
}

function createCipState(): CipState {
  return { pending: new Set() };
}

function onEnipPort(ctx: PacketContext): boolean {
  return ctx.packet.srcPort === ENIP_PORT || ctx.packet.dstPort === ENIP_PORT;
}

export const enipTcpDissector: Dissector<CipState> = {
  id: 'enip',
  transport: 'tcp',
  ports: [ENIP_PORT],
  detect: (payload, ctx) => isEnipSegment(payload, onEnipPort(ctx)),
  createState: createCipState,
  ...rangeParser<CipState>((d, start, end, _ctx, out, state) => parseEncapsulation(d, start, end, out, state)),
};

export const enipUdpDissector: Dissector<CipState> = {
  id: 'enip',
  transport: 'udp',
  ports: [ENIP_PORT],
  detect: (payload, ctx) => isEnipSegment(payload, onEnipPort(ctx)),
  createState: createCipState,
  ...rangeParser<CipState>((d, start, end, _ctx, out, state) => parseEncapsulation(d, start, end, out, state)),
};

/**
 * Class 0/1 I/O datagram: a bare CPF with a sequenced address item (connection id, sequence) and a
 * connected data item filling the rest of the datagram.
 */
export function isEnipIoDatagram(d: Uint8Array): boolean {
  return (
    d.length >= 18 &&
    u16le(d, 0) === 2 &&
    u16le(d, 2) === ITEM_SEQUENCED_ADDRESS &&
    u16le(d, 4) === 8 &&
    u16le(d, 14) === ITEM_CONNECTED_DATA &&
    18 + u16le(d, 16)! === d.length
  );
}

export const enipIoDissector: Dissector = {
  id: 'enip',
  transport: 'udp',
  ports: [ENIP_IO_PORT],
  detect: (payload) => isEnipIoDatagram(payload),
  parse(payload, _ctx, out) {
    if (!isEnipIoDatagram(payload)) return;
    out.flag('cyclicIo', true);
    out.detail('ioConnectionIds', u32le(payload, 6)!);
  },
};
