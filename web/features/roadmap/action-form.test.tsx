// @vitest-environment happy-dom
// What the action dialog sends: a whole document when adding, only the changes when editing.
import { describe, expect, it } from 'vitest';
import type { RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';
import { docOf, editPatch, emptyForm, formComplete, formOf } from './action-form.js';

const stored: RoadmapActionDoc = {
  id: 'a-mfa',
  title: 'MFA for remote access',
  owner: 'OT security',
  due: '2027-03-31',
  status: 'planned',
  cost: 18000,
  scope: 'emm-ra',
  satisfies: ['SR 1.1 RE 1', 'SR 1.13 RE 1'],
  retires: ['cc-emm-oem-ewon'],
};

describe('action form', () => {
  it('turns the typed lists into ids, in the catalog spelling, each once', () => {
    const doc = docOf({
      ...emptyForm('emm-sis'),
      id: ' a-1 ',
      title: 'Patch',
      satisfies: 'sr 1.1,  SR 1.1  re 1; sr 1.1',
      assets: 'plc-1, plc-2,',
    });
    expect(doc).toEqual({
      id: 'a-1',
      title: 'Patch',
      status: 'planned',
      scope: 'emm-sis',
      assets: ['plc-1', 'plc-2'],
      satisfies: ['SR 1.1', 'SR 1.1 RE 1'],
    });
  });

  it('round-trips a stored action unchanged, and sends only what changed', () => {
    const form = formOf(stored);
    expect(editPatch(stored, form)).toEqual({});
    expect(
      editPatch(stored, { ...form, status: 'in-progress', owner: '', cost: '', satisfies: 'SR 1.1 RE 1' }),
    ).toEqual({
      status: 'in-progress',
      owner: null,
      cost: null,
      satisfies: ['SR 1.1 RE 1'],
    });
  });

  it('needs an id, a title, a scope and numbers that are numbers', () => {
    expect(formComplete(emptyForm())).toBe(false);
    const ok = { ...emptyForm('z'), id: 'a', title: 'T' };
    expect(formComplete(ok)).toBe(true);
    expect(formComplete({ ...ok, effortDays: 'ten' })).toBe(false);
  });
});
