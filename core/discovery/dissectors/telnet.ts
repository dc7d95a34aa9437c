// Telnet (RFC 854, options RFC 855): option negotiation starts with IAC (0xFF) followed by WILL,
// WONT, DO or DONT (0xFB–0xFE) or SB (0xFA), and logins are plain text. Asked only on port 23:
// a login prompt or a few IAC octets alone are too weak to claim traffic anywhere.
//
// A login exchange (the server asked for a password and the client answered) is flagged as
// `credentials`; nothing the client types is ever recorded.
import type { Dissector } from '../dissector.js';
import { indexOfNoCase, isPrintable } from './ascii-lines.js';

const IAC = 0xff;
const SB = 0xfa;
const WILL = 0xfb;
const DONT = 0xfe;
/** Server packets searched for prompts; a session's login happens at its start. */
const PROMPT_PACKETS = 32;
const PROMPT_WINDOW = 512;

interface TelnetState {
  /** Option codes already reported. */
  options: Set<number>;
  serverPackets: number;
  passwordPrompt: boolean;
  loginPrompt: boolean;
  credentials: boolean;
}

function hasPrompt(d: Uint8Array, end: number): 'password' | 'login' | undefined {
  if (indexOfNoCase(d, 'password', 0, end) >= 0 || indexOfNoCase(d, 'passwort', 0, end) >= 0) return 'password';
  if (indexOfNoCase(d, 'login:', 0, end) >= 0 || indexOfNoCase(d, 'username:', 0, end) >= 0) return 'login';
  return undefined;
}

export const telnetDissector: Dissector<TelnetState> = {
  id: 'telnet',
  transport: 'tcp',
  ports: [23],
  portRequired: true,
  detect(payload) {
    if (payload.length >= 3 && payload[0] === IAC) {
      const command = payload[1]!;
      return command === SB || (command >= WILL && command <= DONT);
    }
    // A printable banner or prompt (CR, LF and NUL allowed between lines).
    const end = Math.min(payload.length, PROMPT_WINDOW);
    for (let i = 0; i < end; i += 1) {
      const c = payload[i]!;
      if (c !== 0x0d && c !== 0x0a && c !== 0x00 && !isPrintable(payload, i, i + 1)) return false;
    }
    return end > 0 && hasPrompt(payload, end) !== undefined;
  },
  createState() {
    return { options: new Set(), serverPackets: 0, passwordPrompt: false, loginPrompt: false, credentials: false };
  },
  parse(payload, ctx, out, state) {
    let text = 0;
    for (let i = 0; i < payload.length; i += 1) {
      if (payload[i] !== IAC) {
        text += 1;
        continue;
      }
      const command = payload[i + 1];
      if (command === undefined) break;
      if (command >= WILL && command <= DONT) {
        const option = payload[i + 2];
        if (option === undefined) break;
        if (!state.options.has(option)) {
          state.options.add(option);
          out.detail('options', option);
        }
        i += 2;
      } else if (command === SB) {
        // Subnegotiation runs to IAC SE; its bytes (terminal type, window size) are not text.
        let j = i + 2;
        while (j + 1 < payload.length && !(payload[j] === IAC && payload[j + 1] === 0xf0)) j += 1;
        i = j + 1;
      } else {
        i += 1;
      }
    }
    if (text === 0) return;
    if (!ctx.fromClient) {
      if (state.serverPackets >= PROMPT_PACKETS) return;
      state.serverPackets += 1;
      const prompt = hasPrompt(payload, Math.min(payload.length, PROMPT_WINDOW));
      if (prompt === 'password') state.passwordPrompt = true;
      if (prompt !== undefined && !state.loginPrompt) {
        state.loginPrompt = true;
        out.flag('loginPrompt', true);
      }
    } else if (state.passwordPrompt && !state.credentials) {
      state.credentials = true;
      out.flag('credentials', true);
    }
  },
};
