// A baseline diff as a document (issue #7: "a diff can be exported"): a self-contained printable
// HTML page (inline CSS, no scripts, every value escaped) or CSV with one row per changed field.
import { DIFF_KINDS, type DiffKind, type EntityChange } from '../../../core/change-control/diff.js';
import { csvLine } from '../audit/audit-csv.js';
import { escapeHtml as e } from '../crs/crs.html.js';
import type { BaselineDiff } from './baselines.service.js';

const KIND_LABEL: Record<DiffKind, string> = {
  site: 'Site',
  zone: 'Zones',
  conduit: 'Conduits',
  asset: 'Assets',
  result: 'Assessment results',
  compensatingControl: 'Compensating controls',
  risk: 'Threat scenarios',
  riskMatrix: 'Risk matrix',
  achieved: 'Achieved security levels (SL-A)',
};

const show = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

const sideName = (d: BaselineDiff, side: 'from' | 'to'): string => {
  const s = d[side];
  return 'now' in s
    ? `the site now (${s.now.slice(0, 19)}Z)`
    : `baseline ${s.baseline} “${s.name}” (${s.takenAt.slice(0, 10)})`;
};

export function renderDiffCsv(d: BaselineDiff): string {
  let out = csvLine(['kind', 'id', 'change', 'field', 'fr', 'before', 'after']);
  for (const c of d.changes) {
    if (c.change !== 'changed') {
      out += csvLine([c.kind, c.id, c.change, '', '', show(c.before), show(c.after)]);
      continue;
    }
    for (const f of c.fields) out += csvLine([c.kind, c.id, c.change, f.path, '', show(f.before), show(f.after)]);
    for (const s of c.sl) out += csvLine([c.kind, c.id, c.change, s.field, s.fr, show(s.before), show(s.after)]);
  }
  return out;
}

const CSS = `
body{font:11pt/1.4 system-ui,sans-serif;color:#111;max-width:64rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.5rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}td.v{font-family:ui-monospace,monospace;font-size:9pt;white-space:pre-wrap;word-break:break-word}
.added{color:#05661c}.removed{color:#a00}.sl{font-weight:bold}@media print{body{margin:0}}
`;

function changeRows(c: EntityChange): string {
  const cls = c.change === 'changed' ? '' : ` class="${c.change}"`;
  if (c.change !== 'changed')
    return `<tr><td${cls}>${e(c.id)}</td><td${cls}>${e(c.change)}</td><td></td><td class="v">${e(show(c.before))}</td><td class="v">${e(show(c.after))}</td></tr>`;
  const fields = c.fields.map(
    (f) =>
      `<tr><td>${e(c.id)}</td><td>changed</td><td>${e(f.path)}</td><td class="v">${e(show(f.before))}</td><td class="v">${e(show(f.after))}</td></tr>`,
  );
  const sl = c.sl.map(
    (s) =>
      `<tr><td>${e(c.id)}</td><td>changed</td><td class="sl">${e(s.field)} FR ${e(s.fr)}</td><td class="v">${e(s.before ?? '—')}</td><td class="v">${e(s.after ?? '—')}</td></tr>`,
  );
  return [...sl, ...fields].join('');
}

export function renderDiffHtml(d: BaselineDiff, site: { name: string }): string {
  const sections = DIFF_KINDS.filter((k) => d.changes.some((c) => c.kind === k)).map((k) => {
    const n = d.counts[k];
    const rows = d.changes
      .filter((c) => c.kind === k)
      .map(changeRows)
      .join('');
    return `<h2>${e(KIND_LABEL[k])} <small>(+${n.added} ~${n.changed} −${n.removed})</small></h2>
<table><tr><th>Id</th><th>Change</th><th>Field</th><th>Before</th><th>After</th></tr>${rows}</table>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Changes — ${e(site.name)}</title><style>${CSS}</style></head><body>
<h1>Changes to ${e(site.name)}</h1>
<p>From ${e(sideName(d, 'from'))} to ${e(sideName(d, 'to'))}. Generated ${e(new Date().toISOString().slice(0, 19))}Z by C-981.</p>
${sections.length > 0 ? sections.join('\n') : '<p>No differences.</p>'}
</body></html>`;
}
