// The "Observed traffic" overlay of the site diagram: one dashed edge per pair of zones that
// captures showed talking (from = client zone), coloured by the verdict against the approved
// conduits. Pure, so the diagram rebuilds the edges only when the traffic or the zones change.
import type { Edge } from '@xyflow/react';
import type { ZoneTraffic } from './discovery-api.js';
import { when } from './finding-text.js';

export interface ObservedEdgeData extends Record<string, unknown> {
  from: string;
  to: string;
  verdict: ZoneTraffic['verdict'];
  label: string;
  /** Tooltip: protocols, packets, first and last seen, the verdict. */
  title: string;
}
export type ObservedFlowEdge = Edge<ObservedEdgeData, 'observed'>;

export const VERDICT_COLOR: Record<ZoneTraffic['verdict'], string> = {
  'no-conduit': '#c1272d',
  'not-in-channel': '#e39b1b',
  allowed: '#2e9d5b',
};

export const VERDICT_TEXT: Record<ZoneTraffic['verdict'], string> = {
  'no-conduit': 'no conduit joins these zones',
  'not-in-channel': `not in the conduit's channels`,
  allowed: 'allowed by a channel',
};

const MAX_LABEL_PROTOCOLS = 2;

export function observedLabel(protocols: readonly string[]): string {
  if (protocols.length === 0) return 'unidentified';
  const shown = protocols.slice(0, MAX_LABEL_PROTOCOLS).join(', ');
  return protocols.length > MAX_LABEL_PROTOCOLS ? `${shown} +${protocols.length - MAX_LABEL_PROTOCOLS}` : shown;
}

export function buildObservedEdges(traffic: readonly ZoneTraffic[], zoneIds: ReadonlySet<string>): ObservedFlowEdge[] {
  return traffic
    .filter((t) => t.from !== t.to && zoneIds.has(t.from) && zoneIds.has(t.to))
    .map((t) => {
      const color = VERDICT_COLOR[t.verdict];
      return {
        id: `observed\u0000${t.from}\u0000${t.to}`,
        type: 'observed',
        source: t.from,
        target: t.to,
        selectable: false,
        focusable: false,
        zIndex: 2,
        markerEnd: { type: 'arrowclosed' as const, color, width: 16, height: 16 },
        data: {
          from: t.from,
          to: t.to,
          verdict: t.verdict,
          label: observedLabel(t.protocols),
          title: [
            `Observed ${t.from} → ${t.to}: ${VERDICT_TEXT[t.verdict]}${t.conduit ? ` (${t.conduit})` : ''}`,
            `protocols: ${t.protocols.join(', ') || 'unidentified'}`,
            `${t.packets.toLocaleString('en-US')} packets, first seen ${when(t.firstSeen)}, last seen ${when(t.lastSeen)}`,
          ].join('\n'),
        },
      };
    });
}
