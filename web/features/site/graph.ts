// Zones and conduits as diagram nodes and edges. Pure: the diagram calls these only when the
// data changes, never on each render, so a site with 50 zones stays fluid.
import type { Edge, Node } from '@xyflow/react';
import type { SlVector } from '../../api/types.js';
import { layoutZones } from './layout.js';
import type { Channel, Conduit, Eval, Zone } from './types.js';

export interface ZoneNodeData extends Record<string, unknown> {
  name: string;
  kind: string;
  /** Gap per FR; null when the zone has no SL-T. */
  gap: SlVector | null;
  /** Largest gap over the FRs; null when the zone has no SL-T. */
  maxGap: number | null;
  blocking: number;
}
export type ZoneFlowNode = Node<ZoneNodeData, 'zone'>;

export interface ConduitEdgeData extends Record<string, unknown> {
  conduit: string;
  label: string;
  /** Every channel, for the tooltip. */
  title: string;
  maxGap: number | null;
  /** Parallel conduits between the same two zones bend apart: −1, 0, 1 … */
  offset: number;
}
export type ConduitFlowEdge = Edge<ConduitEdgeData, 'conduit'>;

export const maxOf = (v: readonly number[]): number => v.reduce((m, x) => Math.max(m, x), 0);

/** "opc-ua/4840"; layer-2 protocols have no port. */
export const channelLabel = (c: Pick<Channel, 'protocol' | 'port'>): string =>
  c.port === undefined ? c.protocol : `${c.protocol}/${c.port}`;

/** The distinct channels of a conduit, at most `max` shown, then "+n". */
export function conduitLabel(conduit: Pick<Conduit, 'id' | 'name' | 'channels'>, max = 1): string {
  const labels = [...new Set((conduit.channels ?? []).map(channelLabel))];
  if (labels.length === 0) return conduit.name ?? conduit.id;
  return labels.length > max ? `${labels.slice(0, max).join(', ')} +${labels.length - max}` : labels.join(', ');
}

/** Nodes are built unselected: the diagram marks the selection (from the URL) on top. */
export function buildNodes(zones: readonly Zone[], evals: ReadonlyMap<string, Eval>): ZoneFlowNode[] {
  const positions = layoutZones(zones);
  return zones.map((z) => {
    const e = evals.get(z.id);
    const hasTarget = Boolean(e?.slTarget ?? z.slTarget);
    const gap = hasTarget && e ? e.gap : null;
    return {
      id: z.id,
      type: 'zone',
      position: positions.get(z.id) ?? { x: 0, y: 0 },
      ariaLabel: `Zone ${z.name}`,
      data: {
        name: z.name,
        kind: z.kind,
        gap,
        maxGap: gap ? maxOf(gap) : null,
        blocking: e?.blocking.length ?? 0,
      },
    };
  });
}

/** One edge per pair of a conduit's zones; a conduit of more than two zones fans out from its first. */
export function buildEdges(
  conduits: readonly Conduit[],
  evals: ReadonlyMap<string, Eval>,
  zoneIds: ReadonlySet<string>,
): ConduitFlowEdge[] {
  const pairs = new Map<string, number>();
  const edges: ConduitFlowEdge[] = [];
  for (const c of conduits) {
    const [first, ...others] = c.zones;
    if (!first || !zoneIds.has(first)) continue;
    const e = evals.get(c.id);
    const maxGap = e?.slTarget ? maxOf(e.gap) : null;
    const title = [
      c.name ?? c.id,
      ...(c.channels ?? []).map(
        (ch) => `${channelLabel(ch)}${ch.transport ? ` (${ch.transport})` : ''} ${ch.from} → ${ch.to}`,
      ),
    ].join('\n');
    for (const other of others) {
      if (!zoneIds.has(other)) continue;
      const pair = [first, other].sort().join('\u0000');
      const n = pairs.get(pair) ?? 0;
      pairs.set(pair, n + 1);
      edges.push({
        id: `${c.id}\u0000${other}`,
        type: 'conduit',
        source: first,
        target: other,
        ariaLabel: `Conduit ${c.name ?? c.id}`,
        data: {
          conduit: c.id,
          label: conduitLabel(c),
          title,
          maxGap,
          // 0, 1, −1, 2, −2 …: the first conduit of a pair is straight, later ones bend either side.
          offset: n === 0 ? 0 : n % 2 === 1 ? (n + 1) / 2 : -n / 2,
        },
      });
    }
  }
  return edges;
}

/**
 * The next nodes after the data changed: unchanged nodes keep their object (so React Flow does
 * not re-render them), changed ones take the new data and saved position.
 */
export function mergeNodes(prev: readonly ZoneFlowNode[], next: readonly ZoneFlowNode[]): ZoneFlowNode[] {
  const old = new Map(prev.map((n) => [n.id, n]));
  return next.map((n) => {
    const o = old.get(n.id);
    if (!o) return n;
    const same =
      o.position.x === n.position.x &&
      o.position.y === n.position.y &&
      o.data.name === n.data.name &&
      o.data.kind === n.data.kind &&
      o.data.maxGap === n.data.maxGap &&
      o.data.blocking === n.data.blocking &&
      String(o.data.gap) === String(n.data.gap);
    return same ? o : { ...n, selected: o.selected ?? false, ...(o.measured ? { measured: o.measured } : {}) };
  });
}
