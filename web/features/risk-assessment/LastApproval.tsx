// Who signed the assessment off last, when, and what their signature meant.
import type { ApprovalSummary } from './assessment-api.js';

export function LastApproval({ approval }: { approval: ApprovalSummary | null }) {
  if (!approval) return <p className="muted small">Never approved.</p>;
  const s = approval.signature;
  return (
    <p className="small ra-approval">
      Version {approval.version} <strong>{s.meaning}</strong> by {s.printedName} on{' '}
      {approval.approvedAt.slice(0, 16).replace('T', ' ')} UTC{' '}
      <span className="mono muted" title="SHA-256 of the signed version">
        {approval.contentHash.slice(0, 12)}
      </span>
    </p>
  );
}
