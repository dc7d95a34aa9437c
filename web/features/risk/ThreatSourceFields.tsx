// Who threatens: the source's name, its kind, and its capability as an SL. The kind gives a default
// capability (docs/risk.md); a stated one overrides it, and kind `other` has none, so it must be
// stated. The capability is what sets the SL-T of the FRs an intolerable scenario touches (ZCR 5).
import { DEFAULT_SOURCE_CAPABILITY } from '../../../core/iec62443/risk/scenario.js';
import { THREAT_SOURCE_KINDS, type ThreatSourceKind } from '../../../core/schemas/risk-scenario.js';
import { Field } from '../../components/Field.js';
import type { ScenarioForm } from './scenario-form.js';

const defaultCapability = (kind: ThreatSourceKind | '') =>
  kind === '' || kind === 'other' ? null : DEFAULT_SOURCE_CAPABILITY[kind];

export function ThreatSourceFields({
  form,
  onChange,
}: {
  form: ScenarioForm;
  onChange: (changes: Partial<ScenarioForm>) => void;
}) {
  const fromKind = defaultCapability(form.sourceKind);
  return (
    <div className="grid-3">
      <Field label="Threat source" required hint="who or what, e.g. Ransomware crew">
        <input value={form.sourceName} onChange={(e) => onChange({ sourceName: e.target.value })} />
      </Field>
      <Field label="Kind of source" hint="gives the default capability">
        <select
          value={form.sourceKind}
          onChange={(e) => onChange({ sourceKind: e.target.value as ThreatSourceKind | '' })}
        >
          {form.sourceKind === '' && <option value="">not stated</option>}
          {THREAT_SOURCE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </Field>
      <Field
        label="Capability"
        required={fromKind === null}
        hint={fromKind === null ? 'this kind has no default: state it' : "overrides the kind's default"}
      >
        <select
          value={form.capability}
          onChange={(e) => onChange({ capability: e.target.value === '' ? '' : Number(e.target.value) })}
        >
          <option value="">{fromKind === null ? 'Choose…' : `from kind (SL ${fromKind})`}</option>
          {[1, 2, 3, 4].map((sl) => (
            <option key={sl} value={sl}>
              SL {sl}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
