// ZCR 4: each rated zone's initial risk against the tolerable risk of the effective matrix
// (IEC 62443-3-2 ZCR 4.1). Computed by the server on every read; zones above the line go on to
// the detailed assessment of ZCR 5.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Empty } from '../../components/states.js';
import { levelStyles } from '../risk/risk-colors.js';
import { siteMatrixQuery } from '../risk/risk-api.js';
import type { Assessment } from './assessment-api.js';
import { RiskChip } from './RiskChip.js';
import { StepForm } from './StepForm.js';

const SOURCE: Record<Assessment['computed']['matrixSource'], string> = {
  default: 'the built-in default matrix',
  organization: "the organization's matrix",
  site: "this site's own matrix",
};

export function ComparisonPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const matrix = useQuery(siteMatrixQuery(site));
  const m = matrix.data?.matrix;
  const styles = useMemo(() => (m ? levelStyles(m) : new Map()), [m]);
  const rows = answer.computed.zcr4;
  const name = (axis: 'likelihood' | 'consequence', level: number | null) =>
    level === null ? '–' : `${level} ${m?.[axis].find((l) => l.level === level)?.name ?? ''}`.trim();
  return (
    <StepForm site={site} answer={answer} step="zcr4" canEdit={canEdit}>
      <p className="small">Rated on {SOURCE[answer.computed.matrixSource]}.</p>
      {rows.length === 0 ? (
        <Empty>No zone is rated yet: rate the initial risk in ZCR 2.</Empty>
      ) : (
        <table className="data" aria-label="Initial risk against tolerable risk">
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Likelihood × consequence</th>
              <th scope="col">Risk</th>
              <th scope="col">Tolerable</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.zone}>
                <td className="mono">{r.zone}</td>
                <td>
                  {name('likelihood', r.likelihood)} × {name('consequence', r.consequence)}
                </td>
                <td>
                  {r.risk ? <RiskChip risk={r.risk} styles={styles} /> : <span className="muted">not rated</span>}
                </td>
                <td>
                  {r.tolerable === null ? (
                    <span className="muted">–</span>
                  ) : r.tolerable ? (
                    <span className="badge ok">tolerable</span>
                  ) : (
                    <span className="badge danger">intolerable</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StepForm>
  );
}
