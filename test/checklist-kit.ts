// Test helpers: download a checklist through the API, edit it the way an assessor would in a
// spreadsheet program (exceljs), and post it back.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect } from 'vitest';
import { columnNumber, type ColumnKey } from '../core/offline-assessment/checklist-sheet.js';
import { buildUser } from './accounts.js';
import type { Call } from './app.js';
import type { DialectContext } from './dialects.js';
import { buildApp } from '../server/app.js';

type CallFn = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Call>;

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Binary downloads: the shared `call` helper answers text, which would mangle a ZIP, so these
 * go through an app of their own and keep the raw payload (as an org-admin unless told).
 */
export function useDownload(ctx: DialectContext) {
  let app: FastifyInstance | undefined;
  let admin: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    admin = undefined;
  });
  return async (url: string, headers: Record<string, string> = {}) => {
    app ??= await buildApp({ db: ctx.db });
    admin ??= (await buildUser(ctx.db, 'org-admin')).token;
    const res = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${admin}`, ...headers } });
    return { status: res.statusCode, headers: res.headers, body: res.rawPayload, text: res.body };
  };
}

export async function downloadOk(get: ReturnType<typeof useDownload>, url: string): Promise<Buffer> {
  const res = await get(url);
  expect(res.status, res.text.slice(0, 200)).toBe(200);
  return res.body;
}

export async function openBook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ExcelJS.Buffer);
  return wb;
}

export const saveBook = async (wb: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer());

/** The row of a requirement on its FR sheet. */
export function rowOf(wb: ExcelJS.Workbook, requirement: string): ExcelJS.Row {
  const fr = Number(/^SR (\d)/.exec(requirement)?.[1]);
  const ws = wb.worksheets.find((w) => w.name.startsWith(`FR ${fr} `));
  let found: ExcelJS.Row | undefined;
  ws?.eachRow((row) => {
    if (row.getCell(1).value === requirement) found = row;
  });
  if (!found) throw new Error(`no row for ${requirement}`);
  return found;
}

/** Types into a requirement's cells, as someone filling the sheet would. */
export function fill(wb: ExcelJS.Workbook, requirement: string, values: Partial<Record<ColumnKey, unknown>>): void {
  const row = rowOf(wb, requirement);
  for (const [key, value] of Object.entries(values))
    row.getCell(columnNumber(key as ColumnKey)).value = value as ExcelJS.CellValue;
}

export async function upload(call: CallFn, url: string, body: Buffer | string, headers: Record<string, string> = {}) {
  return call('POST', url, body, { 'content-type': XLSX, ...headers });
}
