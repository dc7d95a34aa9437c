import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LOCAL_ACTOR } from '../../actor.js';
import { forEachDialect } from '../../../test/dialects.js';
import { buildFile, buildSite } from '../../../test/factories.js';
import { AppError } from '../../errors.js';
import { canonicalSite } from '../../../core/sitefile/canonical.js';
import { siteFileText } from './site-file-writer.js';
import { createRisk } from '../risks/risks.service.js';
import { exportSites, exportText, importSiteDoc, importSiteText } from './site-files.service.js';

const auditCount = async (db: Parameters<typeof exportSites>[0]) =>
  Number(
    (
      await db.kysely
        .selectFrom('audit_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

forEachDialect('site-file import and export', (ctx) => {
  it('imports a file and exports it in canonical form', async () => {
    const result = await importSiteText(ctx.db, LOCAL_ACTOR, stringify(buildFile()), 'estate.yaml');
    expect(result.sites[0]).toMatchObject({ site: 'plant', created: true, assets: { added: 2 }, zones: { added: 2 } });
    const out = await exportSites(ctx.db, ['plant']);
    const site = out.sites[0];
    expect(out.organization).toBe('Test Org');
    // Canonical: vectors expanded, entities sorted by id, defaults written.
    expect(site?.zones?.map((z) => [z.id, z.slTarget])).toEqual([
      ['z-control', [2, 2, 2, 2, 2, 2, 2]],
      ['z-dmz', [1, 2, 2, 1, 2, 1, 1]],
    ]);
    expect(site?.assets?.map((a) => a.id)).toEqual(['hmi-1', 'plc-1']);
    expect(site?.regulated).toBe(false);
    expect(site?.assessments?.[0]?.results['SR 1.2']).toEqual({ status: 'partial', note: 'shared account' });
  });

  it('round-trips export → import → export byte for byte, in YAML and JSON', async () => {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    for (const format of ['yaml', 'json'] as const) {
      const first = await exportText(ctx.db, undefined, format);
      expect(first).toBe(await siteFileText(await exportSites(ctx.db, undefined), format));
      const again = await importSiteText(ctx.db, LOCAL_ACTOR, first, `export.${format}`);
      expect(again.sites).toEqual([]);
      expect(await exportText(ctx.db, undefined, format)).toBe(first);
    }
  });

  it('is idempotent: a second import of the same file changes and records nothing', async () => {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    const before = await auditCount(ctx.db);
    const result = await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    expect(result).toEqual({ sites: [], unchanged: ['plant'] });
    expect(await auditCount(ctx.db)).toBe(before);
  });

  it('makes a named site equal to an edited file and leaves other sites alone', async () => {
    const other = buildSite({
      id: 'other',
      name: 'Other',
      conduits: [],
      assessments: [],
      compensatingControls: [],
      assets: [],
      zones: [{ id: 'o', name: 'O', kind: 'control' }],
    });
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([buildSite(), other]));
    const edited = buildSite({
      assets: [
        { id: 'plc-1', name: 'PLC 1 renamed', type: 'plc', zone: 'z-dmz' },
        { id: 'plc-2', name: 'New PLC', type: 'plc' },
      ],
      compensatingControls: [],
      assessments: [{ scope: 'z-control', results: { 'SR 1.1': 'planned' } }],
    });
    const result = await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([edited]));
    expect(result.sites[0]).toMatchObject({
      assets: { added: 1, changed: 1, removed: 1 },
      results: { added: 0, changed: 1, removed: 1 },
      compensatingControls: { removed: 1 },
      zones: { added: 0, changed: 0, removed: 0, ids: { added: [], changed: [], removed: [] } },
    });
    // The report names what changes (results as "scope requirement").
    expect(result.sites[0]?.assets.ids).toEqual({
      added: ['plc-2'],
      changed: ['plc-1'],
      removed: [expect.any(String)],
    });
    expect(result.sites[0]?.results.ids.changed).toEqual(['z-control SR 1.1']);
    const out = await exportSites(ctx.db, undefined);
    expect(out.sites.map((s) => s.id)).toEqual(['other', 'plant']);
    const plant = out.sites[1];
    expect(plant?.assets?.map((a) => [a.id, a.name, a.zone])).toEqual([
      ['plc-1', 'PLC 1 renamed', 'z-dmz'],
      ['plc-2', 'New PLC', undefined],
    ]);
    expect(plant?.assessments).toEqual([{ scope: 'z-control', results: { 'SR 1.1': 'planned' } }]);
  });

  it('removes zones the file no longer has, with what hung off them', async () => {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    const smaller = buildSite({ zones: [{ id: 'z-control', name: 'Control', kind: 'control' }], conduits: [] });
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([smaller]));
    const site = (await exportSites(ctx.db, ['plant'])).sites[0];
    expect(site?.zones?.map((z) => z.id)).toEqual(['z-control']);
    expect(site?.conduits).toEqual([]);
  });

  it('refuses to remove a zone that threat scenarios target, and writes nothing', async () => {
    await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile());
    await createRisk(ctx.db, LOCAL_ACTOR, 'plant', {
      id: 'r-1',
      title: 'Ransomware in the DMZ',
      target: { kind: 'zone', id: 'z-dmz' },
      threatSource: { name: 'Crew', kind: 'criminal' },
      vector: 'network',
      affectedFrs: [1],
      consequence: { 'production-financial': 4 },
      likelihood: 4,
    });
    const before = await auditCount(ctx.db);
    const smaller = buildSite({ zones: [{ id: 'z-control', name: 'Control', kind: 'control' }], conduits: [] });
    await expect(importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([smaller]))).rejects.toMatchObject({
      code: 'C981_ERR_IN_USE',
      message: expect.stringContaining('r-1'),
    });
    const site = (await exportSites(ctx.db, ['plant'])).sites[0];
    expect(site?.zones?.map((z) => z.id)).toEqual(['z-control', 'z-dmz']);
    expect(await auditCount(ctx.db)).toBe(before);
  });

  it('writes nothing when a file is invalid', async () => {
    const bad = JSON.stringify(buildFile([buildSite({ conduits: [{ id: 'c', zones: ['z-control', 'missing'] }] })]));
    await expect(importSiteText(ctx.db, LOCAL_ACTOR, bad, 'bad.json')).rejects.toMatchObject({
      code: 'C981_ERR_VALIDATION',
    });
    expect(await ctx.db.kysely.selectFrom('sites').selectAll().execute()).toEqual([]);
    expect(await auditCount(ctx.db)).toBe(0);
  });

  it('rolls back every site when a later site fails (regulated site without a reason)', async () => {
    const regulated = buildSite({ id: 'gxp', name: 'GxP plant', regulated: true });
    const err = await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([buildSite(), regulated])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('C981_ERR_REASON_REQUIRED');
    expect(await ctx.db.kysely.selectFrom('sites').selectAll().execute()).toEqual([]);
    expect(await ctx.db.kysely.selectFrom('assets').selectAll().execute()).toEqual([]);
    const ok = await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile([buildSite(), regulated]), {
      reason: 'initial model (CR-12)',
    });
    expect(ok.sites.map((s) => s.site)).toEqual(['plant', 'gxp']);
    const audit = await ctx.db.kysely.selectFrom('audit_events').selectAll().where('site_id', '=', 'gxp').execute();
    expect(audit[0]?.reason).toBe('initial model (CR-12)');
  });

  it('dry run reports the changes and saves nothing', async () => {
    const result = await importSiteDoc(ctx.db, LOCAL_ACTOR, buildFile(), { dryRun: true });
    expect(result.sites[0]?.created).toBe(true);
    expect(await ctx.db.kysely.selectFrom('sites').selectAll().execute()).toEqual([]);
  });

  it('answers not found for an unknown site on export', async () => {
    await expect(exportSites(ctx.db, ['nope'])).rejects.toMatchObject({ code: 'C981_ERR_NOT_FOUND' });
  });
});

describe('site-file writer', () => {
  it('quotes strings YAML would read as numbers', async () => {
    const text = await siteFileText(
      buildFile([
        canonicalSite(
          buildSite({ assets: [{ id: 'a', name: 'A', type: 'plc', firmware: '2.10' }], compensatingControls: [] }),
        ),
      ]),
      'yaml',
    );
    expect(text).toMatch(/firmware: "2\.10"/);
    expect(text).toMatch(/slTarget: \[2, 2, 2, 2, 2, 2, 2\]/);
  });
});
