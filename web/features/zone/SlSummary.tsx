// Under the chart: the vectors as numbers, what blocks the SL-T, what controls compensate, and the
// evaluation's warnings (missing SL-T, assets without capability data…).
import { SlTable } from './SlTable.js';
import type { ZoneEval } from './zone-api.js';

export function SlSummary({ evaluation: e }: { evaluation: ZoneEval }) {
  const meets = e.slTarget !== null && e.gap.every((g) => g === 0);
  return (
    <div className="sl-summary">
      <SlTable evaluation={e} />
      <p className="small">
        {e.slTarget === null ? (
          <span className="badge warn">no SL-T</span>
        ) : meets ? (
          <span className="badge ok">meets SL-T</span>
        ) : (
          <span className="badge danger">
            {e.blocking.length} blocking requirement{e.blocking.length === 1 ? '' : 's'}
          </span>
        )}{' '}
        {e.compensated.length > 0 && (
          <span className="badge info" title={e.compensated.map((c) => `${c.id} by ${c.control}`).join(', ')}>
            {e.compensated.length} compensated
          </span>
        )}{' '}
        <span className="muted">as of {e.asOf}</span>
      </p>
      <p className="muted small">
        SL-C is the weakest known asset per FR{e.capabilityComplete ? '' : ' (not every asset has capability data)'};
        SL-A counts requirements implemented, not applicable or covered by a valid compensating control.
      </p>
      {e.warnings.length > 0 && (
        <ul className="zone-warnings" aria-label="Warnings">
          {e.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
