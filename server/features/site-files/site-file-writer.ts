// Writes a canonical site file one site at a time, so an export of a large estate never holds
// more than one site in memory. The output is byte-identical to serializing the whole document.
import { Document, isScalar, visit, type Node } from 'yaml';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import type { SiteDoc, SiteFileDoc } from '../../../core/schemas/site-file.js';

export type ExportFormat = 'yaml' | 'json';

/** Short lists of scalars (SL vectors, zone lists, IPs) read best on one line. */
function yamlText(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_, node) {
      if (node.items.length <= 8 && node.items.every((i: unknown) => isScalar(i as Node))) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const indent = (text: string, by: string): string => text.replace(/^(?=.)/gm, by);

export interface SiteFileHead {
  organization?: string;
  /** The organization's risk matrix, when it has set one (the built-in default is not written). */
  riskMatrix?: RiskMatrix;
}

/** Calls `write` with consecutive chunks of the file; `sites` yields canonical sites in order. */
export async function writeSiteFile(
  head: SiteFileHead,
  sites: AsyncIterable<SiteDoc>,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
): Promise<void> {
  const top: Omit<SiteFileDoc, 'sites'> = {
    c981: 1,
    ...(head.organization !== undefined ? { organization: head.organization } : {}),
    ...(head.riskMatrix !== undefined ? { riskMatrix: head.riskMatrix } : {}),
  };
  let first = true;
  if (format === 'json') {
    await write(JSON.stringify(top, null, 2).replace(/\n}$/, ',\n  "sites": ['));
    for await (const site of sites) {
      await write(`${first ? '' : ','}\n${indent(JSON.stringify(site, null, 2), '    ')}`);
      first = false;
    }
    await write(first ? ']\n}\n' : '\n  ]\n}\n');
    return;
  }
  await write(yamlText(top));
  for await (const site of sites) {
    if (first) await write('sites:\n');
    await write(indent(yamlText([site]), '  '));
    first = false;
  }
  if (first) await write('sites: []\n');
}

/** The whole file as one string (small exports, tests). */
export async function siteFileText(doc: SiteFileDoc, format: ExportFormat): Promise<string> {
  let out = '';
  async function* each() {
    for (const s of doc.sites) yield s;
  }
  await writeSiteFile({ organization: doc.organization, riskMatrix: doc.riskMatrix }, each(), format, (c) => {
    out += c;
  });
  return out;
}
