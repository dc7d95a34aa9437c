// The diagram's observed-traffic edges: one per zone pair the diagram shows, coloured by verdict.
import { describe, expect, it } from 'vitest';
import type { ZoneTraffic } from './discovery-api.js';
import { buildObservedEdges, observedLabel, VERDICT_COLOR } from './observed-traffic.js';

const traffic = (from: string, to: string, verdict: ZoneTraffic['verdict'], protocols: string[]): ZoneTraffic => ({
  from,
  to,
  conduit: null,
  verdict,
  protocols,
  packets: 12,
  firstSeen: '2025-03-04T09:30:00Z',
  lastSeen: '2025-03-04T09:31:00Z',
});

describe('observed traffic edges', () => {
  it('draws pairs of known zones from client to server, with the verdict colour', () => {
    const edges = buildObservedEdges(
      [
        traffic('sup', 'ctl', 'not-in-channel', ['modbus', 'telnet']),
        traffic('sup', 'gone', 'no-conduit', ['modbus']),
        traffic('ctl', 'ctl', 'allowed', ['s7comm']),
      ],
      new Set(['sup', 'ctl']),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'sup', target: 'ctl', type: 'observed', selectable: false });
    expect(edges[0]?.markerEnd).toMatchObject({ color: VERDICT_COLOR['not-in-channel'] });
    expect(edges[0]?.data?.label).toBe('modbus, telnet');
    expect(edges[0]?.data?.title).toContain('12 packets');
  });

  it('shortens long protocol lists', () => {
    expect(observedLabel(['a', 'b', 'c', 'd'])).toBe('a, b +2');
    expect(observedLabel([])).toBe('unidentified');
  });
});
