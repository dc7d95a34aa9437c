// The Vulnerabilities tab's filters, chips and triage body: what the URL keeps and what is listed.
import { describe, expect, it } from 'vitest';
import { filterFindings, noFix, overdue, stateChip, zonesOf } from './findings-filter.js';
import { finding } from './fixtures.js';
import { validatePortfolioVulnerabilitiesSearch, validateVulnerabilitiesSearch } from './search.js';
import { bodyOf, formOf, formProblems } from './triage-form.js';

const triage = (decision: 'now' | 'next' | 'never' | null, extra = {}) => ({
  decision,
  owner: null,
  due: null,
  note: null,
  compensatingControlId: null,
  roadmapActionId: null,
  updatedAt: '2026-11-20T10:00:00Z',
  updatedBy: 'Ada Assessor',
  ...extra,
});

const FINDINGS = [
  finding(),
  finding({ assetId: 'hmi-1', assetName: 'Operator HMI', verdict: 'review', zoneId: null, zoneName: null }),
  finding({ assetId: 'plc-2', assetName: 'Old PLC', status: 'closed', triage: triage('now') }),
  finding({ assetId: 'plc-4', assetName: 'Spare PLC', triage: triage('never'), cves: ['CVE-2099-0001'] }),
];

describe('vulnerabilities search', () => {
  it('keeps known filters and drops the rest', () => {
    expect(
      validateVulnerabilitiesSearch({
        verdict: 'affected',
        triage: 'untriaged',
        zone: 'bsl-ctl',
        q: 'plc',
        closed: 'true',
      }),
    ).toEqual({ verdict: 'affected', triage: 'untriaged', zone: 'bsl-ctl', q: 'plc', closed: true });
    expect(validateVulnerabilitiesSearch({ verdict: 'bad', triage: 'later', zone: 'Bad Zone!', closed: 'no' })).toEqual(
      {
        verdict: undefined,
        triage: undefined,
        zone: undefined,
        q: undefined,
        closed: undefined,
      },
    );
    expect(validateVulnerabilitiesSearch({ zone: '-' }).zone).toBe('-');
    expect(validatePortfolioVulnerabilitiesSearch({ site: 'basel' })).toEqual({ site: 'basel' });
    expect(validatePortfolioVulnerabilitiesSearch({ site: '../x' })).toEqual({ site: undefined });
  });
});

describe('filterFindings', () => {
  const ids = (search: Parameters<typeof filterFindings>[1]) => filterFindings(FINDINGS, search).map((f) => f.assetId);

  it('hides closed findings unless asked, keeping the API order', () => {
    expect(ids({})).toEqual(['plc-solv-03', 'hmi-1', 'plc-4']);
    expect(ids({ closed: true })).toEqual(['plc-solv-03', 'hmi-1', 'plc-2', 'plc-4']);
  });

  it('filters by verdict, triage decision, zone and words', () => {
    expect(ids({ verdict: 'review' })).toEqual(['hmi-1']);
    expect(ids({ triage: 'untriaged' })).toEqual(['plc-solv-03', 'hmi-1']);
    expect(ids({ triage: 'never' })).toEqual(['plc-4']);
    expect(ids({ triage: 'now', closed: true })).toEqual(['plc-2']);
    expect(ids({ zone: '-' })).toEqual(['hmi-1']);
    expect(ids({ zone: 'bsl-ctl-solv' })).toEqual(['plc-solv-03', 'plc-4']);
    expect(ids({ q: 'cve-2099 spare' })).toEqual(['plc-4']);
    expect(ids({ q: 'icsa-24-214-09 hmi' })).toEqual(['hmi-1']);
  });

  it('lists the zones of the findings, "no zone" last', () => {
    expect(zonesOf(FINDINGS)).toEqual([
      { id: 'bsl-ctl-solv', name: 'Solvent recovery package unit' },
      { id: '-', name: 'no zone' },
    ]);
  });
});

describe('finding words', () => {
  it('colours the verdict: affected red, review amber, closed grey', () => {
    expect(stateChip({ verdict: 'affected', status: 'open' })).toMatchObject({
      label: 'affected',
      className: 'badge danger',
    });
    expect(stateChip({ verdict: 'review', status: 'open' })).toMatchObject({
      label: 'review',
      className: 'badge warn',
    });
    expect(stateChip({ verdict: 'affected', status: 'closed' })).toMatchObject({
      label: 'closed',
      className: 'badge closed',
    });
  });

  it('flags advisories without a fix', () => {
    expect(noFix({ remediations: ['no_fix_planned', 'mitigation'], fixAvailable: false })).toBe(true);
    expect(noFix({ remediations: ['none_available'], fixAvailable: false })).toBe(true);
    expect(noFix({ remediations: ['mitigation'], fixAvailable: false })).toBe(false);
    expect(noFix({ remediations: ['no_fix_planned', 'vendor_fix'], fixAvailable: true })).toBe(false);
  });

  it('marks open Now/Next findings past their due date as overdue', () => {
    expect(overdue(finding({ triage: triage('now', { due: '2026-01-01' }) }), '2026-11-26')).toBe(true);
    expect(overdue(finding({ triage: triage('never', { due: '2026-01-01' }) }), '2026-11-26')).toBe(false);
    expect(overdue(finding({ triage: triage('next', { due: '2027-01-01' }) }), '2026-11-26')).toBe(false);
  });
});

describe('triage form', () => {
  it('starts from the stored triage or the decision picked, and sends empty fields as null', () => {
    const f = finding({ triage: triage('next', { owner: 'OEM', due: '2027-03-01', note: 'with the Q1 shutdown' }) });
    const form = formOf(f, 'now');
    expect(form).toMatchObject({ decision: 'now', owner: 'OEM', due: '2027-03-01', note: 'with the Q1 shutdown' });
    expect(bodyOf(f, { ...form, owner: '  ', note: '' })).toEqual({
      assetId: 'plc-solv-03',
      advisoryKey: 'https://www.cisa.gov#ICSA-24-214-09',
      decision: 'now',
      owner: null,
      due: '2027-03-01',
      note: null,
      compensatingControlId: null,
      roadmapActionId: null,
    });
    expect(formOf(finding()).decision).toBeNull();
    expect(formProblems({ ...form, due: '1/3/2027' })).toEqual(['The due date must be YYYY-MM-DD.']);
  });
});
