// Reads site-file text: JSON or YAML, told apart by content (JSON starts with "{"), never by
// file name (DESIGN §4).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Path } from '../schemas/explain.js';
import { lineColumn, locateJson } from './json-locate.js';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedText {
  format: 'json' | 'yaml';
  value: unknown;
  /** Where a path sits in the text (computed on demand, for error reports). */
  locate(path: Path, key?: boolean): Position;
  /** The source text of the scalar at `path` (YAML), to show what the user wrote. */
  sourceOf(path: Path): string | undefined;
}

export class ParseError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

export function detectFormat(text: string): 'json' | 'yaml' {
  // A scan for the first non-blank character, not a regex over a possibly huge string.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfeff || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    return c === 0x7b ? 'json' : 'yaml';
  }
  return 'yaml';
}

/** Parses JSON or YAML text; throws ParseError with a position on malformed input. */
export function parseText(text: string): ParsedText {
  return detectFormat(text) === 'json' ? parseJson(text) : parseYaml(text);
}

function parseJson(text: string): ParsedText {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonErrorOffset(text);
    throw new ParseError(
      `malformed JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      lineColumn(text, offset),
    );
  }
  return {
    format: 'json',
    value,
    locate: (path, key) => lineColumn(text, locateJson(text, path, key)),
    sourceOf: () => undefined,
  };
}

/** Where JSON.parse gave up, when its message has no position: JSON is YAML flow syntax, so the YAML parser's first error points at the same place. */
function jsonErrorOffset(text: string): number {
  const doc = parseDocument(text, { prettyErrors: false });
  return doc.errors[0]?.pos[0] ?? text.length;
}

function parseYaml(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ParseError(`malformed YAML: ${err.message.split('\n')[0] ?? err.code}`, {
      line: pos.line,
      column: pos.col,
    });
  }
  let value: unknown;
  try {
    // A small alias budget stops "billion laughs" expansion.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ParseError(`malformed YAML: ${e instanceof Error ? e.message : String(e)}`, { line: 1, column: 1 });
  }
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return {
    format: 'yaml',
    value,
    locate: (path, key) => at(findYamlOffset(doc, path, key ?? false)),
    sourceOf: (path) => {
      const node: unknown = doc.getIn(path, true);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]).trim() : undefined;
    },
  };
}

function findYamlOffset(doc: Document, path: Path, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (last && key && keyNode?.range) return keyNode.range[0];
      node = pair.value;
      offset = (pair.value as Node | null)?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else break;
    if (i === 0 && offset === 0) offset = (node as Node | null)?.range?.[0] ?? 0;
  }
  if (path.length === 0) return doc.contents?.range?.[0] ?? 0;
  return offset;
}
