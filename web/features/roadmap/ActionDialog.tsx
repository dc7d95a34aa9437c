// Adding or editing a roadmap action: the zone or conduit it improves, the IEC 62443-3-3
// requirements it will implement there and the compensating controls it will make unnecessary,
// with its owner, due date, status and estimates. Adding sends the document; editing sends only
// what changed (action-form.ts). The server checks every id and its answer is shown here.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ACTION_STATUSES, type ActionStatus } from '../../../core/schemas/roadmap-action.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { controlsQuery } from '../controls/controls-api.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';
import { docOf, editPatch, emptyForm, formComplete, formOf, type ActionForm, type ActionPatch } from './action-form.js';
import type { ActionView } from './roadmap-api.js';
import type { RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';

export type ActionSubmission =
  { kind: 'add'; doc: RoadmapActionDoc } | { kind: 'edit'; id: string; patch: ActionPatch };

type Change = (changes: Partial<ActionForm>) => void;

function ScopeSelect({ site, value, onChange }: { site: string; value: string; onChange: (v: string) => void }) {
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  return (
    <Field label="Zone or conduit" required>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {zones.data?.map((z) => (
          <option key={z.id} value={z.id}>
            zone {z.name} ({z.id})
          </option>
        ))}
        {conduits.data?.map((c) => (
          <option key={c.id} value={c.id}>
            conduit {c.name ?? c.id} ({c.id})
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The controls of the chosen scope: an action retires only controls standing in for its scope. */
function RetiresChecks({ site, form, onChange }: { site: string; form: ActionForm; onChange: Change }) {
  const controls = useQuery(controlsQuery(site));
  const onScope = (controls.data ?? []).filter((c) => c.scope === form.scope);
  // Ids kept from a stored action stay visible so they can be unticked.
  const other = form.retires.filter((id) => !onScope.some((c) => c.id === id));
  const toggle = (id: string) =>
    onChange({ retires: form.retires.includes(id) ? form.retires.filter((v) => v !== id) : [...form.retires, id] });
  return (
    <fieldset className="roadmap-retires">
      <legend>Compensating controls it retires</legend>
      {form.scope === '' && <span className="muted small">Choose the zone or conduit first.</span>}
      {form.scope !== '' && controls.isSuccess && onScope.length === 0 && other.length === 0 && (
        <span className="muted small">No compensating controls on {form.scope}.</span>
      )}
      {[
        ...onScope.map((c) => ({ id: c.id, note: c.requirements.join(', ') })),
        ...other.map((id) => ({ id, note: 'not on this scope' })),
      ].map(({ id, note }) => (
        <label key={id}>
          <input type="checkbox" checked={form.retires.includes(id)} onChange={() => toggle(id)} />
          <span className="mono">{id}</span> <span className="muted small">{note}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ActionDialog({
  site,
  existing,
  defaultScope,
  onSubmit,
  onCancel,
  error,
  busy,
}: {
  site: string;
  /** The action to edit; null adds one. */
  existing: ActionView | null;
  /** The zone or conduit the list is filtered on: the likely scope of a new action. */
  defaultScope?: string | undefined;
  onSubmit: (submission: ActionSubmission) => void;
  onCancel: () => void;
  error: unknown;
  busy: boolean;
}) {
  const [form, setForm] = useState<ActionForm>(() => (existing ? formOf(existing) : emptyForm(defaultScope)));
  const onChange: Change = (changes) => setForm((f) => ({ ...f, ...changes }));
  const patch = existing ? editPatch(existing, form) : null;
  const unchanged = patch !== null && Object.keys(patch).length === 0;
  const submit = () =>
    onSubmit(existing && patch ? { kind: 'edit', id: existing.id, patch } : { kind: 'add', doc: docOf(form) });

  return (
    <Modal
      title={existing ? `Edit action ${existing.id}` : 'Add roadmap action'}
      submitLabel={existing ? 'Save' : 'Add action'}
      onSubmit={submit}
      onCancel={onCancel}
      error={error}
      busy={busy}
      wide
      className="roadmap-dialog"
      invalid={!formComplete(form) || unchanged}
    >
      <div className="grid-2">
        <Field
          label="Id"
          required={!existing}
          hint={existing ? 'ids never change' : 'e.g. a-mfa-remote; unique in the site'}
        >
          <input
            value={form.id}
            readOnly={existing !== null}
            autoComplete="off"
            onChange={(e) => onChange({ id: e.target.value })}
          />
        </Field>
        <Field label="Title" required>
          <input value={form.title} onChange={(e) => onChange({ title: e.target.value })} />
        </Field>
        <ScopeSelect site={site} value={form.scope} onChange={(scope) => onChange({ scope, retires: [] })} />
        <Field label="Status">
          <select value={form.status} onChange={(e) => onChange({ status: e.target.value as ActionStatus })}>
            {ACTION_STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
        <Field label="Due" hint="the projection places it in this date's quarter">
          <input type="date" value={form.due} onChange={(e) => onChange({ due: e.target.value })} />
        </Field>
        <Field label="Owner">
          <input value={form.owner} onChange={(e) => onChange({ owner: e.target.value })} />
        </Field>
        <Field label="Effort (person-days)">
          <input
            inputMode="decimal"
            value={form.effortDays}
            onChange={(e) => onChange({ effortDays: e.target.value })}
          />
        </Field>
        <Field label="Cost">
          <input inputMode="decimal" value={form.cost} onChange={(e) => onChange({ cost: e.target.value })} />
        </Field>
      </div>
      <Field label="Requirements it satisfies" hint="IEC 62443-3-3 ids, comma-separated, e.g. SR 1.1, SR 1.1 RE 1">
        <input value={form.satisfies} autoComplete="off" onChange={(e) => onChange({ satisfies: e.target.value })} />
      </Field>
      <RetiresChecks site={site} form={form} onChange={onChange} />
      <div className="grid-2">
        <Field label="Assets" hint="asset ids concerned, comma-separated">
          <input value={form.assets} autoComplete="off" onChange={(e) => onChange({ assets: e.target.value })} />
        </Field>
        <Field label="Description">
          <textarea rows={2} value={form.description} onChange={(e) => onChange({ description: e.target.value })} />
        </Field>
      </div>
    </Modal>
  );
}
