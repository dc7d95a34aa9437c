// Advisories matched against a site through the API (issue #10 item 4): the findings list with its
// priority factors, triage (Now / Next / Never) with links, permissions, and a finding that closes
// when the asset's firmware moves past the fix — on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { testCsafBytes } from '../../../core/advisories/test-csaf.js';
import { zoneExposure } from '../../../core/advisories/exposure.js';
import { vulnerabilityPriority } from '../../../core/advisories/priority.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect } from '../../../test/dialects.js';

const json = { 'content-type': 'application/json' };
const KEY = 'https://psirt.example.com#EXA-2024-001';

describe('exposure and priority (pure)', () => {
  it('marks zones joined by a conduit to enterprise, external or remote-access zones', () => {
    const exposure = zoneExposure(
      [
        { id: 'ent', name: 'Enterprise', kind: 'enterprise' },
        { id: 'dmz', name: 'DMZ', kind: 'dmz' },
        { id: 'ctl', name: 'Control', kind: 'control' },
      ],
      [
        ['ent', 'dmz'],
        ['dmz', 'ctl'],
      ],
    );
    expect(exposure.get('dmz')).toEqual(['Enterprise']);
    expect(exposure.get('ctl')).toEqual([]);
    expect(exposure.get('ent')).toEqual(['Enterprise']);
  });

  it('ranks severity, SL-T, exposure, legacy and a fix into one number with its reasons', () => {
    const base = {
      verdict: 'affected' as const,
      maxCvssV3: 9.8,
      maxCvssV4: null,
      zoneSlT: 3,
      exposedVia: ['Enterprise'],
      legacy: true,
      fixAvailable: true,
      remediations: ['vendor_fix'],
    };
    const top = vulnerabilityPriority(base);
    expect(top.factors).toEqual(['CVSS 9.8', 'zone SL-T 3', 'reachable from Enterprise', 'legacy', 'fix available']);
    expect(vulnerabilityPriority({ ...base, exposedVia: [] }).priority).toBeLessThan(top.priority);
    expect(vulnerabilityPriority({ ...base, verdict: 'review' }).priority).toBeLessThan(top.priority);
    expect(vulnerabilityPriority({ ...base, maxCvssV3: null }).factors[0]).toMatch(/no CVSS/);
  });
});

