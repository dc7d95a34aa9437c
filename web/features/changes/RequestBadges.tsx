// The badges of a change request: its status, where an emergency change stands with its approval
// after the fact, and "stale" when someone changed what it edits since it was proposed.
import type { ChangeRequest } from './changes-api.js';
import type { RequestStatus } from './search.js';

const STATUS_CLASS: Record<RequestStatus, string> = {
  open: 'warn',
  approved: 'info',
  applied: 'ok',
  rejected: 'danger',
  withdrawn: '',
};
const STATUS_HINT: Record<RequestStatus, string> = {
  open: 'Awaiting review',
  approved: 'Approved, waiting to be applied',
  applied: 'Applied to the site',
  rejected: 'Rejected by a reviewer',
  withdrawn: 'Withdrawn',
};

export function StatusBadge({ status }: { status: RequestStatus }) {
  return (
    <span className={`badge ${STATUS_CLASS[status]}`} title={STATUS_HINT[status]}>
      {status}
    </span>
  );
}

export function EmergencyBadge({ request }: { request: ChangeRequest }) {
  switch (request.emergencyState) {
    case null:
      return null;
    case 'awaiting-approval':
      return (
        <span className="badge warn" title={`Applied at once; must be approved by ${request.approvalDue ?? '–'}`}>
          emergency · due {request.approvalDue}
        </span>
      );
    case 'overdue':
      return (
        <span className="badge danger" title={`Applied at once; its approval was due by ${request.approvalDue ?? '–'}`}>
          emergency · approval overdue
        </span>
      );
    case 'approved':
      return (
        <span className="badge info" title="Applied at once and approved afterwards">
          emergency · approved
        </span>
      );
  }
}

export function StaleBadge({ stale }: { stale: string[] | null | undefined }) {
  if (!stale || stale.length === 0) return null;
  return (
    <span className="badge danger" title={`Changed since the proposal: ${stale.join(', ')}`}>
      stale
    </span>
  );
}
