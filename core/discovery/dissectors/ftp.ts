// FTP control connection (RFC 959 §4, §5.4): the server greets with a 220 reply, the client sends
// four-letter commands. USER and PASS travel in clear text; the user name is recorded and the
// password never is. Asked only on port 21: a CRLF text line alone is too weak to claim traffic.
import type { Dissector } from '../dissector.js';
import { asciiText, isPrintable, lineEnd, nextLine, startsWithNoCase } from './ascii-lines.js';

const MAX_LINE = 1024;
const MAX_LINES_PER_PACKET = 32;

/** Commands a client opens a session with (RFC 959 §4.1, RFC 2228 AUTH, RFC 2389 FEAT). */
const OPENING_COMMANDS = ['user ', 'auth ', 'feat', 'syst', 'opts ', 'help', 'quit'] as const;

interface FtpState {
  bannerSeen: boolean;
}

/** A reply line: three digits then SP or '-' (RFC 959 §4.2). */
function isReplyLine(d: Uint8Array, o: number): boolean {
  for (let i = o; i < o + 3; i += 1) if (d[i] === undefined || d[i]! < 0x30 || d[i]! > 0x39) return false;
  return d[o + 3] === 0x20 || d[o + 3] === 0x2d;
}

function isCommandLetter(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a));
}

export const ftpDissector: Dissector<FtpState> = {
  id: 'ftp',
  transport: 'tcp',
  ports: [21],
  portRequired: true,
  detect(payload) {
    const eol = lineEnd(payload, 0, MAX_LINE);
    if (eol < 4 || !isPrintable(payload, 0, eol)) return false;
    if (payload[0] === 0x32 && payload[1] === 0x32 && payload[2] === 0x30 && isReplyLine(payload, 0)) return true;
    for (const command of OPENING_COMMANDS) {
      if (startsWithNoCase(payload, command) && (command.endsWith(' ') || eol === command.length)) return true;
    }
    return false;
  },
  createState() {
    return { bannerSeen: false };
  },
  parse(payload, ctx, out, state) {
    let o = 0;
    for (let n = 0; n < MAX_LINES_PER_PACKET && o < payload.length; n += 1) {
      const eol = lineEnd(payload, o, o + MAX_LINE);
      if (eol < 0) return;
      if (!ctx.fromClient) {
        if (!state.bannerSeen && isReplyLine(payload, o) && startsWithNoCase(payload, '220', o)) {
          state.bannerSeen = true;
          const banner = asciiText(payload, o + 4, eol, 64);
          if (banner) out.detail('banners', banner);
        }
      } else {
        let end = o;
        while (end < eol && end - o < 4 && isCommandLetter(payload[end])) end += 1;
        const length = end - o;
        if (length >= 3 && (end === eol || payload[end] === 0x20)) {
          const command = asciiText(payload, o, end, 4).toUpperCase();
          out.detail('commands', command);
          if (command === 'USER') {
            const user = asciiText(payload, end + 1, eol, 64);
            if (user) out.detail('usernames', user);
          } else if (command === 'PASS') {
            // A password went over the wire in clear text; its value is deliberately not read.
            out.flag('credentials', true);
          }
        }
      }
      o = nextLine(payload, eol);
    }
  },
};
