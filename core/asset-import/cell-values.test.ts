// Cell conversions: addresses, booleans, dates (Excel serials included), ids and slugs.
import { describe, expect, it } from 'vitest';
import { booleanOf, criticalityOf, dateOf, dateOfSerial, idOf, macOf, slugOf, splitList } from './cell-values.js';
import { assetTypeOf, componentClassOf, lifecycleOf } from './vocabulary-words.js';

describe('cell values', () => {
  it('splits several addresses in one cell on semicolons, commas and whitespace', () => {
    expect(splitList('10.0.0.1; 10.0.0.2,10.0.0.3\n10.0.0.4  10.0.0.1')).toEqual([
      '10.0.0.1',
      '10.0.0.2',
      '10.0.0.3',
      '10.0.0.4',
    ]);
  });

  it('writes MAC addresses lowercase with colons, whatever the separator', () => {
    for (const mac of ['00-1B-1B-12-34-56', '00:1b:1b:12:34:56', '001B1B123456', '001b.1b12.3456'])
      expect(macOf(mac)).toBe('00:1b:1b:12:34:56');
    // Not a MAC: left for validation to name.
    expect(macOf('00:1b')).toBe('00:1b');
  });

  it('reads yes/no, true/false, x, 1 and 0', () => {
    expect(['yes', 'Y', 'TRUE', 'x', '1', 1, true].map((c) => booleanOf(c).value)).toEqual(Array(7).fill(true));
    expect(['no', 'N', 'false', '0', 0, false].map((c) => booleanOf(c).value)).toEqual(Array(6).fill(false));
    expect(booleanOf('maybe').error).toBe('"maybe" is not yes or no (write yes, no, true, false, x, 1 or 0)');
  });

  it('reads criticality 1–5', () => {
    expect(criticalityOf('3').value).toBe(3);
    expect(criticalityOf(5).value).toBe(5);
    expect(criticalityOf('high').error).toBe('criticality is a whole number from 1 to 5; got "high"');
    expect(criticalityOf('7').error).toBe('criticality is a whole number from 1 to 5; got "7"');
  });

  it('turns Excel date serials into ISO dates and timestamps (UTC)', () => {
    expect(dateOfSerial(45658)).toBe('2025-01-01');
    expect(dateOfSerial(45658.5)).toBe('2025-01-01T12:00:00Z');
    expect(dateOf(45658).value).toBe('2025-01-01');
    expect(dateOf('45658').value).toBe('2025-01-01');
    expect(dateOf('45658.25').value).toBe('2025-01-01T06:00:00Z');
  });

  it('reads ISO dates, timestamps with or without a zone, and day.month.year', () => {
    expect(dateOf('2026-03-01').value).toBe('2026-03-01');
    expect(dateOf('2026-03-01 10:15').value).toBe('2026-03-01T10:15:00Z');
    expect(dateOf('2026-03-01T10:15:30+01:00').value).toBe('2026-03-01T09:15:30Z');
    expect(dateOf('2026-03-01T10:15:30.123Z').value).toBe('2026-03-01T10:15:30Z');
    expect(dateOf('1.3.2026').value).toBe('2026-03-01');
  });

  it('refuses ambiguous or unknown date forms with what to write instead', () => {
    expect(dateOf('03/04/2026').error).toBe(
      '"03/04/2026" is not a date (write 2026-03-01, 01.03.2026 or a UTC timestamp such as 2026-03-01T10:00:00Z)',
    );
    expect(dateOf(2025).error).toBe(
      '2025 is not a date (write 2026-03-01, 01.03.2026 or a UTC timestamp such as 2026-03-01T10:00:00Z)',
    );
  });

  it('lowercases ids and refuses ones that cannot be ids', () => {
    expect(idOf('FIC-101').value).toBe('fic-101');
    expect(idOf('Line 7 HMI').value).toBe('line-7-hmi');
    expect(idOf('#1').error).toBe(
      '"#1" cannot be an id: ids are lowercase letters, digits, ".", "_" and "-", start with a letter or digit and have at most 64 characters',
    );
  });

  it('makes ids from names', () => {
    expect(slugOf('Reactor PLC #1')).toBe('reactor-plc-1');
    expect(slugOf('  Sécurité / Zone B  ')).toBe('securite-zone-b');
    expect(slugOf('控制器')).toBe('');
    expect(slugOf('x'.repeat(80))).toHaveLength(56);
  });

  it('maps type, lifecycle and component-class words', () => {
    expect(assetTypeOf('PLC').value).toBe('plc');
    expect(assetTypeOf('Engineering workstation').value).toBe('ews');
    expect(assetTypeOf('Switch').value).toBe('switch');
    expect(assetTypeOf('sis-controller').value).toBe('sis-controller');
    expect(assetTypeOf('Access Point').value).toBe('wireless-ap');
    expect(lifecycleOf('In operation').value).toBe('operational');
    expect(lifecycleOf('Retired').value).toBe('decommissioned');
    expect(componentClassOf('Embedded Device').value).toBe('embedded-device');
    expect(componentClassOf('network').value).toBe('network-device');
    expect(lifecycleOf('broken').error).toBe(
      '"broken" is not a lifecycle state; write one of planned, commissioned, operational, decommissioned',
    );
  });
});
