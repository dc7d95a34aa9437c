// The risk matrix as a grid: likelihood up the side (most likely on top), consequence along the
// bottom, each cell coloured by its risk level, and the tolerable-risk line drawn between the
// tolerable cells and the others (IEC 62443-3-2 ZCR 4: initial risk is judged against it).
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import type { LevelStyle } from './risk-colors.js';

export interface Cell {
  likelihood: number;
  consequence: number;
}

export interface Marker extends Cell {
  label: string;
  title: string;
}

export function MatrixGrid({
  matrix,
  styles,
  selected,
  onSelect,
  markers = [],
}: {
  matrix: RiskMatrix;
  styles: Map<string, LevelStyle>;
  selected?: Cell | null;
  onSelect?: (cell: Cell) => void;
  markers?: Marker[];
}) {
  const rows = [...matrix.likelihood].reverse();
  const tolerable = (l: number, c: number) => {
    const id = matrix.cells[l - 1]?.[c - 1];
    return id !== undefined && (styles.get(id)?.tolerable ?? false);
  };
  return (
    <table className="risk-grid" aria-label="Risk matrix">
      <tbody>
        {rows.map((lik) => (
          <tr key={lik.level}>
            <th scope="row" title={lik.description}>
              <span className="level-no">{lik.level}</span> {lik.name}
            </th>
            {matrix.consequence.map((con) => {
              const id = matrix.cells[lik.level - 1]?.[con.level - 1] ?? '';
              const style = styles.get(id);
              const here = tolerable(lik.level, con.level);
              // The line runs where a tolerable cell meets an intolerable one (right or above).
              const lineRight = here && con.level < matrix.consequence.length && !tolerable(lik.level, con.level + 1);
              const lineTop = here && lik.level < matrix.likelihood.length && !tolerable(lik.level + 1, con.level);
              const isSelected = selected?.likelihood === lik.level && selected.consequence === con.level;
              const inCell = markers.filter((m) => m.likelihood === lik.level && m.consequence === con.level);
              const name = `${lik.name} × ${con.name}: ${style?.name ?? id}`;
              return (
                <td
                  key={con.level}
                  className={[
                    'risk-cell',
                    lineRight ? 'line-right' : '',
                    lineTop ? 'line-top' : '',
                    isSelected ? 'selected' : '',
                  ].join(' ')}
                  style={{ background: style?.background, color: style?.color }}
                >
                  {onSelect ? (
                    <button
                      type="button"
                      aria-label={name}
                      aria-pressed={isSelected}
                      onClick={() => onSelect({ likelihood: lik.level, consequence: con.level })}
                    >
                      {style?.name ?? id}
                    </button>
                  ) : (
                    <span title={name}>{style?.name ?? id}</span>
                  )}
                  {inCell.length > 0 && (
                    <span className="risk-markers">
                      {inCell.map((m) => (
                        <span key={m.label} className="risk-marker" title={m.title}>
                          {m.label}
                        </span>
                      ))}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="col" className="axis-corner">
            likelihood ↑ · consequence →
          </th>
          {matrix.consequence.map((con) => (
            <th key={con.level} scope="col" title={Object.values(con.categories).join(' · ')}>
              <span className="level-no">{con.level}</span> {con.name}
            </th>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
