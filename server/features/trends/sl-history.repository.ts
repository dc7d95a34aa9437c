// The SL history table (migration 0011): one row per zone or conduit per site day. Plain
// functions over `db | trx`; the recorder and the trend service are the only callers.
import { sql } from 'kysely';
import type { SiteEval } from '../../../core/iec62443/evaluation.types.js';
import type { HistoryRow } from '../../../core/iec62443/trends.js';
import type { Queryable } from '../../db/batch.js';
import { chunks } from '../../db/batch.js';
import type { SlHistoryTable } from '../../db/schema.js';

/** 7 columns a row: well under both dialects' bind-parameter limits. */
const ROWS_PER_INSERT = 2000;

/**
 * Upserts the day's row of every zone and conduit of the evaluation. A row whose vectors did not
 * change keeps its `recorded_at`, so that column says when the values were last different.
 */
export async function upsertDay(db: Queryable, siteId: string, day: string, e: SiteEval, now: string): Promise<void> {
  const rows: SlHistoryTable[] = [
    ...e.zones.map((z) => ({ ...z, kind: 'zone' })),
    ...e.conduits.map((c) => ({ ...c, kind: 'conduit' })),
  ].map((s) => ({
    site_id: siteId,
    scope_id: s.id,
    scope_kind: s.kind,
    day,
    sl_target: s.slTarget ? JSON.stringify(s.slTarget) : null,
    sl_achieved: JSON.stringify(s.slAchieved),
    recorded_at: now,
  }));
  for (const part of chunks(rows, ROWS_PER_INSERT)) {
    await db
      .insertInto('sl_history')
      .values(part)
      .onConflict((oc) =>
        oc
          .columns(['site_id', 'scope_id', 'day'])
          .doUpdateSet((eb) => ({
            scope_kind: eb.ref('excluded.scope_kind'),
            sl_target: eb.ref('excluded.sl_target'),
            sl_achieved: eb.ref('excluded.sl_achieved'),
            recorded_at: eb.ref('excluded.recorded_at'),
          }))
          // IS DISTINCT FROM: null-safe on both SQLite (3.39+) and PostgreSQL.
          .where(
            sql<boolean>`sl_history.sl_achieved <> excluded.sl_achieved OR sl_history.sl_target IS DISTINCT FROM excluded.sl_target OR sl_history.scope_kind <> excluded.scope_kind`,
          ),
      )
      .execute();
  }
}

export interface StoredHistoryRow extends HistoryRow {
  siteId: string;
}

/**
 * The history of the sites from `from` to `to`, plus each site's last recorded day before `from`
 * (what the first days of the window carry forward). `zonesOnly` for the portfolio.
 */
export async function readHistory(
  db: Queryable,
  siteIds: readonly string[],
  from: string,
  to: string,
  zonesOnly = false,
): Promise<StoredHistoryRow[]> {
  if (siteIds.length === 0) return [];
  const columns = ['site_id', 'scope_id', 'scope_kind', 'day', 'sl_target', 'sl_achieved'] as const;
  const out: StoredHistoryRow[] = [];
  for (const ids of chunks(siteIds, 1000)) {
    let inWindow = db
      .selectFrom('sl_history')
      .select(columns)
      .where('site_id', 'in', ids)
      .where('day', '>=', from)
      .where('day', '<=', to);
    let lastBefore = db
      .selectFrom('sl_history')
      .select(['site_id as last_site', (eb) => eb.fn.max('day').as('last_day')])
      .where('site_id', 'in', ids)
      .where('day', '<', from)
      .groupBy('site_id');
    if (zonesOnly) {
      inWindow = inWindow.where('scope_kind', '=', 'zone');
      lastBefore = lastBefore.where('scope_kind', '=', 'zone');
    }
    let before = db
      .selectFrom('sl_history')
      .innerJoin(lastBefore.as('last'), (j) =>
        j.onRef('last.last_site', '=', 'sl_history.site_id').onRef('last.last_day', '=', 'sl_history.day'),
      )
      .select(columns.map((c) => `sl_history.${c}` as const));
    if (zonesOnly) before = before.where('sl_history.scope_kind', '=', 'zone');
    const [earlier, rows] = await Promise.all([before.execute(), inWindow.execute()]);
    for (const r of [...earlier, ...rows])
      out.push({
        siteId: r.site_id,
        scopeId: r.scope_id,
        kind: r.scope_kind === 'conduit' ? 'conduit' : 'zone',
        day: r.day,
        slTarget: r.sl_target === null ? null : (JSON.parse(r.sl_target) as number[]),
        slAchieved: JSON.parse(r.sl_achieved) as number[],
      });
  }
  return out;
}
