// The steps the signed-in user may take on a change request, from the server's `abilities`:
// nothing at all for readers, so no empty toolbar is drawn for them.
import type { ReactElement } from 'react';
import type { ChangeRequest } from './changes-api.js';
import type { useRequestSteps } from './useRequestSteps.js';

export function RequestActions({
  request: r,
  steps,
  onApprove,
  onEdit,
}: {
  request: ChangeRequest;
  steps: ReturnType<typeof useRequestSteps>;
  onApprove: () => void;
  onEdit: () => void;
}) {
  const may = (ability: string) => r.abilities.includes(ability);
  const stale = r.stale ?? [];
  const busy = steps.busy;
  const buttons: ReactElement[] = [];
  if (may('approve'))
    buttons.push(
      <button key="approve" type="button" className="primary" disabled={busy} onClick={onApprove}>
        {r.status === 'applied' ? 'Approve after the fact…' : 'Approve…'}
      </button>,
    );
  if (may('reject'))
    buttons.push(
      <button key="reject" type="button" disabled={busy} onClick={() => void steps.reject(r)}>
        Reject…
      </button>,
    );
  if (may('apply'))
    buttons.push(
      <button
        key="apply"
        type="button"
        className="primary"
        disabled={busy || stale.length > 0}
        title={stale.length > 0 ? 'Rebase it first' : undefined}
        onClick={() => void steps.apply(r)}
      >
        Apply
      </button>,
    );
  // Rebasing an open request that nobody changed underneath would only move its base revision.
  if (may('rebase') && (stale.length > 0 || r.status === 'approved'))
    buttons.push(
      <button key="rebase" type="button" disabled={busy} onClick={() => void steps.rebase(r)}>
        Rebase
      </button>,
    );
  if (may('update'))
    buttons.push(
      <button key="edit" type="button" disabled={busy} onClick={onEdit}>
        Edit…
      </button>,
    );
  if (may('withdraw'))
    buttons.push(
      <button
        key="withdraw"
        type="button"
        className="danger-outline"
        disabled={busy}
        onClick={() => void steps.withdraw(r)}
      >
        Withdraw
      </button>,
    );
  if (buttons.length === 0) return null;
  return <div className="toolbar request-actions">{buttons}</div>;
}
