import { describe, expect, it } from 'vitest';
import { compareIcsVersions, parseIcsVersion, type IcsVersion } from './ics-version.js';
import { describeSpec, fixedVersionsOf, parseVersionSpec, specContains } from './version-spec.js';

function v(text: string): IcsVersion {
  const r = parseIcsVersion(text);
  if (!r) throw new Error(`not a version: ${text}`);
  return r;
}

// [advisory file, range text as written, expected describeSpec (null = unparsed), versions in, versions out]
type Row = [string, string, string | null, string[], string[]];

const ROWS: Row[] = [
  ['icsa-17-117-01b', 'vers:all/*', 'all versions', ['0.1', 'V99'], []],
  ['icsa-17-117-01b', '< 1.27', '< 1.27', ['1.26', '1.9'], ['1.27', '1.30']],
  ['icsa-17-117-01b', '< 4.06', '< 4.06', ['4.05'], ['4.06']],
  ['icsa-17-117-01b', '3.63', '3.63', ['3.63', '3.63.0'], ['3.62', '3.630']],
  ['icsa-17-117-01b', '< 03A02', '< 03A02', ['03A01', '02B09'], ['03A02', '03B01']],
  ['icsa-17-117-01b', '>= 6.02 | <= 6.05', '>= 6.02 and <= 6.05', ['6.02', '6.04', '6.05'], ['6.01', '6.06']],
  ['icsa-17-117-01b', '6.02 (excluding Version 5.83 Version 5.92 and all subsequent minor releases)', null, [], []],
  ['icsa-17-117-01b', '< 2.30', '< 2.30', ['2.29', '2.3'], ['2.30']],
  ['icsa-18-081-02', '<=3.1 Build 4022.4', '<= 3.1 Build 4022.4', ['3.1 Build 4022.3', '3.0'], ['3.1 Build 4024']],
  ['icsa-18-081-02', '<=2.11 R3 2259', '<= 2.11 R3 2259', ['2.11 R3 2258', '2.11'], ['2.11 R3 2260', '2.12']],
  ['icsa-18-081-02', '<=3.1 C++ / Matlab (TC1210/TC1220/TC1300/TC1320)', null, [], []],
  ['icsa-18-102-01', '<= R6.03.10', '<= R6.03.10', ['R6.03.10', 'R6.3.9'], ['R6.03.11', 'R6.4']],
  ['icsa-18-102-01', '<= R3.75.00', '<= R3.75.00', ['R3.75'], ['R3.75.01']],
  ['icsa-18-116-02', '<=1.8.29', '<= 1.8.29', ['1.8.29', '1.8.3'], ['1.8.30', '1.10']],
  ['icsa-18-116-02', '<=November 11, 2017', '<= November 11, 2017', ['2017-11-11', 'October 30, 2017'], ['2017-11-12']],
  ['icsa-18-212-02', '< 3.0.2', '< 3.0.2', ['3.0.1'], ['3.0.2']],
  ['icsa-18-212-02', '<= 8.0', '<= 8.0', ['8', '7.9'], ['8.0.1']],
  ['icsa-18-345-01', 'MLFB 6SR32..-…..-…. with option A30 (HMIs 12 inch or larger)', null, [], []],
  ['icsa-19-106-03', '<= 01.07.13(10)', '<= 01.07.13(10)', ['01.07.13(09)', '01.07.13'], ['01.07.13(11)', '01.07.14']],
  ['icsa-19-106-03', 'S7-1211', null, [], []],
  ['icsa-19-106-03', 'PM554-TP-ETH', null, [], []],
  ['icsa-19-134-09', '< V2.7', '< V2.7', ['V2.6.9'], ['V2.7', 'V2.10']],
  ['icsa-19-134-09', '< V15.1 Upd 4', '< V15.1 Upd 4', ['V15.1', 'V15.1 Update 3', 'V15'], ['V15.1 Update 4', 'V15.2']],
  ['icsa-19-134-09', '< V14 SP1 Update 14', '< V14 SP1 Update 14', ['V14', 'V14 SP1 Update 13'], ['V14 SP2']],
  ['icsa-19-134-09', '>= V2.5 < V2.6.1', '>= V2.5 and < V2.6.1', ['V2.5', 'V2.6'], ['V2.4', 'V2.6.1']],
  [
    'icsa-19-134-09',
    'All versions between V2.5 (including) and V2.7 (excluding)',
    '>= V2.5 and < V2.7',
    ['V2.5'],
    ['V2.7'],
  ],
  ['icsa-19-134-09', '< V3.15 P018', '< V3.15 P018', ['V3.15 P017', 'V3.15'], ['V3.15 P018', 'V3.16']],
  ['icsa-19-134-09', '< V1.0 SP1', '< V1.0 SP1', ['V1.0'], ['V1.0 SP1', 'V1.1']],
  ['icsa-19-211-01', '>=6.5', '>= 6.5', ['6.5', '6.9.4.11'], ['6.4']],
  ['icsa-19-211-01', '>=5.3|<=6.4', '>= 5.3 and <= 6.4', ['5.3', '6.4.0'], ['5.2', '6.4.1', '6.5']],
  ['icsa-19-211-01', '<=2.x', '<= 2.x', ['2.99.1', '1.0'], ['3.0']],
  ['icsa-19-211-01', '>=MCE_3.x_Cert_Edition', null, [], []],
  ['icsa-19-211-01', 'MCE_3.x', null, [], []],
  ['icsa-19-211-01', '6.9.4.11', '6.9.4.11', ['6.9.4.11'], ['6.9.4.12']],
  [
    'icsa-21-194-04',
    '>= V02.00.12 < 02.00.18',
    '>= V02.00.12 and < 02.00.18',
    ['V02.00.12', 'V2.0.17'],
    ['V02.00.11', 'V02.00.18'],
  ],
  [
    'icsa-21-194-04',
    'V04.00.02 and all versions >= V04.00.15 < 04.00.18',
    'V04.00.02 or >= V04.00.15 and < 04.00.18',
    ['V04.00.02', 'V04.00.16'],
    ['V04.00.03', 'V04.00.18'],
  ],
  [
    'icsa-21-194-04',
    '< V4.1 SP10 HF3',
    '< V4.1 SP10 HF3',
    ['V4.1 SP10 HF2', 'V4.1 SP9'],
    ['V4.1 SP10 HF3', 'V4.1 SP11'],
  ],
  ['icsa-21-194-04', 'V5.1', 'V5.1', ['V5.1', 'V5.1.0', 'V5.1 SP1'], ['V5.1.1', 'V5.2']],
  ['icsa-21-194-04', '< V4.93 HF7', '< V4.93 HF7', ['V4.93 HF6', 'V4.93'], ['V4.93 HF7', 'V4.94']],
  ['icsa-21-231-01', '< 2014 R2', '< 2014 R2', ['2014', '2012 R2'], ['2014 R2', '2017']],
  ['icsa-21-231-01', '<= 2020', '<= 2020', ['2020', '2017 R2', '2020 R2 P01'], ['2021', '2023']],
  ['icsa-21-231-01', '<= 2020 R2 P01', '<= 2020 R2 P01', ['2020 R2', '2020 R2 P01'], ['2020 R2 P02', '2023']],
  ['icsa-21-231-01', '3.0 and <', '<= 3.0', ['3.0', '2.5'], ['3.1']],
  ['icsa-22-095-01', '<= 13.00.00', '<= 13.00.00', ['13', '12.01'], ['13.00.01']],
  ['icsa-22-095-01', '>=6.0 | <= 6.6.9', '>= 6.0 and <= 6.6.9', ['6.0', '6.6.9'], ['5.9', '6.6.10']],
  ['icsa-22-095-01', '<= 1.2 (for Trusted Controllers)', '<= 1.2', ['1.2'], ['1.3']],
  ['icsa-22-167-14', 'All versions < V1.6 Upd6', '< V1.6 Upd6', ['V1.6 Update 5'], ['V1.6 Update 6']],
  ['icsa-22-167-14', 'vers:all/<V1.7', '< V1.7', ['V1.6'], ['V1.7']],
  ['icsa-22-167-14', 'vers:all/<V2.15.1', '< V2.15.1', ['V2.15', 'V2.9.9'], ['V2.15.1']],
  ['icsa-22-167-14', 'All versions only when running on ROX II < V2.15.1', null, [], []],
  ['icsa-22-167-14', 'vers:all/<V8.7.1.11', '< V8.7.1.11', ['V8.7.1.10'], ['V8.7.1.11']],
  [
    'icsa-22-167-14',
    'vers:all/<V2020 SP1 Update 1',
    '< V2020 SP1 Update 1',
    ['V2020 SP1', 'V2020'],
    ['V2020 SP1 Update 1'],
  ],
  ['icsa-22-167-14', 'All versions < V16 Update 6', '< V16 Update 6', ['V16 Update 5'], ['V16 Update 6', 'V17']],
  ['icsa-22-167-14', 'All versions < V5.7 HF4', '< V5.7 HF4', ['V5.7 HF3', 'V5.6'], ['V5.7 HF4']],
  ['icsa-22-167-14', 'vers:all/<V30.0', '< V30.0', ['V29.9'], ['V30']],
  ['icsa-22-172-05', '2700988', '2700988', ['2700988'], ['2700989']],
  ['icsa-22-179-02', '< 1.30', '< 1.30', ['1.29', '1.3'], ['1.30']],
  ['icsa-22-179-02', '< 1.49 (1.29 for NX7)', '< 1.49', ['1.29', '1.48'], ['1.49']],
  ['icsa-22-333-04', '1.1', '1.1', ['1.1'], ['1.2']],
  ['icsa-22-333-04', '>= 1.3 | <= 1.5', '>= 1.3 and <= 1.5', ['1.3', '1.5'], ['1.2', '1.6']],
  ['icsa-22-333-04', '>= 1.0 | >= 2.4', null, [], []],
  ['icsa-23-026-01', '< 1.01.34', '< 1.01.34', ['1.01.33', '1.01.4'], ['1.01.34']],
  [
    'icsa-23-047-07',
    'All versions < V15.1 Update 8',
    '< V15.1 Update 8',
    ['V15.1 Update 7', 'V15'],
    ['V15.1 Update 8', 'V16'],
  ],
  ['icsa-23-047-07', 'vers:all/<V1.1', '< V1.1', ['V1.0'], ['V1.1']],
  ['icsa-23-068-03', '3.3 SP2 (part of SPR1 2023.0)', '3.3 SP2', ['3.3 SP2'], ['3.3 SP1']],
  ['icsa-23-068-03', '< 3.3 SP1 3.x', null, [], []],
  ['icsa-23-068-03', '< 2.1 SP2', '< 2.1 SP2', ['2.1 SP1'], ['2.1 SP2']],
  ['icsa-23-082-05', 'H5692448 | G104 | G842 | G224L | G630-4 | G451C(2) | G461(2) | comcode 150047415', null, [], []],
  ['icsa-23-082-05', 'NE843_S comcode 150042936', null, [], []],
  ['icsa-23-138-03', '9.4 | FP2  Hotfix 5', null, [], []],
  ['icsa-23-138-03', '10.1.1', '10.1.1', ['10.1.1'], ['10.1.2']],
  ['icsa-23-201-01', '< SV3.51', '< SV3.51', ['SV3.50', '3.5'], ['SV3.51']],
  ['icsa-23-201-01', '< SV4.10', '< SV4.10', ['SV4.9'], ['SV4.10']],
  [
    'icsa-23-236-03',
    '>= 3.5.17.0 | < 3.5.19.20',
    '>= 3.5.17.0 and < 3.5.19.20',
    ['3.5.17', '3.5.19.19'],
    ['3.5.16.9', '3.5.19.20'],
  ],
  ['icsa-23-243-04', '<= 4.8.488.0', '<= 4.8.488.0', ['4.8.488'], ['4.8.489']],
  ['icsa-23-243-04', '<= 1.9-40', '<= 1.9-40', ['1.9-39', '1.9'], ['1.9-41', '1.9.1']],
  ['icsa-23-243-04', '< 2.26.2.4', '< 2.26.2.4', ['2.26.2.3'], ['2.26.2.4']],
  ['icsa-23-325-01', '>FW19_up_to_and_including_FW26', '> FW19 and <= FW26', ['FW20', 'FW26'], ['FW19', 'FW27']],
  ['icsa-23-325-01', '>FW16_up_to_and_including_FW26', '> FW16 and <= FW26', ['FW17'], ['FW16']],
  [
    'icsa-24-004-02',
    '>=1.275M|<1.290C',
    '>= 1.275M and < 1.290C',
    ['1.275M', '1.280A', '1.290B'],
    ['1.275L', '1.290C'],
  ],
  ['icsa-24-004-02', '<=1.04E', '<= 1.04E', ['1.04E', '1.04'], ['1.04F', '1.05']],
  ['icsa-24-004-02', '>=3.05F_Packaged_with_MC_Works64_4.03D', null, [], []],
  ['icsa-24-004-02', '<=1.006_', '<= 1.006_', ['1.006'], ['1.007']],
  ['icsa-24-116-04', '<R510.2_HF14', '< R510.2_HF14', ['R510.2_HF13', 'R510.2'], ['R510.2_HF14']],
  [
    'icsa-24-116-04',
    '<R511.5_TCU4_HF4',
    '< R511.5_TCU4_HF4',
    ['R511.5_TCU4_HF3', 'R511.5_TCU3'],
    ['R511.5_TCU4_HF4', 'R511.5_TCU5'],
  ],
  ['icsa-24-116-04', '<R520.1_TCU5', '< R520.1_TCU5', ['R520.1_TCU4_HF9'], ['R520.1_TCU5']],
  ['icsa-24-116-04', '>=R16x|<=R162.10', '>= R16x and <= R162.10', ['R160.1', 'R162.10'], ['R15.9', 'R162.11']],
  ['icsa-24-116-04', 'R15x', 'R15x', ['R150', 'R151.2', 'R159.9'], ['R160', 'R14']],
  ['icsa-24-116-04', 'R210.X', 'R210.X', ['R210.1', 'R210'], ['R211.1']],
  [
    'icsa-24-158-02',
    '<=3.8.0_Feature_Pack_1',
    '<= 3.8.0_Feature_Pack_1',
    ['3.8.0', '3.8.0 FP1'],
    ['3.8.0 FP2', '3.8.1'],
  ],
  ['icsa-24-214-09', 'V28', 'V28', ['V28', 'v28.0', 'V28.011'], ['V27.9', 'V29']],
  ['icsa-24-214-09', 'v5.007', 'v5.007', ['5.7'], ['5.027']],
  ['icsa-24-235-03', 'MX-V4.1.4.11', 'MX-V4.1.4.11', ['MX-V4.1.4.11', '4.1.4.11'], ['MX-V4.1.4.70']],
  ['icsa-24-256-08', 'vers:all/<V0.0.6', '< V0.0.6', ['V0.0.5'], ['V0.0.6']],
  ['icsa-24-256-08', '<V4.1_Update_2', '< V4.1_Update_2', ['V4.1 Update 1', 'V4.1'], ['V4.1 Update 2', 'V4.2']],
  ['icsa-24-256-08', 'All_versions_with_installed_WebRH', null, [], []],
  ['icsa-24-256-08', '<V3.0_SP3', '< V3.0_SP3', ['V3.0 SP2'], ['V3.0 SP3']],
  ['icsa-24-289-02', '<=8.1.1.3', '<= 8.1.1.3', ['8.1.1.3'], ['8.2']],
  ['icsa-25-135-07', 'vers:intdot/<1.1.13', '< 1.1.13', ['1.1.12', '1.1'], ['1.1.13', '1.10']],
  ['icsa-26-050-01', '<=4.60.009', '<= 4.60.009', ['4.60.9', '4.59'], ['4.60.010']],
  ['icsma-21-322-02', 'A.01 <= C.0x | 4.0', null, [], []],
  ['icsma-21-322-02', 'B.02 | C.02 | C.03', null, [], []],
];

