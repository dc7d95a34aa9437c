// Importing CSAF advisories into the organisation's library (issue #10 item 1). Per document:
// hash check (sidecar or caller's) → parse → validate (schema + mandatory tests) → normalise →
// identity (publisher namespace + tracking id) → keep the newest revision. Each document is stored
// in its own transaction (a rejected one stores nothing); one audit record names the whole call.
import { randomUUID } from 'node:crypto';
import type { Advisory } from '../../../core/advisories/advisory.js';
import type { CsafDocument } from '../../../core/advisories/csaf-document.js';
import { normalizeCsaf } from '../../../core/advisories/normalize.js';
import { validateCsaf } from '../../../core/advisories/validate.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { AppError } from '../../errors.js';
import { requirePermission } from '../access.js';
import { recordAudit } from '../audit/audit.repository.js';
import { nowIso } from '../site-refs.js';
import { type AdvisorySource, checkHash, hashHex, parseCsafBytes } from './advisory-sources.js';
import * as repo from './advisory.repository.js';

export const IMPORT_STATUSES = ['imported', 'updated', 'unchanged', 'older', 'rejected', 'missing'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportResult {
  source: string;
  status: ImportStatus;
  trackingId?: string;
  advisoryId?: string;
  /** Why it was rejected, missing or kept out as older. */
  reason?: string;
  /** Rejected by validation: every reason (at most ten); `reason` joins them. */
  reasons?: string[];
}

export interface ImportAnswer {
  results: ImportResult[];
  counts: Record<ImportStatus, number>;
}

/** How many of each status, every status present. */
export function countResults(results: readonly ImportResult[]): Record<ImportStatus, number> {
  const counts = Object.fromEntries(IMPORT_STATUSES.map((s) => [s, 0])) as Record<ImportStatus, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/**
 * Compares tracking versions: integers (CSAF "1", "2") or semantic versions ("1.0.0", "2.1.0-rc1"),
 * segment by segment, numbers numerically; a missing segment counts as 0.
 */
export function compareTrackingVersions(a: string, b: string): number {
  const pa = a.trim().split(/[.\-+]/);
  const pb = b.trim().split(/[.\-+]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const releaseTime = (s: string | null): number => {
  const t = s ? Date.parse(s) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
};

/** Whether the stored revision is newer than the incoming one (later release; on a tie, higher version). */
function storedIsNewer(stored: repo.AdvisoryIdentity, incoming: Advisory): boolean {
  const byDate = releaseTime(stored.current_release_date) - releaseTime(incoming.currentReleaseDate);
  if (byDate !== 0) return byDate > 0;
  return compareTrackingVersions(stored.version, incoming.version) > 0;
}

const HASH_NAME = { sha256: 'SHA-256', sha512: 'SHA-512' } as const;

async function importOne(db: Db, actor: Actor, src: AdvisorySource, importedAt: string): Promise<ImportResult> {
  const base = { source: src.source };
  if (src.bytes === null) return { ...base, status: 'missing', reason: src.problem ?? 'no file' };
  if (src.problem) return { ...base, status: 'rejected', reason: src.problem };
  if (src.expectedHash && !checkHash(src.bytes, src.expectedHash)) {
    const got = hashHex(src.bytes, src.expectedHash.algorithm);
    return {
      ...base,
      status: 'rejected',
      reason: `${HASH_NAME[src.expectedHash.algorithm]} mismatch: expected ${src.expectedHash.hex.toLowerCase()} got ${got}`,
    };
  }
  const parsed = parseCsafBytes(src.bytes);
  if (!parsed.ok) return { ...base, status: 'rejected', reason: parsed.reason };
  const validation = await validateCsaf(parsed.doc);
  const trackingId = (parsed.doc as CsafDocument).document?.tracking?.id;
  const named = typeof trackingId === 'string' && trackingId.trim() ? { trackingId: trackingId.trim() } : {};
  if (!validation.ok)
    return {
      ...base,
      ...named,
      status: 'rejected',
      reason: /^(schema:|\d)/.test(validation.reasons[0] ?? '')
        ? `not valid CSAF 2.0: ${validation.reasons.join('; ')}`
        : validation.reasons.join('; '),
      reasons: validation.reasons,
    };
  let advisory: Advisory;
  try {
    advisory = normalizeCsaf(parsed.doc as CsafDocument);
  } catch (e) {
    // Valid CSAF the normaliser cannot read is a bug to report, not a reason to stop the whole import.
    return { ...base, ...named, status: 'rejected', reason: `could not read the document: ${String(e)}` };
  }
  const found = { ...base, trackingId: advisory.trackingId };
  const store = () =>
    db.kysely.transaction().execute(async (trx): Promise<ImportResult> => {
      const stored = await repo.findByKey(trx, advisory.key);
      if (stored && stored.sha256 === parsed.sha256) return { ...found, status: 'unchanged', advisoryId: stored.id };
      if (stored && storedIsNewer(stored, advisory))
        return {
          ...found,
          status: 'older',
          advisoryId: stored.id,
          reason:
            `version ${advisory.version} (${advisory.currentReleaseDate ?? 'no date'}) is older than the stored ` +
            `version ${stored.version} (${stored.current_release_date ?? 'no date'}); kept the stored one`,
        };
      const id = stored?.id ?? randomUUID();
      const rows = repo.advisoryRows(id, advisory, {
        sha256: parsed.sha256,
        source: src.source,
        importedAt,
        importedBy: actor.principal ? actor.principal.userId : null,
      });
      if (stored) await repo.replaceAdvisory(trx, rows);
      else await repo.insertAdvisory(trx, rows);
      return { ...found, status: stored ? 'updated' : 'imported', advisoryId: id };
    });
  try {
    return await store();
  } catch (e) {
    // A concurrent import of the same advisory won the race: decide again against what it stored.
    if (isUniqueViolation(e)) return store();
    throw e;
  }
}

/**
 * Imports every source (see readAdvisorySources for files, folders and feeds). Rejected and
 * missing sources store nothing; the others are stored one transaction each. One audit record.
 */
export async function importAdvisories(
  db: Db,
  actor: Actor,
  sources: AsyncIterable<AdvisorySource> | Iterable<AdvisorySource>,
  onProgress?: (result: ImportResult, done: number) => void,
): Promise<ImportAnswer> {
  requirePermission(actor, 'advisory.import');
  const importedAt = nowIso();
  const results: ImportResult[] = [];
  try {
    for await (const src of sources) {
      const result = await importOne(db, actor, src, importedAt);
      results.push(result);
      onProgress?.(result, results.length);
    }
  } finally {
    // Whatever got stored before a failure is audited too.
    if (results.length > 0) await auditImport(db, actor, results);
  }
  return { results, counts: countResults(results) };
}

async function auditImport(db: Db, actor: Actor, results: readonly ImportResult[]): Promise<void> {
  const ids = (status: ImportStatus) => results.filter((r) => r.status === status).map((r) => r.trackingId ?? r.source);
  const rejected = results.filter((r) => r.status === 'rejected');
  await db.kysely.transaction().execute((trx) =>
    recordAudit(trx, actor, {
      action: 'advisory.import',
      entity: 'advisory',
      detail: {
        counts: countResults(results),
        imported: ids('imported'),
        updated: ids('updated'),
        older: ids('older'),
        // Enough to find the files again; the full list is in the caller's report.
        rejected: rejected.slice(0, 100).map((r) => ({ source: r.source, reason: r.reason?.slice(0, 500) })),
      },
    }),
  );
}

/** One uploaded document (API): the optional hashes the caller asks to check, then the import. */
export async function importUploadedAdvisory(
  db: Db,
  actor: Actor,
  bytes: Uint8Array,
  opts: { source?: string; sha256?: string; sha512?: string } = {},
): Promise<ImportResult> {
  requirePermission(actor, 'advisory.import');
  const expectations = (
    [
      ['sha512', opts.sha512],
      ['sha256', opts.sha256],
    ] as const
  ).filter((e): e is readonly ['sha512' | 'sha256', string] => typeof e[1] === 'string' && e[1].trim() !== '');
  for (const [algorithm, hex] of expectations)
    if (!new RegExp(`^[0-9a-fA-F]{${algorithm === 'sha512' ? 128 : 64}}$`).test(hex.trim()))
      throw new AppError('C981_ERR_VALIDATION', `${algorithm}: not a ${HASH_NAME[algorithm]} hex digest`, [
        { path: algorithm, message: 'expected hex digits' },
      ]);
  // Both given: check the weaker one first here, the stronger in the import.
  const [strong, weak] = expectations;
  if (weak && !checkHash(bytes, { algorithm: weak[0], hex: weak[1] })) {
    const source = opts.source ?? 'upload';
    const result: ImportResult = {
      source,
      status: 'rejected',
      reason: `${HASH_NAME[weak[0]]} mismatch: expected ${weak[1].trim().toLowerCase()} got ${hashHex(bytes, weak[0])}`,
    };
    await auditImport(db, actor, [result]);
    return result;
  }
  const answer = await importAdvisories(db, actor, [
    {
      source: opts.source ?? 'upload',
      bytes,
      expectedHash: strong ? { algorithm: strong[0], hex: strong[1].trim() } : null,
      problem: null,
    },
  ]);
  return answer.results[0]!;
}

/** Removes an advisory from the library (audited). */
export async function deleteAdvisory(db: Db, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'advisory.import');
  await db.kysely.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('advisories')
      .select(['id', 'advisory_key', 'tracking_id', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw new AppError('C981_ERR_NOT_FOUND', `advisory "${id}" not found`);
    await repo.deleteAdvisory(trx, id);
    await recordAudit(trx, actor, {
      action: 'advisory.delete',
      entity: 'advisory',
      entityId: id,
      detail: { key: row.advisory_key, trackingId: row.tracking_id, version: row.version },
    });
  });
}

/** Every stored advisory's normalised model: what the matcher loads. */
export const listAdvisoryModels = (db: Db): Promise<Advisory[]> => repo.listAdvisoryModels(db.kysely);
