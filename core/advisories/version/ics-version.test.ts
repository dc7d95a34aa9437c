import { describe, expect, it } from 'vitest';
import { compareIcsVersions, hasUnknownWords, isOnLine, parseIcsVersion, type IcsVersion } from './ics-version.js';

function v(text: string): IcsVersion {
  const r = parseIcsVersion(text);
  if (!r) throw new Error(`not a version: ${text}`);
  return r;
}
const cmp = (a: string, b: string) => Math.sign(compareIcsVersions(v(a), v(b)));

/** Asserts a < b < c … strictly, pairwise over the whole chain. */
function expectAscending(chain: string[]): void {
  for (let i = 0; i < chain.length; i++)
    for (let j = i + 1; j < chain.length; j++) expect(cmp(chain[i]!, chain[j]!), `${chain[i]} < ${chain[j]}`).toBe(-1);
}

describe('parseIcsVersion', () => {
  it('strips vendor prefixes', () => {
    for (const [text, parts] of [
      ['V2.7', [2, 7]],
      ['v36.011', [36, 11]],
      ['SV3.51', [3, 51]],
      ['R6.03.10', [6, 3, 10]],
      ['FW19', [19]],
      ['MX-V4.1.4.11', [4, 1, 4, 11]],
      ['Version 1.27', [1, 27]],
      ['Firmware 2.26.2.4', [2, 26, 2, 4]],
      ['4.8.488.0', [4, 8, 488, 0]],
    ] as const)
      expect(v(text).parts, text).toEqual(parts);
  });

  it('encodes qualifiers as tagged segments', () => {
    expect(v('V14 SP1 Update 14').parts).toEqual([14, 'sp', 1, 'update', 14]);
    expect(v('V15.1 Upd 4').parts).toEqual(v('V15.1 Update 4').parts);
    expect(v('V4.1_Update_2').parts).toEqual([4, 1, 'update', 2]);
    expect(v('R511.5_TCU4_HF4').parts).toEqual([511, 5, 'tcu', 4, 'hf', 4]);
    expect(v('2020 R2 P01').parts).toEqual([2020, 'r', 2, 'p', 1]);
    expect(v('1.04E').parts).toEqual([1, 4, 'letter', 5]);
    expect(v('1.9-40').parts).toEqual([1, 9, 'num', 40]);
    expect(v('3.8.0_Feature_Pack_1').parts).toEqual([3, 8, 0, 'fp', 1]);
    expect(v('9.4 FP2 Hotfix 5').parts).toEqual([9, 4, 'fp', 2, 'hf', 5]);
  });

  it('reads dates as [yyyy, mm, dd]', () => {
    expect(v('November 11, 2017').parts).toEqual([2017, 11, 11]);
    expect(v('2017-11-11').parts).toEqual([2017, 11, 11]);
    expect(cmp('November 11, 2017', '2017-11-11')).toBe(0);
  });

  it('returns null when nothing is version-like', () => {
    for (const text of ['', '   ', 'S7-1211', 'PM554-TP-ETH', 'M221', 'KNX IP', 'vers:all/*', '…', 'x'.repeat(10000)])
      expect(parseIcsVersion(text), text).toBeNull();
  });

  it('flags unknown words', () => {
    expect(hasUnknownWords(v('3.1 C++ / Matlab'))).toBe(true);
    expect(hasUnknownWords(v('V14 SP1 Update 14'))).toBe(false);
  });
});

describe('compareIcsVersions', () => {
  it('compares segment-wise and numerically', () => {
    expectAscending(['1.9', '1.10']);
    expectAscending(['V8.18.9', 'V8.18.12']);
    expectAscending(['2.06.9', '2.06.10']);
    expect(cmp('V2', 'V2.0')).toBe(0);
    expect(cmp('01.002.0003', '1.2.3')).toBe(0);
  });

  it('orders service packs, updates and hotfixes after their base', () => {
    expectAscending(['V14', 'V14 SP1', 'V14 SP1 Update 14', 'V14 SP2', 'V15']);
    expectAscending(['V15.1', 'V15.1 Upd 4', 'V15.1 Update 8', 'V15.2']);
    expect(cmp('V15.1 Upd 4', 'V15.1 Update 4')).toBe(0);
    expectAscending(['V4.93', 'V4.93 HF7', 'V4.94']);
    expectAscending(['2014 R2', '2020', '2020 R2', '2020 R2 P01', '2021']);
    expectAscending([
      'R510.2',
      'R510.2_HF14',
      'R510.2_HF15',
      'R511.5',
      'R511.5_TCU4',
      'R511.5_TCU4_HF4',
      'R520.1_TCU5',
    ]);
    expectAscending(['V4.1', 'V4.1_Update_2', 'V4.1 SP10 HF3']);
  });

  it('treats letters as minor steps and Linux releases as post-releases', () => {
    expectAscending(['1.04', '1.04D', '1.04E', '1.05']);
    expectAscending(['1.275M', '1.290C']);
    expectAscending(['1.9', '1.9-40', '1.9.1']);
    expectAscending(['03A01', '03A02', '03B01']);
    expectAscending(['MX-V4.0.2.33', 'MX-V4.0.2.33.r2', 'MX-V4.0.4.18']);
  });

  it('orders pre-releases before their release (the conservative side of "< 1.2")', () => {
    expectAscending(['1.1', '1.2alpha', '1.2beta', '1.2rc1', '1.2']);
  });
});