describe('parseVersionSpec over real advisory ranges', () => {
  it('has at least 80 rows', () => expect(ROWS.length).toBeGreaterThanOrEqual(80));
  for (const [file, text, described, inside, outside] of ROWS) {
    it(`${file}: ${JSON.stringify(text)}`, () => {
      const spec = parseVersionSpec(text);
      if (described === null) {
        expect(spec.kind).toBe('unparsed');
        expect(specContains(spec, v('1.0'))).toBe('unknown');
        return;
      }
      expect(spec.kind).not.toBe('unparsed');
      expect(spec.text).toBe(text);
      expect(describeSpec(spec)).toBe(described);
      for (const x of inside) expect(specContains(spec, v(x)), `${x} in`).toBe('in');
      for (const x of outside) expect(specContains(spec, v(x)), `${x} out`).toBe('out');
    });
  }
});

describe('parseVersionSpec', () => {
  it('reads "all versions" spellings and vers:none', () => {
    for (const text of ['All versions', 'all versions', '*', 'vers:all/*'])
      expect(parseVersionSpec(text).kind, text).toBe('all');
    const none = parseVersionSpec('vers:none/*');
    expect(none.kind === 'set' && none.intervals.length + none.exact.length).toBe(0);
    expect(specContains(none, v('1.0'))).toBe('out');
  });

  it('reads real vers with several intervals', () => {
    const spec = parseVersionSpec('vers:intdot/>=2.0|<2.4.1|>=3.0|<3.1.2');
    expect(describeSpec(spec)).toBe('>= 2.0 and < 2.4.1 or >= 3.0 and < 3.1.2');
    expect(['2.4', '3.1.1'].map((x) => specContains(spec, v(x)))).toEqual(['in', 'in']);
    expect(['1.9', '2.4.1', '2.9', '3.1.2'].map((x) => specContains(spec, v(x)))).toEqual(['out', 'out', 'out', 'out']);
    expect(fixedVersionsOf(spec).map((x) => x.raw)).toEqual(['2.4.1', '3.1.2']);
  });

  it('reads the prose CISA puts in product names', () => {
    expect(describeSpec(parseVersionSpec('versions prior to Version 1.27'))).toBe('< 1.27');
    expect(describeSpec(parseVersionSpec('Versions 8.0 and prior'))).toBe('<= 8.0');
    expect(describeSpec(parseVersionSpec('2020 R2 P01 and all prior versions'))).toBe('<= 2020 R2 P01');
    expect(describeSpec(parseVersionSpec('v6.0 though v6.6.9'))).toBe('>= v6.0 and <= v6.6.9');
    expect(describeSpec(parseVersionSpec('V1.0 to V2.4'))).toBe('>= V1.0 and <= V2.4');
  });

  it('refuses readings it cannot make safely', () => {
    for (const text of [
      '< 2.x',
      '>= 2.0 <= 1.0',
      '!= 1.0',
      '< 1.0 | < 2.0',
      '>= 1.0 <= 2.0 < 3.0',
      '1.2 (and later)',
      'V1.0 or',
    ])
      expect(parseVersionSpec(text).kind, text).toBe('unparsed');
  });

  it('calls versions with unknown words unknown rather than out', () => {
    const spec = parseVersionSpec('< 2.0');
    expect(specContains(spec, v('3.0 Special Edition'))).toBe('unknown');
    expect(specContains(spec, v('1.0 Special Edition'))).toBe('in');
  });
});

