// Adding or editing a threat scenario (IEC 62443-3-2 ZCR 5): what threatens which zone or conduit,
// through which weakness and vector, touching which FRs, how bad and how likely before and after
// the existing countermeasures. Adding sends the document; editing sends only what changed
// (scenario-form.ts). The server validates against the site's matrix and model and its answer is
// shown here.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import { THREAT_VECTORS, type ThreatScenarioDoc, type ThreatVector } from '../../../core/schemas/risk-scenario.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';
import { CountermeasureFields } from './CountermeasureFields.js';
import { ConsequenceSelects, LikelihoodSelect } from './RatingSelects.js';
import type { RiskView } from './risks-api.js';
import {
  docOf,
  editPatch,
  emptyForm,
  formComplete,
  formOf,
  type ScenarioForm,
  type ScenarioPatch,
} from './scenario-form.js';
import { ThreatSourceFields } from './ThreatSourceFields.js';

export type ScenarioSubmission =
  { kind: 'add'; doc: ThreatScenarioDoc } | { kind: 'edit'; id: string; patch: ScenarioPatch };

type Change = (changes: Partial<ScenarioForm>) => void;

function TargetSelect({ site, value, onChange }: { site: string; value: string; onChange: (v: string) => void }) {
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  return (
    <Field label="Zone or conduit" required>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {zones.data?.map((z) => (
          <option key={z.id} value={`zone:${z.id}`}>
            zone {z.name} ({z.id})
          </option>
        ))}
        {conduits.data?.map((c) => (
          <option key={c.id} value={`conduit:${c.id}`}>
            conduit {c.name} ({c.id})
          </option>
        ))}
      </select>
    </Field>
  );
}

/** What the scenario is: id, title, target, vector, and the weakness it exploits in words. */
function ScenarioBasics({
  site,
  form,
  editing,
  onChange,
}: {
  site: string;
  form: ScenarioForm;
  editing: boolean;
  onChange: Change;
}) {
  return (
    <>
      <div className="grid-2">
        <Field
          label="Id"
          required={!editing}
          hint={editing ? 'ids never change' : 'e.g. r-ransomware-ra; unique in the site'}
        >
          <input
            value={form.id}
            readOnly={editing}
            onChange={(e) => onChange({ id: e.target.value })}
            autoComplete="off"
          />
        </Field>
        <Field label="Title" required>
          <input value={form.title} onChange={(e) => onChange({ title: e.target.value })} />
        </Field>
        <TargetSelect site={site} value={form.target} onChange={(target) => onChange({ target })} />
        <Field label="Vector" required>
          <select value={form.vector} onChange={(e) => onChange({ vector: e.target.value as ThreatVector })}>
            {THREAT_VECTORS.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="grid-2">
        <Field label="Description" hint="how the attack or incident unfolds">
          <textarea rows={2} value={form.description} onChange={(e) => onChange({ description: e.target.value })} />
        </Field>
        <Field label="Vulnerability" hint="the weakness the threat exploits">
          <textarea rows={2} value={form.vulnerability} onChange={(e) => onChange({ vulnerability: e.target.value })} />
        </Field>
      </div>
    </>
  );
}

function FrBoxes({ frs, onChange }: { frs: number[]; onChange: (frs: number[]) => void }) {
  const toggle = (fr: number) => onChange(frs.includes(fr) ? frs.filter((f) => f !== fr) : [...frs, fr]);
  return (
    <fieldset className="fr-boxes">
      <legend>Foundational requirements affected *</legend>
      {[1, 2, 3, 4, 5, 6, 7].map((fr) => (
        <label key={fr}>
          <input type="checkbox" checked={frs.includes(fr)} onChange={() => toggle(fr)} /> FR {fr}
        </label>
      ))}
    </fieldset>
  );
}

/** Unmitigated rating: it alone sets the SL-T (a target must hold if a countermeasure fails). */
function UnmitigatedRating({ matrix, form, onChange }: { matrix: RiskMatrix; form: ScenarioForm; onChange: Change }) {
  return (
    <fieldset className="scenario-section">
      <legend>Before treatment</legend>
      <ConsequenceSelects
        legend="Worst credible consequence *"
        labelPrefix="Consequence"
        emptyLabel="not affected"
        matrix={matrix}
        ratings={form.consequence}
        onChange={(consequence) => onChange({ consequence })}
      />
      <div className="grid-2">
        <LikelihoodSelect
          label="Likelihood (unmitigated)"
          matrix={matrix}
          value={form.likelihood}
          onChange={(v) => v !== '' && onChange({ likelihood: v })}
        />
      </div>
    </fieldset>
  );
}

/** Residual rating: what is left out keeps its unmitigated value (docs/risk.md). */
function ResidualRating({ matrix, form, onChange }: { matrix: RiskMatrix; form: ScenarioForm; onChange: Change }) {
  return (
    <fieldset className="scenario-section">
      <legend>After existing countermeasures</legend>
      <ConsequenceSelects
        legend="Residual consequence"
        labelPrefix="Consequence after countermeasures,"
        emptyLabel="as unmitigated"
        matrix={matrix}
        ratings={form.residualConsequence}
        // Only categories the scenario affects can be lowered.
        enabled={(c) => form.consequence[c] !== undefined}
        onChange={(residualConsequence) => onChange({ residualConsequence })}
      />
      <div className="grid-2">
        <LikelihoodSelect
          label="Likelihood after existing countermeasures"
          emptyLabel="not rated"
          matrix={matrix}
          value={form.residualLikelihood}
          onChange={(residualLikelihood) => onChange({ residualLikelihood })}
        />
      </div>
    </fieldset>
  );
}

export function ScenarioDialog({
  site,
  matrix,
  existing,
  onSubmit,
  onCancel,
  error,
  busy,
}: {
  site: string;
  matrix: RiskMatrix;
  /** The scenario to edit; null adds one. */
  existing: RiskView | null;
  onSubmit: (submission: ScenarioSubmission) => void;
  onCancel: () => void;
  error: unknown;
  busy: boolean;
}) {
  const [form, setForm] = useState<ScenarioForm>(() => (existing ? formOf(existing) : emptyForm()));
  const onChange: Change = (changes) => setForm((f) => ({ ...f, ...changes }));
  const patch = existing ? editPatch(existing, form) : null;
  const unchanged = patch !== null && Object.keys(patch).length === 0;
  const submit = () =>
    onSubmit(existing && patch ? { kind: 'edit', id: existing.id, patch } : { kind: 'add', doc: docOf(form) });

  return (
    <Modal
      title={existing ? `Edit threat scenario ${existing.id}` : 'Add threat scenario'}
      submitLabel={existing ? 'Save' : 'Add scenario'}
      onSubmit={submit}
      onCancel={onCancel}
      error={error}
      busy={busy}
      wide
      className="scenario-dialog"
      invalid={!formComplete(form) || unchanged}
    >
      {existing?.acceptance && (
        <p className="notice warn">
          Saving a change withdraws the acceptance of this risk (until {existing.acceptance.expires}): it must be
          accepted again.
        </p>
      )}
      <ScenarioBasics site={site} form={form} editing={existing !== null} onChange={onChange} />
      <ThreatSourceFields form={form} onChange={onChange} />
      <FrBoxes frs={form.affectedFrs} onChange={(affectedFrs) => onChange({ affectedFrs })} />
      <UnmitigatedRating matrix={matrix} form={form} onChange={onChange} />
      <CountermeasureFields site={site} form={form} onChange={onChange} />
      <ResidualRating matrix={matrix} form={form} onChange={onChange} />
    </Modal>
  );
}
