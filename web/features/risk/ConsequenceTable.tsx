// What each consequence level means per category, and each likelihood level: the scales a
// workshop rates scenarios on (the asset owner's own criteria, IEC 62443-3-2 ZCR 2 / ZCR 5).
import { CONSEQUENCE_CATEGORIES, type RiskMatrix } from '../../../core/schemas/risk-matrix.js';

const CATEGORY_LABELS: Record<(typeof CONSEQUENCE_CATEGORIES)[number], string> = {
  'health-safety': 'Health & safety',
  environment: 'Environment',
  'production-financial': 'Production / financial',
  reputation: 'Reputation',
  'regulatory-quality': 'Regulatory / product quality',
};

export function ScaleTables({ matrix }: { matrix: RiskMatrix }) {
  return (
    <>
      <h3>Consequence</h3>
      <div className="table-scroll">
        <table className="data scale-table" aria-label="Consequence scale">
          <thead>
            <tr>
              <th>Level</th>
              {CONSEQUENCE_CATEGORIES.map((c) => (
                <th key={c}>{CATEGORY_LABELS[c]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...matrix.consequence].reverse().map((con) => (
              <tr key={con.level}>
                <th scope="row">
                  {con.level} {con.name}
                </th>
                {CONSEQUENCE_CATEGORIES.map((c) => (
                  <td key={c}>{con.categories[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Likelihood</h3>
      <table className="data scale-table" aria-label="Likelihood scale">
        <tbody>
          {[...matrix.likelihood].reverse().map((l) => (
            <tr key={l.level}>
              <th scope="row">
                {l.level} {l.name}
              </th>
              <td>{l.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
