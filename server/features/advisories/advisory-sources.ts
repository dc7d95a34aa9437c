// Where advisories come from (issue #10 item 1), offline: files, folders, a provider directory
// (year folders + index.txt + changes.csv) or a ROLIE feed whose entries point at files present
// locally — a USB stick laid out like a CSAF provider (CSAF 2.0 §7.1.11–14, §7.1.18–21).
// Yields the bytes of each advisory with the hash its sidecar (or feed) promises; checking the
// hash, parsing and validating are the import service's job, so one code path serves uploads too.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseCsafJson } from '../../../core/advisories/validate.js';

export type HashAlgorithm = 'sha256' | 'sha512';

export interface ExpectedHash {
  algorithm: HashAlgorithm;
  hex: string;
}

export interface AdvisorySource {
  /** The path shown to users (as given, or relative to the folder or feed given). */
  source: string;
  /** null: nothing to read (see problem). */
  bytes: Uint8Array | null;
  /** From a `<file>.sha512` / `<file>.sha256` sidecar (sha256sum format), when there is one. */
  expectedHash: ExpectedHash | null;
  /**
   * Why the source cannot be imported as it is: with bytes null it is missing (e.g. listed in the
   * feed but the file is not there); with bytes, the import rejects it with this reason.
   */
  problem: string | null;
}

export interface SourceOptions {
  /** ISO date or date-time: only advisories changed after it (changes.csv, feed entry `updated`). */
  since?: string;
}

/** Provider files that are JSON but not advisories (also recognised by content, whatever their name). */
const SKIPPED_NAMES = new Set(['provider-metadata.json', 'aggregator.json', 'service.json', 'category.json']);

/** Whether `bytes` hash to `expected` (hex compared case-insensitively). */
export function checkHash(bytes: Uint8Array | string, expected: ExpectedHash): boolean {
  return hashHex(bytes, expected.algorithm) === expected.hex.trim().toLowerCase();
}

export function hashHex(bytes: Uint8Array | string, algorithm: HashAlgorithm): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

/** parseCsafJson (core) plus the SHA-256 of the exact bytes, the advisory's storage identity. */
export function parseCsafBytes(
  bytes: Uint8Array | string,
): { ok: true; doc: unknown; sha256: string } | { ok: false; reason: string } {
  const parsed = parseCsafJson(bytes);
  return parsed.ok ? { ok: true, doc: parsed.doc, sha256: hashHex(bytes, 'sha256') } : parsed;
}

/** A sidecar's digest: the first token, when it is hex of the algorithm's length. */
export function parseHashSidecar(text: string, algorithm: HashAlgorithm): ExpectedHash | null {
  const first = text.trim().split(/\s+/)[0] ?? '';
  const length = algorithm === 'sha512' ? 128 : 64;
  return new RegExp(`^[0-9a-fA-F]{${length}}$`).test(first) ? { algorithm, hex: first.toLowerCase() } : null;
}

const exists = async (path: string): Promise<boolean> => (await stat(path).catch(() => null))?.isFile() ?? false;

/** The strongest sidecar next to `file`; a sidecar that is not a digest is a problem, not a pass. */
async function sidecarHash(file: string): Promise<{ hash: ExpectedHash | null; problem: string | null }> {
  for (const algorithm of ['sha512', 'sha256'] as const) {
    const path = `${file}.${algorithm}`;
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    const hash = parseHashSidecar(text, algorithm);
    return hash
      ? { hash, problem: null }
      : { hash: null, problem: `${basename(path)} does not hold a ${algorithm.toUpperCase()} digest` };
  }
  return { hash: null, problem: null };
}

async function fileSource(file: string, shown: string): Promise<AdvisorySource> {
  const [bytes, sidecar] = await Promise.all([
    readFile(file).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)),
    sidecarHash(file),
  ]);
  return { source: shown, bytes, expectedHash: sidecar.hash, problem: sidecar.problem };
}

type JsonKind = 'feed' | 'metadata' | 'other';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** ROLIE feeds and provider/aggregator/service/category documents are told apart by content. */
function jsonKind(doc: unknown): JsonKind {
  if (!isObject(doc)) return 'other';
  if (isObject(doc.feed) && Array.isArray(doc.feed.entry)) return 'feed';
  if ('canonical_url' in doc && ('distributions' in doc || 'metadata_version' in doc)) return 'metadata';
  if ('aggregator' in doc && 'csaf_providers' in doc) return 'metadata';
  if (!('document' in doc) && (isObject(doc.service) || 'categories' in doc)) return 'metadata';
  return 'other';
}

