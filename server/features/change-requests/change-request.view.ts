// What the API answers for a change request, and what the caller may do with it next.
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { can } from '../../../core/accounts/permissions.js';
import type { Actor } from '../../actor.js';
import { parseDecision, parseOps, type ChangeRequestRow, type Decision } from './change-requests.repository.js';

export const CHANGE_REQUEST_STATUSES = ['open', 'approved', 'rejected', 'applied', 'withdrawn'] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export interface ChangeRequestView {
  site: string;
  id: number;
  title: string;
  description: string | null;
  status: ChangeRequestStatus;
  emergency: boolean;
  ops: ChangeOpDoc[];
  author: string;
  /** Display names of the author and of whoever applied it (ids that are not users: the id). */
  authorName: string;
  appliedByName: string | null;
  createdAt: string;
  updatedAt: string;
  /** The site revision when it was proposed or last rebased (for information). */
  baseRevision: number;
  decision: Decision | null;
  appliedAt: string | null;
  appliedBy: string | null;
  /** The baseline taken when it was applied. */
  appliedBaseline: number | null;
  /** Emergency changes: the day by which the approval is due. */
  approvalDue: string | null;
  /** Emergency changes: still awaiting approval, overdue, or approved afterwards. */
  emergencyState: 'awaiting-approval' | 'overdue' | 'approved' | null;
  /**
   * Entities (`zone:z-dmz`) changed by someone else since the proposal; non-empty means it must be
   * rebased before it is approved or applied. Null when not relevant (rejected, applied, withdrawn).
   */
  stale: string[] | null;
  abilities: string[];
}

const today = (): string => new Date().toISOString().slice(0, 10);

function emergencyState(r: ChangeRequestRow, decision: Decision | null): ChangeRequestView['emergencyState'] {
  if (r.emergency !== 1) return null;
  if (decision?.kind === 'approved') return 'approved';
  return r.approval_due !== null && r.approval_due < today() ? 'overdue' : 'awaiting-approval';
}

/** Next steps the caller may take; the services check the same rules again. */
function abilitiesOf(actor: Actor, r: ChangeRequestRow, decision: Decision | null): string[] {
  const may = (p: 'changeRequest.create' | 'changeRequest.approve') =>
    !actor.principal || can(actor.principal, p, r.site_id);
  const isAuthor = actor.id === r.author;
  const out = ['read'];
  const live = r.status === 'open' || r.status === 'approved';
  if (may('changeRequest.create')) {
    if (r.status === 'open' && isAuthor) out.push('update');
    if (live) out.push('withdraw', 'rebase');
    if (r.status === 'approved') out.push('apply');
  }
  // Never one's own change (separation of duties); an emergency change is approved after the fact.
  const awaiting = r.status === 'open' || (r.status === 'applied' && r.emergency === 1 && decision === null);
  if (may('changeRequest.approve') && !isAuthor && awaiting) out.push('approve');
  if (may('changeRequest.approve') && !isAuthor && r.status === 'open') out.push('reject');
  return out;
}

export function changeRequestView(
  actor: Actor,
  r: ChangeRequestRow,
  stale: string[] | null,
  names: ReadonlyMap<string, string> = new Map(),
): ChangeRequestView {
  const decision = parseDecision(r);
  return {
    site: r.site_id,
    id: r.id,
    title: r.title,
    description: r.description,
    status: r.status as ChangeRequestStatus,
    emergency: r.emergency === 1,
    ops: parseOps(r).ops,
    author: r.author,
    authorName: names.get(r.author) ?? r.author,
    appliedByName: r.applied_by === null ? null : (names.get(r.applied_by) ?? r.applied_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    baseRevision: r.base_revision,
    decision,
    appliedAt: r.applied_at,
    appliedBy: r.applied_by,
    appliedBaseline: r.applied_baseline,
    approvalDue: r.approval_due,
    emergencyState: emergencyState(r, decision),
    stale,
    abilities: abilitiesOf(actor, r, decision),
  };
}
