// Edit a zone or conduit: name, (zone) kind, SL-T per FR and rationale. Sends only what changed
// (PATCH is partial); an emptied optional field is cleared with null. Zones also list their subnets
// (issue #9), whose per-entry errors from the API show at the field.
import { useState } from 'react';
import { ZONE_KINDS, type ZoneKind } from '../../../core/schemas/vocabulary.js';
import { Cancelled } from '../../components/Dialogs.js';
import { ErrorBox } from '../../components/states.js';
import { SubnetsField } from '../discovery/SubnetsField.js';
import { parseSubnets, sameSubnets, subnetErrors, subnetsText } from '../discovery/zone-subnets.js';
import { draftOf, SlTargetSelects, targetOf } from './SlTargetSelects.js';
import type { Conduit, Zone } from './types.js';

type Patch = Record<string, unknown>;

export function EditForm({
  entity,
  isZone,
  onSave,
}: {
  entity: Zone | Conduit;
  isZone: boolean;
  onSave: (patch: Patch) => Promise<void>;
}) {
  const [name, setName] = useState(entity.name ?? '');
  const [kind, setKind] = useState<ZoneKind | undefined>(isZone ? (entity as Zone).kind : undefined);
  const [target, setTarget] = useState(draftOf(entity.slTarget));
  const [rationale, setRationale] = useState(entity.rationale ?? '');
  const [subnets, setSubnets] = useState(isZone ? subnetsText((entity as Zone).subnets) : '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const patch: Patch = {};
  if (name.trim() !== (entity.name ?? '')) patch.name = name.trim() === '' ? null : name.trim();
  if (isZone && kind !== (entity as Zone).kind) patch.kind = kind;
  const slt = targetOf(target);
  if ('value' in slt && String(slt.value) !== String(entity.slTarget ?? null)) patch.slTarget = slt.value;
  if (rationale.trim() !== (entity.rationale ?? ''))
    patch.rationale = rationale.trim() === '' ? null : rationale.trim();
  const subnetList = parseSubnets(subnets);
  if (isZone && !sameSubnets(subnetList, (entity as Zone).subnets))
    patch.subnets = subnetList.length > 0 ? subnetList : null;
  const fieldErrors = subnetErrors(error);
  const dirty = Object.keys(patch).length > 0 || 'error' in slt;

  const submit = async () => {
    if ('error' in slt) return setError(new Error(slt.error));
    if (isZone && !name.trim()) return setError(new Error('A zone needs a name.'));
    setBusy(true);
    setError(null);
    try {
      await onSave(patch);
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setName(entity.name ?? '');
    setKind(isZone ? (entity as Zone).kind : undefined);
    setTarget(draftOf(entity.slTarget));
    setRationale(entity.rationale ?? '');
    setSubnets(isZone ? subnetsText((entity as Zone).subnets) : '');
    setError(null);
  };

  return (
    <form
      className="edit-form"
      aria-label={`Edit ${entity.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>Name{isZone && ' *'}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="off" />
      </label>
      {isZone && (
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ZoneKind)}>
            {ZONE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="field">
        <span>SL-T per FR</span>
        <SlTargetSelects value={target} onChange={setTarget} />
      </div>
      <label className="field">
        <span>Rationale</span>
        <textarea
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          rows={3}
          maxLength={4000}
          placeholder="Why this SL-T: the risk it answers (IEC 62443-3-2 ZCR 5.6)"
        />
      </label>
      {isZone && <SubnetsField value={subnets} onChange={setSubnets} errors={fieldErrors} />}
      {error !== null && fieldErrors.length === 0 && <ErrorBox error={error} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!dirty || busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={reset} disabled={!dirty || busy}>
          Reset
        </button>
      </div>
    </form>
  );
}
