import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildFile, buildSite } from '../../test/factories.js';
import { loadSiteFile, SiteFileError } from './load.js';

function issues(text: string, file = 'estate.yaml') {
  try {
    loadSiteFile(text, file);
  } catch (e) {
    if (e instanceof SiteFileError) return e.issues;
    throw e;
  }
  throw new Error('expected the file to be rejected');
}

describe('site file validation', () => {
  it('accepts a valid file in YAML and JSON', () => {
    const doc = buildFile();
    expect(loadSiteFile(stringify(doc), 'a.yaml')).toEqual(doc);
    expect(loadSiteFile(JSON.stringify(doc, null, 2), 'a.json')).toEqual(doc);
  });

  it('detects JSON by content, not by file name', () => {
    const doc = buildFile();
    expect(loadSiteFile(JSON.stringify(doc), 'looks-like.yaml')).toEqual(doc);
  });

  it('reports malformed JSON with a position', () => {
    const [i] = issues('{\n  "c981": 1,\n  "sites": [}\n', 'bad.json');
    expect(i).toMatchObject({ file: 'bad.json', line: 3 });
    expect(i?.message).toMatch(/malformed JSON/);
  });

  it('reports malformed YAML and duplicate keys', () => {
    expect(issues('c981: 1\nsites:\n  - id: a\n    id: b\n')[0]).toMatchObject({
      line: 4,
      message: expect.stringMatching(/unique/),
    });
    expect(issues('c981: 1\nsites: [\n')[0]?.message).toMatch(/malformed YAML/);
  });

  it('names unknown keys with a suggestion and their line', () => {
    const text =
      'c981: 1\nsites:\n  - id: s\n    name: S\n    zones:\n      - id: z\n        name: Z\n        kind: control\n        slTarqet: 2\n';
    const [i] = issues(text);
    expect(i).toMatchObject({ line: 9, column: 9, path: 'sites[0].zones[0].slTarqet' });
    expect(i?.message).toContain('site "s" › zone "z"');
    expect(i?.message).toContain('did you mean "slTarget"');
  });

  it('tells YAML users to quote firmware that YAML read as a number', () => {
    const text =
      'c981: 1\nsites:\n  - id: s\n    name: S\n    assets:\n      - id: a\n        name: A\n        type: plc\n        firmware: 2.10\n';
    const [i] = issues(text);
    expect(i).toMatchObject({ line: 9, path: 'sites[0].assets[0].firmware' });
    expect(i?.message).toMatch(/quote it/);
    expect(i?.message).toContain("'2.10'");
  });

  it('rejects SL values outside 0–4 and vectors of the wrong length', () => {
    const site = buildSite();
    const bad = buildFile([
      {
        ...site,
        zones: [
          { id: 'z', name: 'Z', kind: 'control', slTarget: 5 },
          { id: 'y', name: 'Y', kind: 'dmz', slTarget: [1, 2, 3] },
        ],
      },
    ]);
    const found = issues(JSON.stringify(bad, null, 2), 'x.json');
    expect(found.map((i) => i.path)).toEqual(
      expect.arrayContaining(['sites[0].zones[0].slTarget', 'sites[0].zones[1].slTarget']),
    );
    expect(found.find((i) => i.path === 'sites[0].zones[1].slTarget')?.message).toMatch(/seven levels/);
  });

  it('rejects a conduit with one zone', () => {
    const site = buildSite();
    const bad = buildFile([{ ...site, conduits: [{ id: 'c', zones: ['z-control'] }] }]);
    expect(issues(JSON.stringify(bad))[0]).toMatchObject({
      path: 'sites[0].conduits[0].zones',
      message: expect.stringMatching(/at least 2/),
    });
  });

  it("rejects references to another site's zone", () => {
    const a = buildSite();
    const b = buildSite({
      id: 'other',
      zones: [{ id: 'o-zone', name: 'O', kind: 'control' }],
      conduits: [],
      assessments: [],
      compensatingControls: [],
      assets: [{ id: 'x', name: 'X', type: 'plc', zone: 'z-control' }],
    });
    const found = issues(JSON.stringify(buildFile([a, b]), null, 2), 'x.json');
    expect(found[0]).toMatchObject({ path: 'sites[1].assets[0].zone' });
    expect(found[0]?.message).toMatch(/belongs to site "plant"/);
  });

  it('rejects duplicate ids, including zone/conduit clashes and duplicate sites', () => {
    const site = buildSite();
    const bad = buildFile([{ ...site, conduits: [{ id: 'z-dmz', zones: ['z-control', 'z-dmz'] }] }, site]);
    const messages = issues(JSON.stringify(bad)).map((i) => i.message);
    expect(messages.some((m) => /duplicate zone\/conduit id "z-dmz"/.test(m))).toBe(true);
    expect(messages.some((m) => /duplicate site id "plant"/.test(m))).toBe(true);
  });

  it('finds one error deep inside a large file and places it on its line', () => {
    const assets = Array.from({ length: 3000 }, (_, i) => ({
      id: `a-${i}`,
      name: `A ${i}`,
      type: 'plc' as const,
      zone: 'z-control',
      ip: [`10.0.${Math.floor(i / 250)}.${i % 250}`],
    }));
    const broken = assets.map((a, i) => (i === 2718 ? { ...a, ip: ['10.0.999.1'] } : a));
    const text = JSON.stringify(buildFile([buildSite({ assets: broken, compensatingControls: [] })]), null, 2);
    const [i] = issues(text, 'big.json');
    expect(i?.path).toBe('sites[0].assets[2718].ip[0]');
    expect(text.split('\n')[(i?.line ?? 0) - 1]).toContain('10.0.999.1');
  });

  it('rejects unknown requirement ids, sis-controllers marked non-safety and a second assessment of one scope', () => {
    const site = buildSite({
      assets: [{ id: 'sis', name: 'SIS', type: 'sis-controller', safety: false }],
      assessments: [
        { scope: 'z-control', results: { 'SR 9.9': 'implemented' } },
        { scope: 'z-control', results: { 'SR 1.1': 'implemented' } },
      ],
      compensatingControls: [],
    });
    const messages = issues(JSON.stringify(buildFile([site]))).map((i) => i.message);
    expect(messages.join('\n')).toMatch(/"SR 9\.9" is not an IEC 62443-3-3 requirement id/);
    expect(messages.join('\n')).toMatch(/sis-controller is always part of the safety system/);
    expect(messages.join('\n')).toMatch(/second assessment for scope "z-control"/);
  });

  it('requires componentClass with capabilities and rejects 4-2 ids of another class', () => {
    const site = buildSite({
      assets: [
        { id: 'a', name: 'A', type: 'plc', capabilities: { 'CR 1.1': 'met' } },
        { id: 'b', name: 'B', type: 'switch', componentClass: 'network-device', capabilities: { 'EDR 3.12': 'met' } },
      ],
      compensatingControls: [],
    });
    const text = issues(JSON.stringify(buildFile([site])))
      .map((i) => i.message)
      .join('\n');
    expect(text).toMatch(/"componentClass" is required/);
    expect(text).toMatch(/"EDR 3.12" does not apply to a network-device/);
  });

  it('rejects impossible dates', () => {
    const site = buildSite();
    const cc = site.compensatingControls?.[0];
    const bad = buildFile([{ ...site, compensatingControls: cc ? [{ ...cc, expires: '2027-02-30' }] : [] }]);
    expect(issues(JSON.stringify(bad))[0]?.message).toMatch(/not a real date/);
  });
});
