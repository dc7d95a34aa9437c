// The side panel with nothing selected: the site's zones, largest gap first, as a keyboard-
// friendly way into the diagram.
import { GapCell } from '../../components/Sl.js';
import { maxOf } from './graph.js';
import type { Eval, Selection, Zone } from './types.js';

export function SiteOverview({
  zones,
  conduits,
  evals,
  onSelect,
}: {
  zones: Zone[];
  conduits: number;
  evals: ReadonlyMap<string, Eval>;
  onSelect: (s: Selection) => void;
}) {
  const rows = zones
    .map((z) => {
      const e = evals.get(z.id);
      const total = e?.slTarget ? e.gap.reduce((a, b) => a + b, 0) : null;
      return { z, total, max: e?.slTarget ? maxOf(e.gap) : null };
    })
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.z.name.localeCompare(b.z.name));
  const meeting = rows.filter((r) => r.total === 0).length;
  return (
    <>
      <h2>Overview</h2>
      <p className="muted small">
        {zones.length} zones · {conduits} conduits · {meeting} of {zones.length} zones meet their SL-T. Select a zone or
        conduit in the diagram (or below) to see its security levels.
      </p>
      <table className="data overview" aria-label="Zones by gap">
        <thead>
          <tr>
            <th>Zone</th>
            <th className="num" title="Largest gap over FR 1–7">
              Max
            </th>
            <th className="num" title="Sum of the gaps over FR 1–7">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ z, total, max }) => (
            <tr key={z.id}>
              <td>
                <button type="button" className="link" onClick={() => onSelect({ kind: 'zone', id: z.id })}>
                  {z.name}
                </button>
              </td>
              <td className="num">
                <GapCell gap={max} title={max === null ? 'no SL-T' : `largest gap ${max}`} />
              </td>
              <td className="num">{total ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
