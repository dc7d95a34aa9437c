// SSH (RFC 4253 §4.2): each side opens with "SSH-protoversion-softwareversion [comments]" CR LF;
// protoversion is 2.0, or 1.99 for servers that also speak SSH-1. Recognised on any port.
import { startsWithAscii, type Dissector } from '../dissector.js';
import { asciiText, isPrintable, lineEnd } from './ascii-lines.js';

/** The identification string is at most 255 octets including CR LF (RFC 4253 §4.2). */
const MAX_IDENTIFICATION = 255;
const MAX_BANNER = 64;

/** Offset of the software version when d starts with an SSH identification string, else -1. */
function softwareVersionOffset(d: Uint8Array): number {
  let o: number;
  if (startsWithAscii(d, 'SSH-2.0-')) o = 8;
  else if (startsWithAscii(d, 'SSH-1.99-')) o = 9;
  else if (startsWithAscii(d, 'SSH-1.5-')) o = 8;
  else return -1;
  const eol = lineEnd(d, o, MAX_IDENTIFICATION);
  const end = eol < 0 ? Math.min(d.length, MAX_IDENTIFICATION) : eol;
  // A packet cut right after the prefix still counts; otherwise the text must be printable.
  return end > o && !isPrintable(d, o, end) ? -1 : o;
}

export const sshDissector: Dissector = {
  id: 'ssh',
  transport: 'tcp',
  ports: [22],
  detect(payload) {
    return softwareVersionOffset(payload) >= 0;
  },
  parse(payload, _ctx, out) {
    // Only the first packet of each side starts with "SSH-"; the rest is binary packets.
    if (payload[0] !== 0x53) return;
    const o = softwareVersionOffset(payload);
    if (o < 0) return;
    out.detail('versions', o === 9 ? '1.99' : asciiText(payload, 4, 7, 3));
    const eol = lineEnd(payload, o, MAX_IDENTIFICATION);
    const banner = asciiText(payload, o, eol < 0 ? payload.length : eol, MAX_BANNER);
    if (banner) out.detail('banners', banner);
  },
};
