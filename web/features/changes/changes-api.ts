// What the changes page reads and writes: change requests, the site's change-control setting and
// baselines with their diffs (docs/api.md "Baselines and change requests"). Every key starts
// ['site', site, …] so invalidateSite() refreshes these views after any change to the site — a
// diff "to now" included.
import { queryOptions } from '@tanstack/react-query';
import type { SnapshotDiff } from '../../../core/change-control/diff.js';
import type { ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import type { RequestStatus } from './search.js';

/** The e-signature recorded with an approval (server/features/signatures/e-signature.ts). */
export interface Signature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
}

export type Decision =
  | { kind: 'approved'; by: string; byName: string; at: string; signature: Signature }
  | { kind: 'rejected'; by: string; byName: string; at: string; reason: string };

/** What the caller may do next with a change request, as the server answers it. */
export type RequestAbility = 'read' | 'update' | 'withdraw' | 'rebase' | 'apply' | 'approve' | 'reject';

/** A change request as the API answers it (server change-request.view.ts). */
export interface ChangeRequest {
  site: string;
  id: number;
  title: string;
  description: string | null;
  status: RequestStatus;
  emergency: boolean;
  ops: ChangeOpDoc[];
  author: string;
  createdAt: string;
  updatedAt: string;
  baseRevision: number;
  decision: Decision | null;
  appliedAt: string | null;
  appliedBy: string | null;
  appliedBaseline: number | null;
  approvalDue: string | null;
  emergencyState: 'awaiting-approval' | 'overdue' | 'approved' | null;
  /** `zone:z-dmz` keys changed by others since the proposal; null in lists and for closed requests. */
  stale: string[] | null;
  abilities: string[];
}

export interface ChangeControl {
  site: string;
  enabled: boolean;
  emergencyDays: number;
  abilities: string[];
}

export interface BaselineCounts {
  zones: number;
  conduits: number;
  assets: number;
  compensatingControls: number;
  risks: number;
}

export interface Baseline {
  site: string;
  id: number;
  name: string;
  description: string | null;
  trigger: string;
  /** The change request or approval it was taken for. */
  ref: string | null;
  revision: number;
  contentHash: string;
  takenAt: string;
  takenBy: string;
  /** Answered for one baseline; lists leave it out. */
  counts?: BaselineCounts;
}

export interface BaselineDiff extends SnapshotDiff {
  site: string;
  from: { baseline: number; name: string; takenAt: string };
  to: { baseline: number; name: string; takenAt: string } | { now: string };
}

export type DiffTarget = number | 'now';

export interface ProposalBody {
  title: string;
  description?: string;
  ops: ChangeOpDoc[];
  emergency?: boolean;
}

export const changeRequestsQuery = (site: string, status: RequestStatus | undefined) =>
  queryOptions({
    queryKey: ['site', site, 'change-requests', 'list', status ?? 'all'],
    queryFn: ({ signal }) =>
      api<{ items: ChangeRequest[] }>(`${sitePath(site, 'change-requests')}${qs({ status })}`, { signal }),
    select: (answer) => answer.items,
  });

/** One request, with `stale` computed against the site as it is now. */
export const changeRequestQuery = (site: string, id: number) =>
  queryOptions({
    queryKey: ['site', site, 'change-requests', 'one', id],
    queryFn: ({ signal }) => api<ChangeRequest>(sitePath(site, 'change-requests', String(id)), { signal }),
  });

export const changeControlQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'change-control'],
    queryFn: ({ signal }) => api<ChangeControl>(sitePath(site, 'change-control'), { signal }),
  });

/** Every baseline of the site, newest first (pages of 500 followed to the end). */
export const baselinesQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'baselines', 'list'],
    queryFn: async ({ signal }) => {
      const out: Baseline[] = [];
      let before: number | null = null;
      do {
        const page: { items: Baseline[]; nextBefore: number | null } = await api(
          `${sitePath(site, 'baselines')}${qs({ limit: 500, before })}`,
          { signal },
        );
        out.push(...page.items);
        before = page.nextBefore;
      } while (before !== null);
      return out;
    },
  });

export const baselineQuery = (site: string, id: number) =>
  queryOptions({
    queryKey: ['site', site, 'baselines', 'one', id],
    queryFn: ({ signal }) => api<Baseline>(sitePath(site, 'baselines', String(id)), { signal }),
    // A baseline never changes.
    staleTime: Infinity,
  });

export const baselineDiffQuery = (site: string, from: number, to: DiffTarget) =>
  queryOptions({
    queryKey: ['site', site, 'baselines', 'diff', from, to],
    queryFn: ({ signal }) =>
      api<BaselineDiff>(`${sitePath(site, 'baselines', String(from), 'diff')}${qs({ to })}`, { signal }),
    // Two baselines never change; "now" is refreshed by invalidateSite() after every write.
    staleTime: to === 'now' ? 0 : Infinity,
  });

/** The diff as a document to keep: HTML (printable) or CSV (one row per changed field). */
export const diffDownloadHref = (site: string, from: number, to: DiffTarget, format: 'html' | 'csv'): string =>
  `${sitePath(site, 'baselines', String(from), 'diff')}${qs({ to, format })}`;

const requestPath = (site: string, id: number, action?: string): string =>
  action ? sitePath(site, 'change-requests', String(id), action) : sitePath(site, 'change-requests', String(id));

export const proposeChange = (site: string, body: ProposalBody): Promise<ChangeRequest> =>
  api<ChangeRequest>(sitePath(site, 'change-requests'), { method: 'POST', body });

/** The author edits an open proposal (new operations are checked against the site as it is now). */
export const editChangeRequest = (
  site: string,
  id: number,
  patch: { title?: string; description?: string | null; ops?: ChangeOpDoc[] },
): Promise<ChangeRequest> => api<ChangeRequest>(requestPath(site, id), { method: 'PATCH', body: patch });

export const approveChangeRequest = (
  site: string,
  id: number,
  signature: { password: string; meaning: string },
): Promise<ChangeRequest> =>
  api<ChangeRequest>(requestPath(site, id, 'approve'), { method: 'POST', body: { signature } });

export const rejectChangeRequest = (site: string, id: number, reason: string): Promise<ChangeRequest> =>
  api<ChangeRequest>(requestPath(site, id, 'reject'), { method: 'POST', body: { reason } });

/** apply, rebase and withdraw take no body; on regulated sites the reason lands in the audit trail. */
export const requestStep = (
  site: string,
  id: number,
  step: 'apply' | 'rebase' | 'withdraw',
  reason?: string,
): Promise<ChangeRequest> => api<ChangeRequest>(requestPath(site, id, step), { method: 'POST', reason });

export const takeBaseline = (
  site: string,
  body: { name: string; description?: string },
  reason?: string,
): Promise<Baseline> => api<Baseline>(sitePath(site, 'baselines'), { method: 'POST', body, reason });

export const saveChangeControl = (
  site: string,
  body: { enabled: boolean; emergencyDays: number },
  reason?: string,
): Promise<ChangeControl> => api<ChangeControl>(sitePath(site, 'change-control'), { method: 'PUT', body, reason });
