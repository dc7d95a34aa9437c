// Finds where a path points in JSON text. Runs only when reporting an error: valid files are
// parsed with JSON.parse alone, which keeps large files fast (issue #2).
import type { Path } from '../schemas/explain.js';

/** Offset of the value (or, with `key`, of the key) at `path`; the deepest reachable offset when a segment is missing. */
export function locateJson(text: string, path: Path, key = false): number {
  let i = skipWs(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    const last = depth === path.length - 1;
    const ch = text[i];
    if (ch === '{') {
      let j = skipWs(text, i + 1);
      let found = -1;
      while (j < text.length && text[j] === '"') {
        const keyStart = j;
        const keyEnd = skipString(text, j);
        const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
        j = skipWs(text, keyEnd);
        j = skipWs(text, j + 1); // the ':'
        if (name === seg) {
          found = last && key ? keyStart : j;
          break;
        }
        j = skipWs(text, skipValue(text, j));
        if (text[j] === ',') j = skipWs(text, j + 1);
      }
      if (found < 0) return i;
      i = found;
    } else if (ch === '[' && typeof seg === 'number') {
      let j = skipWs(text, i + 1);
      for (let n = 0; n < seg && j < text.length && text[j] !== ']'; n++) {
        j = skipWs(text, skipValue(text, j));
        if (text[j] === ',') j = skipWs(text, j + 1);
      }
      if (text[j] === ']') return i;
      i = j;
    } else return i;
  }
  return i;
}

function skipWs(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !',}] \n\r\t'.includes(text[j] ?? '')) j++;
  return j;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
