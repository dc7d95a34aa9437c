// One-line summaries of the detail shapes the server records.
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from './audit-api.js';
import { beforeAfter, summarize } from './audit-summary.js';

const record = (action: string, detail: unknown): AuditRecord => ({
  seq: 1,
  at: '2026-06-01T10:00:00.000Z',
  actor: 'u_1',
  actorKind: 'user',
  sourceIp: null,
  action,
  site: 'basel',
  entity: 'zone',
  entityId: 'z',
  reason: null,
  detail,
  hash: null,
});

describe('audit summaries', () => {
  it('lists changed fields of an update, scalars with their values', () => {
    const detail = {
      before: { id: 'z', name: 'DMZ', slTarget: [1, 1, 1, 1, 1, 1, 1] },
      after: { id: 'z', name: 'Plant DMZ', slTarget: [2, 2, 2, 2, 2, 2, 2] },
    };
    expect(summarize(record('zone.update', detail))).toBe('name: DMZ → Plant DMZ; slTarget');
    expect(beforeAfter(detail)).toMatchObject({ before: detail.before, after: detail.after, rest: {} });
  });

  it('names the e-signature of an approval', () => {
    const detail = {
      before: { id: 'cc' },
      after: { id: 'cc', approvedBy: 'u_2' },
      signature: { printedName: 'Quentin Quality', meaning: 'approved' },
    };
    expect(summarize(record('compensating-control.approve', detail))).toBe(
      'approvedBy: unset → u_2 · e-signed “approved” by Quentin Quality',
    );
  });

  it('counts what an import changed, leaving out kinds without changes', () => {
    const none = { added: 0, changed: 0, removed: 0 };
    const detail = {
      site: 'basel',
      created: false,
      siteChanged: true,
      zones: { added: 1, changed: 2, removed: 0 },
      conduits: none,
      assets: { added: 0, changed: 0, removed: 3 },
      results: none,
      compensatingControls: none,
    };
    expect(summarize(record('site.import', detail))).toBe('site details, zones +1 ~2, assets −3');
  });

  it('summarizes role changes, creates, results and records without detail', () => {
    expect(summarize(record('user.set-site-role', { email: 'a@b.ch', before: null, after: 'viewer' }))).toBe(
      'none → viewer (a@b.ch)',
    );
    expect(summarize(record('user.create', { id: 'u_1', name: 'Ada', email: 'a@b.ch' }))).toBe('created Ada');
    expect(
      summarize(record('results.put', { 'SR 1.1': 'implemented', 'SR 1.2': { status: 'partial' }, 'SR 2.1': null })),
    ).toBe('SR 1.1: implemented; SR 1.2: partial; SR 2.1: removed');
    expect(summarize(record('user.login', null))).toBe('');
  });
});
