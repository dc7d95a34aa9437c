import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAsset, buildFile, buildSite, buildZone } from '../../../test/factories.js';
import type { SiteDoc } from '../../schemas/site-file.js';
import { hasErrors, lintFile, lintSite, RULES } from './lint-site.js';

const AS_OF = '2026-06-01';

const RULE_ORDER = [
  'ZONE-SAFETY-MIXED',
  'ZONE-BUSINESS-MIXED',
  'ZONE-WIRELESS-MIXED',
  'CONDUIT-EXTERNAL-DIRECT',
  'CONDUIT-SAFETY-EXPOSED',
  'CONDUIT-SLT-BELOW-ZONE',
  'ZONE-NO-SLT',
  'ZONE-EMPTY',
  'ASSET-NO-ZONE',
  'ZONE-SLC-BELOW-SLT',
  'CC-UNAPPROVED',
  'CC-EXPIRED',
];

/** The factory site with capable assets in both zones: nothing to report. */
const cleanSite = (over: Partial<SiteDoc> = {}): SiteDoc =>
  buildSite({
    assets: [
      buildAsset({ zone: 'z-control', slCapability: 2 }),
      buildAsset({ id: 'hist-1', name: 'Historian', type: 'historian', zone: 'z-dmz', slCapability: 2 }),
    ],
    ...over,
  });

/** A site that breaks many rules at once, several subjects per rule, ids deliberately unsorted. */
const messySite = (id: string): SiteDoc =>
  buildSite({
    id,
    zones: [
      buildZone({ id: 'z-office', kind: 'enterprise', slTarget: 1 }),
      buildZone({ id: 'z-b-control', slTarget: 3 }),
      buildZone({ id: 'z-a-control', slTarget: 3 }),
      buildZone({ id: 'z-empty', kind: 'dmz', slTarget: undefined }),
    ],
    conduits: [
      { id: 'c-2', zones: ['z-office', 'z-b-control'], slTarget: 1 },
      { id: 'c-1', zones: ['z-office', 'z-a-control'], slTarget: 1 },
    ],
    assets: [
      buildAsset({ id: 'sis-2', type: 'sis-controller', zone: 'z-b-control', safety: true, slCapability: 1 }),
      buildAsset({ id: 'sis-1', type: 'sis-controller', zone: 'z-a-control', safety: true, slCapability: 1 }),
      buildAsset({ id: 'plc-in-office', zone: 'z-office' }),
      buildAsset({ id: 'ap-9', type: 'wireless-ap', zone: 'z-office' }),
      buildAsset({ id: 'loose-2' }),
      buildAsset({ id: 'loose-1' }),
    ],
    compensatingControls: [
      { id: 'cc-b', scope: 'z-a-control', requirements: ['SR 1.1'], kind: 'procedural' },
      { id: 'cc-a', scope: 'z-a-control', requirements: ['SR 1.1'], kind: 'procedural', approvedBy: 'x' },
    ],
  });

