// Matches rows to the site's existing assets by the chosen key. IP and MAC are lists: a row
// matches every asset sharing one of its addresses, and more than one match is an error rather
// than a guess (two assets with one address is exactly what an inventory import must not hide).
import type { AssetDoc } from '../schemas/site-file.js';
import type { ImportKey } from './fields.js';
import type { RowValues } from './convert-row.js';

/** Addresses compare case-insensitively (IPv6 and MAC hex digits). */
const norm = (key: ImportKey, value: string): string =>
  key === 'serial' || key === 'id' ? value : value.toLowerCase();

/** The key's values in a row or an asset: its id, its addresses, or its serial number. */
export function keyValues(key: ImportKey, a: RowValues): string[] {
  switch (key) {
    case 'id':
      return a.id !== undefined ? [a.id] : [];
    case 'ip':
      return (a.ip ?? []).map((v) => norm(key, v));
    case 'mac':
      return (a.mac ?? []).map((v) => norm(key, v));
    case 'serial':
      return a.serial !== undefined ? [a.serial] : [];
  }
}

export interface KeyIndex {
  /** The existing assets any of `values` belongs to, each once, in the site's order. */
  match(values: readonly string[]): AssetDoc[];
  /** Whether an asset of the site has this id (whatever the key). */
  hasId(id: string): boolean;
}

export function indexAssets(key: ImportKey, existing: readonly AssetDoc[]): KeyIndex {
  const byValue = new Map<string, AssetDoc[]>();
  for (const a of existing)
    for (const v of keyValues(key, a)) {
      const list = byValue.get(v);
      if (list) list.push(a);
      else byValue.set(v, [a]);
    }
  const ids = new Set(existing.map((a) => a.id));
  return {
    match(values) {
      const found = new Set<AssetDoc>();
      for (const v of values) for (const a of byValue.get(norm(key, v)) ?? []) found.add(a);
      return [...found];
    },
    hasId: (id) => ids.has(id),
  };
}
