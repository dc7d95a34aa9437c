// SL-T / SL-C / SL-A and the gap of one zone or conduit, per FR (DESIGN §3): the full vectors,
// never collapsed to one number.
import { GapCell, SlChip } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT, FRS } from '../../components/sl-scale.js';
import type { Eval } from './types.js';

type Row = { label: string; title: string; values: readonly (number | null)[] | null; gap?: boolean };

export function SlTable({ evaluation, name }: { evaluation: Eval; name: string }) {
  const hasTarget = evaluation.slTarget !== null;
  const rows: Row[] = [
    { label: 'SL-T', title: 'Target security level', values: evaluation.slTarget },
    ...(evaluation.slCapability
      ? [
          {
            label: 'SL-C',
            title: 'Capability: the weakest component of the zone caps it (minimum over its assets)',
            values: evaluation.slCapability,
          },
        ]
      : []),
    { label: 'SL-A', title: 'Achieved security level, from the assessment results', values: evaluation.slAchieved },
    { label: 'Gap', title: 'SL-T minus SL-A (0 when met)', values: hasTarget ? evaluation.gap : null, gap: true },
  ];
  return (
    <table className="sl-table" aria-label={`Security levels of ${name}`}>
      <thead>
        <tr>
          <th />
          {FRS.map((fr) => (
            <th key={fr} title={`FR ${fr} ${FR_NAMES[fr]}`}>
              {fr}
              <small>{FR_SHORT[fr]}</small>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" title={r.title}>
              {r.label}
            </th>
            {FRS.map((fr) => {
              const v = r.values?.[fr - 1] ?? null;
              const label = `${r.label} FR ${fr}: ${v ?? '–'}`;
              return (
                <td key={fr} aria-label={label}>
                  {r.gap ? <GapCell gap={v} title={label} /> : <SlChip value={v} title={label} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
