// c981 advisories match as a user runs it (issue #10 item 3): real process, advisories from files,
// the inventory from a CSV or a site file, JSON per the issue, exit 1 when anything is affected.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testCsafBytes } from '../core/advisories/test-csaf.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-advisories-match-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_DATABASE_URL: '', C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('c981 advisories match', { timeout: 120_000 }, () => {
  writeFileSync(join(dir, 'exa.json'), testCsafBytes({ vendor: 'Example Controls', product: 'Example PLC 9000' }));
  writeFileSync(join(dir, 'broken.json'), testCsafBytes().slice(0, 100));

  it('matches a CSV inventory and prints the JSON the issue describes', () => {
    writeFileSync(
      join(dir, 'inventory.csv'),
      'Asset;Manufacturer;Model;Firmware version\nplc-old;Example Controls GmbH;Example PLC 9000;2.3.0\nplc-new;Example Controls;Example PLC 9000;2.4.1\nhmi;Other Co;Panel;1.0\n',
    );
    const r = c981([
      'advisories',
      'match',
      '--advisories',
      'exa.json',
      'broken.json',
      '--inventory',
      'inventory.csv',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/warning: broken\.json: truncated or invalid JSON/);
    const out = JSON.parse(r.stdout);
    expect(out.assets.map((a: { id: string }) => a.id)).toEqual(['plc-old', 'plc-new', 'hmi']);
    expect(out.assets[0]).toMatchObject({
      vendor: 'Example Controls GmbH',
      model: 'Example PLC 9000',
      firmware: '2.3.0',
    });
    expect(out.assets[0].advisories).toEqual([
      {
        id: 'EXA-2024-001',
        verdict: 'affected',
        productIds: ['CSAFPID-0001'],
        cves: ['CVE-2024-0001'],
        maxCvssV3: 9.8,
        remediations: ['vendor_fix'],
        fixedIn: ['2.4.1'],
        reason: expect.stringMatching(/2\.3\.0 is within < 2\.4\.1/),
      },
    ]);
    expect(out.assets[1].advisories[0]).toMatchObject({ verdict: 'not-affected' });
    expect(out.assets[2].advisories).toEqual([]);
  });

  it('reads a site file as the inventory and prints a readable table; exit 0 when nothing is affected', () => {
    writeFileSync(
      join(dir, 'site.yaml'),
      [
        'c981: 1',
        'organization: Test',
        'sites:',
        '  - id: plant',
        '    name: Plant',
        '    zones: [{ id: z1, name: Control, kind: control }]',
        '    assets:',
        '      - { id: plc-1, name: PLC 1, type: plc, zone: z1, vendor: Example Controls, model: Example PLC 9000, firmware: 2.5.0 }',
      ].join('\n'),
    );
    const r = c981(['advisories', 'match', '--advisories', 'exa.json', '--inventory', 'site.yaml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('plc-1  Example Controls | Example PLC 9000 | 2.5.0');
    expect(r.stdout).toMatch(/not-affected EXA-2024-001 +9\.8 .*2\.5\.0 is outside < 2\.4\.1/);
    expect(r.stdout).toContain('1 assets, 1 named by an advisory: 0 affected, 0 to review');
  });

  it('needs exactly one inventory source (exit 2)', () => {
    const r = c981(['advisories', 'match', '--advisories', 'exa.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exactly one of --inventory FILE or --site ID/);
  });
});
