import { describe, expect, it } from 'vitest';
import { CATALOG_3_3, CATALOG_4_2 } from '../iec62443/catalog.js';
import type { ResultInputDoc, SiteDoc, SiteFileDoc } from '../schemas/site-file.js';
import { ID_PATTERN, RESULT_STATUSES } from '../schemas/vocabulary.js';
import { loadSiteFile } from '../sitefile/load.js';
import { applicable33, CLASS_COMPONENT_TYPE, generateEstate } from './generate.js';
import { epochDay, isoDate, Rng } from './random.js';

const ID = new RegExp(ID_PATTERN);
const IDS_33 = new Set(CATALOG_3_3.map((i) => i.id));
const BY_ID_42 = new Map(CATALOG_4_2.map((i) => [i.id, i]));
const STATUSES = new Set<string>(RESULT_STATUSES);

// One mid-sized estate shared by the structural checks.
const estate: SiteFileDoc = generateEstate({ sites: 6, assetsPerSite: 300, seed: 42 });

const status = (r: ResultInputDoc): string => (typeof r === 'string' ? r : r.status);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('Rng', () => {
  it('is deterministic for a seed and stays in range', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 100 }, () => a.int(1, 6));
    expect(Array.from({ length: 100 }, () => b.int(1, 6))).toEqual(xs);
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
    expect(new Rng(8).int(0, 1_000_000)).not.toBe(new Rng(7).int(0, 1_000_000));
  });

  it('shuffles without losing elements', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(new Rng(3).shuffle(items).sort((x, y) => x - y)).toEqual(items);
  });

  it('does calendar arithmetic like Date', () => {
    for (const d of ['1970-01-01', '2024-02-29', '2026-12-31', '2000-03-01', '1999-12-31']) {
      expect(epochDay(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
      expect(isoDate(epochDay(d))).toBe(d);
    }
    const r = new Rng(5);
    for (let i = 0; i < 200; i++) {
      const d = r.date('2025-01-30', '2025-03-02');
      expect(d >= '2025-01-30' && d <= '2025-03-02').toBe(true);
      expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
    }
  });
});

