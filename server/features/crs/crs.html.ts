// The CRS (IEC 62443-3-2 ZCR 6) as one self-contained, printable HTML document: inline CSS, no
// scripts, no external resources, every value escaped. Pure text rendering of the `CrsDocument`.
import type { CrsDocument, CrsRiskRating, CrsThreat } from '../../../core/iec62443/risk/crs.js';

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: string | number | boolean | null | undefined): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const e = escapeHtml;
const FRS = [1, 2, 3, 4, 5, 6, 7];
const dash = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === '' ? '—' : e(v);
const list = (items: readonly (string | number)[]): string => (items.length === 0 ? '—' : items.map(e).join(', '));

const CSS = `
body{font:11pt/1.4 system-ui,sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #999;margin-top:2rem}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#eee}table.sl td{text-align:center;min-width:2rem}.draft{color:#a00;font-weight:bold;font-size:1.2rem}
.approval{border:2px solid #333;padding:.5rem 1rem}dl{display:grid;grid-template-columns:12rem 1fr;gap:.2rem 1rem}
dt{font-weight:bold}dd{margin:0;white-space:pre-wrap}@media print{body{margin:0}h2{break-after:avoid}}
`;

/** SL vectors as a small table: one row per vector, one column per FR. */
function slTable(rows: [string, number[] | null][]): string {
  const head = `<tr><th></th>${FRS.map((f) => `<th>FR ${f}</th>`).join('')}</tr>`;
  const body = rows
    .map(([label, v]) => `<tr><th>${e(label)}</th>${FRS.map((_, i) => `<td>${v ? e(v[i]) : '—'}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="sl">${head}${body}</table>`;
}

const rating = (r: CrsRiskRating | null): string =>
  r ? `${e(r.name)} (L${e(r.likelihood)} × C${e(r.consequence)}${r.tolerable ? ', tolerable' : ''})` : '—';

function approvalBlock(crs: CrsDocument): string {
  const { version, status, lastApproval: a } = crs.assessment;
  const signature = a
    ? `<dl><dt>Approved version</dt><dd>${e(a.version)}</dd><dt>Signed by</dt><dd>${e(a.signature.printedName)} (${e(
        a.signature.signedBy,
      )})</dd><dt>Signed at</dt><dd>${e(a.signature.signedAt)}</dd><dt>Meaning</dt><dd>${e(
        a.signature.meaning,
      )}</dd><dt>Content hash (SHA-256)</dt><dd>${e(a.contentHash)}</dd></dl>`
    : '';
  if (status === 'approved' && a)
    return `<section class="approval"><p>Assessment version ${e(version)}: approved (IEC 62443-3-2 ZCR 7).</p>${signature}</section>`;
  const previous = a ? `<p>Last approval, of an earlier state:</p>${signature}` : '';
  return `<section class="approval"><p class="draft">DRAFT — not approved</p><p>Assessment version ${e(
    version,
  )}, status ${e(status)}.</p>${previous}</section>`;
}

function zonesSection(crs: CrsDocument): string {
  if (crs.zones.length === 0) return '<p>No zones.</p>';
  return crs.zones
    .map(
      (z) =>
        `<h3>${e(z.name)} <small>(${e(z.id)}, ${e(z.kind)})</small></h3>` +
        `<p>Assets: ${e(z.assets)}, of which safety: ${e(z.safetyAssets)}</p>` +
        slTable([
          ['SL-T', z.slTarget],
          ['SL-A', z.slAchieved],
          ['Gap', z.gap],
        ]) +
        `<p><strong>Rationale:</strong> ${dash(z.rationale)}</p>`,
    )
    .join('');
}

function conduitsSection(crs: CrsDocument): string {
  if (crs.conduits.length === 0) return '<p>No conduits.</p>';
  return crs.conduits
    .map((c) => {
      const channels = c.channels
        .map(
          (ch) =>
            `<tr><td>${e(ch.protocol)}</td><td>${dash(ch.transport)}</td><td>${dash(ch.port)}</td><td>${dash(
              ch.from,
            )}</td><td>${dash(ch.to)}</td></tr>`,
        )
        .join('');
      return (
        `<h3>${e(c.name ?? c.id)} <small>(${e(c.id)})</small></h3>` +
        `<p>Zones: ${list(c.zones)}. Measures: ${list(c.measures)}.</p>` +
        slTable([['SL-T', c.slTarget]]) +
        `<p><strong>Rationale:</strong> ${dash(c.rationale)}</p>` +
        (channels
          ? `<table><tr><th>Protocol</th><th>Transport</th><th>Port</th><th>From</th><th>To</th></tr>${channels}</table>`
          : '<p>No channels.</p>')
      );
    })
    .join('');
}

function threatsSection(crs: CrsDocument): string {
  if (crs.threatEnvironment.length === 0) return '<p>No threat scenarios.</p>';
  const rows = crs.threatEnvironment
    .map(
      (t) =>
        `<tr><td>${e(t.id)}</td><td>${e(t.title)}</td><td>${e(t.target.kind)} ${e(t.target.id)}</td><td>${e(
          t.threatSource.name,
        )} (${dash(t.threatSource.kind)}, SL ${dash(t.threatSource.capability)})</td><td>${e(t.vector)}</td><td>${list(
          t.affectedFrs,
        )}</td><td>${rating(t.unmitigatedRisk)}</td><td>${rating(t.residualRisk)}</td><td>${accepted(t.acceptance)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>Id</th><th>Scenario</th><th>Target</th><th>Threat source</th><th>Vector</th><th>FRs</th><th>Unmitigated risk</th><th>Residual risk</th><th>Accepted</th></tr>${rows}</table>`;
}

/** ZCR 5/6: an accepted risk names who carries it, until when and why; a lapsed one says so. */
function accepted(a: CrsThreat['acceptance']): string {
  if (!a) return '—';
  const until = a.expired ? `<strong>expired ${e(a.expires)}</strong>` : `until ${e(a.expires)}`;
  return `${until}, by ${e(a.byName)} on ${e(a.at.slice(0, 10))}: ${e(a.rationale)}`;
}

function controlsSection(crs: CrsDocument): string {
  if (crs.compensatingControls.length === 0) return '<p>No compensating controls.</p>';
  const rows = crs.compensatingControls
    .map(
      (c) =>
        `<tr><td>${e(c.id)}</td><td>${e(c.scope)}</td><td>${list(c.requirements)}</td><td>${e(c.kind)}</td><td>${dash(
          c.approvedBy,
        )}</td><td>${dash(c.expires)}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>Id</th><th>Scope</th><th>Requirements</th><th>Kind</th><th>Approved by</th><th>Expires</th></tr>${rows}</table>`;
}

/** The whole document; `crs` values are escaped, nothing from them is trusted as markup. */
export function renderCrsHtml(crs: CrsDocument): string {
  const title = `Cybersecurity Requirements Specification — ${crs.site.name}`;
  const s = crs.suc;
  const assumptions =
    crs.assumptions.length === 0
      ? '<p>None recorded (notes of ZCR 1 and ZCR 6).</p>'
      : `<ul>${crs.assumptions.map((a) => `<li>${e(a.text)} <small>(${e(a.step.toUpperCase())})</small></li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS}</style></head>
<body>
<h1>${e(title)}</h1>
<dl><dt>Site</dt><dd>${e(crs.site.id)}${crs.site.regulated ? ' (regulated)' : ''}</dd><dt>Generated</dt><dd>${e(
    crs.generatedAt,
  )}</dd><dt>Evaluated as of</dt><dd>${e(crs.asOf)}</dd></dl>
${approvalBlock(crs)}
<h2>System under consideration (ZCR 1)</h2>
<dl><dt>Scope</dt><dd>${dash(s.scope)}</dd><dt>Boundaries</dt><dd>${dash(s.boundaries)}</dd><dt>Access points</dt><dd>${dash(
    s.accessPoints,
  )}</dd><dt>Zones</dt><dd>${s.zones.length ? list(s.zones) : 'all zones of the site'}</dd><dt>Assets</dt><dd>${list(
    s.assets,
  )}</dd></dl>
<h2>Zones</h2>
${zonesSection(crs)}
<h2>Conduits</h2>
${conduitsSection(crs)}
<h2>Threat environment</h2>
${threatsSection(crs)}
<h2>Compensating controls</h2>
${controlsSection(crs)}
<h2>Risk criteria</h2>
<p>Risk matrix: ${e(crs.riskMatrix.source)}; tolerable up to: ${e(crs.riskMatrix.tolerableRisk)}.</p>
<h2>Organisational and physical assumptions</h2>
${assumptions}
</body></html>
`;
}
