// The inventory's reads and writes. Keys: the whole inventory is ['inventory', site|'*'] (every
// site write invalidates ['inventory'], see api/queries.ts); one asset is ['site', site, 'asset', id].
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { AssetDoc } from '../../../core/schemas/site-file.js';
import { api, qs } from '../../api/client.js';
import { invalidateSite, sitePath } from '../../api/queries.js';
import { decodeInventory, type Inventory, type InventoryWire } from './inventory-data.js';

export const inventoryQuery = (site: string | undefined) =>
  queryOptions({
    queryKey: ['inventory', site ?? '*'],
    queryFn: async ({ signal }): Promise<Inventory> =>
      decodeInventory(await api<InventoryWire>(`/api/v1/inventory${qs({ site })}`, { signal })),
    // 100,000 assets are worth keeping a little longer than the default between visits.
    staleTime: 60_000,
  });

/** How many assets are on their way (answers in milliseconds, while the inventory loads). */
export const inventoryCountQuery = (site: string | undefined) =>
  queryOptions({
    queryKey: ['inventory', site ?? '*', 'count'],
    queryFn: ({ signal }) => api<{ total: number }>(`/api/v1/inventory/count${qs({ site })}`, { signal }),
  });

/** One asset as the API answers it, with the caller's abilities. */
export type AssetView = AssetDoc & { site: string; abilities: string[] };

export const assetQuery = (site: string, id: string) =>
  queryOptions({
    queryKey: ['site', site, 'asset', id],
    queryFn: ({ signal }) => api<AssetView>(sitePath(site, 'assets', id), { signal }),
  });

export async function patchAsset(
  site: string,
  id: string,
  patch: Record<string, unknown>,
  reason?: string,
): Promise<AssetView> {
  return api<AssetView>(sitePath(site, 'assets', id), { method: 'PATCH', body: patch, reason });
}

export async function deleteAsset(site: string, id: string, cascade: boolean, reason?: string): Promise<void> {
  await api(`${sitePath(site, 'assets', id)}${cascade ? '?cascade=true' : ''}`, { method: 'DELETE', reason });
}

export interface MoveResult {
  site: string;
  zone: string | null;
  moved: number;
  unchanged: number;
}

export async function moveAssets(
  site: string,
  assets: string[],
  zone: string | null,
  reason?: string,
): Promise<MoveResult> {
  return api<MoveResult>(sitePath(site, 'assets', 'move'), { method: 'POST', body: { assets, zone }, reason });
}

/** After a write: the site's views, the portfolio and every inventory. */
export const refreshAfterWrite = (queryClient: QueryClient, site: string): Promise<void> =>
  invalidateSite(queryClient, site);
