// The inventory's filter bar: site, free text, zone, type and vendor. Options come from the
// loaded data, each with how many assets carry it.
import { useQuery } from '@tanstack/react-query';
import { useMemo, type RefObject } from 'react';
import { sitesQuery } from '../../api/queries.js';
import type { Dictionary, Inventory } from './inventory-data.js';
import { NO_ZONE, type InventorySearch } from './search.js';

interface Props {
  inv: Inventory | undefined;
  search: InventorySearch;
  text: string;
  onText: (text: string) => void;
  setSearch: (patch: Partial<InventorySearch>) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

interface Option {
  value: string;
  label: string;
  count: number;
}

/** Distinct values of a column with their counts, by label. */
function optionsOf(d: Dictionary | undefined, label: (value: string) => string = (v) => v): Option[] {
  if (!d) return [];
  const counts = new Int32Array(d.values.length);
  for (const k of d.index) if (k >= 0) counts[k]!++;
  return d.values
    .map((value, k) => ({ value, label: label(value), count: counts[k] ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
}

const fmt = (n: number) => n.toLocaleString('en-US');

function FilterSelect({
  label,
  value,
  options,
  extra,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: Option[];
  extra?: Option;
  onChange: (value: string | undefined) => void;
}) {
  // A value from the URL that the data does not hold still shows, so the filter is visible.
  const known = value === undefined || value === extra?.value || options.some((o) => o.value === value);
  return (
    <label className="inv-filter">
      <span>{label}</span>
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">All</option>
        {extra && (
          <option value={extra.value}>
            {extra.label} ({fmt(extra.count)})
          </option>
        )}
        {!known && <option value={value}>{value} (0)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({fmt(o.count)})
          </option>
        ))}
      </select>
    </label>
  );
}

export function InventoryFilters({ inv, search, text, onText, setSearch, searchRef }: Props) {
  const sites = useQuery(sitesQuery);
  const zoneNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const s of inv?.sites ?? []) for (const z of s.zones) names.set(z.id, z.name);
    return names;
  }, [inv]);
  const zones = useMemo(
    () => optionsOf(inv?.zone, (id) => (zoneNames.has(id) ? `${zoneNames.get(id)} · ${id}` : id)),
    [inv, zoneNames],
  );
  const types = useMemo(() => optionsOf(inv?.type), [inv]);
  const vendors = useMemo(() => optionsOf(inv?.vendor), [inv]);
  const unzoned = useMemo(() => {
    if (!inv) return 0;
    let n = 0;
    for (const k of inv.zone.index) if (k < 0) n++;
    return n;
  }, [inv]);
  const filtered = Boolean(search.q || search.zone || search.type || search.vendor);

  return (
    <div className="toolbar inv-filters" role="search">
      <label className="inv-filter">
        <span>Site</span>
        <select
          aria-label="Site"
          value={search.site ?? ''}
          // Zone ids belong to one site: a zone filter does not carry over to another site.
          onChange={(e) => setSearch({ site: e.target.value || undefined, zone: undefined, asset: undefined })}
        >
          <option value="">All sites</option>
          {/* A site from the URL that is not (or not yet) listed still shows which one it is. */}
          {search.site && !sites.data?.some((s) => s.id === search.site) && (
            <option value={search.site}>{search.site}</option>
          )}
          {sites.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="inv-filter inv-search">
        <span>Search</span>
        <input
          ref={searchRef}
          type="search"
          aria-label="Search assets"
          placeholder="IP, MAC, name, vendor, model, firmware…  ( / )"
          value={text}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.stopPropagation();
              onText('');
            }
          }}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <FilterSelect
        label="Zone"
        value={search.zone}
        options={zones}
        extra={
          unzoned > 0 || search.zone === NO_ZONE ? { value: NO_ZONE, label: 'No zone', count: unzoned } : undefined
        }
        onChange={(zone) => setSearch({ zone })}
      />
      <FilterSelect label="Type" value={search.type} options={types} onChange={(type) => setSearch({ type })} />
      <FilterSelect
        label="Vendor"
        value={search.vendor}
        options={vendors}
        onChange={(vendor) => setSearch({ vendor })}
      />
      {filtered && (
        <button
          type="button"
          className="inv-clear"
          onClick={() => {
            onText('');
            setSearch({ q: undefined, zone: undefined, type: undefined, vendor: undefined });
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
