// Assessment results of the demo sites: generated coverage at the chosen maturity, overlaid
// with the results written by hand in the site files (those win).
import { applicable33 } from '../../core/demo/applicable-requirements.js';
import type { Rng } from '../../core/demo/random.js';
import { compare33, requirement33 } from '../../core/iec62443/catalog.js';
import type { AssessmentDoc, ResultInputDoc } from '../../core/schemas/site-file.js';
import type { ResultStatus } from '../../core/schemas/vocabulary.js';
import type { Coverage, SiteSpec, Sl } from './model.js';

const ASSESSORS: Record<string, string[]> = {
  basel: ['a.keller', 'm.rossi'],
  'riverside-water': ['l.nguyen', 's.meier'],
  'emmen-packaging': ['e.novak', 'p.dubois'],
};

const NOTES: Record<ResultStatus, string[]> = {
  implemented: [
    'Verified during the site walk-down.',
    'Evidence in the configuration baseline.',
    'Checked against the hardening guide.',
  ],
  partial: [
    'Only on the newer part of the installation.',
    'Configured, but not monitored.',
    'Some shared accounts remain.',
  ],
  planned: ['Scheduled for the next shutdown.', 'Part of the OT security roadmap for next year.'],
  'not-implemented': ['No central solution in place yet.', 'Not supported by the installed systems.'],
  'not-applicable': ['No such function in this zone.', 'No portable or wireless devices in scope.'],
};

function pickStatus(maturity: number, rng: Rng): ResultStatus {
  if (rng.float() < maturity) return 'implemented';
  return rng.weighted<ResultStatus>([
    ['partial', 0.35],
    ['planned', 0.25],
    ['not-implemented', 0.3],
    ['not-applicable', 0.1],
  ]);
}

export function assess(
  site: SiteSpec,
  scope: string,
  slTarget: Sl,
  cov: Coverage | undefined,
  rng: Rng,
): AssessmentDoc | undefined {
  const manual = site.results[scope] ?? {};
  if (!cov && Object.keys(manual).length === 0) return undefined;
  const results = new Map<string, ResultInputDoc>();
  if (cov) {
    const items = applicable33(slTarget);
    const chosen = rng.sample(items, Math.round(items.length * cov.share));
    const who = ASSESSORS[site.id] ?? ['a.keller'];
    for (const item of chosen) {
      const status = pickStatus(cov.maturity, rng);
      if (rng.chance(0.08)) {
        results.set(item.id, {
          status,
          note: rng.pick(NOTES[status]),
          assessedBy: rng.pick(who),
          assessedAt: rng.date('2026-02-01', '2026-10-30'),
        });
      } else results.set(item.id, status);
    }
  }
  for (const [id, r] of Object.entries(manual)) {
    if (!requirement33(id)) throw new Error(`${scope}: "${id}" is not a 3-3 requirement`);
    results.set(id, r);
  }
  const ordered = [...results.keys()].sort(compare33);
  return { scope, results: Object.fromEntries(ordered.map((id) => [id, results.get(id) as ResultInputDoc])) };
}
