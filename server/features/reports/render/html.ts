// A report as one self-contained, printable HTML page: inline CSS, no scripts, no external
// resources, every value escaped (the CRS page's `escapeHtml`); routes send it with the CRS's strict
// CSP. Charts are inline SVG from echarts (which escapes its labels). Rows are written batch by
// batch, so a large inventory streams.
import type { Writable } from 'node:stream';
import {
  isVectorKind,
  printedBlocks,
  type ReportBlock,
  type ReportColumn,
  type ReportDocument,
  type ReportRow,
  type ReportTable,
  type SignatureBlock,
} from '../../../../core/reports/model.js';
import { escapeHtml as e } from '../../crs/crs.html.js';
import { cellText, FRS, vectorValues } from './cells.js';
import { chartIsEmpty, chartSvg } from './charts.js';
import { GAP_COLORS, GAP_TEXT, NO_VALUE_COLOR, NO_VALUE_TEXT, SL_COLORS, SL_TEXT } from './colors.js';
import { headerFacts, SIGNATURE_COLUMNS, signatureCells } from './header-facts.js';
import { ProgressCounter, rowBatches, rowTotal, writeText, type Progress } from './rows.js';

const scale = (prefix: string, fills: readonly string[], texts: readonly string[]): string =>
  fills.map((fill, i) => `td.${prefix}${i}{background:${fill};color:${texts[i]}}`).join('');

const CSS = `
body{font:10pt/1.4 system-ui,sans-serif;color:#111;margin:1.5rem auto;padding:0 1rem;max-width:110rem}
h1{font-size:1.5rem;margin:0}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.8rem}
.subject{color:#3a4756;margin:.2rem 0 1rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.15rem .4rem;text-align:left;vertical-align:top}
th{background:#e4e8ee}td.n{text-align:right}td.fr{text-align:center;min-width:1.2rem;padding:.1rem .2rem}
table.facts td,table.facts th{border:0;padding:.1rem 1rem .1rem 0}table.facts th{background:none}
.muted{color:#5a6675;font-style:italic}.warning{color:#a00;font-weight:bold}.caption{color:#5a6675;font-size:.85rem}
.signature{border:2px solid #333;padding:.2rem 1rem;margin-top:2rem}figure{margin:0}figure svg{max-width:100%;height:auto}
${scale('s', SL_COLORS, SL_TEXT)}${scale('g', GAP_COLORS, GAP_TEXT)}td.nv{background:${NO_VALUE_COLOR};color:${NO_VALUE_TEXT}}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}
`;

const printed = (columns: readonly ReportColumn[]) =>
  columns.map((c, i) => ({ c, i })).filter(({ c }) => c.printed !== false);

function head(columns: readonly ReportColumn[]): string {
  const shown = printed(columns);
  const two = shown.some(({ c }) => isVectorKind(c.kind));
  const first = shown
    .map(({ c }) =>
      isVectorKind(c.kind)
        ? `<th colspan="7">${e(c.title)}</th>`
        : `<th${two ? ' rowspan="2"' : ''}>${e(c.title)}</th>`,
    )
    .join('');
  const second = two
    ? `<tr>${shown
        .filter(({ c }) => isVectorKind(c.kind))
        .map(() => FRS.map((f) => `<th>${f}</th>`).join(''))
        .join('')}</tr>`
    : '';
  return `<thead><tr>${first}</tr>${second}</thead>`;
}

function vectorCells(kind: ReportColumn['kind'], value: ReportRow[number]): string {
  return vectorValues(value)
    .map((v) => {
      const cls =
        kind === 'count'
          ? 'fr'
          : v === null
            ? 'fr nv'
            : `fr ${kind === 'sl' ? 's' : 'g'}${Math.min(v, kind === 'sl' ? 4 : 3)}`;
      return `<td class="${cls}">${v === null ? '–' : e(v)}</td>`;
    })
    .join('');
}

function row(r: ReportRow, columns: readonly ReportColumn[]): string {
  const cells = printed(columns).map(({ c, i }) => {
    const value = r[i] ?? null;
    if (isVectorKind(c.kind)) return vectorCells(c.kind, value);
    return `<td${c.kind === 'number' ? ' class="n"' : ''}>${e(cellText(value, c.kind))}</td>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

async function writeTable(out: Writable, t: ReportTable, progress: ProgressCounter): Promise<void> {
  await writeText(out, `<h2>${e(t.title)}</h2>\n`);
  // Opened with the first row, so an empty table says so instead of printing a bare header.
  let open = false;
  for await (const batch of rowBatches(t.rows)) {
    if (batch.length === 0) continue;
    const rows = `${batch.map((r) => row(r, t.columns)).join('\n')}\n`;
    await writeText(out, open ? rows : `<table>${head(t.columns)}<tbody>\n${rows}`);
    open = true;
    progress.add(batch.length);
  }
  await writeText(out, open ? '</tbody></table>\n' : `<p class="muted">${e(t.empty)}</p>\n`);
}

const factsHtml = (facts: readonly { label: string; value: string }[]): string =>
  `<table class="facts">${facts.map((f) => `<tr><th>${e(f.label)}</th><td>${e(f.value)}</td></tr>`).join('')}</table>\n`;

async function blockHtml(out: Writable, block: ReportBlock, progress: ProgressCounter): Promise<void> {
  switch (block.kind) {
    case 'heading':
      return writeText(out, `<h2>${e(block.text)}</h2>\n`);
    case 'text':
      return writeText(out, `<p class="${block.tone ?? 'normal'}">${e(block.text)}</p>\n`);
    case 'facts':
      return writeText(out, factsHtml(block.facts));
    case 'chart': {
      const body = chartIsEmpty(block.chart)
        ? '<p class="muted">Nothing to chart.</p>'
        : (await chartSvg(block.chart, 900)).svg;
      return writeText(
        out,
        `<h2>${e(block.chart.title)}</h2>\n<figure>${body}<figcaption class="caption">${e(block.chart.caption)}</figcaption></figure>\n`,
      );
    }
    case 'table':
      return writeTable(out, block.table, progress);
  }
}

function signatureHtml(s: SignatureBlock): string {
  const status = s.status ? `<p class="${s.statusTone === 'warning' ? 'warning' : 'normal'}">${e(s.status)}</p>` : '';
  const body =
    s.entries.length === 0
      ? `<p class="muted">${e(s.empty)}</p>`
      : `<table><thead><tr>${SIGNATURE_COLUMNS.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${s.entries
          .map(
            (entry) =>
              `<tr>${signatureCells(entry)
                .map((c) => `<td>${e(c)}</td>`)
                .join('')}</tr>`,
          )
          .join('')}</tbody></table>`;
  return `<section class="signature"><h2>${e(s.title)}</h2>${status}${body}</section>\n`;
}

export async function writeHtml(doc: ReportDocument, out: Writable, onProgress?: Progress): Promise<void> {
  const h = doc.header;
  const blocks = printedBlocks(doc);
  const progress = new ProgressCounter(
    blocks.reduce((n, b) => n + (b.kind === 'table' ? rowTotal(b.table.rows) : 0), 0),
    onProgress,
  );
  await writeText(
    out,
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${e(`${h.title} — ${h.subject}`)}</title><style>${CSS}</style></head>\n<body>\n<h1>${e(
      h.title,
    )}</h1>\n<p class="subject">${e(h.subject)}</p>\n${factsHtml(headerFacts(h))}`,
  );
  for (const block of blocks) await blockHtml(out, block, progress);
  if (doc.signature) await writeText(out, signatureHtml(doc.signature));
  await writeText(out, '</body></html>\n');
  progress.finish();
}
