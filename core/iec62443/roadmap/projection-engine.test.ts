// The projection against the engine itself: on a generated site, each step's SL-A must equal a
// whole-site `evaluateSite` of the site with every action up to that step applied (the slow way).
import { describe, expect, it } from 'vitest';
import { generateEstate } from '../../demo/generate.js';
import type { RoadmapActionDoc } from '../../schemas/roadmap-action.js';
import type { SiteDoc } from '../../schemas/site-file.js';
import { evaluateSite } from '../evaluate.js';
import { applyActionToSite } from './apply-to-site.js';
import { projectRoadmap } from './projection.js';

const AS_OF = '2026-11-25';

/** Actions that close each scope's blocking requirements in small batches and retire its controls. */
function plan(site: SiteDoc): RoadmapActionDoc[] {
  const e = evaluateSite(site, AS_OF);
  const actions: RoadmapActionDoc[] = [];
  let n = 0;
  for (const s of [...e.zones, ...e.conduits]) {
    const ids = s.blocking.map((b) => b.id);
    for (let i = 0; i < ids.length; i += 7) {
      n++;
      actions.push({
        id: `a-${n}`,
        title: `Close ${s.id} batch ${i / 7 + 1}`,
        status: n % 9 === 0 ? 'cancelled' : 'planned',
        scope: s.id,
        // Spread over two years; every fifth without a date.
        ...(n % 5 === 0 ? {} : { due: `202${7 + (n % 2)}-${String((n % 12) + 1).padStart(2, '0')}-15` }),
        satisfies: ids.slice(i, i + 7),
      });
    }
  }
  for (const c of site.compensatingControls ?? [])
    actions.push({
      id: `r-${c.id}`,
      title: `Retire ${c.id}`,
      status: 'planned',
      scope: c.scope,
      due: '2027-01-20',
      retires: [c.id],
    });
  return actions;
}

describe('projection against evaluateSite', () => {
  it('matches a whole-site evaluation after every step', () => {
    const site = generateEstate({ sites: 1, assetsPerSite: 120, seed: 11 }).sites[0] as SiteDoc;
    const actions = plan(site);
    const p = projectRoadmap(site, actions, AS_OF);
    expect(p.steps.length).toBeGreaterThan(20);
    expect(p.skipped.every((s) => s.reason === 'cancelled')).toBe(true);
    let current = site;
    const byId = new Map(actions.map((a) => [a.id, a]));
    for (const step of p.steps) {
      current = applyActionToSite(current, byId.get(step.action) as RoadmapActionDoc);
      const e = evaluateSite(current, AS_OF);
      const scope = [...e.zones, ...e.conduits].find((s) => s.id === step.scope);
      expect(step.after, step.action).toEqual(scope?.slAchieved);
      expect(step.gap, step.action).toEqual(scope?.gap);
    }
    const final = evaluateSite(current, AS_OF);
    for (const s of [...final.zones, ...final.conduits]) {
      const projected = p.scopes.find((x) => x.id === s.id);
      expect(projected?.final, s.id).toEqual(s.slAchieved);
      expect(projected?.remainingBlocking, s.id).toEqual(s.blocking.map((b) => b.id));
    }
  });
});
