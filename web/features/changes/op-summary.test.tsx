// @vitest-environment happy-dom
// How change-request operations and diff values read: the wording reviewers approve from.
import { describe, expect, it } from 'vitest';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { formatValue, frText, opText, slVectorOf, summarizeOp } from './op-summary.js';

const raiseDmz: ChangeOpDoc = {
  op: 'update',
  kind: 'zone',
  id: 'z-dmz',
  patch: { slTarget: [1, 2, 3, 1, 2, 1, 1], rationale: 'IT/OT review 2026' },
};
const dmzNow = { id: 'z-dmz', name: 'SCADA DMZ', slTarget: [1, 2, 2, 1, 2, 1, 1], rationale: 'Shared with IT' };

describe('opText', () => {
  it('shows an update with the values it replaces and the FRs that move', () => {
    expect(opText(raiseDmz, dmzNow)).toBe(
      'update zone z-dmz (SCADA DMZ): SL-T [1,2,2,1,2,1,1] → [1,2,3,1,2,1,1] (FR 3 2→3); rationale “Shared with IT” → “IT/OT review 2026”',
    );
  });

  it('shows only the new values when the current entity is not known', () => {
    expect(opText(raiseDmz)).toBe('update zone z-dmz: SL-T → [1,2,3,1,2,1,1]; rationale → “IT/OT review 2026”');
  });

  it('expands a single level to the vector it stands for and says when a field is cleared', () => {
    const op: ChangeOpDoc = { op: 'update', kind: 'conduit', id: 'c-1', patch: { slTarget: 2, name: null } };
    expect(opText(op, { id: 'c-1', name: 'IT to DMZ', slTarget: [1, 1, 1, 1, 1, 1, 1] })).toBe(
      'update conduit c-1 (IT to DMZ): SL-T [1,1,1,1,1,1,1] → [2,2,2,2,2,2,2] (FR 1 1→2, FR 2 1→2, FR 3 1→2, FR 4 1→2, FR 5 1→2, FR 6 1→2, FR 7 1→2); name “IT to DMZ” → cleared',
    );
  });

  it('lists the fields of an added entity and names removed ones', () => {
    const add: ChangeOpDoc = {
      op: 'create',
      kind: 'asset',
      entity: { id: 'plc-2', name: 'PLC 2', type: 'plc', zone: 'z-control', ip: ['10.0.0.2', '10.0.1.2'] },
    };
    expect(opText(add)).toBe('add asset plc-2: name “PLC 2”; type “plc”; zone “z-control”; ip 10.0.0.2, 10.0.1.2');
    const remove: ChangeOpDoc = { op: 'delete', kind: 'compensatingControl', id: 'cc-7' };
    expect(opText(remove)).toBe('remove compensating control cc-7');
    expect(opText({ op: 'delete', kind: 'asset', id: 'plc-1' }, { id: 'plc-1', name: 'PLC 1' })).toBe(
      'remove asset plc-1 (PLC 1)',
    );
  });
});

describe('summarizeOp', () => {
  it('carries per-FR changes only where the value before is known', () => {
    const known = summarizeOp(raiseDmz, dmzNow);
    expect(known.fields[0]).toMatchObject({ label: 'SL-T', hasBefore: true, sl: [{ fr: 3, before: 2, after: 3 }] });
    expect(summarizeOp(raiseDmz).fields[0]).toMatchObject({ hasBefore: false, sl: [] });
  });

  it('names the entity by its current name, not the one the patch gives it', () => {
    const rename: ChangeOpDoc = { op: 'update', kind: 'zone', id: 'z-dmz', patch: { name: 'Perimeter' } };
    expect(summarizeOp(rename, dmzNow).name).toBe('SCADA DMZ');
    expect(summarizeOp(rename).name).toBe('Perimeter');
  });
});

describe('formatValue', () => {
  it('reads values of every shape', () => {
    expect(formatValue(null)).toBe('–');
    expect(formatValue(undefined)).toBe('–');
    expect(formatValue(3)).toBe('3');
    expect(formatValue(false)).toBe('false');
    expect(formatValue([])).toBe('none');
    expect(formatValue({ status: 'met' })).toBe('{"status":"met"}');
    expect(formatValue(2, 'slTarget')).toBe('[2,2,2,2,2,2,2]');
    expect(formatValue(2, 'criticality')).toBe('2');
    expect(formatValue('x'.repeat(100))).toHaveLength(82);
  });

  it('writes per-FR moves with – where a side has no vector', () => {
    expect(frText([{ field: 'slTarget', fr: 7, before: null, after: 1 }])).toBe('FR 7 –→1');
    expect(slVectorOf([1, 2])).toBeNull();
    expect(slVectorOf(4)).toEqual([4, 4, 4, 4, 4, 4, 4]);
  });
});
