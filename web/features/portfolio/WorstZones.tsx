// "Worst zones across the estate": every site's worst zones merged, largest total gap first.
import { Link } from '@tanstack/react-router';
import { GapCell } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT, FRS } from '../../components/sl-scale.js';
import { Empty } from '../../components/states.js';
import type { WorstZone } from './portfolio-model.js';

export function WorstZones({ zones }: { zones: WorstZone[] }) {
  if (zones.length === 0) return <Empty>No zone has a gap: every zone with an SL-T meets it.</Empty>;
  return (
    <table className="data worst" aria-label="Worst zones across the estate">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>Site</th>
          <th>Zone</th>
          <th className="num" title="Sum of the gaps over FR 1–7">
            Total gap
          </th>
          {FRS.map((fr) => (
            <th key={fr} className="fr" title={`FR ${fr} ${FR_NAMES[fr]}`}>
              FR {fr} <small>{FR_SHORT[fr]}</small>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {zones.map((z, i) => (
          <tr key={`${z.site}/${z.id}`}>
            <td className="num muted">{i + 1}</td>
            <td>
              <Link to="/sites/$site" params={{ site: z.site }}>
                {z.siteName}
              </Link>
            </td>
            <td>
              <Link to="/sites/$site/zones/$zone" params={{ site: z.site, zone: z.id }}>
                {z.name}
              </Link>{' '}
              <span className="mono muted small">{z.id}</span>
            </td>
            <td className="num">
              <strong>{z.totalGap}</strong>
            </td>
            {FRS.map((fr) => (
              <td key={fr} className="fr">
                <GapCell gap={z.gap[fr - 1]} title={`FR ${fr} ${FR_NAMES[fr]}: gap ${z.gap[fr - 1] ?? '–'}`} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
