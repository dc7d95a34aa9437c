// EtherCAT (IEC 61158-4-12 / ETG.1000.4, EtherType 0x88A4): a 2-octet frame header (length 11
// bits, reserved bit, type 4 bits; little-endian) followed, for type 1, by a chain of datagrams:
// command, index, address (4), length 11 bits + flags (M = more datagrams follow), IRQ (2),
// data, working counter (2).
import { u16le, type Dissector } from '../dissector.js';

export const ETHERTYPE_ETHERCAT = 0x88a4;

const TYPE_DLPDU = 1;
const TYPE_NETWORK_VARIABLES = 4;
const TYPE_MAILBOX_GATEWAY = 5;
/** Datagram header: cmd, idx, address (4), length/flags (2), IRQ (2). */
const DATAGRAM_HEADER = 10;
const WORKING_COUNTER = 2;
/** Highest datagram command code (FRMW, configured read multiple write). */
const MAX_COMMAND = 14;
/** A frame holds at most ~1500 octets, i.e. well under this many datagrams. */
const MAX_DATAGRAMS = 128;

/** True when the MAC text's first octet has the locally administered bit (0x02) set. */
function isLocallyAdministered(mac: string): boolean {
  const c = mac.charCodeAt(1);
  const nibble = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
  return (nibble & 0x02) !== 0;
}

/**
 * Walks the datagram chain and returns the set of command codes as a bit mask (0 for the frame
 * types without datagrams), or -1 when the chain does not fit the frame header's length or has
 * an unknown command (i.e. this is not EtherCAT).
 */
function datagramCommands(p: Uint8Array): number {
  const header = u16le(p, 0);
  if (header === undefined || (header & 0x0800) !== 0) return -1;
  const length = header & 0x07ff;
  const type = header >> 12;
  if (type === TYPE_NETWORK_VARIABLES || type === TYPE_MAILBOX_GATEWAY)
    return length > 0 && 2 + length <= p.length ? 0 : -1;
  if (type !== TYPE_DLPDU) return -1;
  const end = 2 + length;
  if (end > p.length || length < DATAGRAM_HEADER + WORKING_COUNTER) return -1;
  let commands = 0;
  let o = 2;
  for (let n = 0; n < MAX_DATAGRAMS; n += 1) {
    if (o + DATAGRAM_HEADER > end) return -1;
    const cmd = p[o]!;
    if (cmd > MAX_COMMAND) return -1;
    const lengthFlags = u16le(p, o + 6)!;
    const next = o + DATAGRAM_HEADER + (lengthFlags & 0x07ff) + WORKING_COUNTER;
    if (next > end) return -1;
    commands |= 1 << cmd;
    // M bit: another datagram follows.
    if ((lengthFlags & 0x8000) === 0) return commands;
    o = next;
  }
  return -1;
}

export const ethercatDissector: Dissector = {
  id: 'ethercat',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_ETHERCAT],
  detect(payload) {
    return datagramCommands(payload) >= 0;
  },
  parse(payload, ctx, out) {
    const commands = datagramCommands(payload);
    if (commands < 0) return;
    const type = payload[1]! >> 4;
    if (type !== TYPE_DLPDU) {
      out.detail('frameTypes', type);
      return;
    }
    for (let cmd = 0; cmd <= MAX_COMMAND; cmd += 1) if ((commands & (1 << cmd)) !== 0) out.detail('commands', cmd);
    // Frames leave the master with its own MAC; the first slave sets the locally administered
    // bit of the source address on the way back (ETG.1000.4, frame processing), so only the
    // master sends with that bit clear.
    const mac = ctx.packet.srcMac;
    if (mac !== undefined && !isLocallyAdministered(mac)) out.role('sender', 'master');
  },
};