describe('generateEstate', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generateEstate({ sites: 3, assetsPerSite: 120, seed: 9 });
    const b = generateEstate({ sites: 3, assetsPerSite: 120, seed: 9 });
    const c = generateEstate({ sites: 3, assetsPerSite: 120, seed: 10 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c).not.toEqual(a);
    expect(generateEstate({ sites: 2, assetsPerSite: 40 })).toEqual(
      generateEstate({ sites: 2, assetsPerSite: 40, seed: 1 }),
    );
  });

  it('produces the requested counts', () => {
    expect(estate.c981).toBe(1);
    expect(estate.sites).toHaveLength(6);
    for (const site of estate.sites) {
      expect(site.assets).toHaveLength(300);
      expect(site.zones).toHaveLength(15);
      // About one conduit per zone.
      const conduits = site.conduits?.length ?? 0;
      expect(conduits).toBeGreaterThanOrEqual(14);
      expect(conduits).toBeLessThanOrEqual(16);
    }
    const tiny = generateEstate({ sites: 1, assetsPerSite: 5 });
    expect(tiny.sites[0]?.zones?.length).toBe(3);
    expect(tiny.sites[0]?.assets).toHaveLength(5);
    const many = generateEstate({ sites: 45, assetsPerSite: 20 });
    expect(many.sites).toHaveLength(45);
    expect(duplicates(many.sites.map((s) => s.id))).toEqual([]);
  });

  it('passes site-file validation (schema, references, field rules)', () => {
    expect(() => loadSiteFile(JSON.stringify(estate), 'generated.json')).not.toThrow();
  });

  it('uses valid, unique ids in their namespaces', () => {
    expect(duplicates(estate.sites.map((s) => s.id))).toEqual([]);
    for (const site of estate.sites) {
      const scopes = [...(site.zones ?? []).map((z) => z.id), ...(site.conduits ?? []).map((c) => c.id)];
      const assets = (site.assets ?? []).map((a) => a.id);
      const controls = (site.compensatingControls ?? []).map((c) => c.id);
      for (const id of [site.id, ...scopes, ...assets, ...controls]) expect(id).toMatch(ID);
      expect(duplicates(scopes)).toEqual([]);
      expect(duplicates(assets)).toEqual([]);
      expect(duplicates(controls)).toEqual([]);
      expect(duplicates((site.assessments ?? []).map((a) => a.scope))).toEqual([]);
      const ips = (site.assets ?? []).flatMap((a) => a.ip ?? []);
      expect(ips).toHaveLength(300);
      expect(duplicates(ips)).toEqual([]);
      for (const ip of ips) expect(ip).toMatch(/^10\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
    }
    const macs = estate.sites.flatMap((s) => (s.assets ?? []).flatMap((a) => a.mac ?? []));
    for (const mac of macs) expect(mac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
    expect(duplicates(macs)).toEqual([]);
  });

  it('resolves every reference inside its own site', () => {
    for (const site of estate.sites) {
      const zones = new Set((site.zones ?? []).map((z) => z.id));
      const scopes = new Set([...zones, ...(site.conduits ?? []).map((c) => c.id)]);
      const assets = new Set((site.assets ?? []).map((a) => a.id));
      for (const z of site.zones ?? []) if (z.parent !== undefined) expect(zones).toContain(z.parent);
      for (const c of site.conduits ?? []) {
        expect(c.zones.length).toBeGreaterThanOrEqual(2);
        for (const z of c.zones) expect(zones).toContain(z);
        expect(c.channels?.length ?? 0).toBeGreaterThanOrEqual(1);
        expect(c.channels?.length ?? 0).toBeLessThanOrEqual(3);
        for (const ch of c.channels ?? []) {
          expect(c.zones).toContain(ch.from);
          expect(c.zones).toContain(ch.to);
          expect(ch.from).not.toBe(ch.to);
        }
      }
      for (const a of site.assets ?? []) if (a.zone !== undefined) expect(zones).toContain(a.zone);
      for (const as of site.assessments ?? []) expect(scopes).toContain(as.scope);
      expect(site.assessments).toHaveLength(scopes.size);
      for (const cc of site.compensatingControls ?? []) {
        expect(zones).toContain(cc.scope);
        for (const a of cc.assets ?? []) {
          expect(assets).toContain(a);
          const asset = site.assets?.find((x) => x.id === a);
          expect(asset?.zone).toBe(cc.scope);
          expect(asset?.legacy).toBe(true);
        }
      }
    }
  });

  it('marks SIS controllers as safety assets in safety zones', () => {
    let sis = 0;
    for (const site of estate.sites) {
      const kind = new Map((site.zones ?? []).map((z) => [z.id, z.kind]));
      for (const a of site.assets ?? []) {
        if (a.type !== 'sis-controller') continue;
        sis++;
        expect(a.safety).toBe(true);
        expect(kind.get(a.zone ?? '')).toBe('safety');
      }
    }
    expect(sis).toBeGreaterThan(0);
  });

  it('declares capabilities only with a class and only counted 4-2 items', () => {
    let withCaps = 0;
    for (const site of estate.sites) {
      for (const a of site.assets ?? []) {
        if (!a.capabilities) continue;
        withCaps++;
        expect(a.componentClass).toBeDefined();
        const type = CLASS_COMPONENT_TYPE[a.componentClass ?? 'host-device'];
        for (const [id, v] of Object.entries(a.capabilities)) {
          const item = BY_ID_42.get(id);
          expect(item, id).toBeDefined();
          expect(item?.minSl).not.toBeNull();
          expect(item?.appliesTo).toContain(type);
          expect(['met', 'not-met']).toContain(v);
        }
      }
    }
    expect(withCaps).toBeGreaterThan(0);
  });

  it('records results only for 3-3 requirements with valid statuses', () => {
    const seen = new Set<string>();
    for (const site of estate.sites) {
      for (const as of site.assessments ?? []) {
        for (const [id, r] of Object.entries(as.results)) {
          expect(IDS_33.has(id), id).toBe(true);
          expect(STATUSES.has(status(r))).toBe(true);
          seen.add(status(r));
          if (typeof r === 'object' && r.assessedAt !== undefined) expect(r.assessedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }
    }
    expect([...seen].sort()).toEqual([...RESULT_STATUSES].sort());
  });

  it('covers 70–90 % of the requirements applicable at each SL-T', () => {
    let applicable = 0;
    let covered = 0;
    for (const site of estate.sites) {
      const targets = targetsOf(site);
      for (const as of site.assessments ?? []) {
        const target = targets.get(as.scope);
        expect(target).toBeDefined();
        const ids = new Set(applicable33(target ?? 0).map((i) => i.id));
        const keys = Object.keys(as.results);
        for (const id of keys) expect(ids.has(id), `${as.scope}: ${id}`).toBe(true);
        const share = keys.length / ids.size;
        expect(share).toBeGreaterThanOrEqual(0.7);
        expect(share).toBeLessThanOrEqual(0.9);
        applicable += ids.size;
        covered += keys.length;
      }
    }
    expect(covered / applicable).toBeGreaterThan(0.75);
    expect(covered / applicable).toBeLessThan(0.85);
  });

  it('writes compensating controls for unmet requirements, some unapproved or expired', () => {
    const all = estate.sites.flatMap((s) => (s.compensatingControls ?? []).map((c) => ({ site: s, c })));
    expect(all.length).toBeGreaterThanOrEqual(estate.sites.length);
    for (const { site, c } of all) {
      const results = site.assessments?.find((a) => a.scope === c.scope)?.results ?? {};
      for (const r of c.requirements) {
        expect(IDS_33.has(r)).toBe(true);
        const res = results[r];
        expect(res === undefined || !['implemented', 'not-applicable'].includes(status(res))).toBe(true);
      }
    }
    expect(all.some(({ c }) => c.approvedBy === undefined)).toBe(true);
    expect(all.some(({ c }) => c.expires !== undefined && c.expires < '2026-01-01')).toBe(true);
  });

  it('omits undefined values and keeps firmware as text', () => {
    const hasUndefined = (v: unknown): boolean =>
      v === undefined ||
      (Array.isArray(v)
        ? v.some(hasUndefined)
        : v !== null && typeof v === 'object' && Object.values(v).some(hasUndefined));
    expect(hasUndefined(estate)).toBe(false);
    for (const site of estate.sites)
      for (const a of site.assets ?? []) if (a.firmware !== undefined) expect(typeof a.firmware).toBe('string');
  });
});

function targetsOf(site: SiteDoc): Map<string, number | number[]> {
  const out = new Map<string, number | number[]>();
  for (const z of site.zones ?? []) if (z.slTarget !== undefined) out.set(z.id, z.slTarget);
  for (const c of site.conduits ?? []) if (c.slTarget !== undefined) out.set(c.id, c.slTarget);
  return out;
}
