// Site file → validated document, or every problem placed on its line (DESIGN §4).
import { Compile } from 'typebox/compile';
import { explain } from '../schemas/explain.js';
import { SiteFile, type SiteFileDoc } from '../schemas/site-file.js';
import { formatPath, type Issue, type LocatedIssue } from './issue.js';
import { ParseError, parseText, type ParsedText } from './parse.js';
import { checkSiteFile } from './site-rules.js';

/** A site file that cannot be used; nothing was changed because of it. */
export class SiteFileError extends Error {
  constructor(readonly issues: LocatedIssue[]) {
    const first = issues[0];
    super(
      first
        ? `${first.file}:${first.line}:${first.column}: ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`
        : 'invalid site file',
    );
  }
}

let checker: { Check(value: unknown): boolean } | undefined;
const check = (value: unknown): value is SiteFileDoc => (checker ??= Compile(SiteFile)).Check(value);

/** Parses and validates site-file text. Throws SiteFileError listing what is wrong. */
export function loadSiteFile(text: string, file: string): SiteFileDoc {
  let parsed: ParsedText;
  try {
    parsed = parseText(text);
  } catch (e) {
    if (e instanceof ParseError) throw new SiteFileError([{ file, ...e.position, path: '', message: e.message }]);
    throw e;
  }
  const value = parsed.value;
  const issues: Issue[] = check(value) ? checkSiteFile(value) : explain(SiteFile, value);
  if (issues.length > 0) throw new SiteFileError(issues.map((i) => place(i, parsed, file, value)));
  return value as SiteFileDoc;
}

function place(issue: Issue, parsed: ParsedText, file: string, value: unknown): LocatedIssue {
  const pos = parsed.locate(issue.path, issue.key);
  let message = issue.message;
  if (issue.quote && parsed.format === 'yaml') {
    const src = parsed.sourceOf(issue.path);
    message += ` — YAML read this as a number or boolean; quote it to keep it as text (${JSON.stringify(src ?? '…')} → '${src ?? '…'}')`;
  }
  const where = subjectOf(issue.path, value);
  return {
    file,
    line: pos.line,
    column: pos.column,
    path: formatPath(issue.path),
    message: where ? `${where}: ${message}` : message,
  };
}

const LABELS: Record<string, string> = {
  sites: 'site',
  zones: 'zone',
  conduits: 'conduit',
  assets: 'asset',
  assessments: 'assessment of',
  compensatingControls: 'compensating control',
  risks: 'risk scenario',
};

/** Names the entities on a path by their ids: `site "basel" › zone "bsl-dmz"`. */
function subjectOf(path: (string | number)[], root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
    const label = typeof seg === 'number' ? LABELS[String(path[i - 1])] : undefined;
    if (label && node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const id = rec.id ?? rec.scope;
      if (typeof id === 'string') parts.push(`${label} "${id}"`);
    }
  }
  return parts.join(' › ');
}
