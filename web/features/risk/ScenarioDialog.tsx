// Adding a threat scenario (IEC 62443-3-2 ZCR 5): what threatens which zone or conduit, through
// which vector, touching which FRs, how bad and how likely before and after the countermeasures.
// The server validates against the site's matrix and model and answers any problem here.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import {
  CONSEQUENCE_CATEGORIES,
  THREAT_SOURCE_KINDS,
  THREAT_VECTORS,
  type ThreatScenarioDoc,
} from '../../../core/schemas/risk-scenario.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';

type Ratings = Partial<Record<(typeof CONSEQUENCE_CATEGORIES)[number], number>>;

export function ScenarioDialog({
  site,
  matrix,
  onSubmit,
  onCancel,
  error,
  busy,
}: {
  site: string;
  matrix: RiskMatrix;
  onSubmit: (doc: ThreatScenarioDoc) => void;
  onCancel: () => void;
  error: unknown;
  busy: boolean;
}) {
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [target, setTarget] = useState('');
  const [source, setSource] = useState('');
  const [kind, setKind] = useState<(typeof THREAT_SOURCE_KINDS)[number]>('criminal');
  const [vector, setVector] = useState<(typeof THREAT_VECTORS)[number]>('network');
  const [frs, setFrs] = useState<number[]>([]);
  const [consequence, setConsequence] = useState<Ratings>({});
  const [likelihood, setLikelihood] = useState(3);
  const [residual, setResidual] = useState<number | ''>('');

  const [targetKind, targetId] = target.split(':') as ['zone' | 'conduit', string];
  const rated = Object.keys(consequence).length > 0;
  const submit = () =>
    onSubmit({
      id: id.trim(),
      title: title.trim(),
      target: { kind: targetKind, id: targetId },
      threatSource: { name: source.trim(), kind },
      vector,
      affectedFrs: [...frs].sort(),
      consequence,
      likelihood,
      ...(residual === '' ? {} : { residualLikelihood: residual }),
    });
  const toggleFr = (fr: number) => setFrs(frs.includes(fr) ? frs.filter((f) => f !== fr) : [...frs, fr]);

  return (
    <Modal
      title="Add threat scenario"
      submitLabel="Add scenario"
      onSubmit={submit}
      onCancel={onCancel}
      error={error}
      busy={busy}
      wide
      invalid={!id.trim() || !title.trim() || !target || !source.trim() || frs.length === 0 || !rated}
    >
      <div className="grid-2">
        <Field label="Id" required hint="e.g. r-ransomware-ra; unique in the site">
          <input value={id} onChange={(e) => setId(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Title" required>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label="Zone or conduit" required>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
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
        <Field label="Vector" required>
          <select value={vector} onChange={(e) => setVector(e.target.value as typeof vector)}>
            {THREAT_VECTORS.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </Field>
        <Field label="Threat source" required hint="who or what, e.g. Ransomware crew">
          <input value={source} onChange={(e) => setSource(e.target.value)} />
        </Field>
        <Field label="Kind of source" hint="sets its capability (SL 1–4), see docs/risk.md">
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {THREAT_SOURCE_KINDS.filter((k) => k !== 'other').map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="fr-boxes">
        <legend>Foundational requirements affected *</legend>
        {[1, 2, 3, 4, 5, 6, 7].map((fr) => (
          <label key={fr}>
            <input type="checkbox" checked={frs.includes(fr)} onChange={() => toggleFr(fr)} /> FR {fr}
          </label>
        ))}
      </fieldset>
      <fieldset className="consequence-boxes">
        <legend>Worst credible consequence (unmitigated) *</legend>
        {CONSEQUENCE_CATEGORIES.map((c) => (
          <label key={c}>
            <span>{c}</span>
            <select
              aria-label={`Consequence ${c}`}
              value={consequence[c] ?? ''}
              onChange={(e) => {
                const next = { ...consequence };
                if (e.target.value === '') delete next[c];
                else next[c] = Number(e.target.value);
                setConsequence(next);
              }}
            >
              <option value="">not affected</option>
              {matrix.consequence.map((l) => (
                <option key={l.level} value={l.level}>
                  {l.level} {l.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <Field label="Likelihood (unmitigated)" required>
          <select value={likelihood} onChange={(e) => setLikelihood(Number(e.target.value))}>
            {matrix.likelihood.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Likelihood after existing countermeasures">
          <select value={residual} onChange={(e) => setResidual(e.target.value === '' ? '' : Number(e.target.value))}>
            <option value="">not rated</option>
            {matrix.likelihood.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </Modal>
  );
}
