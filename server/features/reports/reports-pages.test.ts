// The first page of each report's PDF on the demo estate, rendered to PNG (pdftoppm, 60 dpi) into
// test-artifacts/reports/ for people to look at (issue #8 "a PNG of each PDF's first page looked
// at"). Also checks what a reader sees first: the title, the site and the page count.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_INFO } from '../../../core/reports/kinds.js';
import { REPORT_KINDS } from '../../../core/reports/model.js';
import { LOCAL_ACTOR } from '../../actor.js';
import { openDb, type Db } from '../../db/connection.js';
import { importSiteText } from '../site-files/site-files.service.js';
import { renderReport } from './render/render.js';
import { loadReport } from './reports.service.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const OUT = join(ROOT, 'test-artifacts', 'reports');

/** The text of a PDF, laid out as on the page (pdftotext -layout). */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'c981-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders the first page at 60 dpi to `folder/name.png` (for people to look at). */
function firstPagePng(pdf: Buffer, folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(folder, name)]);
  return join(folder, `${name}.png`);
}

/** PDF page count from pdfinfo. */
function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'c981-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('report PDFs of the demo estate', () => {
  let db: Db;
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'c981-reports-'));
    db = await openDb(join(dir, 'demo.db'));
    const file = join(ROOT, 'examples', 'demo-estate.yaml');
    await importSiteText(db, LOCAL_ACTOR, readFileSync(file, 'utf8'), file, { reason: 'report pages' });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const kind of REPORT_KINDS)
    it(`renders the first page of the ${kind} report to test-artifacts/reports/${kind}.png`, async () => {
      const doc = await loadReport(db, LOCAL_ACTOR, kind, kind === 'portfolio' ? null : 'basel', '2026-06-01');
      const chunks: Buffer[] = [];
      for await (const chunk of await renderReport(doc, 'pdf')) chunks.push(chunk as Buffer);
      const pdf = Buffer.concat(chunks);
      const text = pdfText(pdf);
      expect(text).toContain(REPORT_INFO[kind].title);
      expect(text).toContain(kind === 'portfolio' ? '3 readable sites' : 'Basel API plant (basel)');
      expect(text).toContain(`page 1 of ${pdfPages(pdf)}`);
      const png = firstPagePng(pdf, OUT, kind);
      expect(statSync(png).size).toBeGreaterThan(5000);
    });
});
