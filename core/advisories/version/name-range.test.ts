import { describe, expect, it } from 'vitest';
import { parseIcsVersion, type IcsVersion } from './ics-version.js';
import { fixedOnOwnBranch, splitNameAndRange, splitProductLine, versionsInFixText } from './name-range.js';
import { describeSpec } from './version-spec.js';

function v(text: string): IcsVersion {
  const r = parseIcsVersion(text);
  if (!r) throw new Error(`not a version: ${text}`);
  return r;
}

describe('splitNameAndRange', () => {
  // [advisory file, product name, expected name, expected describeSpec or null]
  const rows: [string, string, string, string | null][] = [
    ['icsa-23-243-04', 'Digi ConnectPort TS 8/16: < 2.26.2.4', 'Digi ConnectPort TS 8/16', '< 2.26.2.4'],
    ['GCVE-105-2026-009', 'OPCFoundation/UA-LDS-Installers <1.04.420', 'OPCFoundation/UA-LDS-Installers', '< 1.04.420'],
    [
      'icsa-23-047-07',
      'Siemens TIA Multiuser Server V15: All versions < V15.1 Update 8',
      'Siemens TIA Multiuser Server V15',
      '< V15.1 Update 8',
    ],
    ['icsa-17-117-01b', 'MX350 Relay firmware: versions prior to Version 1.27', 'MX350 Relay firmware', '< 1.27'],
    [
      'icsa-17-117-01b',
      'Universal Relay firmware: Version 6.02 to 6.05',
      'Universal Relay firmware',
      '>= 6.02 and <= 6.05',
    ],
    ['icsa-17-117-01b', 'URplus (D90 C90 B95): all versions', 'URplus (D90 C90 B95)', 'all versions'],
    ['icsa-18-081-02', 'TwinCAT: 3.1 Build 4022.4 or prior', 'TwinCAT', '<= 3.1 Build 4022.4'],
    ['icsa-18-102-01', 'CENTUM CS 3000: versions R3.09.50 and prior', 'CENTUM CS 3000', '<= R3.09.50'],
    ['icsa-18-212-02', 'BCPro (BCM): all versions prior to 3.0.2', 'BCPro (BCM)', '< 3.0.2'],
    ['icsa-18-212-02', 'Metasys System: Versions 8.0 and prior', 'Metasys System', '<= 8.0'],
    [
      'icsa-21-231-01',
      'AVEVA System Platform: 2020 R2 P01 and all prior versions',
      'AVEVA System Platform',
      '<= 2020 R2 P01',
    ],
    ['icsa-22-095-01', 'ISaGRAF Workbench: v6.0 though v6.6.9', 'ISaGRAF Workbench', '>= v6.0 and <= v6.6.9'],
    [
      'icsa-22-095-01',
      'Safety Instrumented Systems Workstation: v1.2 and prior (for Trusted Controllers)',
      'Safety Instrumented Systems Workstation',
      '<= v1.2',
    ],
    ['icsa-22-333-04', 'UC Series - UC-8200 Series: V1.0 to V2.4', 'UC Series - UC-8200 Series', '>= V1.0 and <= V2.4'],
    [
      'icsa-23-026-01',
      'CNCSoft: Running ScreenEditor: All versions 1.01.5 and prior',
      'CNCSoft: Running ScreenEditor',
      '<= 1.01.5',
    ],
    ['icsa-23-138-03', 'SYS600: <= 9.4 FP2 Hotfix 5', 'SYS600', '<= 9.4 FP2 Hotfix 5'],
    [
      'icsa-24-214-09',
      'Rockwell Automation ControlLogix 5580 (1756-L8z): V28',
      'Rockwell Automation ControlLogix 5580 (1756-L8z)',
      'V28',
    ],
    ['icsa-19-211-01', 'Wind River VxWorks Cert: vers:all/*', 'Wind River VxWorks Cert', 'all versions'],
    ['icsa-19-106-03', 'WAGO 750-889 Controller: KNX IP', 'WAGO 750-889 Controller: KNX IP', null],
    [
      'icsa-19-106-03',
      'Siemens: 6ES7314-6EH04-0AB0 Simatic S7-314',
      'Siemens: 6ES7314-6EH04-0AB0 Simatic S7-314',
      null,
    ],
    [
      'icsma-21-322-02',
      'Efficia CM Series: Revisions A.01 to C.0x and 4.0',
      'Efficia CM Series: Revisions A.01 to C.0x and 4.0',
      null,
    ],
    [
      'icsa-19-134-09',
      'SIMATIC S7-1500 CPU family (incl. related ET200 CPUs and SIPLUS variants)',
      'SIMATIC S7-1500 CPU family (incl. related ET200 CPUs and SIPLUS variants)',
      null,
    ],
    ['icsa-22-167-14', 'SCALANCE W1750D (JP) (6GK5750-2HX01-1AD0)', 'SCALANCE W1750D (JP) (6GK5750-2HX01-1AD0)', null],
  ];
  for (const [file, input, name, described] of rows)
    it(`${file}: ${input}`, () => {
      const r = splitNameAndRange(input);
      expect(r.name).toBe(name);
      expect(r.spec === null ? null : describeSpec(r.spec)).toBe(described);
    });
});

