// ZCR 2: the initial (unmitigated) risk of each zone in the SUC — a likelihood and the worst
// credible consequence per category on the site's effective matrix (IEC 62443-3-2 ZCR 2.1).
// The risk column previews what ZCR 4 will compare, computed with the same core function.
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { compareWithTolerable, type InitialRisk } from '../../../core/iec62443/risk/assessment.js';
import { CONSEQUENCE_CATEGORIES, type ConsequenceCategory } from '../../../core/iec62443/risk/matrix.js';
import { QueryState } from '../../components/states.js';
import { levelStyles } from '../risk/risk-colors.js';
import { siteMatrixQuery } from '../risk/risk-api.js';
import { zonesQuery } from '../site/queries.js';
import type { Assessment } from './assessment-api.js';
import { initialRiskPatch } from './patches.js';
import { RiskChip } from './RiskChip.js';
import { StepForm } from './StepForm.js';

type Ratings = Record<string, InitialRisk>;

export function InitialRiskPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const zones = useQuery(zonesQuery(site));
  const matrix = useQuery(siteMatrixQuery(site));
  const [ratings, setRatings] = useState<Ratings>(answer.initialRisk);
  // The zones of the SUC (ZCR 1), or every zone while the SUC names none yet.
  const shown = useMemo(() => {
    const all = zones.data ?? [];
    return answer.suc.zones.length > 0 ? all.filter((z) => answer.suc.zones.includes(z.id)) : all;
  }, [zones.data, answer.suc.zones]);
  const preview = useMemo(
    () => new Map(matrix.data ? compareWithTolerable(matrix.data.matrix, ratings).map((c) => [c.zone, c]) : []),
    [matrix.data, ratings],
  );
  const styles = useMemo(() => (matrix.data ? levelStyles(matrix.data.matrix) : new Map()), [matrix.data]);

  const setLikelihood = (zone: string, value: string) => {
    const next = { ...ratings };
    if (value === '') delete next[zone];
    else next[zone] = { consequence: ratings[zone]?.consequence ?? {}, likelihood: Number(value) };
    setRatings(next);
  };
  const setConsequence = (zone: string, category: ConsequenceCategory, value: string) => {
    const current = ratings[zone] ?? { consequence: {}, likelihood: 0 };
    const consequence = { ...current.consequence };
    if (value === '') delete consequence[category];
    else consequence[category] = Number(value);
    setRatings({ ...ratings, [zone]: { ...current, consequence } });
  };
  const patch = () => ({ initialRisk: initialRiskPatch(ratings, answer.initialRisk) });

  return (
    <StepForm site={site} answer={answer} step="zcr2" canEdit={canEdit} contentPatch={patch}>
      <QueryState query={matrix} what="the risk matrix">
        {({ matrix: m }) => (
          <div className="ra-scroll">
            <table className="data ra-ratings" aria-label="Initial risk per zone">
              <thead>
                <tr>
                  <th scope="col">Zone</th>
                  <th scope="col">Likelihood</th>
                  {CONSEQUENCE_CATEGORIES.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col">Initial risk</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((z) => {
                  const r = ratings[z.id];
                  const c = preview.get(z.id);
                  return (
                    <tr key={z.id}>
                      <th scope="row">
                        {z.name} <span className="mono muted small">{z.id}</span>
                      </th>
                      <td>
                        <select
                          aria-label={`Likelihood of ${z.id}`}
                          value={r && r.likelihood > 0 ? String(r.likelihood) : ''}
                          onChange={(e) => setLikelihood(z.id, e.target.value)}
                        >
                          <option value="">not rated</option>
                          {m.likelihood.map((l) => (
                            <option key={l.level} value={l.level}>
                              {l.level} {l.name}
                            </option>
                          ))}
                        </select>
                      </td>
                      {CONSEQUENCE_CATEGORIES.map((cat) => (
                        <td key={cat}>
                          <select
                            aria-label={`Consequence ${cat} of ${z.id}`}
                            value={r?.consequence[cat] !== undefined ? String(r.consequence[cat]) : ''}
                            onChange={(e) => setConsequence(z.id, cat, e.target.value)}
                          >
                            <option value="">–</option>
                            {m.consequence.map((l) => (
                              <option key={l.level} value={l.level} title={l.categories[cat]}>
                                {l.level} {l.name}
                              </option>
                            ))}
                          </select>
                        </td>
                      ))}
                      <td>{c?.risk ? <RiskChip risk={c.risk} styles={styles} /> : <span className="muted">–</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </StepForm>
  );
}
