// Walking a table's rows the same way whether they are in memory or arrive in batches, writing
// to a stream with back-pressure, and reporting progress.
import type { Writable } from 'node:stream';
import { isRowStream, type ReportRow, type ReportTable } from '../../../../core/reports/model.js';

/** Rows done so far out of the total, for the CLI's progress bar. */
export type Progress = (done: number, total: number) => void;

const CHUNK = 1000;

export const rowTotal = (rows: ReportTable['rows']): number => (isRowStream(rows) ? rows.total : rows.length);

/** The rows in batches: a stream's own batches, an array in slices (so writers can yield between them). */
export async function* rowBatches(rows: ReportTable['rows']): AsyncGenerator<readonly ReportRow[]> {
  if (isRowStream(rows)) {
    yield* rows.batches;
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) yield rows.slice(i, i + CHUNK);
}

/** Waits until `out` has room again: what makes a large export stream instead of filling memory. */
export function drained(out: Writable): Promise<void> | undefined {
  // The reader went away (a closed download): stop producing rows.
  if (out.destroyed) return Promise.reject(new Error('the output closed before the report was written'));
  if (!out.writableNeedDrain) return undefined;
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('error', done);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the output closed before the report was written'));
    out.once('drain', onDrain);
    out.once('error', done);
    out.once('close', onClose);
  });
}

/** Writes text and waits for room when the stream asks for it. */
export async function writeText(out: Writable, text: string): Promise<void> {
  if (text === '') return;
  if (out.destroyed) throw new Error('the output closed before the report was written');
  if (!out.write(text)) await drained(out);
}

/** Counts rows across the tables of one rendering and reports them. */
export class ProgressCounter {
  private done = 0;
  constructor(
    private readonly total: number,
    private readonly onProgress: Progress | undefined,
  ) {}

  add(rows: number): void {
    this.done += rows;
    this.onProgress?.(Math.min(this.done, this.total), this.total);
  }

  finish(): void {
    this.onProgress?.(this.total, this.total);
  }
}
