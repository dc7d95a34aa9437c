// Reading filled FR sheets: the shapes cells come back in, and the checks of PUT …/results.
import { describe, expect, it } from 'vitest';
import { cellText, dateCellText, evidenceText } from './cell-text.js';
import { readFileRows, type SheetCells } from './file-rows.js';
import type { ResultValue } from './result-value.js';

const exported = new Map<string, ResultValue | null>([
  ['SR 1.1', { status: 'partial', note: 'shared account' }],
  ['SR 1.2', null],
  ['SR 1.3', null],
]);
const sheet = (rows: SheetCells['rows']): SheetCells[] => [{ name: 'FR 1 IAC', rows }];

describe('cell text', () => {
  it('reads rich text, links, formulas, dates and day serials', () => {
    expect(cellText({ richText: [{ text: 'MFA ' }, { text: 'on' }] })).toBe('MFA on');
    expect(cellText({ formula: 'A1', result: 'implemented' })).toBe('implemented');
    expect(evidenceText({ text: 'Report', hyperlink: 'https://dms.example/r/1' })).toBe('https://dms.example/r/1');
    expect(dateCellText(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03-01');
    expect(dateCellText(46082)).toBe('2026-03-01');
    expect(dateCellText(' 2026-03-01 ')).toBe('2026-03-01');
  });
});

describe('readFileRows', () => {
  it('reads statuses however they are spelled, evidence one per line, and leaves the unchanged alone', () => {
    const { rows, errors } = readFileRows(
      sheet([
        { row: 2, cells: { requirement: 'SR 1.1', status: 'partial', note: ' shared account\r\n' } },
        {
          row: 3,
          cells: {
            requirement: 'SR 1.2',
            status: 'Not Implemented',
            evidence: 'https://a.example\n\n https://b.example ',
          },
        },
        { row: 4, cells: { requirement: 'SR 1.3' } },
        { row: 5, cells: {} },
      ]),
      exported,
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.requirement, r.value])).toEqual([
      ['SR 1.1', { status: 'partial', note: 'shared account' }],
      ['SR 1.2', { status: 'not-implemented', evidence: ['https://a.example', 'https://b.example'] }],
      ['SR 1.3', null],
    ]);
  });

  it('places every problem on its sheet, row and column', () => {
    const { rows, errors } = readFileRows(
      sheet([
        { row: 2, cells: { requirement: 'SR 1.1', status: 'done' } },
        { row: 3, cells: { requirement: 'SR 1.2', status: 'planned', assessedAt: '2026-02-30' } },
        { row: 4, cells: { requirement: 'SR 1.3', note: 'no status' } },
        { row: 5, cells: { requirement: 'SR 1.1', status: 'planned' } },
        { row: 6, cells: { requirement: 'SR 9.9', status: 'planned' } },
        { row: 7, cells: { note: 'a new row' } },
        { row: 8, cells: { requirement: 'SR 1.4', status: { error: '#N/A' } } },
        { row: 9, cells: { requirement: 'SR 1.5', status: 'planned', note: 'x'.repeat(4001) } },
      ]),
      exported,
    );
    expect(rows).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.message.slice(0, 40)])).toEqual([
      [2, 'Status', 'status must be one of implemented, parti'],
      [3, 'Assessed at (YYYY-MM-DD)', '"2026-02-30" is not a real date'],
      [4, 'Status', 'give a status: a note, evidence or asses'],
      [5, 'Requirement', 'SR 1.1 appears twice (also FR 1 IAC row '],
      [6, 'Requirement', '"SR 9.9" is not an IEC 62443-3-3 require'],
      [7, 'Requirement', 'this row has no requirement id: fill the'],
      [8, 'Status', 'the cell holds a formula error, not a va'],
      [9, 'Note', expect.stringMatching(/4000/)],
    ]);
  });
});
