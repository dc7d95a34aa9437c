// What changed materially since the last approval (zones or conduits added or removed, SL-Ts, zone
// kinds, conduit ends, safety assets): the reasons a re-assessment is due (IEC 62443-3-2 ZCR 1.x/3.x).
import type { MaterialChange } from '../../../core/iec62443/risk/material-model.js';
import { SlVector } from '../../components/Sl.js';

const show = (v: unknown): string => {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.map((x) => show(x)).join(' ');
  if (typeof v === 'object') return JSON.stringify(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
};

/** SL-T vectors in the SL colour scale (sl-scale.ts), anything else as text. */
function Value({ change, value }: { change: MaterialChange; value: unknown }) {
  if (change.what === 'slTarget' && Array.isArray(value))
    return <SlVector vector={value as (number | null)[]} label={`SL-T ${show(value)}`} />;
  return <>{show(value)}</>;
}

export function ChangesList({ changes }: { changes: MaterialChange[] }) {
  return (
    <section className="state state-error ra-changes" aria-labelledby="ra-changes-title">
      <h2 id="ra-changes-title">Needs re-assessment: the model changed since the last approval</h2>
      <table className="data" aria-label="Changes since the last approval">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Id</th>
            <th scope="col">Change</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.kind}:${c.id}:${c.what}`}>
              <td>{c.kind}</td>
              <td className="mono">{c.id}</td>
              <td>{c.what}</td>
              <td className="mono">
                <Value change={c} value={c.before} />
              </td>
              <td className="mono">
                <Value change={c} value={c.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
