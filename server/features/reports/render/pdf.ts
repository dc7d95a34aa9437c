// A report as PDF (pdfmake 0.3 on pdfkit): on every page a header with the title, site, date,
// baseline and author and a footer "page X of Y"; the blocks in order (facts, tables with header
// rows repeated on each page, echarts SVG charts); the signature block last. The standard PDF font
// Helvetica needs no font file, so the project ships none.
import type { Readable } from 'node:stream';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  printedBlocks,
  type ReportBlock,
  type ReportDocument,
  type ReportFact,
  type ReportRow,
  type SignatureBlock,
} from '../../../../core/reports/model.js';
import { chartIsEmpty, chartSvg } from './charts.js';
import { headerFacts, headerLine, printedTime, SIGNATURE_COLUMNS, signatureCells } from './header-facts.js';
import { pdfTable } from './pdf-table.js';
import { ProgressCounter, rowBatches, rowTotal, type Progress } from './rows.js';
import { winAnsi as w } from './win-ansi.js';

/** pdfkit's built-in (standard 14) Helvetica: referenced by name, no file is read. */
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONTS = new Set(Object.values(HELVETICA));

let configured = false;
function pdf(): typeof pdfmake {
  if (!configured) {
    pdfmake.addFonts({ Helvetica: { ...HELVETICA } });
    // A report never loads anything: no URL, and no local file but the built-in font names.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));
    configured = true;
  }
  return pdfmake;
}

const MARGIN = 36;
const PAGE = { portrait: { width: 595.28, height: 841.89 }, landscape: { width: 841.89, height: 595.28 } };

const STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10, color: '#3a4756', margin: [0, 0, 0, 8] },
  h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  th: { bold: true, fillColor: '#e4e8ee' },
  table: { margin: [0, 2, 0, 8] },
  muted: { color: '#5a6675', italics: true, margin: [0, 0, 0, 6] },
  warning: { color: '#a00000', bold: true, margin: [0, 0, 0, 6] },
  caption: { color: '#5a6675', fontSize: 7.5, margin: [0, 0, 0, 8] },
};

function factsTable(facts: readonly ReportFact[]): Content {
  return {
    table: { widths: [110, '*'], body: facts.map((f) => [{ text: w(f.label), bold: true }, { text: w(f.value) }]) },
    layout: 'noBorders',
    margin: [0, 0, 0, 6],
  };
}

function signatureContent(s: SignatureBlock): Content[] {
  return [
    { text: w(s.title), style: 'h2' },
    ...(s.status ? [{ text: w(s.status), style: s.statusTone === 'warning' ? 'warning' : undefined } as Content] : []),
    s.entries.length === 0
      ? { text: w(s.empty), style: 'muted' }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [120, 'auto', 'auto', 'auto', 'auto', '*'],
            body: [
              SIGNATURE_COLUMNS.map((t) => ({ text: t, style: 'th' })),
              ...s.entries.map((e) => signatureCells(e).map((text) => ({ text: w(text) }))),
            ],
          },
          style: 'table',
        },
  ];
}

async function blockContent(
  block: ReportBlock,
  size: { width: number; height: number },
  progress: ProgressCounter,
): Promise<Content[]> {
  switch (block.kind) {
    case 'heading':
      return [{ text: w(block.text), style: 'h2' }];
    case 'text':
      return [
        {
          text: w(block.text),
          style: block.tone === 'warning' ? 'warning' : block.tone === 'muted' ? 'muted' : undefined,
        },
      ];
    case 'facts':
      return [factsTable(block.facts)];
    case 'chart': {
      const title: Content = { text: w(block.chart.title), style: 'h2' };
      if (chartIsEmpty(block.chart)) return [title, { text: 'Nothing to chart.', style: 'muted' }];
      const chart = await chartSvg(block.chart, Math.round(size.width), w);
      // One unbreakable stack: a title never stays behind at the foot of a page without its chart.
      return [
        {
          stack: [
            title,
            { svg: chart.svg, fit: [size.width, size.height - 60] },
            { text: w(block.chart.caption), style: 'caption' },
          ],
          unbreakable: true,
        },
      ];
    }
    case 'table': {
      const t = block.table;
      const rows: ReportRow[] = [];
      for await (const batch of rowBatches(t.rows)) {
        rows.push(...batch);
        progress.add(batch.length);
      }
      return [
        { text: w(t.title), style: 'h2' },
        rows.length === 0 ? { text: w(t.empty), style: 'muted' } : pdfTable(t.columns, rows),
      ];
    }
  }
}

/** The document definition (exported for tests and the benchmark's chart-less peer). */
export async function pdfDefinition(
  doc: ReportDocument,
  onProgress?: Progress,
  options: { charts?: boolean } = {},
): Promise<TDocumentDefinitions> {
  const page = PAGE[doc.orientation];
  const size = { width: page.width - 2 * MARGIN, height: page.height - 100 };
  const h = doc.header;
  const blocks = printedBlocks(doc);
  const progress = new ProgressCounter(
    blocks.reduce((n, b) => n + (b.kind === 'table' ? rowTotal(b.table.rows) : 0), 0),
    onProgress,
  );
  const content: Content[] = [
    { text: w(h.title), style: 'title' },
    { text: w(h.subject), style: 'subtitle' },
    factsTable(headerFacts(h)),
  ];
  for (const block of blocks) {
    if (block.kind === 'chart' && options.charts === false) continue;
    content.push(...(await blockContent(block, size, progress)));
  }
  if (doc.signature) content.push(...signatureContent(doc.signature));
  progress.finish();
  return {
    pageSize: 'A4',
    pageOrientation: doc.orientation,
    pageMargins: [MARGIN, 54, MARGIN, 40],
    info: { title: `${h.title} — ${h.subject}`, author: h.author, subject: h.title, creator: 'C-981' },
    defaultStyle: { font: 'Helvetica', fontSize: 7.5, lineHeight: 1.1 },
    styles: STYLES,
    header: () => ({
      margin: [MARGIN, 20, MARGIN, 0],
      columns: [
        { text: w(h.title), bold: true, fontSize: 9, width: 'auto' },
        { text: w(headerLine(h)), alignment: 'right', fontSize: 7.5, color: '#3a4756' },
      ],
    }),
    footer: (current: number, pages: number) => ({
      margin: [MARGIN, 14, MARGIN, 0],
      columns: [
        { text: `C-981 · generated ${printedTime(h.generatedAt)}`, fontSize: 7, color: '#5a6675' },
        { text: `page ${current} of ${pages}`, alignment: 'right', fontSize: 7.5 },
      ],
    }),
    content,
  };
}

/** Lays the document out (errors surface here, before anything is sent) and answers the PDF bytes as a stream. */
export async function pdfStream(doc: ReportDocument, onProgress?: Progress): Promise<Readable> {
  const definition = await pdfDefinition(doc, onProgress);
  const out = (await pdf().createPdf(definition).getStream()) as unknown as Readable & { end(): void };
  // pdfkit writes the document when it is ended; until then the stream only holds the layout.
  out.end();
  return out;
}

/** The whole PDF in memory (tests, the benchmark). */
export async function pdfBuffer(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdf().createPdf(definition).getBuffer();
}
