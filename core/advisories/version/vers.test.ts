import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDatetime, compareIntdot, parseVers, versContains, versComparatorFor } from './vers.js';

// The official package-url/vers-spec conformance fixtures live in the shared corpus, not in the repo.
const dir = fileURLToPath(new URL('../../../../shared/corpus/csaf/vers-tests/', import.meta.url));
const present = existsSync(dir);
if (!present) console.warn(`vers fixtures not found at ${dir}; skipping the conformance tests`);

interface Fixture {
  description: string;
  test_type: 'parse' | 'equality' | 'comparison' | 'containment';
  input: any;
  expected_output?: any;
  expected_failure?: boolean;
  expected_message?: string;
}

function fixtures(file: string): Fixture[] {
  if (!present) return [];
  return (JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as { tests: Fixture[] }).tests;
}

function runFixture(t: Fixture): void {
  switch (t.test_type) {
    case 'parse': {
      const r = parseVers(t.input);
      if (t.expected_failure) {
        expect(r).toEqual({ ok: false, message: t.expected_message });
        return;
      }
      if (!r.ok) throw new Error(r.message);
      expect(r.range.scheme).toBe(t.expected_output.scheme);
      expect(r.range.constraints.map((c) => [c.comparator, c.version])).toEqual(t.expected_output.version_constraints);
      return;
    }
    case 'equality': {
      const compare = versComparatorFor(t.input.input_type ?? t.input.input_scheme);
      const [a, b] = t.input.versions;
      expect(compare(a, b) === 0).toBe(t.expected_output);
      expect(compare(b, a) === 0).toBe(t.expected_output);
      return;
    }
    case 'comparison': {
      const compare = versComparatorFor(t.input.input_type ?? t.input.input_scheme);
      expect([...t.input.versions].sort(compare)).toEqual(t.expected_output);
      expect([...t.input.versions].reverse().sort(compare)).toEqual(t.expected_output);
      return;
    }
    case 'containment': {
      const r = parseVers(t.input.vers);
      if (!r.ok) throw new Error(r.message);
      expect(versContains(r.range, t.input.version, versComparatorFor(r.range.scheme))).toBe(t.expected_output);
      return;
    }
  }
}

for (const file of [
  'vers_canonical_parse_test.json',
  'intdot_version_cmp_test.json',
  'datetime_version_cmp_test.json',
]) {
  describe(`vers-spec fixtures: ${file}`, () => {
    it.skipIf(!present)('has test cases', () => expect(fixtures(file).length).toBeGreaterThan(0));
    for (const [i, t] of fixtures(file).entries()) it(`#${i} ${t.description}`, () => runFixture(t));
  });
}

describe('parseVers', () => {
  it('accepts vers:all/* and rejects the common vers:all/<V1.7 misuse', () => {
    expect(parseVers('vers:all/*')).toEqual({
      ok: true,
      range: { scheme: 'all', constraints: [{ comparator: '*', version: '' }] },
    });
    expect(parseVers('vers:all/<V1.7')).toEqual({
      ok: false,
      message: 'non-canonical VERS: scheme all permits only "*"',
    });
  });

  it('reads real intdot ranges (icsa-25-135-07)', () => {
    const r = parseVers('vers:intdot/<1.1.13');
    expect(r).toEqual({ ok: true, range: { scheme: 'intdot', constraints: [{ comparator: '<', version: '1.1.13' }] } });
  });

  it('rejects malformed input without throwing', () => {
    expect(parseVers('vers:npm/=1.0')).toEqual({
      ok: false,
      message: 'non-canonical VERS: the equality comparator must be implicit (no leading "=")',
    });
    for (const bad of ['vers:npm/<1.0|<2.0', 'vers:npm/>=1.0|>=2.0', 'vers:npm/1.0|<2.0', 'vers:npm/>1.0|2.0'])
      expect(parseVers(bad), bad).toEqual({ ok: false, message: 'non-canonical VERS: invalid comparator sequence' });
    expect(parseVers('vers:npm/!=0.5|<1.0|!=1.5|>=2.0|<3.0').ok).toBe(true);
    expect(parseVers('vers:generic/1.0%20SP1').ok).toBe(true);
    for (const bad of [
      '',
      'vers:',
      'vers:npm',
      'npm/1.0',
      'vers:NPM/1.0',
      'vers:npm/',
      'vers:npm/>=',
      'vers:npm/1|1',
      'vers:npm/*|1',
      'vers:npm/<<1',
    ])
      expect(parseVers(bad).ok, bad).toBe(false);
    expect(parseVers('vers:npm/' + '1.'.repeat(5000) + '1').ok).toBe(true);
  });
});

describe('versContains', () => {
  const contains = (vers: string, v: string) => {
    const r = parseVers(vers);
    if (!r.ok) throw new Error(r.message);
    return versContains(r.range, v, versComparatorFor(r.range.scheme));
  };

  it('follows the spec algorithm for several intervals and single bounds', () => {
    const vers = 'vers:intdot/>=1.0|<=1.7.5|>=7.0|<7.0.8';
    expect(['1.0', '1.7.5', '7.0.7'].map((v) => contains(vers, v))).toEqual([true, true, true]);
    expect(['0.9', '1.7.6', '6.9', '7.0.8'].map((v) => contains(vers, v))).toEqual([false, false, false, false]);
    expect(contains('vers:intdot/<1.1.13', '1.1.12')).toBe(true);
    expect(contains('vers:intdot/<1.1.13', '1.1.13')).toBe(false);
    expect(contains('vers:intdot/>=2.0', '10.0')).toBe(true);
    expect(contains('vers:intdot/1.2|1.4', '1.4.0')).toBe(true);
    expect(contains('vers:intdot/!=1.2', '1.3')).toBe(true);
    expect(contains('vers:intdot/!=1.2', '1.2')).toBe(false);
    expect(contains('vers:all/*', 'anything')).toBe(true);
  });
});

describe('comparators', () => {
  it('intdot compares huge segments exactly and ignores suffixes', () => {
    expect(compareIntdot('1.99999999999999999999', '1.99999999999999999998')).toBe(1);
    expect(compareIntdot('2.0', '2')).toBe(0);
    expect(compareIntdot('', '0')).toBe(0);
  });

  it('datetime orders by instant and falls back to text for non-RFC 3339 input', () => {
    expect(compareDatetime('2024-01-01T00:00:00.5Z', '2024-01-01T00:00:00.50Z')).toBe(0);
    expect(compareDatetime('2024-01-01T01:00:00+01:00', '2024-01-01T00:00:00Z')).toBe(0);
    expect(compareDatetime('b', 'a')).toBe(1);
  });
});
