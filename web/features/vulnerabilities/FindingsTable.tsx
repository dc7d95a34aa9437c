// The findings of one site as a dense table, in the API's priority order.
import { FindingRow } from './FindingRow.js';
import { findingKey, type Decision, type Finding } from './vulnerabilities-api.js';

export function FindingsTable({
  site,
  findings,
  canTriage,
  onTriage,
}: {
  site: string;
  findings: Finding[];
  canTriage: boolean;
  onTriage: (f: Finding, decision?: Decision) => void;
}) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="table-scroll">
      <table className="data findings-table" aria-label="Findings">
        <thead>
          <tr>
            <th className="num" title="Higher first: CVSS, zone SL-T, exposure, legacy, fix available">
              Priority
            </th>
            <th>Asset</th>
            <th>Zone</th>
            <th>Advisory</th>
            <th className="num">CVSS</th>
            <th>Verdict</th>
            <th>Fix</th>
            <th>Triage</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((f) => (
            <FindingRow key={findingKey(f)} site={site} f={f} today={today} canTriage={canTriage} onTriage={onTriage} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
