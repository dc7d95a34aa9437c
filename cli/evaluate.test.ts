// `c981 evaluate` and `c981 lint` as a user runs them: offline, on site files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildFile, buildSite } from '../test/factories.js';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'c981-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function c981(args: string[]) {
  const r = spawnSync(join(root, 'bin', 'c981'), args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, C981_FROM_SOURCE: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : stringify(content));
  return file;
};

describe('c981 evaluate', () => {
  it('prints the evaluation as JSON per DESIGN §5', () => {
    const file = write('plant.yaml', buildFile());
    const r = c981(['evaluate', file, '--as-of', '2026-11-25', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe('2026-11-25');
    expect(out.sites[0].id).toBe('plant');
    expect(out.sites[0].zones[0]).toMatchObject({
      id: 'z-control',
      slTarget: [2, 2, 2, 2, 2, 2, 2],
      compensated: [{ id: 'SR 1.2', control: 'cc-1' }],
    });
    expect(out.sites[0].zones[0].blocking[0]).toEqual({ id: 'SR 1.1 RE 1', fr: 1, minSl: 2, status: 'unassessed' });
  });

  it('prints a compact T/C/A table per zone and conduit', () => {
    const file = write('plant2.yaml', buildFile());
    const r = c981(['evaluate', file, '--as-of', '2026-11-25']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/site plant: 0 of 2 zones meet their SL-T/);
    expect(r.stdout).toMatch(/zone\s+z-control\s+2\/0\/0!/);
    expect(r.stdout).toMatch(/zone\s+z-dmz\s+1\/-\/0!/);
    expect(r.stdout).toMatch(/conduit c-dmz-control/);
  });

  it('exits 2 naming an unknown requirement id or an SL of 5, and on a bad --as-of', () => {
    const unknown = write(
      'unknown.yaml',
      buildFile([buildSite({ assessments: [{ scope: 'z-control', results: { 'SR 8.1': 'implemented' } }] })]),
    );
    const r1 = c981(['evaluate', unknown, '--json']);
    expect(r1.code).toBe(2);
    expect(JSON.parse(r1.stdout).error.message).toMatch(/"SR 8\.1" is not an IEC 62443-3-3 requirement id/);
    const sl5 = write(
      'sl5.yaml',
      buildFile([
        buildSite({
          zones: [
            { id: 'z-control', name: 'C', kind: 'control', slTarget: 5 },
            { id: 'z-dmz', name: 'D', kind: 'dmz' },
          ],
        }),
      ]),
    );
    const r2 = c981(['evaluate', sl5, '--json']);
    expect(r2.code).toBe(2);
    expect(JSON.parse(r2.stdout).error.details[0]).toMatchObject({ path: 'sites[0].zones[0].slTarget' });
    expect(c981(['evaluate', sl5, '--as-of', 'tomorrow']).code).toBe(2);
  });
});

describe('c981 lint', () => {
  it('exits 1 with findings when a rule is broken, 0 when only warnings remain', () => {
    const bad = buildSite({
      zones: [
        { id: 'z-ent', name: 'Office', kind: 'enterprise', slTarget: 1 },
        { id: 'z-control', name: 'Control', kind: 'control', slTarget: 2 },
      ],
      conduits: [{ id: 'c-direct', zones: ['z-ent', 'z-control'], slTarget: 2 }],
      assets: [{ id: 'plc-1', name: 'PLC', type: 'plc', zone: 'z-control' }],
      assessments: [],
      compensatingControls: [],
    });
    const r = c981(['lint', write('bad.yaml', buildFile([bad])), '--json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'CONDUIT-EXTERNAL-DIRECT',
        severity: 'error',
        site: 'plant',
        subject: { kind: 'conduit', id: 'c-direct' },
      }),
    );
    const ok = c981(['lint', write('ok.yaml', buildFile()), '--as-of', '2026-11-25', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).findings.every((f: { severity: string }) => f.severity === 'warning')).toBe(true);
  });
});
