// One finding of the Vulnerabilities tab: priority, asset, zone (SL-T, exposure), advisory, CVSS,
// verdict, fix, triage, and on demand the matcher's reason and the priority's factors.
import { Link } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import { SlChip } from '../../components/Sl.js';
import { CvssChip } from '../advisories/Cvss.js';
import { RemediationBadge } from '../advisories/AdvisoryDetail.js';
import { noFix, overdue, stateChip, when } from './findings-filter.js';
import { DECISION_KEY, DECISION_LABEL } from './triage-form.js';
import { DECISIONS, type Decision, type Finding } from './vulnerabilities-api.js';

const MAX_CVES = 3;

export function DecisionChip({ decision }: { decision: Decision | null | undefined }) {
  if (!decision) return <span className="badge untriaged">untriaged</span>;
  return <span className={`badge decision-${decision}`}>{DECISION_LABEL[decision]}</span>;
}

export function ExposureBadge({ f }: { f: Pick<Finding, 'exposed' | 'exposedVia'> }) {
  if (!f.exposed) return null;
  return (
    <span className="badge danger" title={`Reachable through conduits from: ${f.exposedVia.join(', ')}`}>
      exposed{f.exposedVia.length > 0 ? ` via ${f.exposedVia.join(', ')}` : ''}
    </span>
  );
}

export function AssetCell({ site, f }: { site: string; f: Finding }) {
  return (
    <>
      <Link to="/inventory" search={{ site, asset: f.assetId }} className="asset-link">
        {f.assetName}
      </Link>
      {f.legacy && (
        <span className="badge warn" title="Legacy: out of vendor support">
          legacy
        </span>
      )}
      <div className="muted small">
        {[f.vendor, f.model].filter(Boolean).join(' ')}
        {f.orderNumber && <span className="mono"> {f.orderNumber}</span>}
        {f.firmware && (
          <>
            {' · '}
            <span className="mono">{f.firmware}</span>
          </>
        )}
      </div>
    </>
  );
}

/** The asset's zone with its SL-T chip and whether it is exposed. */
export function ZoneCell({ f }: { f: Finding }) {
  return (
    <>
      {f.zoneId ? (
        <>
          <SlChip value={f.zoneSlT} title={`Zone SL-T (highest FR): ${f.zoneSlT ?? 'not set'}`} />{' '}
          <span>{f.zoneName ?? f.zoneId}</span>
        </>
      ) : (
        <span className="muted">no zone</span>
      )}
      <div>
        <ExposureBadge f={f} />
      </div>
    </>
  );
}

export function AdvisoryCell({ f }: { f: Finding }) {
  return (
    <>
      <Link to="/advisories" search={{ advisory: f.advisoryId }} className="mono">
        {f.trackingId}
      </Link>
      <div className="small finding-title">{f.title}</div>
      {f.cves.length > 0 && (
        <div className="mono small muted" title={f.cves.join(', ')}>
          {f.cves.slice(0, MAX_CVES).join(', ')}
          {f.cves.length > MAX_CVES && ` +${f.cves.length - MAX_CVES}`}
        </div>
      )}
    </>
  );
}

export function FixCell({ f }: { f: Finding }) {
  const categories = [...new Set(f.remediations)];
  return (
    <>
      {f.fixAvailable ? (
        <div>
          <span className="badge ok">fix available</span>
          {f.fixedIn.length > 0 && <div className="small mono">{f.fixedIn.join(', ')}</div>}
        </div>
      ) : noFix(f) ? (
        <div className="no-fix-note small">no fix — compensating controls only</div>
      ) : (
        <div className="muted small">no fix listed</div>
      )}
      {categories.length > 0 && (
        <div className="remediation-chips">
          {categories.map((c) => (
            <RemediationBadge key={c} category={c} />
          ))}
        </div>
      )}
    </>
  );
}

export function FindingRow({
  site,
  f,
  today,
  canTriage,
  onTriage,
}: {
  site: string;
  f: Finding;
  today: string;
  canTriage: boolean;
  onTriage: (f: Finding, decision?: Decision) => void;
}) {
  const chip = stateChip(f);
  const t = f.triage;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!canTriage || e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const decision = DECISION_KEY[e.key.toLowerCase()];
    if (decision) {
      e.preventDefault();
      onTriage(f, decision);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onTriage(f);
    }
  };
  return (
    <tr
      className={`finding-row finding-${f.status === 'closed' ? 'closed' : f.verdict}`}
      tabIndex={canTriage ? 0 : undefined}
      onKeyDown={onKeyDown}
      aria-label={`${f.assetName}: ${f.trackingId}`}
    >
      <td className="num">
        <span className="priority" title={f.priorityFactors.join('\n')}>
          {Math.round(f.priority)}
        </span>
      </td>
      <td>
        <AssetCell site={site} f={f} />
      </td>
      <td>
        <ZoneCell f={f} />
      </td>
      <td>
        <AdvisoryCell f={f} />
      </td>
      <td className="num">
        <CvssChip v3={f.maxCvssV3} v4={f.maxCvssV4} />
      </td>
      <td>
        <span className={chip.className} title={chip.title}>
          {chip.label}
        </span>
        <details className="finding-why">
          <summary>why</summary>
          <p className="small">{f.reason}</p>
          {f.priorityFactors.length > 0 && (
            <ul className="factors small" aria-label="Priority factors">
              {f.priorityFactors.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </details>
      </td>
      <td>
        <FixCell f={f} />
      </td>
      <td className="triage-cell">
        <div>
          <DecisionChip decision={t?.decision} />
          {overdue(f, today) && <span className="badge danger">overdue</span>}
        </div>
        {t && (t.owner || t.due) && (
          <div className="small">
            {t.owner}
            {t.owner && t.due && ' · '}
            {t.due && <span className="nowrap">due {t.due.slice(0, 10)}</span>}
          </div>
        )}
        {t?.compensatingControlId && (
          <div className="small">
            control{' '}
            <Link to="/sites/$site/controls" params={{ site }} className="mono">
              {t.compensatingControlId}
            </Link>
          </div>
        )}
        {t?.roadmapActionId && (
          <div className="small">
            action{' '}
            <Link to="/sites/$site/roadmap" params={{ site }} className="mono">
              {t.roadmapActionId}
            </Link>
          </div>
        )}
        {t?.note && (
          <div className="small muted triage-note" title={t.note}>
            {t.note}
          </div>
        )}
        {t && (
          <div className="muted tiny" title={`Triaged ${when(t.updatedAt)}`}>
            {t.updatedBy ?? ''} {when(t.updatedAt).slice(0, 10)}
          </div>
        )}
        {canTriage && f.status === 'open' && (
          <div className="triage-buttons" role="group" aria-label={`Triage ${f.assetName} ${f.trackingId}`}>
            {DECISIONS.map((d) => (
              <button
                key={d}
                type="button"
                className={t?.decision === d ? 'small-button chosen' : 'small-button'}
                aria-pressed={t?.decision === d}
                onClick={() => onTriage(f, d)}
              >
                {DECISION_LABEL[d]}
              </button>
            ))}
            <button type="button" className="link small" onClick={() => onTriage(f)}>
              Edit…
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
