// OMRON FINS (Factory Interface Network Service), from OMRON's "FINS Commands Reference Manual"
// (W227) and the Ethernet unit manuals (W421, W342): a 10-byte header (ICF, RSV, GCT, destination
// and source network/node/unit, SID) and a 2-byte command code, over UDP 9600 as is, over TCP 9600
// behind a 16-byte "FINS" header (magic, length, command, error code).
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { u16be, u32be } from '../dissector.js';

export const FINS_PORT = 9600;
const FINS_HEADER = 10;
const TCP_HEADER = 16;
/** "FINS" in ASCII, the first four bytes of every FINS/TCP frame. */
const TCP_MAGIC = 0x46494e53;
/** FINS/TCP command 2: a FINS frame follows the header. */
const TCP_FRAME_SEND = 2;
const TCP_MAX_COMMAND = 6;
/** ICF bits 1–5 are reserved (zero); bit 6 marks a response, bit 7 "use gateway". */
const ICF_RESERVED = 0x3e;
const ICF_RESPONSE = 0x40;
const ICF_GATEWAY = 0x80;
/** Main request codes (MRC) of the command reference's command list. */
const MAIN_CODES = new Set([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x09, 0x0c, 0x21, 0x22, 0x23, 0x26, 0x28]);
/** Command 05 01 CONTROLLER DATA READ: the response names the CPU model and its version. */
const CONTROLLER_DATA_READ = 0x0501;

interface FinsState {
  reported: boolean;
}

/** True when a plausible FINS command or response starts at `o` and ends at `end`. */
export function isFinsFrame(d: Uint8Array, o: number, end: number, onPort: boolean): boolean {
  if (o + FINS_HEADER + 2 > end) return false;
  const icf = d[o]!;
  if (icf & ICF_RESERVED || d[o + 1] !== 0 || d[o + 2]! > 7) return false;
  // Every OMRON stack sets the gateway bit; only on the FINS port do we accept one that does not.
  if (!onPort && (icf & ICF_GATEWAY) === 0) return false;
  if (!MAIN_CODES.has(d[o + FINS_HEADER]!)) return false;
  // A response carries a 2-byte end code after the command code.
  return (icf & ICF_RESPONSE) === 0 || o + FINS_HEADER + 4 <= end;
}

/** Text of a fixed-width field, cut at the first NUL and trimmed (the padding holds leftovers). */
function fieldText(d: Uint8Array, o: number, n: number): string {
  let s = '';
  for (let i = o; i < o + n && i < d.length; i += 1) {
    const c = d[i]!;
    if (c === 0) break;
    if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
  }
  return s.trim();
}

function parseFrame(d: Uint8Array, o: number, end: number, out: FactSink, st: FinsState): void {
  if (o + FINS_HEADER + 2 > end) return;
  const command = u16be(d, o + FINS_HEADER)!;
  out.detail('commands', command);
  const isResponse = (d[o]! & ICF_RESPONSE) !== 0;
  if (!isResponse || command !== CONTROLLER_DATA_READ || st.reported) return;
  // End code 0000 = normal completion, then controller model (20 bytes) and version (20 bytes).
  const data = o + FINS_HEADER + 4;
  if (data + 40 > end || u16be(d, o + FINS_HEADER + 2) !== 0) return;
  const product = fieldText(d, data, 20);
  if (product === '') return;
  const firmware = fieldText(d, data + 20, 20);
  st.reported = true;
  out.identity('sender', { protocol: 'omron-fins', vendor: 'OMRON', product, firmware: firmware || null });
}

function onFinsPort(ctx: PacketContext): boolean {
  return ctx.packet.srcPort === FINS_PORT || ctx.packet.dstPort === FINS_PORT;
}

/** True when the segment is one or more whole FINS/TCP frames (magic, length, known command). */
export function isFinsTcpSegment(d: Uint8Array): boolean {
  let off = 0;
  while (off + TCP_HEADER <= d.length) {
    if (u32be(d, off) !== TCP_MAGIC || u32be(d, off + 8)! > TCP_MAX_COMMAND) return false;
    const len = u32be(d, off + 4)!;
    if (len < 8 || off + 8 + len > d.length) return false;
    off += 8 + len;
  }
  return off > 0 && off === d.length;
}

export const omronFinsUdpDissector: Dissector<FinsState> = {
  id: 'omron-fins',
  transport: 'udp',
  ports: [FINS_PORT],
  detect: (payload, ctx) => isFinsFrame(payload, 0, payload.length, onFinsPort(ctx)),
  createState: () => ({ reported: false }),
  parse(payload, _ctx, out, state) {
    parseFrame(payload, 0, payload.length, out, state);
  },
};

export const omronFinsTcpDissector: Dissector<FinsState> = {
  id: 'omron-fins',
  transport: 'tcp',
  ports: [FINS_PORT],
  detect: (payload) => isFinsTcpSegment(payload),
  createState: () => ({ reported: false }),
  parse(payload, _ctx, out, state) {
    for (let off = 0; off + TCP_HEADER <= payload.length;) {
      if (u32be(payload, off) !== TCP_MAGIC) return;
      const len = u32be(payload, off + 4)!;
      const end = Math.min(payload.length, off + 8 + len);
      if (u32be(payload, off + 8) === TCP_FRAME_SEND) parseFrame(payload, off + TCP_HEADER, end, out, state);
      off += 8 + len;
    }
  },
};
