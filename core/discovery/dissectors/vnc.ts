// VNC / RFB (RFC 6143): both sides open with a 12-octet ProtocolVersion "RFB xxx.yyy\n" (§7.1.1);
// the server then offers its security types (§7.1.2; version 3.3 sends one as a 32-bit value).
// Type 1 ("None") means the desktop is open to anyone who connects.
import { u32be, type Dissector } from '../dissector.js';

const VERSION_LENGTH = 12;
const SECURITY_NONE = 1;
/** Positions of the six version digits in "RFB xxx.yyy\n". */
const DIGIT_OFFSETS = [4, 5, 6, 8, 9, 10] as const;

interface VncState {
  /** Minor version the server announced; -1 until then. */
  serverMinor: number;
  securityRead: boolean;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/** True when d starts with "RFB ddd.ddd\n". */
function isProtocolVersion(d: Uint8Array): boolean {
  if (d.length < VERSION_LENGTH || d[0] !== 0x52 || d[1] !== 0x46 || d[2] !== 0x42 || d[3] !== 0x20) return false;
  for (const i of DIGIT_OFFSETS) if (!isDigit(d[i])) return false;
  return d[7] === 0x2e && d[11] === 0x0a;
}

function versionNumber(d: Uint8Array, o: number): number {
  return (d[o]! - 0x30) * 100 + (d[o + 1]! - 0x30) * 10 + (d[o + 2]! - 0x30);
}

export const vncDissector: Dissector<VncState> = {
  id: 'vnc',
  transport: 'tcp',
  ports: [5900, 5901, 5902, 5903, 5904, 5905, 5906, 5907, 5908, 5909, 5910],
  detect(payload) {
    return isProtocolVersion(payload);
  },
  createState() {
    return { serverMinor: -1, securityRead: false };
  },
  parse(payload, ctx, out, state) {
    if (isProtocolVersion(payload)) {
      const major = versionNumber(payload, 4);
      const minor = versionNumber(payload, 8);
      out.detail('versions', `${major}.${minor}`);
      if (!ctx.fromClient) state.serverMinor = minor;
      return;
    }
    if (ctx.fromClient || state.serverMinor < 0 || state.securityRead) return;
    state.securityRead = true;
    if (state.serverMinor < 7) {
      const type = u32be(payload, 0);
      if (type === undefined) return;
      out.detail('securityTypes', type);
      if (type === SECURITY_NONE) out.flag('noAuthentication', true);
      return;
    }
    const count = payload[0];
    if (count === undefined || count === 0 || 1 + count > payload.length) return;
    for (let i = 1; i <= count; i += 1) {
      out.detail('securityTypes', payload[i]!);
      if (payload[i] === SECURITY_NONE) out.flag('noAuthentication', true);
    }
  },
};
