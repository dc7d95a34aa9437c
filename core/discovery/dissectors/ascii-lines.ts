// Small byte-level helpers for the line-based text protocols (HTTP, FTP, telnet, SSH): they work
// on the raw payload so detection never decodes a string.

const CR = 0x0d;
const LF = 0x0a;

/** Index of the first CR or LF in d[from, end), or -1. */
export function lineEnd(d: Uint8Array, from: number, end = d.length): number {
  const stop = Math.min(end, d.length);
  for (let i = from; i < stop; i += 1) {
    const c = d[i]!;
    if (c === CR || c === LF) return i;
  }
  return -1;
}

/** Offset of the next line after the line ending at `eol` (skips CRLF or a lone CR/LF). */
export function nextLine(d: Uint8Array, eol: number): number {
  return d[eol] === CR && d[eol + 1] === LF ? eol + 2 : eol + 1;
}

/** True when every octet of d[from, to) is printable ASCII (space to '~') or a tab. */
export function isPrintable(d: Uint8Array, from: number, to: number): boolean {
  if (to > d.length || from > to) return false;
  for (let i = from; i < to; i += 1) {
    const c = d[i]!;
    if ((c < 0x20 || c > 0x7e) && c !== 0x09) return false;
  }
  return true;
}

/** True when d at `o` starts with `lower` (lowercase ASCII), compared case-insensitively. */
export function startsWithNoCase(d: Uint8Array, lower: string, o = 0): boolean {
  if (o + lower.length > d.length) return false;
  for (let i = 0; i < lower.length; i += 1) {
    const c = d[o + i]!;
    const folded = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
    if (folded !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** Index of `lower` (lowercase ASCII) in d[from, end), compared case-insensitively, or -1. */
export function indexOfNoCase(d: Uint8Array, lower: string, from = 0, end = d.length): number {
  const first = lower.charCodeAt(0);
  const last = Math.min(end, d.length) - lower.length;
  for (let i = from; i <= last; i += 1) {
    const c = d[i]!;
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) === first && startsWithNoCase(d, lower, i)) return i;
  }
  return -1;
}

/** Octets d[from, to) as latin1 text, cut to `max` characters. */
export function asciiText(d: Uint8Array, from: number, to: number, max = 64): string {
  const stop = Math.min(to, from + max, d.length);
  let s = '';
  for (let i = from; i < stop; i += 1) s += String.fromCharCode(d[i]!);
  return s.trim();
}
