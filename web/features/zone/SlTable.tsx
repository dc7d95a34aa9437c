// The zone's SL vectors as numbers, FR by FR: the chart's exact values, readable by screen readers.
import { GapCell, SlChip } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT, FRS } from '../../components/sl-scale.js';
import type { ZoneEval } from './zone-api.js';

export function SlTable({ evaluation }: { evaluation: ZoneEval }) {
  const rows: { label: string; title: string; values: readonly (number | null)[] | null }[] = [
    { label: 'SL-T', title: 'Target security level', values: evaluation.slTarget },
    {
      label: 'SL-C',
      title: 'Capability: the weakest known asset of the zone caps it (C-981 convention)',
      values: evaluation.slCapability,
    },
    { label: 'SL-A', title: 'Achieved: satisfied requirements of the checklist', values: evaluation.slAchieved },
  ];
  return (
    <table className="data sl-table" aria-label="Security levels per FR">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Vector</span>
          </th>
          {FRS.map((fr) => (
            <th key={fr} scope="col" className="num" title={FR_NAMES[fr]}>
              FR {fr}
              <span className="muted small"> {FR_SHORT[fr]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" title={row.title}>
              {row.label}
            </th>
            {FRS.map((fr) => (
              <td key={fr} className="num" aria-label={`${row.label} FR ${fr}: ${row.values?.[fr - 1] ?? 'not set'}`}>
                <SlChip value={row.values?.[fr - 1] ?? null} />
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row" title="max(0, SL-T − SL-A)">
            Gap
          </th>
          {FRS.map((fr) => {
            const gap = evaluation.slTarget ? (evaluation.gap[fr - 1] ?? 0) : null;
            return (
              <td key={fr} className="num" aria-label={`Gap FR ${fr}: ${gap ?? 'no SL-T'}`}>
                <GapCell gap={gap} title={gap === null ? 'no SL-T' : `gap ${gap}`} />
              </td>
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}
