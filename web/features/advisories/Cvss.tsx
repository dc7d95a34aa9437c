// A CVSS base score as a chip coloured by its qualitative rating (critical, high, medium, low),
// used by the advisory library and the vulnerability findings.
import { severityOf } from './advisories-api.js';
import './cvss.css';

export function CvssChip({
  v3,
  v4,
  vector,
}: {
  v3: number | null;
  v4: number | null;
  /** Shown as the tooltip, when known. */
  vector?: string | undefined;
}) {
  const score = v3 ?? v4;
  if (score === null) return <span className="muted small">no score</span>;
  const severity = severityOf(score);
  const version = v3 !== null ? 'CVSS v3' : 'CVSS v4';
  const other = v3 !== null && v4 !== null ? ` · v4 ${v4.toFixed(1)}` : '';
  return (
    <span
      className={`cvss-chip cvss-${severity ?? 'none'}`}
      title={`${version} ${score.toFixed(1)} (${severity ?? 'none'})${other}${vector ? `\n${vector}` : ''}`}
    >
      {score.toFixed(1)}
    </span>
  );
}
