// Proposing a change to the security model (or editing one's open proposal): operations are built
// one form at a time — SL-T, name and rationale of a zone or conduit, adding or removing an asset,
// removing a compensating control — and listed as a reviewer will read them. Site-admins may mark
// it an emergency: it is applied at once and must be approved within the site's emergency days.
// The server checks the operations against the site-file rules; its message is shown here.
import { useState, type KeyboardEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { invalidateSite } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { useSubmit } from '../../components/useSubmit.js';
import { AddAssetForm, RemoveAssetForm, RemoveControlForm } from './AssetOpForms.js';
import { changeControlQuery, editChangeRequest, proposeChange, type ChangeRequest } from './changes-api.js';
import { useCurrentEntities } from './current-entities.js';
import { opText } from './op-summary.js';
import { upsertOp } from './proposal-draft.js';
import { ScopeEditForm } from './ScopeEditForm.js';

const route = getRouteApi('/app/sites/$site/changes');

const FORMS = {
  scope: 'Edit zone / conduit',
  addAsset: 'Add asset',
  removeAsset: 'Remove asset',
  removeControl: 'Remove control',
} as const;
type FormKind = keyof typeof FORMS;

export function ProposeDialog({
  site,
  existing,
  onDone,
}: {
  site: string;
  /** The author's open request being edited; absent for a new proposal. */
  existing?: ChangeRequest;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const navigate = route.useNavigate();
  const mayEmergency = useCan('changeRequest.emergency', site);
  const settings = useQuery(changeControlQuery(site));
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [emergency, setEmergency] = useState(false);
  const [ops, setOps] = useState<ChangeOpDoc[]>(existing?.ops ?? []);
  const [form, setForm] = useState<FormKind>('scope');
  const current = useCurrentEntities(site, ops, true);
  const { busy, error, run } = useSubmit();

  const add = (op: ChangeOpDoc) => setOps((prev) => upsertOp(prev, op));
  const submit = () =>
    run(async () => {
      const t = title.trim();
      const d = description.trim();
      const saved = existing
        ? await editChangeRequest(site, existing.id, { title: t, description: d || null, ops })
        : await proposeChange(site, {
            title: t,
            ...(d ? { description: d } : {}),
            ops,
            ...(emergency ? { emergency: true } : {}),
          });
      await invalidateSite(queryClient, site);
      onDone();
      if (!existing) void navigate({ search: (prev) => ({ ...prev, tab: undefined, cr: saved.id }) });
    });
  // Enter in a form field adds nothing and must not send the proposal half-built.
  const holdEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
  };

  return (
    <Modal
      title={existing ? `Edit change request ${existing.id}` : 'Propose a change'}
      submitLabel={existing ? 'Save proposal' : emergency ? 'Apply now as emergency' : 'Propose change'}
      onCancel={onDone}
      onSubmit={() => void submit()}
      busy={busy}
      invalid={title.trim() === '' || ops.length === 0}
      danger={emergency}
      error={error}
      wide
      className="propose-dialog"
    >
      <Field label="Title" required hint="What changes and why, in a line.">
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label="Description">
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <fieldset className="field">
        <legend>Operations ({ops.length})</legend>
        {ops.length === 0 ? (
          <p className="muted small">None yet: add one below.</p>
        ) : (
          <ol className="draft-ops" aria-label="Operations in this proposal">
            {ops.map((op, i) => (
              <li key={i}>
                <span>{opText(op, op.op === 'create' ? undefined : current(op.kind, op.id))}</span>
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove operation ${i + 1}`}
                  onClick={() => setOps(ops.filter((_, j) => j !== i))}
                >
                  remove
                </button>
              </li>
            ))}
          </ol>
        )}
      </fieldset>
      <fieldset className="field op-builder" onKeyDown={holdEnter}>
        <legend>Add an operation</legend>
        <div className="op-kinds" role="radiogroup" aria-label="Kind of operation">
          {(Object.keys(FORMS) as FormKind[]).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="op-kind" checked={form === k} onChange={() => setForm(k)} />
              {FORMS[k]}
            </label>
          ))}
        </div>
        {form === 'scope' && <ScopeEditForm site={site} onAdd={add} />}
        {form === 'addAsset' && <AddAssetForm site={site} onAdd={add} />}
        {form === 'removeAsset' && <RemoveAssetForm site={site} onAdd={add} />}
        {form === 'removeControl' && <RemoveControlForm site={site} onAdd={add} />}
      </fieldset>
      {mayEmergency && !existing && (
        <label className="check">
          <input type="checkbox" checked={emergency} onChange={(e) => setEmergency(e.target.checked)} />
          <span>
            Emergency: apply at once; someone else must approve it within {settings.data?.emergencyDays ?? '…'} days
          </span>
        </label>
      )}
    </Modal>
  );
}