/** A cheap look at a JSON file's start, so advisories are not parsed twice just to be sorted. */
function mightBeDistribution(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  return /"(feed|canonical_url|aggregator|service|categories)"\s*:/.test(head) && !/"csaf_version"\s*:/.test(head);
}

/** Date of a change (ISO) or null; `since` filters on it. */
const time = (s: string | undefined | null): number | null => {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
};

/**
 * changes.csv (§7.1.13): `path,current_release_date`, quoted or not, newest first, no header.
 * Keyed by the path and by the file name, since a copied tree seldom keeps the provider's prefix.
 */
export function parseChangesCsv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*"?([^",]+)"?\s*,\s*"?([^",]+)"?\s*$/.exec(line);
    if (!m) continue;
    const [, path, date] = m as unknown as [string, string, string];
    if (!out.has(path)) out.set(path, date);
    const name = basename(path);
    if (!out.has(name)) out.set(name, date);
  }
  return out;
}

/** Candidate local files for a remote path's tail: `<base>/<tail…>` shortened, `<base>/<YYYY>/<name>`, `<base>/<name>`. */
function localCandidates(baseDir: string, urlOrPath: string): string[] {
  let path = urlOrPath;
  try {
    path = decodeURIComponent(new URL(urlOrPath).pathname);
  } catch {
    // a relative path already
  }
  const parts = path.split('/').filter((p) => p !== '' && p !== '.' && p !== '..');
  const name = parts[parts.length - 1];
  if (!name) return [];
  const out: string[] = [];
  const parent = parts[parts.length - 2];
  if (parent && /^\d{4}$/.test(parent)) out.push(join(baseDir, parent, name));
  out.push(join(baseDir, name));
  return out;
}

interface Walk {
  /** Absolute paths already yielded (a feed entry and the folder walk may meet the same file). */
  seen: Set<string>;
  since: number | null;
}

/** The files of a folder, recursively, sorted; hidden files and folders (`.git`, …) are skipped. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (e.isFile()) out.push(p);
    // A linked file is followed; a linked folder is not (no loops).
    else if (e.isSymbolicLink() && (await exists(p))) out.push(p);
  }
  return out;
}

async function readChanges(dir: string): Promise<Map<string, string> | null> {
  const text = await readFile(join(dir, 'changes.csv'), 'utf8').catch(() => null);
  return text === null ? null : parseChangesCsv(text);
}

/** The entries of a ROLIE feed, resolved to local files; missing ones yielded with a problem. */
async function* feedSources(
  feedFile: string,
  feed: Record<string, unknown>,
  shownBase: string,
  walk: Walk,
): AsyncGenerator<AdvisorySource> {
  const feedDir = dirname(feedFile);
  const shownOf = (file: string) => join(dirname(shownBase), relative(feedDir, file));
  const entries = (feed.entry as unknown[]).filter(isObject);
  for (const entry of entries) {
    const content = isObject(entry.content) ? entry.content : {};
    const links = Array.isArray(entry.link) ? entry.link.filter(isObject) : [];
    const src =
      (typeof content.src === 'string' ? content.src : null) ??
      (links.find((l) => l.rel === 'self' && typeof l.href === 'string')?.href as string | undefined) ??
      null;
    if (!src) continue;
    const updated = time(typeof entry.updated === 'string' ? entry.updated : null);
    if (walk.since !== null && updated !== null && updated <= walk.since) continue;
    let found: string | null = null;
    const candidates = localCandidates(feedDir, src);
    for (const candidate of candidates) {
      if (await exists(candidate)) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      yield {
        source: candidates[0] ? shownOf(candidates[0]) : src,
        bytes: null,
        expectedHash: null,
        problem: `listed in the feed ${shownBase} but the file is missing`,
      };
      continue;
    }
    if (walk.seen.has(found)) continue;
    walk.seen.add(found);
    const item = await fileSource(found, shownOf(found));
    if (!item.expectedHash && !item.problem) {
      // The entry's hash link may name a sidecar elsewhere in the tree.
      const hashHref = links.find((l) => l.rel === 'hash' && typeof l.href === 'string')?.href as string | undefined;
      const algorithm = hashHref?.toLowerCase().endsWith('.sha256') ? 'sha256' : 'sha512';
      for (const candidate of hashHref ? localCandidates(feedDir, hashHref) : []) {
        const text = await readFile(candidate, 'utf8').catch(() => null);
        if (text === null) continue;
        item.expectedHash = parseHashSidecar(text, algorithm);
        if (!item.expectedHash)
          item.problem = `${basename(candidate)} does not hold a ${algorithm.toUpperCase()} digest`;
        break;
      }
    }
    yield item;
  }
}

