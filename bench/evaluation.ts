// The security-level engine's goals (issue #3): `c981 evaluate` wall time, the evaluation itself
// after parsing, and the evaluation API latencies.
import { readFileSync } from 'node:fs';
import { evaluateSite } from '../core/iec62443/evaluate.js';
import { lintSite } from '../core/iec62443/lint/lint-site.js';
import { loadSiteFile } from '../core/sitefile/load.js';
import { median, timeCommand } from './lib.js';

export interface EngineFigures {
  evaluateWallMs: number[];
  parseMs: number;
  evaluationMs: number[];
  lintMs: number[];
}

/** Times the CLI end to end, then the pure evaluation on the already parsed estate. */
export async function benchEngine(node: string, cli: string, estate: string, runs: number): Promise<EngineFigures> {
  const evaluateWallMs: number[] = [];
  for (let i = 0; i < runs; i++)
    evaluateWallMs.push(await timeCommand(node, [cli, 'evaluate', estate, '--json', '--as-of', '2026-11-25']));
  const t = performance.now();
  const doc = loadSiteFile(readFileSync(estate, 'utf8'), estate);
  const parseMs = performance.now() - t;
  const evaluationMs: number[] = [];
  const lintMs: number[] = [];
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const a = performance.now();
    for (const s of doc.sites) evaluateSite(s, '2026-11-25');
    evaluationMs.push(performance.now() - a);
    const b = performance.now();
    for (const s of doc.sites) lintSite(s, '2026-11-25');
    lintMs.push(performance.now() - b);
  }
  return { evaluateWallMs, parseMs, evaluationMs, lintMs };
}

export const engineSummary = (f: EngineFigures) => ({
  wall: median(f.evaluateWallMs),
  evaluation: median(f.evaluationMs),
  lint: median(f.lintMs),
});
