// The countermeasures already in place against a scenario (IEC 62443-3-2 ZCR 5): the assets that
// carry them, the 62443-3-3 requirements met, and the site's compensating controls. They justify
// the residual rating; the server checks every id against the site and the catalog.
import { useQuery } from '@tanstack/react-query';
import { Field } from '../../components/Field.js';
import { controlsQuery, type Control } from '../controls/controls-api.js';
import { AssetPicker } from './AssetPicker.js';
import type { ScenarioForm } from './scenario-form.js';

/** The target's own controls first: they are the likely countermeasures. */
const byRelevance = (target: string) => (a: Control, b: Control) =>
  Number(b.scope === target) - Number(a.scope === target) || (a.id < b.id ? -1 : 1);

function ControlChecks({
  site,
  target,
  values,
  onChange,
}: {
  site: string;
  /** The scenario's zone or conduit id. */
  target: string;
  values: string[];
  onChange: (values: string[]) => void;
}) {
  const controls = useQuery(controlsQuery(site));
  const list = [...(controls.data ?? [])].sort(byRelevance(target));
  // Ids no longer on the site stay visible so they can be unticked (the server refuses them).
  const gone = values.filter((v) => !list.some((c) => c.id === v));
  const toggle = (id: string) => onChange(values.includes(id) ? values.filter((v) => v !== id) : [...values, id]);
  return (
    <fieldset className="control-checks">
      <legend>Compensating controls</legend>
      {controls.isPending && <span className="muted small">Loading…</span>}
      {controls.isSuccess && list.length === 0 && gone.length === 0 && (
        <span className="muted small">This site has no compensating controls.</span>
      )}
      {list.map((c) => (
        <label key={c.id}>
          <input type="checkbox" checked={values.includes(c.id)} onChange={() => toggle(c.id)} />
          <span className="mono">{c.id}</span>
          <span className="muted small">
            {c.scope} · {c.requirements.join(', ')}
          </span>
        </label>
      ))}
      {gone.map((id) => (
        <label key={id}>
          <input type="checkbox" checked onChange={() => toggle(id)} />
          <span className="mono">{id}</span>
          <span className="muted small">not on this site</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CountermeasureFields({
  site,
  form,
  onChange,
}: {
  site: string;
  form: ScenarioForm;
  onChange: (changes: Partial<ScenarioForm>) => void;
}) {
  return (
    <fieldset className="scenario-section">
      <legend>Existing countermeasures</legend>
      <div className="grid-2">
        <AssetPicker site={site} label="Assets" values={form.assets} onChange={(assets) => onChange({ assets })} />
        <Field label="Requirements" hint="IEC 62443-3-3 ids, comma-separated, e.g. SR 1.1, SR 5.1 RE 1">
          <input
            value={form.requirements}
            autoComplete="off"
            onChange={(e) => onChange({ requirements: e.target.value })}
          />
        </Field>
      </div>
      <ControlChecks
        site={site}
        target={form.target.slice(form.target.indexOf(':') + 1)}
        values={form.compensatingControls}
        onChange={(compensatingControls) => onChange({ compensatingControls })}
      />
    </fieldset>
  );
}