describe('lintSite', () => {
  it('reports nothing for a clean site', () => {
    expect(lintSite(cleanSite(), AS_OF)).toEqual([]);
  });

  it('orders findings by rule order, then subject id, and reports a subject at most once per rule', () => {
    const findings = lintSite(messySite('plant'), AS_OF);
    const keys = findings.map((f) => `${f.rule} ${f.subject.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const ruleIndex = findings.map((f) => RULE_ORDER.indexOf(f.rule));
    expect(ruleIndex.every((r) => r >= 0)).toBe(true);
    expect([...ruleIndex].sort((a, b) => a - b)).toEqual(ruleIndex);
    for (let i = 1; i < findings.length; i++) {
      const [prev, cur] = [findings[i - 1], findings[i]];
      if (prev?.rule === cur?.rule) expect((prev?.subject.id ?? '') < (cur?.subject.id ?? '')).toBe(true);
    }
    expect(keys).toEqual([
      'ZONE-SAFETY-MIXED z-a-control',
      'ZONE-SAFETY-MIXED z-b-control',
      'ZONE-BUSINESS-MIXED z-office',
      'ZONE-WIRELESS-MIXED z-office',
      'CONDUIT-EXTERNAL-DIRECT c-1',
      'CONDUIT-EXTERNAL-DIRECT c-2',
      'CONDUIT-SLT-BELOW-ZONE c-1',
      'CONDUIT-SLT-BELOW-ZONE c-2',
      'ZONE-NO-SLT z-empty',
      'ZONE-EMPTY z-empty',
      'ASSET-NO-ZONE loose-1',
      'ASSET-NO-ZONE loose-2',
      'ZONE-SLC-BELOW-SLT z-a-control',
      'ZONE-SLC-BELOW-SLT z-b-control',
      'CC-UNAPPROVED cc-a',
      'CC-UNAPPROVED cc-b',
    ]);
  });

  it('gives every finding the rule’s severity, clause and subject kind, and a one-sentence message', () => {
    const byId = new Map(RULES.map((r) => [r.id, r]));
    for (const f of lintSite(messySite('plant'), AS_OF)) {
      const rule = byId.get(f.rule);
      expect(f).toMatchObject({ severity: rule?.severity, clause: rule?.clause, subject: { kind: rule?.subject } });
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'site', 'subject', 'message', 'clause']);
      expect(f.message).toMatch(/^[A-Z].*\.$/);
      expect(f.message).not.toContain('\n');
    }
  });

  it('caps long id lists at five and says how many more', () => {
    const assets = Array.from({ length: 8 }, (_, i) => buildAsset({ id: `plc-${i}`, zone: 'z-office' }));
    const site = buildSite({ zones: [buildZone({ id: 'z-office', kind: 'enterprise' })], assets, conduits: [] });
    const [f] = lintSite(site, AS_OF).filter((x) => x.rule === 'ZONE-BUSINESS-MIXED');
    expect(f?.message).toContain('plc-4 (plc) and 3 more');
    expect(f?.message).not.toContain('plc-5');
  });
});

describe('lintFile', () => {
  it('orders sites by id', () => {
    const findings = lintFile(buildFile([messySite('zurich'), messySite('basel')]), AS_OF);
    const sites = findings.map((f) => f.site);
    expect(sites.indexOf('zurich')).toBe(sites.lastIndexOf('basel') + 1);
    expect(findings.filter((f) => f.site === 'basel')).toEqual(lintSite(messySite('basel'), AS_OF));
  });

  it('says whether any finding is an error', () => {
    expect(hasErrors(lintFile(buildFile([cleanSite()]), AS_OF))).toBe(false);
    expect(hasErrors(lintFile(buildFile([messySite('plant')]), AS_OF))).toBe(true);
    const onlyWarnings = lintFile(
      buildFile([cleanSite({ compensatingControls: [], zones: [buildZone()], conduits: [], assets: [] })]),
      AS_OF,
    );
    expect(onlyWarnings.length).toBeGreaterThan(0);
    expect(hasErrors(onlyWarnings)).toBe(false);
  });
});

describe('RULES', () => {
  it('lists exactly the rules, in report order, with their severities', () => {
    expect(RULES.map((r) => r.id)).toEqual(RULE_ORDER);
    expect(RULES.filter((r) => r.severity === 'error').map((r) => r.id)).toEqual([
      'ZONE-SAFETY-MIXED',
      'ZONE-BUSINESS-MIXED',
      'CONDUIT-EXTERNAL-DIRECT',
      'CONDUIT-SAFETY-EXPOSED',
    ]);
  });

  const docs = join(import.meta.dirname, '..', '..', '..', 'docs', 'lint-rules.md');
  it.skipIf(!existsSync(docs))('are all documented in docs/lint-rules.md with their severity and clause', () => {
    const text = readFileSync(docs, 'utf8');
    for (const r of RULES) {
      const row = text.split('\n').find((line) => line.startsWith(`| \`${r.id}\``));
      expect(row, r.id).toBeDefined();
      expect(row).toContain(r.severity);
      expect(row).toContain(r.clause ?? '—');
    }
  });
});
