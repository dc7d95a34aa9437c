// Triage of one finding: Now / Next / Never with an owner, a due date and a note, and links to the
// compensating control standing in until the fix and the roadmap action that will fix it.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { controlsQuery } from '../controls/controls-api.js';
import { actionsQuery } from '../roadmap/roadmap-api.js';
import { DECISION_HINT, DECISION_LABEL, formOf, formProblems, type TriageForm } from './triage-form.js';
import { DECISIONS, type Decision, type Finding } from './vulnerabilities-api.js';

export function TriageDialog({
  site,
  finding,
  decision,
  onSubmit,
  onCancel,
  error,
  busy,
}: {
  site: string;
  finding: Finding;
  /** The decision the user picked to open the dialog (undefined: keep the stored one). */
  decision?: Decision | null | undefined;
  onSubmit: (form: TriageForm) => void;
  onCancel: () => void;
  error: unknown;
  busy: boolean;
}) {
  const [form, setForm] = useState<TriageForm>(() => formOf(finding, decision));
  const hintId = useId();
  const change = (changes: Partial<TriageForm>) => setForm((f) => ({ ...f, ...changes }));
  const controls = useQuery(controlsQuery(site));
  const actions = useQuery(actionsQuery(site));
  const problems = formProblems(form);
  // Controls on the asset's zone first: those are the ones that can stand in for the fix.
  const controlList = [...(controls.data ?? [])].sort(
    (a, b) => Number(b.scope === finding.zoneId) - Number(a.scope === finding.zoneId) || a.id.localeCompare(b.id),
  );
  const actionList = actions.data ?? [];
  const keep = (id: string, list: { id: string }[]) => id !== '' && !list.some((x) => x.id === id);

  return (
    <Modal
      title={`Triage ${finding.trackingId} on ${finding.assetName}`}
      submitLabel="Save triage"
      onSubmit={() => onSubmit(form)}
      onCancel={onCancel}
      error={error}
      busy={busy}
      wide
      className="triage-dialog"
      invalid={problems.length > 0}
    >
      <p className="muted small triage-subject">
        {finding.title} · {[finding.vendor, finding.model, finding.firmware].filter(Boolean).join(' ')}
      </p>
      <fieldset className="triage-decision">
        <legend>Decision</legend>
        {DECISIONS.map((d) => (
          <div key={d} className={form.decision === d ? `decision-option chosen decision-${d}` : 'decision-option'}>
            <label>
              <input
                type="radio"
                name="decision"
                aria-describedby={`${hintId}-${d}`}
                checked={form.decision === d}
                onChange={() => change({ decision: d })}
              />
              <strong>{DECISION_LABEL[d]}</strong>
            </label>
            <span id={`${hintId}-${d}`} className="muted small">
              {DECISION_HINT[d]}
            </span>
          </div>
        ))}
        <div className={form.decision === null ? 'decision-option chosen' : 'decision-option'}>
          <label>
            <input
              type="radio"
              name="decision"
              checked={form.decision === null}
              onChange={() => change({ decision: null })}
            />
            <strong>Undecided</strong>
          </label>
        </div>
      </fieldset>
      <div className="grid-2">
        <Field label="Owner" hint="who sees it through">
          <input value={form.owner} autoComplete="off" onChange={(e) => change({ owner: e.target.value })} />
        </Field>
        <Field label="Due">
          <input type="date" value={form.due} onChange={(e) => change({ due: e.target.value })} />
        </Field>
        <Field label="Compensating control" hint="what stands in until the fix (or for good, with Never)">
          <select
            value={form.compensatingControlId}
            onChange={(e) => change({ compensatingControlId: e.target.value })}
          >
            <option value="">None</option>
            {controlList.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id} · {c.scope}
                {c.description ? ` · ${c.description.slice(0, 60)}` : ''}
              </option>
            ))}
            {keep(form.compensatingControlId, controlList) && (
              <option value={form.compensatingControlId}>{form.compensatingControlId} (not found)</option>
            )}
          </select>
        </Field>
        <Field label="Roadmap action" hint="the planned action that fixes it">
          <select value={form.roadmapActionId} onChange={(e) => change({ roadmapActionId: e.target.value })}>
            <option value="">None</option>
            {actionList.map((a) => (
              <option key={a.id} value={a.id}>
                {a.id} · {a.title}
                {a.due ? ` (due ${a.due.slice(0, 10)})` : ''}
              </option>
            ))}
            {keep(form.roadmapActionId, actionList) && (
              <option value={form.roadmapActionId}>{form.roadmapActionId} (not found)</option>
            )}
          </select>
        </Field>
      </div>
      <Field label="Note">
        <textarea rows={2} value={form.note} onChange={(e) => change({ note: e.target.value })} />
      </Field>
      {problems.length > 0 && (
        <ul className="state state-error small" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
