// The entities a proposal touches, as the site has them now: the values "before" in the detail
// panel. Zones, conduits and controls come from the lists other pages already cache; assets one by
// one (a site may hold 100,000), for at most the first MAX_ASSETS a proposal names.
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ChangeKind, ChangeOpDoc } from '../../../core/schemas/change-request.js';
import { controlsQuery } from '../controls/controls-api.js';
import { assetQuery } from '../inventory/inventory-api.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';

const MAX_ASSETS = 50;

export type Entity = Record<string, unknown>;
/** The entity `kind` / `id` now; undefined when absent or not (yet) known. */
export type CurrentLookup = (kind: ChangeKind, id: string) => Entity | undefined;

export function useCurrentEntities(site: string, ops: readonly ChangeOpDoc[], enabled: boolean): CurrentLookup {
  const existing = ops.filter((o) => o.op !== 'create');
  const needs = (kind: ChangeKind) => enabled && existing.some((o) => o.kind === kind);
  const zones = useQuery({ ...zonesQuery(site), enabled: needs('zone') });
  const conduits = useQuery({ ...conduitsQuery(site), enabled: needs('conduit') });
  const controls = useQuery({ ...controlsQuery(site), enabled: needs('compensatingControl') });
  const assetIds = enabled
    ? [...new Set(existing.flatMap((o) => (o.kind === 'asset' ? [o.id] : [])))].slice(0, MAX_ASSETS)
    : [];
  const assets = useQueries({
    // An asset a proposal both adds and edits does not exist yet: a 404 is an answer, not a failure.
    queries: assetIds.map((id) => ({ ...assetQuery(site, id), retry: false })),
  });
  // Small lists (zones, conduits, controls of one site): rebuilt per render rather than memoized.
  const byKey = new Map<string, Entity>();
  const add = (kind: ChangeKind, list: readonly { id: string }[] | undefined) => {
    for (const e of list ?? []) byKey.set(`${kind}:${e.id}`, e);
  };
  add('zone', zones.data);
  add('conduit', conduits.data);
  add('compensatingControl', controls.data);
  add(
    'asset',
    assets.flatMap((a) => (a.data ? [a.data] : [])),
  );
  return (kind, id) => byKey.get(`${kind}:${id}`);
}
