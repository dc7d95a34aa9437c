// The PDF's font is the standard Helvetica, which has only the WinAnsi characters (Latin-1 plus a few
// typographic ones): anything else would print as a stray glyph. Common symbols get an ASCII stand-in,
// the rest a "?", so a name with a character the font lacks is visibly marked rather than garbled.

const PRINTABLE = /^[\x20-\x7e\xa0-\xff\n€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]*$/;
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const STAND_INS: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '✓': 'v',
  '\t': ' ',
  '\r': '',
};

export function winAnsi(text: string): string {
  if (PRINTABLE.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    out +=
      (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || ch === '\n' || WIN_ANSI_EXTRA.has(ch)
        ? ch
        : (STAND_INS[ch] ?? '?');
  }
  return out;
}
