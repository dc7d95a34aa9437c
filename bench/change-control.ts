// `npm run bench` (issue #7): the diff of two baselines of a 1,000-asset site (target ≤ 200 ms),
// measured through the service on a real SQLite file: read both snapshots, parse, diff. Compared in
// the same run with the floor every diff pays — reading and parsing the two snapshots — as a ratio.
// The second baseline follows a realistic change set: 10 % of the assets changed (firmware, notes),
// 20 added, 20 removed, SL-T raised on two zones, results updated.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateEstate } from '../core/demo/generate.js';
import type { SiteDoc } from '../core/schemas/site-file.js';
import { LOCAL_ACTOR } from '../server/actor.js';
import { openDb } from '../server/db/connection.js';
import { diffBaseline, takeBaseline } from '../server/features/baselines/baselines.service.js';
import { importSiteDoc } from '../server/features/site-files/site-files.service.js';
import { fmt, median, row } from './lib.js';

const ASSETS = Number(process.env.BENCH_DIFF_ASSETS ?? 1000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);

function changed(site: SiteDoc): SiteDoc {
  const assets = (site.assets ?? [])
    .slice(20)
    .map((a, i) =>
      i % 10 === 0 ? { ...a, firmware: `${a.firmware ?? 'V1'}-upd`, notes: 'patched in the Q3 shutdown' } : a,
    );
  for (let i = 0; i < 20; i++) assets.push({ id: `new-asset-${i}`, name: `New asset ${i}`, type: 'plc' });
  const zones = (site.zones ?? []).map((z, i) => (i < 2 ? { ...z, slTarget: 3, rationale: 'raised after review' } : z));
  const assessments = (site.assessments ?? []).map((a) => ({
    ...a,
    results: Object.fromEntries(Object.entries(a.results).map(([k, v], i) => [k, i % 7 === 0 ? 'implemented' : v])),
  }));
  const kept = new Set(assets.map((a) => a.id));
  const compensatingControls = (site.compensatingControls ?? []).map((c) => ({
    ...c,
    assets: c.assets?.filter((id) => kept.has(id)),
  }));
  return { ...site, assets, zones, assessments, compensatingControls };
}

async function main(): Promise<void> {
  const dir = join(process.cwd(), 'bench', 'out', 'change-control');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = await openDb(`sqlite:${join(dir, 'diff.db')}`);
  try {
    const doc = generateEstate({ sites: 1, assetsPerSite: ASSETS, seed: 7 });
    const site = doc.sites[0] as SiteDoc;
    await importSiteDoc(db, LOCAL_ACTOR, doc, { reason: 'bench' });
    const take = (name: string) =>
      db.kysely.transaction().execute((trx) => takeBaseline(trx, LOCAL_ACTOR, site.id, { name, trigger: 'manual' }));
    const a = await take('before');
    await importSiteDoc(db, LOCAL_ACTOR, { ...doc, sites: [changed(site)] }, { reason: 'bench' });
    const b = await take('after');

    const floor = async () => {
      const rows = await db.kysely.selectFrom('baselines').select('snapshot').where('site_id', '=', site.id).execute();
      for (const r of rows) JSON.parse(r.snapshot);
    };
    const diff = () => diffBaseline(db, LOCAL_ACTOR, site.id, a.id, String(b.id));
    const sample = await diff();
    for (let i = 0; i < 3; i++) {
      await diff();
      await floor();
    }
    const diffs: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      let t = performance.now();
      await diff();
      diffs.push(performance.now() - t);
      t = performance.now();
      await floor();
      floors.push(performance.now() - t);
    }
    const d = median(diffs);
    const f = median(floors);
    const c = sample.counts;
    process.stdout.write(
      `\nIssue #7 change control (${ASSETS}-asset site, median of ${REPEATS}; changes: assets +${c.asset.added} ~${c.asset.changed} −${c.asset.removed}, zones ~${c.zone.changed}, results ~${c.result.changed})\n`,
    );
    row(
      'baseline diff (read, parse, diff)',
      fmt(d),
      '≤ 200 ms',
      `floor (read + parse only) ${fmt(f)}, ratio ${(d / f).toFixed(2)}×`,
    );
  } finally {
    await db.close();
  }
}

await main();
