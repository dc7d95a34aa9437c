// Builds examples/demo-estate.yaml: a realistic, hand-modelled teaching estate of three sites
// (a regulated pharma API plant, a water utility and a food packaging plant). Zones, conduits,
// compensating controls and key assessment results are written out by hand in scripts/demo-estate/;
// asset rows are expanded from per-zone recipes over the product catalog of core/demo/products.ts
// with a fixed seed, so every run writes the same file.
//
//   npx tsx scripts/build-demo-estate.ts [output.yaml]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../core/demo/random.js';
import type { SiteFileDoc } from '../core/schemas/site-file.js';
import { loadSiteFile } from '../core/sitefile/load.js';
import { basel } from './demo-estate/basel.js';
import { buildSite, type EstateBuild } from './demo-estate/build-site.js';
import { emmen } from './demo-estate/emmen-packaging.js';
import { riverside } from './demo-estate/riverside-water.js';
import { toYaml } from './demo-estate/yaml.js';

const SEED = 62443;

function main(): void {
  const build: EstateBuild = { rng: new Rng(SEED), nextMac: 0x4a11 };
  const doc: SiteFileDoc = {
    c981: 1,
    organization: 'Helvetia Process Industries',
    sites: [basel, riverside, emmen].map((site) => buildSite(site, build)),
  };
  const text = toYaml(doc);
  // The file must load exactly as built (schema, references, field rules).
  const loaded = loadSiteFile(text, 'demo-estate.yaml');
  if (JSON.stringify(loaded) !== JSON.stringify(doc)) throw new Error('demo estate does not round-trip through YAML');

  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(process.argv[2] ?? resolve(here, '../examples/demo-estate.yaml'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const counts = doc.sites
    .map(
      (s) =>
        `${s.id}: ${s.zones?.length} zones, ${s.conduits?.length} conduits, ${s.assets?.length} assets, ${s.assessments?.length} assessments, ${s.compensatingControls?.length} controls`,
    )
    .join('\n  ');
  console.log(`wrote ${out} (seed ${SEED})\n  ${counts}`);
}

main();
