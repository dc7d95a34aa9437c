// ZCR 1: the system under consideration (IEC 62443-3-2 ZCR 1.1): what it covers, where its
// boundary runs, its access points, and the zones and assets inside it.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Suc } from '../../../core/iec62443/risk/assessment.js';
import { Field } from '../../components/Field.js';
import { zonesQuery } from '../site/queries.js';
import type { Assessment } from './assessment-api.js';
import { StepForm } from './StepForm.js';

const ids = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function SucPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const zones = useQuery(zonesQuery(site));
  const [suc, setSuc] = useState<Suc>(answer.suc);
  const [assets, setAssets] = useState(answer.suc.assets.join(', '));
  const toggle = (zone: string, on: boolean) =>
    setSuc({ ...suc, zones: on ? [...suc.zones, zone] : suc.zones.filter((z) => z !== zone) });
  return (
    <StepForm
      site={site}
      answer={answer}
      step="zcr1"
      canEdit={canEdit}
      contentPatch={() => ({ suc: { ...suc, assets: ids(assets) } })}
    >
      <div className="grid-2">
        <Field label="Scope">
          <textarea rows={3} value={suc.scope} onChange={(e) => setSuc({ ...suc, scope: e.target.value })} />
        </Field>
        <Field label="Boundaries">
          <textarea rows={3} value={suc.boundaries} onChange={(e) => setSuc({ ...suc, boundaries: e.target.value })} />
        </Field>
        <Field label="Access points">
          <textarea
            rows={3}
            value={suc.accessPoints}
            onChange={(e) => setSuc({ ...suc, accessPoints: e.target.value })}
          />
        </Field>
        <Field label="Assets in scope">
          <textarea
            rows={3}
            value={assets}
            placeholder="asset ids, comma separated"
            onChange={(e) => setAssets(e.target.value)}
          />
        </Field>
      </div>
      <fieldset className="field ra-zones">
        <legend>Zones in scope</legend>
        {zones.error ? (
          <span className="muted">The zones could not be loaded.</span>
        ) : (
          (zones.data ?? []).map((z) => (
            <label key={z.id} className="ra-check">
              <input
                type="checkbox"
                checked={suc.zones.includes(z.id)}
                onChange={(e) => toggle(z.id, e.target.checked)}
              />
              {z.name} <span className="mono muted">{z.id}</span>
            </label>
          ))
        )}
      </fieldset>
    </StepForm>
  );
}
