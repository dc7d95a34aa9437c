// The diagram's pure parts: automatic layout, nodes and edges from zones and conduits, and the
// merge that keeps unchanged nodes (so React Flow re-renders only what changed).
import { describe, expect, it } from 'vitest';
import type { SlVector } from '../../api/types.js';
import { suggestConduitId } from './AddConduitDialog.js';
import { buildEdges, buildNodes, conduitLabel, mergeNodes } from './graph.js';
import { COLUMN_WIDTH, layoutZones, MAX_COLUMNS, ROW_HEIGHT } from './layout.js';
import { targetOf } from './SlTargetSelects.js';
import type { Conduit, Eval, Zone } from './types.js';

const zone = (id: string, kind: Zone['kind'], extra: Partial<Zone> = {}): Zone => ({
  site: 's',
  id,
  name: id.toUpperCase(),
  kind,
  abilities: ['read'],
  ...extra,
});
const v = (...n: number[]) => n as SlVector;
const evaluation = (id: string, gap: SlVector, slTarget: SlVector | null = v(2, 2, 2, 2, 2, 2, 2)): Eval => ({
  id,
  slTarget,
  slAchieved: v(0, 0, 0, 0, 0, 0, 0),
  slCapability: null,
  capabilityComplete: null,
  gap,
  blocking: [{ id: 'SR 1.1', fr: 1, minSl: 1, status: 'planned' }],
  compensated: [],
  warnings: [],
});
const conduit = (id: string, zones: string[], extra: Partial<Conduit> = {}): Conduit => ({
  site: 's',
  id,
  zones,
  abilities: ['read'],
  ...extra,
});

describe('layoutZones', () => {
  it('keeps saved positions and puts the others in slots on rows by kind', () => {
    const out = layoutZones([
      zone('saved', 'control', { position: { x: 1000, y: 50 } }),
      zone('f1', 'field'),
      zone('e1', 'enterprise'),
      zone('e2', 'enterprise'),
      zone('d1', 'dmz'),
    ]);
    expect(out.get('saved')).toEqual({ x: 1000, y: 50 });
    expect(out.get('e1')).toEqual({ x: 0, y: 0 });
    expect(out.get('e2')).toEqual({ x: COLUMN_WIDTH, y: 0 });
    expect(out.get('d1')).toEqual({ x: 0, y: ROW_HEIGHT });
    // The saved control zone keeps its row (slots count every zone), so the field row is the fourth.
    expect(out.get('f1')).toEqual({ x: 0, y: 3 * ROW_HEIGHT });
  });

  it('never moves the other zones when one zone gets a saved position', () => {
    const zones = [zone('a', 'dmz'), zone('b', 'dmz'), zone('c', 'dmz'), zone('x', 'control')];
    const before = layoutZones(zones);
    const after = layoutZones(zones.map((z) => (z.id === 'b' ? { ...z, position: { x: 600, y: 900 } } : z)));
    for (const id of ['a', 'c', 'x']) expect(after.get(id)).toEqual(before.get(id));
  });

  it('moves a zone whose slot a saved zone covers to the right', () => {
    const out = layoutZones([zone('a', 'dmz'), zone('b', 'dmz'), zone('s', 'control', { position: { x: 10, y: 5 } })]);
    expect(out.get('a')).toEqual({ x: COLUMN_WIDTH, y: 0 });
    expect(out.get('b')).toEqual({ x: 2 * COLUMN_WIDTH, y: 0 });
  });

  it('wraps a kind with many zones onto further rows', () => {
    const out = layoutZones([
      ...Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => zone(`c${String(i).padStart(2, '0')}`, 'control')),
      zone('f', 'field'),
    ]);
    expect(out.get(`c${String(MAX_COLUMNS).padStart(2, '0')}`)).toEqual({ x: 0, y: ROW_HEIGHT });
    expect(out.get('f')).toEqual({ x: 0, y: 2 * ROW_HEIGHT });
  });
});

describe('buildNodes', () => {
  it('colours by the largest gap, and marks zones without SL-T', () => {
    const evals = new Map([
      ['a', evaluation('a', v(0, 1, 3, 0, 0, 0, 2))],
      ['b', evaluation('b', v(0, 0, 0, 0, 0, 0, 0), null)],
    ]);
    const [a, b] = buildNodes([zone('a', 'control'), zone('b', 'dmz')], evals);
    expect(a?.data).toMatchObject({ name: 'A', kind: 'control', maxGap: 3, blocking: 1 });
    expect(b?.data).toMatchObject({ gap: null, maxGap: null });
  });
});

describe('buildEdges', () => {
  it('fans a conduit of three zones out from its first, and bends parallel conduits apart', () => {
    const ids = new Set(['a', 'b', 'c']);
    const edges = buildEdges(
      [
        conduit('c1', ['a', 'b', 'c'], { channels: [{ protocol: 'opc-ua', port: 4840, from: 'a', to: 'b' }] }),
        conduit('c2', ['b', 'a'], { name: 'Second' }),
        conduit('ghost', ['a', 'zz']),
      ],
      new Map([['c1', evaluation('c1', v(1, 0, 0, 0, 0, 0, 0))]]),
      ids,
    );
    expect(edges.map((e) => [e.source, e.target, e.data?.conduit, e.data?.offset])).toEqual([
      ['a', 'b', 'c1', 0],
      ['a', 'c', 'c1', 0],
      ['b', 'a', 'c2', 1],
    ]);
    expect(edges[0]).toMatchObject({ data: { label: 'opc-ua/4840', maxGap: 1 } });
    expect(edges[2]?.data).toMatchObject({ label: 'Second', maxGap: null });
  });

  it('labels with the distinct channels, the first one and a count of the others', () => {
    const channels = [
      { protocol: 'https', port: 443, from: 'a', to: 'b' },
      { protocol: 'https', port: 443, from: 'b', to: 'a' },
      { protocol: 'profinet', from: 'a', to: 'b' },
      { protocol: 'ntp', port: 123, from: 'b', to: 'a' },
    ];
    expect(conduitLabel({ id: 'x', channels })).toBe('https/443 +2');
    expect(conduitLabel({ id: 'x', channels }, 3)).toBe('https/443, profinet, ntp/123');
  });
});

describe('mergeNodes', () => {
  it('keeps the objects of unchanged nodes and replaces changed ones', () => {
    const zones = [zone('a', 'dmz', { position: { x: 0, y: 0 } }), zone('b', 'dmz', { position: { x: 300, y: 0 } })];
    const evals = new Map([['a', evaluation('a', v(1, 1, 1, 1, 1, 1, 1))]]);
    const before = buildNodes(zones, evals);
    const after = mergeNodes(before, buildNodes(zones, new Map([['a', evaluation('a', v(0, 0, 0, 0, 0, 0, 0))]])));
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]?.data.maxGap).toBe(0);
    expect(after[1]).toBe(before[1]);
  });
});

describe('form helpers', () => {
  it('accepts all seven SL-T values or none', () => {
    expect(targetOf([1, 2, 3, 4, 0, 1, 2])).toEqual({ value: [1, 2, 3, 4, 0, 1, 2] });
    expect(targetOf([null, null, null, null, null, null, null])).toEqual({ value: null });
    expect(targetOf([1, null, null, null, null, null, null])).toHaveProperty('error');
  });

  it('suggests a free conduit id', () => {
    expect(suggestConduitId('a', 'b', new Set())).toBe('a-b');
    expect(suggestConduitId('a', 'b', new Set(['a-b', 'a-b-2']))).toBe('a-b-3');
  });
});
