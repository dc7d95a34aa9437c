// The "edit a zone or conduit" form of the proposal dialog: pick one, change its name, SL-T (seven
// selects, as on the diagram) or rationale, and add the changed fields to the proposal.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { Field } from '../../components/Field.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';
import { SlTargetSelects } from '../site/SlTargetSelects.js';
import type { Conduit, Zone } from '../site/types.js';
import { scopeDraftOf, scopePatch, type ScopeDraft } from './proposal-draft.js';

type Target = { kind: 'zone'; entity: Zone } | { kind: 'conduit'; entity: Conduit };

export function ScopeEditForm({ site, onAdd }: { site: string; onAdd: (op: ChangeOpDoc) => void }) {
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  const [key, setKey] = useState('');
  const [draft, setDraft] = useState<ScopeDraft>(scopeDraftOf(undefined));

  const targetOf = (k: string): Target | undefined => {
    const [kind, id] = k.split(':');
    if (kind === 'zone') {
      const entity = zones.data?.find((z) => z.id === id);
      return entity && { kind, entity };
    }
    const entity = conduits.data?.find((c) => c.id === id);
    return entity && { kind: 'conduit', entity };
  };
  const target = targetOf(key);
  const result = target ? scopePatch(target.kind, target.entity, draft) : null;

  const pick = (k: string) => {
    setKey(k);
    setDraft(scopeDraftOf(targetOf(k)?.entity));
  };
  const add = () => {
    if (!target || !result || 'error' in result) return;
    onAdd({ op: 'update', kind: target.kind, id: target.entity.id, patch: result.patch });
    pick('');
  };

  return (
    <div className="op-form">
      <Field label="Zone or conduit">
        <select value={key} onChange={(e) => pick(e.target.value)}>
          <option value="">Choose…</option>
          <optgroup label="Zones">
            {zones.data?.map((z) => (
              <option key={z.id} value={`zone:${z.id}`}>
                {z.id} · {z.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Conduits">
            {conduits.data?.map((c) => (
              <option key={c.id} value={`conduit:${c.id}`}>
                {c.id}
                {c.name ? ` · ${c.name}` : ''}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      {target && (
        <>
          <Field label="Name" required={target.kind === 'zone'}>
            <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </Field>
          <fieldset className="field slt-field">
            <legend>SL-T per FR</legend>
            <SlTargetSelects value={draft.slTarget} onChange={(slTarget) => setDraft({ ...draft, slTarget })} />
          </fieldset>
          <Field label="Rationale" hint="Why this target: the threat, the consequence, the decision.">
            <textarea
              rows={2}
              value={draft.rationale}
              onChange={(e) => setDraft({ ...draft, rationale: e.target.value })}
            />
          </Field>
          <div className="op-form-actions">
            <button type="button" disabled={!result || 'error' in result} onClick={add}>
              Add to proposal
            </button>
            <span className="muted small" role="status">
              {result === null ? 'Change a field first.' : 'error' in result ? result.error : ''}
            </span>
          </div>
        </>
      )}
    </div>
  );
}
