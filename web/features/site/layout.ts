// Where each zone sits on the diagram: its saved `position` (site-file field), else an automatic
// grid with one row per zone kind, from the outside world down to the field (the Purdue-style
// reading order engineers expect from IEC 62443-3-2 zone drawings).
import type { ZoneKind } from '../../../core/schemas/vocabulary.js';
import type { Position, Zone } from './types.js';

export const KIND_ORDER: readonly ZoneKind[] = [
  'external',
  'enterprise',
  'remote-access',
  'dmz',
  'supervisory',
  'control',
  'safety',
  'wireless',
  'field',
];

/** Grid pitch of the automatic layout: a node is about 190 × 100 px. */
export const COLUMN_WIDTH = 260;
export const ROW_HEIGHT = 170;
/** A kind with many zones wraps onto further rows, so the drawing keeps a screen-like shape. */
export const MAX_COLUMNS = 8;
const NODE_WIDTH = 200;
const NODE_HEIGHT = 120;

const rank = (k: ZoneKind): number => {
  const i = KIND_ORDER.indexOf(k);
  return i < 0 ? KIND_ORDER.length : i;
};

const overlaps = (a: Position, b: Position): boolean =>
  Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT;

/**
 * Positions of every zone: saved ones as they are; each other zone in its slot of a grid by kind.
 * Slots are counted over all zones, saved or not, so saving one zone's position (a drag) never
 * moves the others; a zone whose slot is covered by a saved one moves right to the next free place.
 */
export function layoutZones(zones: readonly Pick<Zone, 'id' | 'kind' | 'position'>[]): Map<string, Position> {
  const out = new Map<string, Position>();
  const taken: Position[] = [];
  for (const z of zones)
    if (z.position) {
      out.set(z.id, { x: z.position.x, y: z.position.y });
      taken.push(z.position);
    }
  if (out.size === zones.length) return out;

  const byKind = new Map<number, Pick<Zone, 'id' | 'kind' | 'position'>[]>();
  for (const z of [...zones].sort((a, b) => rank(a.kind) - rank(b.kind) || a.id.localeCompare(b.id)))
    byKind.set(rank(z.kind), [...(byKind.get(rank(z.kind)) ?? []), z]);
  let row = 0;
  for (const members of byKind.values()) {
    members.forEach((z, i) => {
      if (z.position) return;
      const p = { x: (i % MAX_COLUMNS) * COLUMN_WIDTH, y: (row + Math.floor(i / MAX_COLUMNS)) * ROW_HEIGHT };
      while (taken.some((t) => overlaps(t, p))) p.x += COLUMN_WIDTH;
      out.set(z.id, p);
      taken.push(p);
    });
    row += Math.ceil(members.length / MAX_COLUMNS);
  }
  return out;
}
