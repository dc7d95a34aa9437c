// The risk register (IEC 62443-3-2 ZCR 5): every threat scenario of the site with its risk before
// and after the existing countermeasures, rated on the site's matrix; filtered and ordered as the
// URL says (search.ts), intolerable ones first by default.
import { useMemo } from 'react';
import { Link } from '@tanstack/react-router';
import { worstRating } from '../../../core/iec62443/risk/scenario.js';
import { Empty } from '../../components/states.js';
import { needsAcceptance, registerRows } from './register-filter.js';
import { RegisterFilters } from './RegisterFilters.js';
import type { LevelStyle } from './risk-colors.js';
import type { RiskRating, RiskView } from './risks-api.js';
import type { RiskSearch } from './search.js';

function RiskBadge({ rating, styles }: { rating: RiskRating | null; styles: Map<string, LevelStyle> }) {
  if (!rating) return <span className="muted">not rated</span>;
  const s = styles.get(rating.level);
  return (
    <span className="risk-badge" style={{ background: s?.background, color: s?.color }}>
      {rating.name}
      {!rating.tolerable && ' ▲'}
    </span>
  );
}

/** Issue #6 item 3: an accepted risk shows until when; a lapsed acceptance is a finding. */
function AcceptanceBadge({ r }: { r: RiskView }) {
  const a = r.acceptance;
  if (!a) return null;
  return (
    <span
      className={`badge ${a.expired ? 'danger' : 'ok'}`}
      title={`Accepted by ${a.byName} on ${a.at.slice(0, 10)}: ${a.rationale}`}
    >
      {a.expired ? `Acceptance expired ${a.expires}` : `Accepted until ${a.expires}`}
    </span>
  );
}

const cellOf = (r: RiskView) => `L${r.likelihood} × C${worstRating(r.consequence)?.level ?? '–'}`;

export function RiskRegister({
  site,
  risks,
  styles,
  canEdit,
  canAccept,
  search,
  onSearch,
  onEdit,
  onDelete,
  onAccept,
  onWithdraw,
}: {
  site: string;
  risks: RiskView[];
  styles: Map<string, LevelStyle>;
  canEdit: boolean;
  /** The caller may accept risks (riskAssessment.approve on the site). */
  canAccept: boolean;
  search: RiskSearch;
  onSearch: (next: Partial<RiskSearch>) => void;
  onEdit: (r: RiskView) => void;
  onDelete: (r: RiskView) => void;
  onAccept: (r: RiskView) => void;
  onWithdraw: (r: RiskView) => void;
}) {
  const targets = useMemo(() => [...new Set(risks.map((r) => r.target.id))].sort(), [risks]);
  // The matrix's risk levels, lowest first, are the order of `styles`.
  const shown = useMemo(() => {
    const ranks = [...styles.keys()];
    return registerRows(risks, search, (level) => ranks.indexOf(level));
  }, [risks, search, styles]);
  if (risks.length === 0) return <Empty>No threat scenarios yet. Add the first one to start the register.</Empty>;
  return (
    <>
      <RegisterFilters
        search={search}
        targets={targets}
        onChange={onSearch}
        shown={shown.length}
        total={risks.length}
      />
      <table className="data" aria-label="Risk register">
        <thead>
          <tr>
            <th>Id</th>
            <th>Scenario</th>
            <th>Target</th>
            <th>Threat source</th>
            <th>Vector</th>
            <th>FRs</th>
            <th>Before</th>
            <th>After</th>
            <th>Acceptance</th>
            {(canEdit || canAccept) && <th />}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id}>
              <td className="mono">{r.id}</td>
              <td>{r.title}</td>
              <td>
                {r.target.kind === 'zone' ? (
                  <Link to="/sites/$site/zones/$zone" params={{ site, zone: r.target.id }} className="mono">
                    {r.target.id}
                  </Link>
                ) : (
                  <Link to="/sites/$site" params={{ site }} search={{ conduit: r.target.id }} className="mono">
                    {r.target.id}
                  </Link>
                )}
              </td>
              <td>
                {r.threatSource.name}
                {r.threatSource.kind && <span className="muted small"> ({r.threatSource.kind})</span>}
              </td>
              <td>{r.vector}</td>
              <td className="mono">{r.affectedFrs.join(', ')}</td>
              <td title={cellOf(r)}>
                <RiskBadge rating={r.unmitigatedRisk} styles={styles} />
              </td>
              <td>
                <RiskBadge rating={r.residualRisk} styles={styles} />
              </td>
              <td>
                <AcceptanceBadge r={r} />
              </td>
              {(canEdit || canAccept) && (
                <td className="row-actions">
                  {canAccept && needsAcceptance(r) && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onAccept(r)}
                      aria-label={`Accept risk of ${r.id}`}
                    >
                      Accept…
                    </button>
                  )}
                  {canAccept && r.acceptance && (
                    <button
                      type="button"
                      className="link"
                      onClick={() => onWithdraw(r)}
                      aria-label={`Withdraw acceptance of ${r.id}`}
                    >
                      Withdraw
                    </button>
                  )}
                  {canEdit && r.abilities.includes('update') && (
                    <button type="button" className="link" onClick={() => onEdit(r)} aria-label={`Edit ${r.id}`}>
                      Edit
                    </button>
                  )}
                  {canEdit && r.abilities.includes('delete') && (
                    <button type="button" className="link" onClick={() => onDelete(r)} aria-label={`Delete ${r.id}`}>
                      Delete
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted small">No scenario matches these filters.</p>}
    </>
  );
}
