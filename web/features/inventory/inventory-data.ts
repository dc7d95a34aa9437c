// The inventory as the page holds it: the API's column form (GET /api/v1/inventory) decoded into
// flat arrays, with one lowercase search string per asset built once, so filtering 100,000
// assets is one tight loop over strings and small integers.

export interface InventorySite {
  id: string;
  name: string;
  regulated: boolean;
  /** The caller's abilities on this site's assets: read / update / delete. */
  abilities: string[];
  zones: { id: string; name: string; kind: string }[];
}

interface WireDictionary {
  values: string[];
  index: number[];
}

/** The answer of GET /api/v1/inventory (docs/api.md, "Inventory"). */
export interface InventoryWire {
  total: number;
  sites: InventorySite[];
  columns: {
    site: WireDictionary;
    id: string[];
    name: string[];
    zone: WireDictionary;
    type: WireDictionary;
    componentClass: WireDictionary;
    vendor: WireDictionary;
    model: WireDictionary;
    firmware: WireDictionary;
    orderNumber: (string | null)[];
    serial: (string | null)[];
    ip: (string[] | null)[];
    mac: (string[] | null)[];
    lifecycle: WireDictionary;
    criticality: (number | null)[];
    legacy: number[];
    safety: number[];
    lastSeen: (string | null)[];
  };
}

/** A few-valued column: distinct values, and per asset an index into them (-1: none). */
export interface Dictionary {
  values: string[];
  index: Int32Array;
}

export interface Inventory {
  total: number;
  sites: InventorySite[];
  siteById: Map<string, InventorySite>;
  site: Dictionary;
  zone: Dictionary;
  type: Dictionary;
  componentClass: Dictionary;
  vendor: Dictionary;
  model: Dictionary;
  firmware: Dictionary;
  lifecycle: Dictionary;
  id: string[];
  name: string[];
  orderNumber: (string | null)[];
  serial: (string | null)[];
  /** Addresses joined for display ("" when none). */
  ip: string[];
  mac: string[];
  criticality: (number | null)[];
  legacy: Uint8Array;
  safety: Uint8Array;
  lastSeen: (string | null)[];
  /** Per asset: id, name, vendor, model, firmware, order number, serial, IPs and MACs, lowercased. */
  haystack: string[];
}

const dictionary = (w: WireDictionary): Dictionary => ({ values: w.values, index: Int32Array.from(w.index) });

/** The value of a dictionary column for asset `i`, or null. */
export const valueOf = (d: Dictionary, i: number): string | null => {
  const k = d.index[i] ?? -1;
  return k < 0 ? null : (d.values[k] ?? null);
};

export function decodeInventory(w: InventoryWire): Inventory {
  const c = w.columns;
  const n = w.total;
  const ip = new Array<string>(n);
  const mac = new Array<string>(n);
  const haystack = new Array<string>(n);
  const vendor = dictionary(c.vendor);
  const model = dictionary(c.model);
  const firmware = dictionary(c.firmware);
  // Lowercase the few distinct values once instead of once per asset.
  const lower = (d: Dictionary) => d.values.map((v) => v.toLowerCase());
  const [vendorLc, modelLc, firmwareLc] = [lower(vendor), lower(model), lower(firmware)];
  for (let i = 0; i < n; i++) {
    ip[i] = c.ip[i]?.join(', ') ?? '';
    mac[i] = c.mac[i]?.join(', ') ?? '';
    // "\n" separates fields so that a search term never matches across two of them.
    haystack[i] = [
      (c.id[i] ?? '').toLowerCase(),
      (c.name[i] ?? '').toLowerCase(),
      vendorLc[vendor.index[i] ?? -1] ?? '',
      modelLc[model.index[i] ?? -1] ?? '',
      firmwareLc[firmware.index[i] ?? -1] ?? '',
      (c.orderNumber[i] ?? '').toLowerCase(),
      (c.serial[i] ?? '').toLowerCase(),
      ip[i],
      mac[i],
    ].join('\n');
  }
  return {
    total: n,
    sites: w.sites,
    siteById: new Map(w.sites.map((s) => [s.id, s])),
    site: dictionary(c.site),
    zone: dictionary(c.zone),
    type: dictionary(c.type),
    componentClass: dictionary(c.componentClass),
    vendor,
    model,
    firmware,
    lifecycle: dictionary(c.lifecycle),
    id: c.id,
    name: c.name,
    orderNumber: c.orderNumber,
    serial: c.serial,
    ip,
    mac,
    criticality: c.criticality,
    legacy: Uint8Array.from(c.legacy),
    safety: Uint8Array.from(c.safety),
    lastSeen: c.lastSeen,
    haystack,
  };
}

/** The stable key of asset `i` across reloads (row numbers change when the data does). */
export const assetKey = (inv: Inventory, i: number): string => `${valueOf(inv.site, i) ?? ''}/${inv.id[i] ?? ''}`;

const keyIndexes = new WeakMap<Inventory, Map<string, number>>();

/** Row number by "site/id" key, built once per loaded inventory. */
export function rowOfKey(inv: Inventory, key: string): number | undefined {
  let index = keyIndexes.get(inv);
  if (!index) {
    index = new Map();
    for (let i = 0; i < inv.total; i++) index.set(assetKey(inv, i), i);
    keyIndexes.set(inv, index);
  }
  return index.get(key);
}