describe('conservative reading of named versions', () => {
  it('lets an inclusive top or exact version cover its own builds, and a bare major its line', () => {
    const contains = (text: string, x: string) => specContains(parseVersionSpec(text), v(x));
    expect(contains('<= 2020 R2', '2020 R2 P01')).toBe('in'); // icsa-21-231-01 title: "2020 R2 and all prior versions"
    expect(contains('<= V4.93', 'V4.93 HF7')).toBe('in');
    expect(contains('< V4.93', 'V4.93 HF7')).toBe('out');
    expect(contains('<= 8.0', '8.0.1')).toBe('out');
    expect(contains('V2', 'V2.001')).toBe('in'); // icsa-24-214-09, Rockwell majors
    expect(contains('1.1', '1.1.1')).toBe('out');
    expect(contains('3.3 SP2 (part of SPR1 2023.0)', '3.3 SP2 HF1')).toBe('in');
  });
});

describe('fixedVersionsOf', () => {
  it('lists exclusive upper bounds only, sorted and unique', () => {
    expect(fixedVersionsOf(parseVersionSpec('All versions < V15.1 Update 8')).map((x) => x.raw)).toEqual([
      'V15.1 Update 8',
    ]);
    expect(fixedVersionsOf(parseVersionSpec('<= 8.1.1.3'))).toEqual([]);
    expect(fixedVersionsOf(parseVersionSpec('<=2.x'))).toEqual([]);
    expect(fixedVersionsOf(parseVersionSpec('vers:all/*'))).toEqual([]);
    expect(fixedVersionsOf(parseVersionSpec('vers:generic/>=1.0|<2.0')).map((x) => x.raw)).toEqual(['2.0']);
    const fixes = fixedVersionsOf(parseVersionSpec('V04.00.02 and all versions >= V04.00.15 < 04.00.18'));
    expect(fixes.map((x) => x.raw)).toEqual(['04.00.18']);
    expect(fixes.every((x, i) => i === 0 || compareIcsVersions(fixes[i - 1]!, x) < 0)).toBe(true);
  });
});

