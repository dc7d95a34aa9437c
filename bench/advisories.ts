// Advisory matching benchmark (issue #10): 2,000 advisories against 100k assets, goal ≤ 10 s,
// through the index. Peer in the same run: the loop over every product of every advisory for
// each asset (what the issue forbids), timed on a sample and scaled to the whole inventory.
// Repeats BENCH_RUNS times (default 3) and prints the median run.
import { buildAdvisoryIndex, fit } from '../core/advisories/advisory-index.js';
import type { Advisory } from '../core/advisories/advisory.js';
import { createMatcher } from '../core/advisories/match-inventory.js';
import { normalizeCsaf } from '../core/advisories/normalize.js';
import { productEntries } from '../core/advisories/product-entry.js';
import { assetTokens } from '../core/advisories/product-names.js';
import { judgeAdvisory } from '../core/advisories/verdict.js';
import type { Candidate } from '../core/advisories/advisory-index.js';
import { vendorKeys } from '../core/advisories/vendor-names.js';
import { advisoryDocuments, inventory, productSpace } from './advisories-data.js';
import { fmt, median, row } from './lib.js';

const ADVISORIES = Number(process.env.BENCH_ADVISORIES ?? 2000);
const ASSETS = Number(process.env.BENCH_ASSETS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PEER_SAMPLE = 500;

const space = productSpace(8000);
const docs = advisoryDocuments(ADVISORIES, space);
const assets = inventory(ASSETS, space);

function run(): { normalise: number; index: number; match: number; affected: number; named: number } {
  let t = performance.now();
  const advisories = docs.map((d) => normalizeCsaf(d));
  const normalise = performance.now() - t;
  t = performance.now();
  const index = buildAdvisoryIndex(advisories);
  const indexMs = performance.now() - t;
  t = performance.now();
  const matcher = createMatcher(index);
  let affected = 0;
  let named = 0;
  for (const a of assets) {
    const r = matcher.match(a);
    if (r.advisories.length > 0) named++;
    if (r.advisories.some((x) => x.verdict === 'affected')) affected++;
  }
  return { normalise, index: indexMs, match: performance.now() - t, affected, named };
}

/** The peer: every product of every advisory weighed against each asset. */
function peer(advisories: readonly Advisory[]): number {
  const entries = advisories.flatMap((a) => productEntries(a));
  const sample = assets.slice(0, PEER_SAMPLE);
  const t = performance.now();
  for (const a of sample) {
    const tokens = assetTokens(a.model ?? '', a.orderNumber ?? null);
    const vendors = a.vendor ? vendorKeys(a.vendor) : [];
    const byAdvisory = new Map<Advisory, Candidate[]>();
    for (const e of entries) {
      if (vendors.length > 0 && e.vendorKeys.length > 0 && !e.vendorKeys.some((v) => vendors.includes(v))) continue;
      const c = fit(e, a, tokens);
      if (c) byAdvisory.set(e.advisory, [...(byAdvisory.get(e.advisory) ?? []), c]);
    }
    for (const [adv, list] of byAdvisory) judgeAdvisory(adv, list, a.firmware ?? null);
  }
  return ((performance.now() - t) / sample.length) * assets.length;
}

process.stdout.write(`advisory matching: ${ADVISORIES} advisories × ${ASSETS} assets, ${RUNS} runs\n`);
const runs: ReturnType<typeof run>[] = [];
const peers: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const r = run();
  runs.push(r);
  peers.push(peer(docs.map((d) => normalizeCsaf(d))));
  const total = r.index + r.match;
  process.stdout.write(
    `  run ${i + 1}: normalise ${fmt(r.normalise)}, index ${fmt(r.index)}, match ${fmt(r.match)} (total ${fmt(total)}); ` +
      `${r.named} assets named, ${r.affected} affected; peer loop ≈ ${fmt(peers[i]!)}\n`,
  );
}
const totals = runs.map((r) => r.index + r.match);
const mid = median(totals);
const peerMid = median(peers);
row(
  'match 2,000 advisories × 100k assets (index + match)',
  fmt(mid),
  '≤ 10 s',
  `peer loop ${fmt(peerMid)} → ${(peerMid / mid).toFixed(0)}× faster`,
);
row('  of which building the index', fmt(median(runs.map((r) => r.index))), '');
row('normalising the 2,000 CSAF documents', fmt(median(runs.map((r) => r.normalise))), '');
row('peak RSS', `${Math.round(process.memoryUsage().rss / 1e6)} MB`, '');
