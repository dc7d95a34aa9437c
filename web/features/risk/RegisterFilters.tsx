// The register's filters and order. They live in the URL (search.ts), so a filtered register is
// a link to share and survives a reload.
import type { AcceptanceFilter, RegisterSort, RiskSearch } from './search.js';
import { DEFAULT_SORT } from './search.js';

const ACCEPTANCE_LABELS: Record<AcceptanceFilter | '', string> = {
  '': 'All',
  accepted: 'Accepted',
  expired: 'Acceptance expired',
  'needs-acceptance': 'Needs acceptance',
};

const SORT_LABELS: Record<RegisterSort, string> = {
  '-unmitigated': 'Worst before treatment',
  '-residual': 'Worst after countermeasures',
  id: 'Id',
};

export function RegisterFilters({
  search,
  targets,
  onChange,
  shown,
  total,
}: {
  search: RiskSearch;
  /** Zone and conduit ids the register's scenarios are about. */
  targets: string[];
  /** A key set to undefined removes that filter from the URL. */
  onChange: (next: Partial<RiskSearch>) => void;
  shown: number;
  total: number;
}) {
  // A shared link may name a target without scenarios (any more): keep it selectable.
  const options = search.target && !targets.includes(search.target) ? [...targets, search.target] : targets;
  return (
    <div className="toolbar register-filters">
      <label>
        <span className="muted small">Zone or conduit </span>
        <select
          aria-label="Filter by zone or conduit"
          value={search.target ?? ''}
          onChange={(e) => onChange({ target: e.target.value || undefined })}
        >
          <option value="">All</option>
          {options.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Acceptance </span>
        <select
          aria-label="Filter by acceptance"
          value={search.acceptance ?? ''}
          onChange={(e) => onChange({ acceptance: (e.target.value || undefined) as AcceptanceFilter | undefined })}
        >
          {Object.entries(ACCEPTANCE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={search.intolerable === true}
          onChange={(e) => onChange({ intolerable: e.target.checked || undefined })}
        />{' '}
        intolerable before treatment only
      </label>
      <label>
        <span className="muted small">Sort </span>
        <select
          aria-label="Sort the register"
          value={search.sort ?? DEFAULT_SORT}
          onChange={(e) => {
            const sort = e.target.value as RegisterSort;
            onChange({ sort: sort === DEFAULT_SORT ? undefined : sort });
          }}
        >
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <span className="muted small">
        {shown} of {total} scenarios
      </span>
    </div>
  );
}