describe('splitProductLine', () => {
  it('takes an explicit V token at the end of the name as the release line', () => {
    const line = (name: string) => {
      const r = splitProductLine(name);
      return [r.base, r.line?.raw ?? null];
    };
    expect(line('SIMATIC NET PC Software V14')).toEqual(['SIMATIC NET PC Software', 'V14']); // icsa-19-134-09
    expect(line('TIA Project-Server V16')).toEqual(['TIA Project-Server', 'V16']); // icsa-23-047-07
    expect(line('SINUMERIK Operate V4.93')).toEqual(['SINUMERIK Operate', 'V4.93']); // icsa-21-194-04
    expect(line(' SIMATIC Logon V1.6')).toEqual(['SIMATIC Logon', 'V1.6']); // icsa-22-167-14
    expect(line('Totally Integrated Automation Portal (TIA Portal) V17')).toEqual([
      'Totally Integrated Automation Portal (TIA Portal)',
      'V17',
    ]);
    expect(line('SIMATIC WinCC V7.4')).toEqual(['SIMATIC WinCC', 'V7.4']); // icsa-24-256-08
  });

  it('does not mistake model numbers or generations for lines', () => {
    for (const name of [
      'S7-1500',
      'SIMATIC S7-1500',
      'SIMATIC CP 1242-7 V2 (6GK7242-7KX31-0XE0)',
      'RUGGEDCOM RM1224 LTE(4G) EU',
      'Logo! 8',
      'SINUMERIK Integrate for Production 4.1',
      'SINUMERIK Integrate Client 04',
      'V14',
      '',
      'RF600R family',
    ])
      expect(splitProductLine(name).line, name).toBeNull();
  });
});

