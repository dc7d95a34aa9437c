// One finding of the drift queue: severity, rule, message, when it was seen and how often, the
// decision buttons the user's abilities allow, and (once decided) who decided, when and why.
import { Link } from '@tanstack/react-router';
import type { FindingView } from './discovery-api.js';
import { FindingDetails } from './FindingDetails.js';
import { RULE_LABEL, SEVERITY_BADGE, when } from './finding-text.js';

const STATUS_BADGE: Record<FindingView['status'], string> = {
  open: 'badge info',
  accepted: 'badge ok',
  rejected: 'badge',
};

function Decision({ site, f }: { site: string; f: FindingView }) {
  if (f.status === 'open') return null;
  return (
    <p className="finding-decision small">
      {f.status === 'accepted' ? 'Accepted' : 'Rejected'} by {f.decidedByName ?? f.decidedBy ?? 'unknown'} on{' '}
      {when(f.decidedAt)}
      {f.reason && (
        <>
          : <q>{f.reason}</q>
        </>
      )}
      {f.changeRequestId !== null && (
        <>
          {' '}
          · filed as{' '}
          <Link to="/sites/$site/changes" params={{ site }}>
            change request #{f.changeRequestId}
          </Link>
        </>
      )}
    </p>
  );
}

export function FindingItem({
  site,
  finding: f,
  onAccept,
  onReject,
}: {
  site: string;
  finding: FindingView;
  onAccept: (f: FindingView) => void;
  onReject: (f: FindingView) => void;
}) {
  return (
    <li className={`finding finding-${f.status}`} aria-label={`${f.rule}: ${f.message}`}>
      <div className="finding-head">
        <span className={SEVERITY_BADGE[f.severity]}>{f.severity}</span>
        <span className="finding-rule" title={f.rule}>
          {RULE_LABEL[f.rule]}
        </span>
        <span className={STATUS_BADGE[f.status]}>{f.status}</span>
        <span className="spacer" />
        {f.abilities.includes('accept') && (
          <button type="button" onClick={() => onAccept(f)} aria-label={`Accept ${f.message}`}>
            Accept…
          </button>
        )}
        {f.abilities.includes('reject') && (
          <button type="button" onClick={() => onReject(f)} aria-label={`Reject ${f.message}`}>
            Reject…
          </button>
        )}
      </div>
      <p className="finding-message">{f.message}</p>
      <p className="muted small">
        <span className="mono">{f.rule}</span> · first seen {when(f.firstSeen)} · last seen {when(f.lastSeen)} · seen in{' '}
        {f.occurrences} {f.occurrences === 1 ? 'run' : 'runs'}
      </p>
      <Decision site={site} f={f} />
      <details className="finding-more">
        <summary>Details</summary>
        <FindingDetails details={f.details} />
      </details>
    </li>
  );
}