// ~60 real version strings from the corpus (icsa-17-117-01b … icsa-26-050-01).
const REAL = [
  '1.27',
  '4.06',
  '3.63',
  '5.23',
  '03A02',
  '1.25',
  '6.02',
  '6.05',
  '5.83',
  '5.92',
  '2.30',
  '1.71',
  '3.1 Build 4022.4',
  '2.11 R3 2259',
  'R6.03.10',
  'R3.09.50',
  'R3.75.00',
  '1.8.29',
  'November 11, 2017',
  '3.0.2',
  '8.0',
  '01.07.13(10)',
  '02.05.23(08)',
  'V2.7',
  'V15.1 Upd 4',
  'V15.1 Update 4',
  'V5.1.3',
  'V14 SP1 Update 14',
  'V1.1.0',
  'V2.6.1',
  'V3.15 P018',
  'V1.0 SP1',
  'V14 SP2',
  '6.9.4.11',
  'SR540',
  'V02.00.12',
  '02.00.18',
  'V4.1 SP10 HF3',
  'V4.93 HF7',
  'V4.94 HF5',
  '2014 R2',
  '2020',
  '2020 R2',
  '2020 R2 P01',
  '13.00.00',
  'V1.6 Upd6',
  'V2020 SP1 Update 1',
  'V17 Update 5',
  'V5.7 HF4',
  '1.49',
  '3.3 SP2',
  '2.1 SP2',
  'SV3.51',
  '3.5.19.20',
  '4.8.488.0',
  '1.9-40',
  '2.26.2.4',
  'FW19',
  'FW26',
  '1.275M',
  '1.290C',
  '1.04E',
  '1.006_',
  'R510.2_HF14',
  'R511.5_TCU4_HF4',
  'R520.1_TCU5',
  'R162.10',
  '3.8.0_Feature_Pack_1',
  'V28',
  'v5.007',
  'V10.006',
  'MX-V4.0.2.33.r2',
  'MX-V4.7.2.35-r1',
  'V4.1_Update_2',
  'V3.0_SP3',
  '8.1.1.3',
  '1.1.13',
  '4.60.009',
  'V2',
  'V2.0',
];

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('compareIcsVersions is a total order over real strings', () => {
  const parsed = REAL.map(v);

  it('is antisymmetric and reflexive', () => {
    for (const a of parsed) {
      expect(compareIcsVersions(a, a)).toBe(0);
      for (const b of parsed)
        expect(Math.sign(compareIcsVersions(a, b))).toBe(-Math.sign(compareIcsVersions(b, a)) || 0);
    }
  });

  it('is transitive', () => {
    for (const a of parsed)
      for (const b of parsed) {
        if (compareIcsVersions(a, b) > 0) continue;
        for (const c of parsed)
          if (compareIcsVersions(b, c) <= 0)
            expect(compareIcsVersions(a, c), `${a.raw} ${b.raw} ${c.raw}`).toBeLessThanOrEqual(0);
      }
  });

  it('sorts every random permutation into the same order', () => {
    // Equal versions (V2, V2.0) may swap places, so compare position by position with the comparator.
    const reference = [...parsed].sort(compareIcsVersions);
    for (let seed = 1; seed <= 50; seed++) {
      const sorted = shuffle(parsed, seed).sort(compareIcsVersions);
      sorted.forEach((x, i) => expect(compareIcsVersions(x, reference[i]!), `${x.raw} at ${i}`).toBe(0));
    }
  });
});

describe('isOnLine', () => {
  it('tells whether a version lies on a release line', () => {
    expect(isOnLine(v('V15.1 Update 4'), v('V15'))).toBe(true);
    expect(isOnLine(v('V15.1 Update 4'), v('V15.1'))).toBe(true);
    expect(isOnLine(v('2.06.10'), v('2.06'))).toBe(true);
    expect(isOnLine(v('V15'), v('V15'))).toBe(true);
    expect(isOnLine(v('V15.1'), v('V14'))).toBe(false);
    expect(isOnLine(v('V15.10'), v('V15.1'))).toBe(false);
    expect(isOnLine(v('V14 SP1 Update 3'), v('V14 SP1'))).toBe(true);
    expect(isOnLine(v('V14 SP2'), v('V14 SP1'))).toBe(false);
  });
});

describe('garbage input', () => {
  it('never throws', () => {
    const junk = [
      '',
      '\u0000',
      '💥1.2',
      '1.2💥',
      '...',
      '|||',
      '<><>',
      '1'.repeat(400),
      `V1.${'9'.repeat(30)}`,
      '١٢٣',
      'Ⅻ',
      '\uD800',
    ];
    junk.push('1.0 '.repeat(2500));
    for (const text of junk) {
      const r = parseIcsVersion(text);
      if (r) expect(() => compareIcsVersions(r, v('1.0'))).not.toThrow();
    }
  });
});
