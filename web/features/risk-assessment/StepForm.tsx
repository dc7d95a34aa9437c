// The frame of every step panel: the step's own fields (status, owner, date, notes) and the step's
// content, saved together in one PATCH so one change is one version of the assessment.
import { useState, type ReactNode } from 'react';
import { STEP_STATUSES, type StepState, type ZcrStep } from '../../../core/iec62443/risk/assessment.js';
import { Field } from '../../components/Field.js';
import { ErrorBox } from '../../components/states.js';
import type { Assessment, AssessmentPatch } from './assessment-api.js';
import { stepInfo } from './steps.js';
import { useAssessmentPatch } from './use-assessment-patch.js';

export function StepForm({
  site,
  answer,
  step,
  canEdit,
  children,
  after,
  contentPatch,
}: {
  site: string;
  answer: Assessment;
  step: ZcrStep;
  canEdit: boolean;
  children?: ReactNode;
  /** Shown outside the editable fields: actions for users without risk.update (ZCR 7 sign-off). */
  after?: ReactNode;
  /** The step's content as a PATCH (ZCR 1–3); the step fields are added to it. */
  contentPatch?: () => AssessmentPatch;
}) {
  const info = stepInfo(step);
  const [fields, setFields] = useState<StepState>(answer.steps[step]);
  const { save, busy, error } = useAssessmentPatch(site);
  const set = (patch: Partial<StepState>) => setFields({ ...fields, ...patch });
  const submit = () => {
    const content = contentPatch?.() ?? {};
    save({ patch: { ...content, steps: { [step]: fields } }, what: `change ${info.label} of the risk assessment` });
  };
  return (
    <form
      className="panel ra-step"
      aria-labelledby={`${step}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="panel-head">
        <h2 id={`${step}-title`}>
          {info.label} · {info.title}
        </h2>
      </div>
      <p className="muted small">{info.purpose}</p>
      <fieldset className="ra-fieldset" disabled={!canEdit || busy}>
        {children}
        <div className="ra-step-fields">
          <Field label="Status">
            <select value={fields.status} onChange={(e) => set({ status: e.target.value as StepState['status'] })}>
              {STEP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Owner">
            <input value={fields.owner ?? ''} onChange={(e) => set({ owner: e.target.value || null })} />
          </Field>
          <Field label="Date">
            <input type="date" value={fields.date ?? ''} onChange={(e) => set({ date: e.target.value || null })} />
          </Field>
          <Field label="Notes" className="ra-notes">
            <textarea rows={2} value={fields.notes} onChange={(e) => set({ notes: e.target.value })} />
          </Field>
        </div>
      </fieldset>
      {after}
      {error !== null && <ErrorBox error={error} />}
      {canEdit && (
        <div className="toolbar">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : `Save ${info.label}`}
          </button>
        </div>
      )}
    </form>
  );
}
