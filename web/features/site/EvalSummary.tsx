// Under the SL table: how many requirements block the SL-T, how many are compensated, and the
// evaluation's warnings (missing capability data, no SL-T …).
import type { Eval } from './types.js';

export function EvalSummary({ evaluation }: { evaluation: Eval }) {
  const n = evaluation.blocking.length;
  const byFr = new Map<number, number>();
  for (const b of evaluation.blocking) byFr.set(b.fr, (byFr.get(b.fr) ?? 0) + 1);
  return (
    <div className="eval-summary">
      <p>
        <span className={`badge ${n === 0 ? 'ok' : 'danger'}`}>
          {n} blocking {n === 1 ? 'requirement' : 'requirements'}
        </span>{' '}
        {evaluation.compensated.length > 0 && (
          <span className="badge info">{evaluation.compensated.length} compensated</span>
        )}
      </p>
      {n > 0 && (
        <p className="muted small">
          {[...byFr.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([fr, count]) => `FR ${fr}: ${count}`)
            .join(' · ')}
        </p>
      )}
      {evaluation.warnings.length > 0 && (
        <ul className="eval-warnings">
          {evaluation.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
