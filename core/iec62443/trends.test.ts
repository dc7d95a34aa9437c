import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayZone,
  daySpan,
  daysBetween,
  estateByDay,
  scopeSeries,
  siteDay,
  standingByDay,
  totalGap,
  type HistoryRow,
} from './trends.js';

const row = (scopeId: string, day: string, achieved: number, target: number | null = 2): HistoryRow => ({
  scopeId,
  kind: scopeId.startsWith('c-') ? 'conduit' : 'zone',
  day,
  slTarget: target === null ? null : [target, target, target, target, target, target, target],
  slAchieved: [achieved, achieved, achieved, achieved, achieved, achieved, achieved],
});

describe('site days', () => {
  it("counts a site's days in its own time zone, UTC when it has none or an unknown one", () => {
    const lateUtc = new Date('2026-05-31T22:30:00Z');
    expect(siteDay('Europe/Zurich', lateUtc)).toBe('2026-06-01');
    expect(siteDay('America/Chicago', lateUtc)).toBe('2026-05-31');
    expect(siteDay(null, lateUtc)).toBe('2026-05-31');
    expect(siteDay('Mars/Olympus', lateUtc)).toBe('2026-05-31');
    expect(dayZone('Mars/Olympus')).toBe('UTC');
    expect(dayZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  });

  it('does calendar arithmetic across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daySpan('2026-01-01', '2026-12-31')).toBe(365);
    expect(daySpan('2026-01-02', '2026-01-01')).toBe(0);
  });

  it('adds up the gap over FR 1–7, none without a target', () => {
    expect(totalGap([2, 2, 2, 2, 2, 2, 2], [1, 2, 3, 0, 2, 2, 2])).toBe(3);
    expect(totalGap(null, [0, 0, 0, 0, 0, 0, 0])).toBe(0);
  });
});

describe('scope series', () => {
  it('carries the last values over days without any recording, marked as carried', () => {
    const series = scopeSeries([row('z-a', '2026-05-01', 1), row('z-a', '2026-05-04', 2)], '2026-05-01', '2026-05-05');
    expect(series).toHaveLength(1);
    expect(series[0]?.points.map((p) => [p.day, p.slAchieved[0], p.carried])).toEqual([
      ['2026-05-01', 1, false],
      ['2026-05-02', 1, true],
      ['2026-05-03', 1, true],
      ['2026-05-04', 2, false],
      ['2026-05-05', 2, true],
    ]);
  });

  it('starts from the last recording before the window', () => {
    const series = scopeSeries([row('z-a', '2026-04-20', 3)], '2026-05-01', '2026-05-02');
    expect(series[0]?.points.map((p) => [p.day, p.slAchieved[0], p.carried])).toEqual([
      ['2026-05-01', 3, true],
      ['2026-05-02', 3, true],
    ]);
  });

  it('has no points before a scope existed nor after it was deleted', () => {
    const rows = [
      row('z-a', '2026-05-01', 1),
      row('z-old', '2026-05-01', 2),
      row('z-a', '2026-05-02', 1),
      row('z-new', '2026-05-02', 0, null),
      // 05-03: nothing recorded at all (carry); 05-04: z-old is gone.
      row('z-a', '2026-05-04', 1),
      row('z-new', '2026-05-04', 1, null),
      row('c-ab', '2026-05-04', 1),
    ];
    const series = scopeSeries(rows, '2026-05-01', '2026-05-05');
    const days = Object.fromEntries(series.map((s) => [s.id, s.points.map((p) => p.day.slice(8))]));
    expect(series.map((s) => `${s.kind}:${s.id}`)).toEqual(['zone:z-a', 'zone:z-new', 'zone:z-old', 'conduit:c-ab']);
    expect(days).toEqual({
      'z-a': ['01', '02', '03', '04', '05'],
      'z-old': ['01'],
      'z-new': ['02', '03', '04', '05'],
      'c-ab': ['04', '05'],
    });
    // z-old had no row on 05-02 although the site was recorded: deleted then, and not carried
    // over the unrecorded 05-03 either.
  });

  it('answers nothing for an empty history or a reversed window', () => {
    expect(scopeSeries([], '2026-05-01', '2026-05-02')).toEqual([]);
    expect(scopeSeries([row('z-a', '2026-05-01', 1)], '2026-05-02', '2026-05-01')).toEqual([]);
  });
});

describe('standing against SL-T', () => {
  it('counts zones meeting their target and the mean gap per day, for a site and the estate', () => {
    const site1 = standingByDay(
      scopeSeries(
        [row('z-a', '2026-05-01', 2), row('z-b', '2026-05-01', 1), row('z-c', '2026-05-01', 0, null)],
        '2026-05-01',
        '2026-05-02',
      ),
    );
    // z-a meets SL-T 2; z-b has a gap of 1 in each FR (7); z-c has no target (gap 0, not meeting).
    expect(site1).toEqual([
      { day: '2026-05-01', zones: 3, zonesMeetingTarget: 1, share: 0.333, meanGap: 2.333 },
      { day: '2026-05-02', zones: 3, zonesMeetingTarget: 1, share: 0.333, meanGap: 2.333 },
    ]);
    const site2 = standingByDay(scopeSeries([row('z-x', '2026-05-02', 2)], '2026-05-01', '2026-05-02'));
    expect(estateByDay([site1, site2])).toEqual([
      { day: '2026-05-01', zones: 3, zonesMeetingTarget: 1, share: 0.333, meanGap: 2.333 },
      { day: '2026-05-02', zones: 4, zonesMeetingTarget: 2, share: 0.5, meanGap: 1.75 },
    ]);
  });
});
