// CSV as plants export it: Excel writes UTF-8 with a byte-order mark, or the Windows code page
// without one, separated by semicolons wherever the decimal separator is a comma, or UTF-16 with
// tabs ("Unicode text"). Decoding and the separator are worked out from the content.
import { CsvError, parse } from 'csv-parse/sync';
import { SheetError, type SheetRow } from './sheet.js';

/**
 * Bytes → text: a UTF-8 or UTF-16 byte-order mark decides; otherwise UTF-8 when the bytes are
 * valid UTF-8, else Windows-1252 (what Excel's "CSV" writes on Western European Windows).
 */
export function decodeText(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The separator of the header line: the most frequent of `;`, `,` and tab outside quotes. Header
 * lines rarely hold commas of their own, while data rows do ("Siemens, AG"), so only the header
 * counts. One column and no separator at all: comma.
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seen = false;
  for (const ch of text.startsWith('\uFEFF') ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      // Leading blank lines are not the header.
      if (seen) break;
    } else if (!quoted) {
      if (ch.trim() !== '') seen = true;
      const d = ch as Delimiter;
      const n = counts.get(d);
      if (n !== undefined) {
        counts.set(d, n + 1);
        seen = true;
      }
    }
  }
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** CSV text → rows numbered as a spreadsheet shows them (a quoted line break stays in its row). */
export function parseCsv(text: string): SheetRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      // Spreadsheets leave rows shorter or longer than the header; blank rows keep their number.
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (e) {
    if (e instanceof CsvError) {
      const lines = typeof e.lines === 'number' ? e.lines : undefined;
      throw new SheetError(`the CSV cannot be read: ${e.message}`, lines);
    }
    throw e;
  }
  return records.map((cells, i) => ({ row: i + 1, cells }));
}
