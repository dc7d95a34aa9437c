// The compact wire form of the inventory: one array per column instead of one object per asset,
// and the few-valued columns (site, zone, type, vendor, model, firmware, …) as an index into a
// list of their distinct values. 100,000 assets then weigh about 13 MB instead of 40 MB as
// objects, and the browser parses them several times faster (docs/api.md, "Inventory").

/** The inventory's columns in wire order; `dictionary` columns answer `{ values, index }`. */
export const INVENTORY_COLUMNS = [
  { name: 'site', kind: 'dictionary' },
  { name: 'id', kind: 'text' },
  { name: 'name', kind: 'text' },
  { name: 'zone', kind: 'dictionary' },
  { name: 'type', kind: 'dictionary' },
  { name: 'componentClass', kind: 'dictionary' },
  { name: 'vendor', kind: 'dictionary' },
  { name: 'model', kind: 'dictionary' },
  { name: 'firmware', kind: 'dictionary' },
  { name: 'orderNumber', kind: 'text' },
  { name: 'serial', kind: 'text' },
  { name: 'ip', kind: 'json-list' },
  { name: 'mac', kind: 'json-list' },
  { name: 'lifecycle', kind: 'dictionary' },
  { name: 'criticality', kind: 'number' },
  { name: 'legacy', kind: 'number' },
  { name: 'safety', kind: 'number' },
  { name: 'lastSeen', kind: 'text' },
] as const;

export type ColumnName = (typeof INVENTORY_COLUMNS)[number]['name'];
type Cell = string | number | null;

/** Collects one column's cells; dictionary columns intern their values as they arrive. */
class ColumnBuilder {
  private readonly cells: Cell[] = [];
  private readonly dictionary = new Map<string, number>();
  constructor(readonly kind: (typeof INVENTORY_COLUMNS)[number]['kind']) {}

  push(value: Cell): void {
    if (this.kind !== 'dictionary') {
      this.cells.push(value);
      return;
    }
    if (value === null) {
      this.cells.push(-1);
      return;
    }
    const key = String(value);
    let i = this.dictionary.get(key);
    if (i === undefined) {
      i = this.dictionary.size;
      this.dictionary.set(key, i);
    }
    this.cells.push(i);
  }

  toJson(): string {
    switch (this.kind) {
      case 'dictionary':
        return `{"values":${JSON.stringify([...this.dictionary.keys()])},"index":${JSON.stringify(this.cells)}}`;
      case 'json-list':
        // IPs and MACs are stored as JSON array text (db/json-columns.ts toJson): passed through
        // as they are rather than parsed and serialized again for every asset.
        return `[${this.cells.map((c) => (typeof c === 'string' && c.startsWith('[') ? c : 'null')).join(',')}]`;
      case 'text':
      case 'number':
        return JSON.stringify(this.cells);
    }
  }
}

/** Builds the `columns` object of the inventory answer, row by row. */
export class InventoryColumns {
  private readonly builders = INVENTORY_COLUMNS.map((c) => new ColumnBuilder(c.kind));
  private count = 0;

  /** `cells` in INVENTORY_COLUMNS order. */
  add(cells: readonly Cell[]): void {
    for (let c = 0; c < this.builders.length; c++) this.builders[c]?.push(cells[c] ?? null);
    this.count++;
  }

  get total(): number {
    return this.count;
  }

  toJson(): string {
    return `{${INVENTORY_COLUMNS.map((c, i) => `${JSON.stringify(c.name)}:${this.builders[i]?.toJson() ?? '[]'}`).join(',')}}`;
  }
}
