// Reading CSV as plants export it: byte-order marks, code pages, semicolons, tabs, quoted commas,
// line breaks inside cells and blank rows, each row keeping the number Excel shows.
import { describe, expect, it } from 'vitest';
import { decodeText, parseCsv, sniffDelimiter } from './csv.js';
import { SheetError } from './sheet.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Name;IP'))).toBe('Name;IP');
  });

  it('reads UTF-16 "Unicode text" with its byte-order mark', () => {
    const utf16 = [0xff, 0xfe, ...[...'Name\tIP'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeText(new Uint8Array(utf16))).toBe('Name\tIP');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (Excel on Western European Windows)', () => {
    expect(decodeText(bytes('Z', [0xfc], 'rich'))).toBe('Zürich');
    expect(decodeText(bytes('Zürich'))).toBe('Zürich');
  });
});

describe('sniffDelimiter', () => {
  it('takes the most frequent separator of the header line', () => {
    expect(sniffDelimiter('Name;IP Address;Vendor\nPLC;10.0.0.1;Siemens, AG')).toBe(';');
    expect(sniffDelimiter('Name,IP Address,Vendor\n')).toBe(',');
    expect(sniffDelimiter('Name\tIP\tVendor\n')).toBe('\t');
  });

  it('ignores separators inside quotes and leading blank lines', () => {
    expect(sniffDelimiter('\n\n"Name, full";IP\n')).toBe(';');
  });

  it('answers a comma for a single column', () => {
    expect(sniffDelimiter('Name\nPLC 1\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('numbers rows as Excel does, blank rows and quoted line breaks included', () => {
    const rows = parseCsv('\uFEFFName;Notes\r\n\r\nPLC 1;"two\nlines"\r\n;;\r\nPLC 2;x\r\n');
    expect(rows).toEqual([
      { row: 1, cells: ['Name', 'Notes'] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['PLC 1', 'two\nlines'] },
      { row: 4, cells: ['', '', ''] },
      { row: 5, cells: ['PLC 2', 'x'] },
    ]);
  });

  it('keeps quoted commas in their cell', () => {
    expect(parseCsv('Name,Vendor,IP\nPLC,"Siemens, AG","10.0.0.1, 10.0.0.2"\n')[1]?.cells).toEqual([
      'PLC',
      'Siemens, AG',
      '10.0.0.1, 10.0.0.2',
    ]);
  });

  it('says where a quote never closes', () => {
    expect(() => parseCsv('Name,Notes\nPLC,"open\n')).toThrow(SheetError);
  });
});