describe('versionsInFixText', () => {
  const fixes = (text: string) => versionsInFixText(text).map((x) => x.raw);

  it('finds the versions named in real remediation texts', () => {
    expect(fixes('Update to V1.1 or later version')).toEqual(['V1.1']); // icsa-24-256-08
    expect(fixes('Digi ConnectPort TS 8/16: Fixed in firmware version 2.26.2.4')).toEqual(['2.26.2.4']); // icsa-23-243-04
    expect(
      fixes('ControlLogix 5580 (1756-L8z): Update to versions V32.016, V33.015, V34.014,V35.011 and later.'),
    ).toEqual(['V32.016', 'V33.015', 'V34.014', 'V35.011']); // icsa-24-214-09
    expect(fixes('Update to V14 SP1 Update 14 or later version')).toEqual(['V14 SP1 Update 14']); // icsa-19-134-09
    expect(fixes('Update to V15.1 Upd4 or later version')).toEqual(['V15.1 Upd4']); // icsa-19-134-09
    expect(fixes('Update to V3.15 P018 or later version')).toEqual(['V3.15 P018']); // icsa-19-134-09
    expect(fixes('Update SINUMERIK Operate to V4.93 HF7 or update included SINUMERIK Integrate Client')).toEqual([
      'V4.93 HF7',
    ]);
    expect(fixes('Update to OPC UA LDS Installers 1.04.420 or later.')).toEqual(['1.04.420']); // GCVE-105-2026-009
    expect(fixes('SYS600 10.x update to at least SYS600 version 10.2 or apply general mitigation factors.')).toEqual([
      '10.2',
    ]);
    expect(
      fixes(
        'Delta Electronics released an updated version of CNCSoft and recommends users update to v1.01.34 or later.',
      ),
    ).toEqual(['v1.01.34']);
  });

  it('ignores CVE ids, dates, URLs, standards and model numbers', () => {
    expect(
      fixes('See CVE-2021-3711, published 2021-08-24, https://cert-portal.siemens.com/productcert/pdf/ssa-1.2.3.pdf'),
    ).toEqual([]);
    expect(fixes('Use TLS 1.2 as required by IEC 62443-3-3 on the 1756-L8z and 6GK7242-7KX31-0XE0')).toEqual([]);
    expect(fixes('Windows 10 and Server 2016/2019, planned release within Q4 2023.')).toEqual([]);
    expect(fixes('Follow ABB guide 8VZZ000347 Rev 1.2')).toEqual([]);
    expect(fixes('Released on 24.08.2021 (2021.08.24); set the IP address 192.168.0.1')).toEqual([]);
    expect(fixes('')).toEqual([]);
    expect(fixes('x'.repeat(10000) + ' 1.2.3')).toEqual(['1.2.3']);
  });
});

describe('fixedOnOwnBranch', () => {
  const logix = ['V32.016', 'V33.015', 'V34.014', 'V35.011'].map(v); // icsa-24-214-09
  it('judges a version against the fix of its own major', () => {
    expect(fixedOnOwnBranch(v('V33.015'), logix)).toBe('fixed');
    expect(fixedOnOwnBranch(v('V33.016'), logix)).toBe('fixed');
    expect(fixedOnOwnBranch(v('V33.011'), logix)).toBe('not-fixed');
    expect(fixedOnOwnBranch(v('V34.011'), logix)).toBe('not-fixed');
    expect(fixedOnOwnBranch(v('V28'), logix)).toBe('not-fixed');
    expect(fixedOnOwnBranch(v('V36.011'), logix)).toBe('fixed');
    expect(fixedOnOwnBranch(v('V1'), [])).toBe('unknown');
  });

  it('is unsure about a major between branches without its own fix', () => {
    expect(fixedOnOwnBranch(v('V33.5'), ['V32.016', 'V34.014'].map(v))).toBe('unknown');
  });

  it('uses major.minor when one major has several fixes (icsa-21-194-04)', () => {
    const operate = ['V4.8 SP8', 'V4.93 HF7', 'V4.94 HF5'].map(v);
    expect(fixedOnOwnBranch(v('V4.93 HF6'), operate)).toBe('not-fixed');
    expect(fixedOnOwnBranch(v('V4.93 HF7'), operate)).toBe('fixed');
    expect(fixedOnOwnBranch(v('V4.94 HF2'), operate)).toBe('not-fixed');
    expect(fixedOnOwnBranch(v('V4.95'), operate)).toBe('fixed');
    expect(fixedOnOwnBranch(v('V4.7'), operate)).toBe('not-fixed');
  });
});

describe('garbage input', () => {
  it('never throws', () => {
    for (const junk of [
      '',
      ':',
      ': :',
      '💥: <1',
      'a'.repeat(10000),
      ':'.repeat(5000),
      '<'.repeat(5000),
      'V'.repeat(5000),
    ]) {
      expect(() => splitNameAndRange(junk)).not.toThrow();
      expect(() => splitProductLine(junk)).not.toThrow();
      expect(() => versionsInFixText(junk)).not.toThrow();
    }
  });
});
