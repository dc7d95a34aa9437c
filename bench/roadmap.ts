// The remediation roadmap's projection (issue #7: "projection for a site with 200 actions
// ≤ 100 ms"), on a generated 1,000-asset site held in memory, compared in the same run with a
// naive peer that re-evaluates the whole site with `evaluateSite` after every action.
//   node --import tsx bench/roadmap.ts        (BENCH_ASSETS, BENCH_ACTIONS, BENCH_RUNS to vary)
import { evaluateSite } from '../core/iec62443/evaluate.js';
import { applyActionToSite } from '../core/iec62443/roadmap/apply-to-site.js';
import { projectRoadmap } from '../core/iec62443/roadmap/projection.js';
import { generateEstate } from '../core/demo/generate.js';
import type { RoadmapActionDoc } from '../core/schemas/roadmap-action.js';
import type { SiteDoc } from '../core/schemas/site-file.js';
import { fmt, median, row } from './lib.js';

const ASSETS = Number(process.env.BENCH_ASSETS ?? 1000);
const ACTIONS = Number(process.env.BENCH_ACTIONS ?? 200);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));
const AS_OF = '2026-11-25';

/**
 * A plausible plan: every scope's blocking requirements closed in batches of a few, spread over
 * two years (every tenth undated), plus every compensating control retired along the way, until
 * there are ACTIONS actions. Deterministic, so runs compare.
 */
function plan(site: SiteDoc): RoadmapActionDoc[] {
  const e = evaluateSite(site, AS_OF);
  const actions: RoadmapActionDoc[] = [];
  const scopes = [...e.zones, ...e.conduits];
  for (const c of site.compensatingControls ?? [])
    if (actions.length < ACTIONS / 4)
      actions.push({
        id: `retire-${c.id}`,
        title: `Retire ${c.id}`,
        status: 'planned',
        scope: c.scope,
        due: '2027-06-30',
        retires: [c.id],
      });
  for (let batch = 0; actions.length < ACTIONS && batch < 100; batch++)
    for (const s of scopes) {
      if (actions.length >= ACTIONS) break;
      const ids = s.blocking.slice(batch * 4, batch * 4 + 4).map((b) => b.id);
      if (ids.length === 0) continue;
      const n = actions.length;
      actions.push({
        id: `a-${n}`,
        title: `Close ${ids.join(', ')} on ${s.id}`,
        status: n % 7 === 0 ? 'in-progress' : 'planned',
        scope: s.id,
        ...(n % 10 === 9
          ? {}
          : {
              due: `${2027 + (n % 2)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`,
            }),
        satisfies: ids,
      });
    }
  return actions;
}

/** The naive way: apply each action to the whole site and evaluate every zone and conduit again. */
function naive(site: SiteDoc, actions: readonly RoadmapActionDoc[]): number[][] {
  const ordered = [...actions].sort((a, b) =>
    (a.due ?? '~') < (b.due ?? '~') ? -1 : (a.due ?? '~') > (b.due ?? '~') ? 1 : a.id < b.id ? -1 : 1,
  );
  let current = site;
  const after: number[][] = [];
  for (const a of ordered) {
    current = applyActionToSite(current, a);
    const e = evaluateSite(current, AS_OF);
    after.push([...e.zones, ...e.conduits].find((s) => s.id === a.scope)?.slAchieved ?? []);
  }
  return after;
}

function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out;
}

const site = generateEstate({ sites: 1, assetsPerSite: ASSETS, seed: 7 }).sites[0] as SiteDoc;
const actions = plan(site);
const scopes = (site.zones?.length ?? 0) + (site.conduits?.length ?? 0);
process.stdout.write(
  `roadmap projection: site ${site.id}, ${site.assets?.length ?? 0} assets, ${scopes} zones and conduits, ` +
    `${actions.length} actions, ${RUNS} runs after warm-up (median)\n\n`,
);

// Same answers, or the comparison would mean nothing.
const projected = projectRoadmap(site, actions, AS_OF);
const expected = naive(site, actions);
if (JSON.stringify(projected.steps.map((s) => s.after)) !== JSON.stringify(expected))
  throw new Error('the projection and the naive peer disagree');

time(() => projectRoadmap(site, actions, AS_OF), 3);
const fast = median(time(() => projectRoadmap(site, actions, AS_OF), RUNS));
time(() => naive(site, actions), 1);
const slow = median(time(() => naive(site, actions), RUNS));

row(`projection, ${actions.length} actions`, fmt(fast), '≤ 100 ms', fast <= 100 ? 'ok' : 'MISSED');
row('naive peer (evaluateSite after every action)', fmt(slow), '—', `ratio ${(slow / fast).toFixed(1)}× slower`);
process.stdout.write(
  `\n${projected.steps.length} steps over ${projected.quarters.length} timeline columns (${projected.quarters[0] ?? ''} … ${projected.quarters[projected.quarters.length - 1] ?? ''})\n`,
);