describe('garbage input', () => {
  it('never throws and never claims a version', () => {
    const junk = [
      '',
      ' ',
      '|',
      '||',
      '<',
      '<=',
      '>=|<=',
      '()',
      '(((',
      '💥',
      'vers:',
      'vers:all/',
      'vers:intdot/',
      '<'.repeat(10000),
      '1.'.repeat(5000),
      'a|'.repeat(5000),
      '\u0000<1',
      'All versions < ',
      '<= (1.2)',
      '١.٢',
    ];
    for (const text of junk) {
      const spec = parseVersionSpec(text);
      expect(['unparsed', 'set', 'all']).toContain(spec.kind);
      expect(() => describeSpec(spec)).not.toThrow();
      expect(() => specContains(spec, v('1.0'))).not.toThrow();
    }
    expect(parseVersionSpec('').kind).toBe('unparsed');
    expect(parseVersionSpec('<'.repeat(10000)).kind).toBe('unparsed');
  });
});

describe('fuzzing', () => {
  it('survives random mixtures of version characters quickly', () => {
    const alphabet = [
      '<',
      '>',
      '=',
      '|',
      ' ',
      '.',
      '_',
      '-',
      '(',
      ')',
      'V',
      'x',
      'SP',
      'Update',
      'all versions',
      'and',
      '1',
      '2',
      '10',
      'R',
      ':',
      '💥',
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const started = Date.now();
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      const spec = parseVersionSpec(text);
      expect(() => specContains(spec, v('1.2'))).not.toThrow();
      expect(typeof describeSpec(spec)).toBe('string');
    }
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
