// One spreadsheet row → the asset fields it gives. A blank cell gives nothing (a new asset leaves
// the field out, an update keeps the stored value), so a sparse sheet never erases data.
import type { AssetDoc } from '../schemas/site-file.js';
import { booleanOf, criticalityOf, dateOf, idOf, macOf, splitList, type Converted } from './cell-values.js';
import type { ImportField } from './fields.js';
import type { ColumnMapping } from './header-guess.js';
import { cellText, type Cell } from './sheet.js';
import { assetTypeOf, componentClassOf, lifecycleOf } from './vocabulary-words.js';

/** The fields of an asset one row can give (no SL capability or 4-2 capabilities: those need more than a cell). */
export type RowValues = Partial<Pick<AssetDoc, ImportField>>;

export interface CellProblem {
  /** The header of the column the problem is in. */
  column?: string;
  message: string;
}

/** Zone cells hold an id or a name: resolves them to the zone's id, or undefined. */
export type ZoneResolver = (text: string) => string | undefined;

const text = (cell: Cell): Converted<string> => ({ value: cellText(cell) });

function convert(field: ImportField, cell: Cell, zoneOf: ZoneResolver, site: string): Converted<unknown> {
  switch (field) {
    case 'id':
      return idOf(cell);
    case 'zone': {
      const given = cellText(cell);
      const id = zoneOf(given);
      return id !== undefined
        ? { value: id }
        : { error: `zone "${given}" is not a zone of site "${site}" (write a zone id or name)` };
    }
    case 'type':
      return assetTypeOf(cellText(cell));
    case 'componentClass':
      return componentClassOf(cellText(cell));
    case 'lifecycle':
      return lifecycleOf(cellText(cell));
    case 'ip':
      return { value: splitList(cellText(cell)) };
    case 'mac':
      return { value: splitList(cellText(cell)).map(macOf) };
    case 'legacy':
    case 'safety':
      return booleanOf(cell);
    case 'criticality':
      return criticalityOf(cell);
    case 'lastSeen':
      return dateOf(cell);
    case 'name':
    case 'vendor':
    case 'model':
    case 'firmware':
    case 'orderNumber':
    case 'serial':
    case 'owner':
    case 'location':
    case 'notes':
      return text(cell);
  }
}

/** Converts the mapped cells of one row; every cell's problem is reported, not just the first. */
export function convertRow(
  cells: readonly Cell[],
  columns: readonly ColumnMapping[],
  zoneOf: ZoneResolver,
  site: string,
): { values: RowValues; problems: CellProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  for (const c of columns) {
    if (c.field === null) continue;
    const cell = cells[c.index] ?? null;
    if (cellText(cell) === '') continue;
    const out = convert(c.field, cell, zoneOf, site);
    if (out.error !== undefined) problems.push({ column: c.header, message: out.error });
    else values[c.field] = out.value;
  }
  return { values, problems };
}

/** Zone ids match as written or lowercased; names ignore case and repeated spaces. */
export function zoneResolver(zones: readonly { id: string; name: string }[]): ZoneResolver {
  const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const ids = new Set(zones.map((z) => z.id));
  const byName = new Map<string, string>();
  for (const z of zones) if (!byName.has(squash(z.name))) byName.set(squash(z.name), z.id);
  return (given) => {
    if (ids.has(given)) return given;
    if (ids.has(given.toLowerCase())) return given.toLowerCase();
    return byName.get(squash(given));
  };
}
