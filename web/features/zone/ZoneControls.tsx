// The compensating controls that concern this zone: scoped to it, or naming one of its assets.
// Only approved, unexpired controls count towards SL-A (DESIGN §3.1), so validity is shown first.
import { Link } from '@tanstack/react-router';
import { controlValidity, type ControlValidity } from '../../../core/iec62443/controls.js';
import { Empty } from '../../components/states.js';
import type { Control } from './zone-api.js';

const TONE: Record<ControlValidity, string> = {
  valid: 'ok',
  unapproved: 'warn',
  'not-yet-approved': 'warn',
  expired: 'danger',
};

/** Controls scoped to the zone, or listing any of the given assets of the zone. */
export function controlsOfZone(controls: readonly Control[], zone: string, assetIds: ReadonlySet<string>): Control[] {
  return controls.filter((c) => c.scope === zone || (c.assets ?? []).some((a) => assetIds.has(a)));
}

export function ZoneControls(props: { site: string; zone: string; controls: Control[]; asOf: string }) {
  const { site, zone, controls, asOf } = props;
  if (!controls.length)
    return (
      <Empty>
        No compensating controls for this zone.{' '}
        <Link to="/sites/$site/controls" params={{ site }}>
          All controls of the site
        </Link>
      </Empty>
    );
  return (
    <>
      <table className="data zone-controls">
        <thead>
          <tr>
            <th scope="col">Control</th>
            <th scope="col">Requirements</th>
            <th scope="col">Kind</th>
            <th scope="col">Approval</th>
            <th scope="col">Expires</th>
            <th scope="col">Counts</th>
          </tr>
        </thead>
        <tbody>
          {controls.map((c) => {
            const validity = controlValidity(c, asOf);
            return (
              <tr key={c.id}>
                <td>
                  <Link to="/sites/$site/controls" params={{ site }} search={{ q: c.id }}>
                    <code>{c.id}</code>
                  </Link>
                  {c.scope !== zone && <div className="muted small">scope {c.scope}, names assets here</div>}
                  {c.description && (
                    <div className="muted small clamp" title={c.description}>
                      {c.description}
                    </div>
                  )}
                </td>
                <td>
                  {c.requirements.map((r) => (
                    <code key={r} className="req-chip">
                      {r}
                    </code>
                  ))}
                </td>
                <td>{c.kind}</td>
                <td className="small">
                  {c.approvedBy ? (
                    <>
                      {c.approvedBy}
                      <div className="muted nowrap">{c.approvedAt?.slice(0, 10)}</div>
                    </>
                  ) : (
                    <span className="muted">not approved</span>
                  )}
                </td>
                <td className="small nowrap">{c.expires?.slice(0, 10) ?? <span className="muted">never</span>}</td>
                <td>
                  <span className={`badge ${TONE[validity]}`} title={`as of ${asOf}`}>
                    {validity}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="small">
        <Link to="/sites/$site/controls" params={{ site }}>
          All compensating controls of the site →
        </Link>
      </p>
    </>
  );
}
