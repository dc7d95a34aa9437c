// One line saying what an audit record changed, read from its recorded `detail`. The writers record
// a few shapes: { before, after } for updates, the entity for creates, per-kind counts for site-file
// imports, a results map for assessments; anything else falls back to its keys.
import type { AuditRecord } from './audit-api.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const short = (v: unknown, max = 40): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  if (s === undefined) return 'unset';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** Keys whose values differ between two objects, in a stable order. */
export function changedKeys(before: Json, after: Json): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

const DELTA_KINDS = ['zones', 'conduits', 'assets', 'results', 'compensatingControls'] as const;
const DELTA_LABELS: Record<(typeof DELTA_KINDS)[number], string> = {
  zones: 'zones',
  conduits: 'conduits',
  assets: 'assets',
  results: 'results',
  compensatingControls: 'controls',
};

interface Delta {
  added: number;
  changed: number;
  removed: number;
}
const isDelta = (v: unknown): v is Delta =>
  isObject(v) && typeof v.added === 'number' && typeof v.changed === 'number' && typeof v.removed === 'number';

/** "zones +1 ~2 −0" parts of a site-file import, leaving out kinds without changes. */
export function importSummary(detail: Json): string {
  const parts: string[] = [];
  if (detail.created === true) parts.push('new site');
  else if (detail.siteChanged === true) parts.push('site details');
  for (const kind of DELTA_KINDS) {
    const d = detail[kind];
    if (!isDelta(d) || d.added + d.changed + d.removed === 0) continue;
    const bits = [d.added && `+${d.added}`, d.changed && `~${d.changed}`, d.removed && `−${d.removed}`].filter(Boolean);
    parts.push(`${DELTA_LABELS[kind]} ${bits.join(' ')}`);
  }
  return parts.length ? parts.join(', ') : 'no changes';
}

export function summarize(r: AuditRecord): string {
  const d = r.detail;
  if (d === null || d === undefined) return '';
  if (!isObject(d)) return short(d, 80);
  if (DELTA_KINDS.some((k) => isDelta(d[k]))) return importSummary(d);
  const signature = isObject(d.signature) ? d.signature : null;
  const signed = signature ? ` · e-signed “${String(signature.meaning)}” by ${String(signature.printedName)}` : '';
  if ('before' in d && 'after' in d) {
    const { before, after } = d;
    if (isObject(before) && isObject(after)) {
      const keys = changedKeys(before, after);
      if (keys.length === 0) return `no field changed${signed}`;
      const shown = keys
        .slice(0, 3)
        .map((k) =>
          typeof after[k] === 'object' || typeof before[k] === 'object'
            ? k
            : `${k}: ${short(before[k], 24)} → ${short(after[k], 24)}`,
        );
      return `${shown.join('; ')}${keys.length > 3 ? ` (+${keys.length - 3} more)` : ''}${signed}`;
    }
    return `${short(before ?? 'none', 30)} → ${short(after ?? 'none', 30)}${typeof d.email === 'string' ? ` (${d.email})` : ''}`;
  }
  if (r.action === 'results.put') {
    const entries = Object.entries(d);
    const shown = entries
      .slice(0, 3)
      .map(([id, v]) => `${id}: ${isObject(v) ? short(v.status) : short(v ?? 'removed')}`);
    return `${shown.join('; ')}${entries.length > 3 ? ` (+${entries.length - 3} more)` : ''}`;
  }
  if (r.action.endsWith('.create')) {
    const label = d.name ?? d.email ?? d.id;
    return `created${label !== undefined ? ` ${short(label)}` : ''}`;
  }
  const keys = Object.keys(d);
  return keys.slice(0, 5).join(', ') + (keys.length > 5 ? '…' : '');
}

/** The before and after halves of a detail, when it has them (shown side by side). */
export function beforeAfter(detail: unknown): { before: unknown; after: unknown; rest: Json } | null {
  if (!isObject(detail) || !('before' in detail) || !('after' in detail)) return null;
  const { before, after, ...rest } = detail;
  return { before, after, rest };
}