/** A folder: advisories anywhere below it, provider files skipped, feeds followed (missing entries reported). */
async function* folderSources(dir: string, shownDir: string, walk: Walk): AsyncGenerator<AdvisorySource> {
  const files = await listFiles(dir);
  // changes.csv of each folder that has one, nearest first, for `since`.
  const changes = new Map<string, Map<string, string> | null>();
  const changedAt = async (file: string): Promise<number | null> => {
    for (let d = dirname(file); d.startsWith(dir); d = dirname(d)) {
      if (!changes.has(d)) changes.set(d, await readChanges(d));
      const table = changes.get(d);
      const date = table?.get(relative(d, file).split('\\').join('/')) ?? table?.get(basename(file));
      if (date) return time(date);
      if (d === dir || dirname(d) === d) break;
    }
    return null;
  };
  const feeds: { file: string; feed: Record<string, unknown> }[] = [];
  for (const file of files) {
    const name = basename(file);
    // Advisories are `.json` (§5.1); signatures, digests, index.txt and changes.csv are not.
    if (!/\.json$/i.test(name) || SKIPPED_NAMES.has(name.toLowerCase())) continue;
    if (walk.seen.has(file)) continue;
    if (walk.since !== null) {
      const changed = await changedAt(file);
      if (changed !== null && changed <= walk.since) continue;
    }
    const bytes = await readFile(file);
    if (mightBeDistribution(bytes)) {
      const parsed = parseCsafJson(bytes);
      const kind = parsed.ok ? jsonKind(parsed.doc) : 'other';
      if (kind === 'metadata') continue;
      if (kind === 'feed' && parsed.ok) {
        feeds.push({ file, feed: (parsed.doc as { feed: Record<string, unknown> }).feed });
        continue;
      }
    }
    walk.seen.add(file);
    const sidecar = await sidecarHash(file);
    yield {
      source: join(shownDir, relative(dir, file)),
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      expectedHash: sidecar.hash,
      problem: sidecar.problem,
    };
  }
  for (const { file, feed } of feeds) yield* feedSources(file, feed, join(shownDir, relative(dir, file)), walk);
  // A directory distribution without a feed: index.txt names every advisory; report those not here.
  if (feeds.length === 0) yield* indexMissing(dir, shownDir, walk);
}

async function* indexMissing(dir: string, shownDir: string, walk: Walk): AsyncGenerator<AdvisorySource> {
  const index = await readFile(join(dir, 'index.txt'), 'utf8').catch(() => null);
  if (index === null) return;
  const table = walk.since === null ? null : await readChanges(dir);
  for (const line of index.split(/\r?\n/)) {
    const path = line.trim();
    if (!/\.json$/i.test(path)) continue;
    const candidates = [join(dir, path), ...localCandidates(dir, path)];
    let found = false;
    for (const c of candidates) if (walk.seen.has(c) || (await exists(c))) found = true;
    if (found) continue;
    if (walk.since !== null) {
      const changed = time(table?.get(path) ?? table?.get(basename(path)));
      if (changed !== null && changed <= walk.since) continue;
    }
    yield {
      source: join(shownDir, path),
      bytes: null,
      expectedHash: null,
      problem: 'listed in index.txt but the file is missing',
    };
  }
}

/**
 * The advisories under `paths` (files, folders, ROLIE feed files), one source each, in a stable
 * order. A path that does not exist is yielded as missing; the caller summarises.
 */
export async function* readAdvisorySources(
  paths: readonly string[],
  opts: SourceOptions = {},
): AsyncGenerator<AdvisorySource> {
  const since = opts.since === undefined ? null : time(opts.since);
  if (opts.since !== undefined && since === null)
    throw new Error(`since: "${opts.since}" is not a date (write YYYY-MM-DD or an ISO date-time)`);
  const walk: Walk = { seen: new Set(), since };
  for (const path of paths) {
    const full = resolve(path);
    const info = await stat(full).catch(() => null);
    if (!info) {
      yield { source: path, bytes: null, expectedHash: null, problem: 'no such file or folder' };
      continue;
    }
    if (info.isDirectory()) {
      yield* folderSources(full, path, walk);
      continue;
    }
    if (walk.seen.has(full)) continue;
    const bytes = await readFile(full);
    if (mightBeDistribution(bytes)) {
      const parsed = parseCsafJson(bytes);
      if (parsed.ok && jsonKind(parsed.doc) === 'feed') {
        yield* feedSources(full, (parsed.doc as { feed: Record<string, unknown> }).feed, path, walk);
        continue;
      }
    }
    walk.seen.add(full);
    const sidecar = await sidecarHash(full);
    yield {
      source: path,
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      expectedHash: sidecar.hash,
      problem: sidecar.problem,
    };
  }
}