forEachDialect('vulnerabilities API', (ctx) => {
  const { call, seed } = useApp(ctx);

  async function setup(): Promise<void> {
    await seed();
    const up = await call(
      'POST',
      '/api/v1/advisories',
      testCsafBytes({ vendor: 'Example Controls', product: 'Example PLC 9000' }),
      json,
    );
    expect(up.status, up.text).toBe(201);
    const asset = await call('POST', '/api/v1/sites/plant/assets', {
      id: 'plc-9',
      name: 'PLC 9',
      type: 'plc',
      zone: 'z-dmz',
      vendor: 'Example Controls GmbH',
      model: 'Example PLC 9000',
      firmware: '2.3.0',
      legacy: true,
    });
    expect(asset.status, asset.text).toBe(201);
  }

  it('lists the matched advisory with its verdict, reason and priority factors', async () => {
    await setup();
    const res = await call('GET', '/api/v1/sites/plant/vulnerabilities');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      advisoryCount: 1,
      assetCount: 3,
      counts: { affected: 1, review: 0, untriaged: 1, closed: 0 },
    });
    expect(res.body.findings).toHaveLength(1);
    const f = res.body.findings[0];
    expect(f).toMatchObject({
      assetId: 'plc-9',
      zoneId: 'z-dmz',
      zoneSlT: 2,
      legacy: true,
      advisoryKey: KEY,
      trackingId: 'EXA-2024-001',
      verdict: 'affected',
      status: 'open',
      cves: ['CVE-2024-0001'],
      maxCvssV3: 9.8,
      fixAvailable: true,
      fixedIn: ['2.4.1'],
      triage: null,
    });
    expect(f.reason).toMatch(/2\.3\.0 is within < 2\.4\.1/);
    expect(f.priorityFactors).toEqual(expect.arrayContaining(['CVSS 9.8', 'zone SL-T 2', 'legacy', 'fix available']));
    expect(f.advisoryId).toMatch(/[0-9a-f-]{36}/);
  });

  it('stores triage with owner, due date and links, audits it, and closes the finding once the firmware is fixed', async () => {
    await setup();
    const body = {
      assetId: 'plc-9',
      advisoryKey: KEY,
      decision: 'now',
      owner: 'OT lead',
      due: '2026-12-31',
      note: 'next outage',
      compensatingControlId: 'cc-1',
      roadmapActionId: null,
    };
    const put = await call('PUT', '/api/v1/sites/plant/vulnerabilities/triage', body);
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({
      decision: 'now',
      owner: 'OT lead',
      due: '2026-12-31',
      compensatingControlId: 'cc-1',
    });
    const list = await call('GET', '/api/v1/sites/plant/vulnerabilities');
    expect(list.body.counts).toMatchObject({ now: 1, untriaged: 0 });
    expect(list.body.findings[0].triage).toMatchObject({ decision: 'now', note: 'next outage' });
    const audit = await call('GET', '/api/v1/audit?site=plant&action=vulnerability.triage');
    expect(audit.status).toBe(200);
    expect(JSON.stringify(audit.body)).toContain('vulnerability.triage');

    // The firmware moves past the fix: the finding closes (it was triaged, so it stays visible).
    const upd = await call('PATCH', '/api/v1/sites/plant/assets/plc-9', { firmware: '2.4.1' });
    expect(upd.status, upd.text).toBe(200);
    const after = await call('GET', '/api/v1/sites/plant/vulnerabilities');
    expect(after.body.counts).toMatchObject({ affected: 0, closed: 1 });
    expect(after.body.findings[0]).toMatchObject({ status: 'closed', verdict: 'not-affected' });

    const portfolio = await call('GET', '/api/v1/vulnerabilities');
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.sites).toEqual([expect.objectContaining({ siteId: 'plant', affected: 0, closed: 1 })]);
  });

  it('refuses bad triage input with stable codes and writes nothing', async () => {
    await setup();
    const base = { assetId: 'plc-9', advisoryKey: KEY, decision: 'next' };
    const cases: [object, number, string][] = [
      [{ ...base, decision: 'later' }, 400, 'C981_ERR_VALIDATION'],
      [{ ...base, due: '2026-13-45' }, 400, 'C981_ERR_VALIDATION'],
      [{ ...base, assetId: 'nope' }, 404, 'C981_ERR_NOT_FOUND'],
      [{ ...base, advisoryKey: 'x#y' }, 404, 'C981_ERR_NOT_FOUND'],
      [{ ...base, compensatingControlId: 'cc-none' }, 400, 'C981_ERR_VALIDATION'],
      [{ ...base, extra: 1 }, 400, 'C981_ERR_VALIDATION'],
    ];
    for (const [body, status, code] of cases) {
      const res = await call('PUT', '/api/v1/sites/plant/vulnerabilities/triage', body);
      expect([res.status, res.body?.error?.code], JSON.stringify(body)).toEqual([status, code]);
    }
    const list = await call('GET', '/api/v1/sites/plant/vulnerabilities');
    expect(list.body.findings[0].triage).toBeNull();
  });

  it('lets assessors triage, viewers only read, and hides sites the caller cannot read', async () => {
    await setup();
    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    const assessor = await buildUser(ctx.db, { plant: 'assessor' });
    const stranger = await buildUser(ctx.db, {});
    const body = { assetId: 'plc-9', advisoryKey: KEY, decision: 'never', note: 'isolated' };
    const as = (t: string) => ({ authorization: `Bearer ${t}` });
    expect((await call('GET', '/api/v1/sites/plant/vulnerabilities', undefined, as(viewer.token))).status).toBe(200);
    expect((await call('PUT', '/api/v1/sites/plant/vulnerabilities/triage', body, as(viewer.token))).status).toBe(403);
    expect((await call('PUT', '/api/v1/sites/plant/vulnerabilities/triage', body, as(assessor.token))).status).toBe(
      200,
    );
    expect((await call('GET', '/api/v1/sites/plant/vulnerabilities', undefined, as(stranger.token))).status).toBe(404);
    expect((await call('GET', '/api/v1/vulnerabilities', undefined, as(stranger.token))).body.sites).toEqual([]);
    expect((await call('GET', '/api/v1/vulnerabilities', undefined, { authorization: '' })).status).toBe(401);
  });
});
