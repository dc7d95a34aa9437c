// @vitest-environment happy-dom
// What the "Propose change" dialog sends: only changed fields, cleared fields as null, one
// operation per entity.
import { describe, expect, it } from 'vitest';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { scopeDraftOf, scopePatch, upsertOp } from './proposal-draft.js';

const dmz = { name: 'SCADA DMZ', slTarget: [2, 2, 2, 2, 2, 2, 2], rationale: 'Shared with IT' };

describe('scopePatch', () => {
  it('proposes nothing until a field changes', () => {
    expect(scopePatch('zone', dmz, scopeDraftOf(dmz))).toBeNull();
    // Whitespace around the name is not a change.
    expect(scopePatch('zone', dmz, { ...scopeDraftOf(dmz), name: ' SCADA DMZ ' })).toBeNull();
  });

  it('sends only the SL-T when only one FR moves', () => {
    const draft = scopeDraftOf(dmz);
    draft.slTarget[2] = 3;
    expect(scopePatch('zone', dmz, draft)).toEqual({ patch: { slTarget: [2, 2, 3, 2, 2, 2, 2] } });
  });

  it('clears optional fields with null and refuses a zone without a name', () => {
    const cleared = { ...scopeDraftOf(dmz), rationale: ' ', slTarget: [null, null, null, null, null, null, null] };
    expect(scopePatch('zone', dmz, cleared)).toEqual({ patch: { slTarget: null, rationale: null } });
    expect(scopePatch('conduit', { name: 'IT link' }, { ...scopeDraftOf({ name: 'IT link' }), name: '' })).toEqual({
      patch: { name: null },
    });
    expect(scopePatch('zone', dmz, { ...scopeDraftOf(dmz), name: '' })).toEqual({ error: 'A zone needs a name.' });
  });

  it('refuses an SL-T set on some FRs only', () => {
    const draft = scopeDraftOf(dmz);
    draft.slTarget[6] = null;
    expect(scopePatch('zone', dmz, draft)).toHaveProperty('error');
  });
});

describe('upsertOp', () => {
  const update = (slt: number): ChangeOpDoc => ({ op: 'update', kind: 'zone', id: 'z-dmz', patch: { slTarget: slt } });
  const addPlc: ChangeOpDoc = { op: 'create', kind: 'asset', entity: { id: 'plc-2', name: 'PLC 2', type: 'plc' } };

  it('replaces the operation on an entity already in the draft, keeping its place', () => {
    const ops = upsertOp(upsertOp([update(2)], addPlc), update(3));
    expect(ops).toEqual([update(3), addPlc]);
  });

  it('drops an added entity that is removed again', () => {
    expect(upsertOp([update(2), addPlc], { op: 'delete', kind: 'asset', id: 'plc-2' })).toEqual([update(2)]);
  });

  it('keeps operations on different kinds with the same id apart', () => {
    const conduit: ChangeOpDoc = { op: 'delete', kind: 'conduit', id: 'z-dmz' };
    expect(upsertOp([update(2)], conduit)).toEqual([update(2), conduit]);
  });
});
