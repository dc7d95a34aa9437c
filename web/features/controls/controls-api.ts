// What the compensating-controls register reads and writes. Every key starts
// ['site', site, 'controls'] so invalidateSite() refreshes the register after any change.
import { queryOptions } from '@tanstack/react-query';
import type { ControlKind } from '../../../core/schemas/vocabulary.js';
import { api, apiAll, qs, type Page } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';

export interface Control {
  site: string;
  id: string;
  scope: string;
  requirements: string[];
  assets?: string[];
  kind: ControlKind;
  description?: string;
  rationale?: string;
  approvedBy?: string;
  approvedAt?: string;
  expires?: string;
  abilities: string[];
}

/** The fields a user edits (the site file's names; approval is set only by approving). */
export interface ControlInput {
  id: string;
  scope: string;
  requirements: string[];
  assets: string[];
  kind: ControlKind;
  description: string;
  rationale: string;
  expires: string;
}

/** The e-signature the server recorded with an approval in a regulated site. */
export interface Signature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
}

export interface Approval {
  at: string;
  actor: string;
  reason: string | null;
  approvedAt: string | null;
  signature: Signature | null;
}

export interface Scope {
  id: string;
  name?: string;
  kind: 'zone' | 'conduit';
}

export const controlsQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'controls', 'list'],
    queryFn: () => apiAll<Control>(sitePath(site, 'compensating-controls')),
  });

interface ApprovalRecord {
  at: string;
  actor: string;
  entityId: string | null;
  reason: string | null;
  detail: { after?: { approvedAt?: string }; signature?: Signature } | null;
}

/**
 * The latest approval record of each control. The control itself keeps only who and when; the
 * meaning and printed name of the e-signature live in the audit trail (21 CFR Part 11 §11.50).
 */
export const approvalsQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'controls', 'approvals'],
    queryFn: async (): Promise<Map<string, Approval>> => {
      const records = await apiAll<ApprovalRecord>(
        `/api/v1/audit${qs({ site, entity: 'compensatingControl', action: 'compensating-control.approve' })}`,
      );
      const out = new Map<string, Approval>();
      // Newest first: the first record of a control is its latest approval.
      for (const r of records)
        if (r.entityId && !out.has(r.entityId))
          out.set(r.entityId, {
            at: r.at,
            actor: r.actor,
            reason: r.reason,
            approvedAt: r.detail?.after?.approvedAt ?? null,
            signature: r.detail?.signature ?? null,
          });
      return out;
    },
  });

/** Zones and conduits: what a control may be scoped to. */
export const scopesQuery = (site: string) =>
  queryOptions({
    queryKey: ['site', site, 'controls', 'scopes'],
    queryFn: async (): Promise<Scope[]> => {
      const [zones, conduits] = await Promise.all([
        apiAll<{ id: string; name?: string }>(sitePath(site, 'zones')),
        apiAll<{ id: string; name?: string }>(sitePath(site, 'conduits')),
      ]);
      return [
        ...zones.map((z) => ({ id: z.id, name: z.name, kind: 'zone' as const })),
        ...conduits.map((c) => ({ id: c.id, name: c.name, kind: 'conduit' as const })),
      ];
    },
    staleTime: 60_000,
  });

/** Asset ids of one zone, offered when naming the assets a control covers. */
export const zoneAssetsQuery = (site: string, zone: string) =>
  queryOptions({
    queryKey: ['site', site, 'controls', 'zone-assets', zone],
    queryFn: async () =>
      (await api<Page<{ id: string; name: string }>>(`${sitePath(site, 'assets')}${qs({ zone, limit: 500 })}`)).items,
    staleTime: 60_000,
  });

export interface CatalogItem {
  id: string;
  title: string;
  fr: number;
  minSl: number | null;
}

/** The IEC 62443-3-3 SRs and REs: a control stands in for some of them (DESIGN §3.1). */
export const catalog33Query = queryOptions({
  queryKey: ['controls', 'catalog', '3-3'],
  queryFn: async () => (await api<{ items: CatalogItem[] }>(`/api/v1/requirements${qs({ standard: '3-3' })}`)).items,
  staleTime: Infinity,
});

/** The body of a create or update: empty optional fields are left out (create) or cleared (update). */
export function controlBody(input: ControlInput, mode: 'create' | 'update'): Record<string, unknown> {
  const optional = (v: string) => (v.trim() === '' ? (mode === 'create' ? undefined : null) : v.trim());
  const body: Record<string, unknown> = {
    scope: input.scope,
    requirements: input.requirements,
    kind: input.kind,
    assets: input.assets.length ? input.assets : mode === 'create' ? undefined : null,
    description: optional(input.description),
    rationale: optional(input.rationale),
    expires: optional(input.expires),
  };
  if (mode === 'create') body.id = input.id.trim();
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

export const saveControl = (site: string, input: ControlInput, existing: Control | null, reason?: string) =>
  existing
    ? api<Control>(sitePath(site, 'compensating-controls', existing.id), {
        method: 'PATCH',
        body: controlBody(input, 'update'),
        reason,
      })
    : api<Control>(sitePath(site, 'compensating-controls'), {
        method: 'POST',
        body: controlBody(input, 'create'),
        reason,
      });

export const deleteControl = (site: string, id: string, reason?: string) =>
  api<void>(sitePath(site, 'compensating-controls', id), { method: 'DELETE', reason });

export interface ApproveInput {
  expires?: string;
  signature?: { password: string; meaning: string };
  reason?: string;
}

export const approveControl = (site: string, id: string, input: ApproveInput) =>
  api<Control & { signature?: Signature }>(sitePath(site, 'compensating-controls', id, 'approve'), {
    method: 'POST',
    body: {
      ...(input.expires ? { expires: input.expires } : {}),
      ...(input.signature ? { signature: input.signature } : {}),
    },
    reason: input.reason,
  });
