// The human output of `c981 evaluate`: one line per zone and conduit, FR 1–7 as T/C/A.
import type { Eval, SiteEval } from '../../core/iec62443/evaluation.types.js';

const cell = (e: Eval, i: number): string => {
  const t = e.slTarget?.[i];
  const c = e.slCapability?.[i];
  const a = e.slAchieved[i];
  const text = `${t ?? '-'}/${c ?? '-'}/${a ?? '-'}`;
  return `${text}${(e.gap[i] ?? 0) > 0 ? '!' : ' '}`.padEnd(8);
};

function line(kind: string, e: Eval, width: number): string {
  const frs = [0, 1, 2, 3, 4, 5, 6].map((i) => cell(e, i)).join('');
  const notes = [
    e.blocking.length > 0 ? `${e.blocking.length} blocking` : '',
    e.warnings.length > 0 ? `${e.warnings.length} warning${e.warnings.length > 1 ? 's' : ''}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${kind} ${e.id.padEnd(width)} ${frs}${notes}`;
}

export function evaluationTable(sites: readonly SiteEval[], asOf: string): string {
  let out = `As of ${asOf}. Each FR shows T/C/A: target / capability / achieved SL ("-" not set or unknown); "!" marks a gap.\n`;
  for (const s of sites) {
    const all = [...s.zones, ...s.conduits];
    const width = Math.max(12, ...all.map((e) => e.id.length));
    const meeting = s.zones.filter((z) => z.slTarget && z.gap.every((g) => g === 0)).length;
    out += `\nsite ${s.id}: ${meeting} of ${s.zones.length} zones meet their SL-T\n`;
    out += `  ${' '.repeat(7)} ${'id'.padEnd(width)} ${[1, 2, 3, 4, 5, 6, 7].map((f) => `FR ${f}`.padEnd(8)).join('')}\n`;
    for (const z of s.zones) out += `${line('zone   ', z, width)}\n`;
    for (const c of s.conduits) out += `${line('conduit', c, width)}\n`;
  }
  return out;
}
