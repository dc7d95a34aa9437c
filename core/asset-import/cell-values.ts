// One cell → one field value, in the forms spreadsheets actually hold: several addresses in one
// cell, MACs with or without separators, yes/x/1 for booleans, dates as Excel serial numbers or in
// European notation. Each converter answers a value or a message saying what to write instead.
import { ID_PATTERN } from '../schemas/vocabulary.js';
import { normalizeMac } from '../sitefile/field-rules.js';
import { cellText, type Cell } from './sheet.js';

export type Converted<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/** "10.0.0.1; 10.0.0.2", "10.0.0.1, 10.0.0.2" or one per line: each distinct entry once. */
export const splitList = (text: string): string[] => [...new Set(text.split(/[;,\s]+/).filter((s) => s !== ''))];

/** 001B1B123456 and Cisco's 001b.1b12.3456 → 00:1b:1b:12:34:56; dashes and capitals as the site file. */
export function macOf(entry: string): string {
  const bare = /^[0-9a-fA-F]{12}$/.test(entry)
    ? entry
    : /^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$/.test(entry)
      ? entry.replaceAll('.', '')
      : null;
  return normalizeMac(bare === null ? entry : (bare.match(/../g) ?? []).join(':'));
}

const TRUE = new Set(['yes', 'y', 'true', 'x', '1', 'ja', 'wahr']);
const FALSE = new Set(['no', 'n', 'false', '0', 'nein', 'falsch']);

export function booleanOf(cell: Cell): Converted<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = cellText(cell).toLowerCase();
  if (TRUE.has(text)) return { value: true };
  if (FALSE.has(text)) return { value: false };
  return { error: `"${cellText(cell)}" is not yes or no (write yes, no, true, false, x, 1 or 0)` };
}

export function criticalityOf(cell: Cell): Converted<number> {
  const text = cellText(cell);
  const n = typeof cell === 'number' ? cell : /^\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 5) return { value: n };
  return { error: `criticality is a whole number from 1 to 5; got "${text}"` };
}

/** Excel counts days from 1899-12-30 (which absorbs its 1900 leap-year bug for later dates). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_SECONDS = 86_400;
/** Five-digit serials only (1927–2173): a bare "2025" is a year, not day 2025 of 1900. */
const SERIAL_MIN = 10_000;
const SERIAL_MAX = 99_999;

/** 45658 → 2025-01-01; 45658.5 → 2025-01-01T12:00:00Z (Excel has no time zone: taken as UTC). */
export function dateOfSerial(serial: number): string {
  const iso = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_SECONDS) * 1000).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

const DATE_HINT = 'write 2026-03-01, 01.03.2026 or a UTC timestamp such as 2026-03-01T10:00:00Z';

/**
 * Dates as spreadsheets hold them: ISO dates and timestamps (an offset is converted to UTC, none
 * means UTC), day.month.year, and Excel serial numbers. Slashes are refused: 03/04/2026 is March
 * in one country and April in the next.
 */
export function dateOf(cell: Cell): Converted<string> {
  if (typeof cell === 'number') {
    if (cell >= SERIAL_MIN && cell <= SERIAL_MAX) return { value: dateOfSerial(cell) };
    return { error: `${cell} is not a date (${DATE_HINT})` };
  }
  const text = cellText(cell);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { value: text };
  const stamp = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  if (stamp) {
    const [, day, hm, sec = ':00', , zone] = stamp;
    if (zone === undefined || zone.toUpperCase() === 'Z') return { value: `${day}T${hm}${sec}Z` };
    const ms = Date.parse(`${day}T${hm}${sec}${zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`);
    if (!Number.isNaN(ms)) return { value: `${new Date(ms).toISOString().slice(0, 19)}Z` };
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) {
    const [, d = '', m = '', y = ''] = dotted;
    return { value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) return { value: dateOfSerial(Number(text)) };
  return { error: `"${text}" is not a date (${DATE_HINT})` };
}

const ID = new RegExp(ID_PATTERN);

/** Asset tags are often upper case ("FIC-101"): ids are lowercased, spaces become dashes. */
export function idOf(cell: Cell): Converted<string> {
  const text = cellText(cell);
  const id = text.toLowerCase().replace(/\s+/g, '-');
  if (ID.test(id)) return { value: id };
  return {
    error: `"${text}" cannot be an id: ids are lowercase letters, digits, ".", "_" and "-", start with a letter or digit and have at most 64 characters`,
  };
}

/** The id a row without one gets from its name: "Reactor PLC #1" → "reactor-plc-1". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 56)
    .replace(/[-._]+$/, '');
}
