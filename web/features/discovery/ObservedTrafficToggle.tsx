// The diagram toolbar's "Observed traffic" switch and, when on, its legend and load state.
import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../../components/states.js';
import type { ZoneTraffic } from './discovery-api.js';
import { VERDICT_COLOR } from './observed-traffic.js';
import './observed-traffic.css';

const LEGEND: [ZoneTraffic['verdict'], string][] = [
  ['no-conduit', 'no conduit'],
  ['not-in-channel', 'not in a channel'],
  ['allowed', 'allowed'],
];

export function ObservedTrafficToggle({
  on,
  onToggle,
  traffic,
}: {
  on: boolean;
  onToggle: (on: boolean) => void;
  traffic: UseQueryResult<ZoneTraffic[]>;
}) {
  return (
    <span className="observed-toggle">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.target.checked)} /> Observed traffic
      </label>
      {on && traffic.isPending && <span className="muted small">loading…</span>}
      {on && traffic.error !== null && (
        <span className="small observed-error" role="alert">
          {errorMessage(traffic.error)}
        </span>
      )}
      {on && traffic.data && traffic.data.length === 0 && (
        <span className="muted small">no traffic between zones in the analysed captures</span>
      )}
      {on && traffic.data && traffic.data.length > 0 && (
        <span className="observed-legend small" aria-label="Observed traffic legend">
          {LEGEND.map(([verdict, text]) => (
            <span key={verdict}>
              <svg width="22" height="6" aria-hidden>
                <line
                  x1="0"
                  y1="3"
                  x2="22"
                  y2="3"
                  stroke={VERDICT_COLOR[verdict]}
                  strokeWidth="2"
                  strokeDasharray="5 3"
                />
              </svg>{' '}
              {text}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
