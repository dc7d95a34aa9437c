// The matrix's filters: each one a URL search parameter (search.ts) passed to the API as is.
import { useQuery } from '@tanstack/react-query';
import { CATALOG_3_3 } from '../../../core/iec62443/catalog.js';
import { TRACE_STATUSES, type TraceStatus } from '../../../core/iec62443/traceability.js';
import { FR_SHORT, FRS } from '../../components/sl-scale.js';
import { conduitsQuery, zonesQuery } from '../site/queries.js';
import type { TraceSearch } from './search.js';

export function TraceabilityFilters({
  site,
  filters,
  onChange,
}: {
  site: string;
  filters: TraceSearch;
  /** A key set to undefined removes that filter from the URL. */
  onChange: (next: Partial<TraceSearch>) => void;
}) {
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  const requirements = CATALOG_3_3.filter((i) => filters.fr === undefined || i.fr === filters.fr);
  const any = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="toolbar trace-filters">
      <label>
        <span className="muted small">Zone or conduit </span>
        <select
          aria-label="Filter by zone or conduit"
          value={filters.scope ?? ''}
          onChange={(e) => onChange({ scope: e.target.value || undefined })}
        >
          <option value="">All</option>
          <optgroup label="Zones">
            {(zones.data ?? []).map((z) => (
              <option key={z.id} value={z.id}>
                {z.name} ({z.id})
              </option>
            ))}
          </optgroup>
          <optgroup label="Conduits">
            {(conduits.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ? `${c.name} (${c.id})` : c.id}
              </option>
            ))}
          </optgroup>
          {/* A shared link may name a scope this list does not have (yet): keep it selectable. */}
          {filters.scope &&
            !zones.data?.some((z) => z.id === filters.scope) &&
            !conduits.data?.some((c) => c.id === filters.scope) && (
              <option value={filters.scope}>{filters.scope}</option>
            )}
        </select>
      </label>
      <label>
        <span className="muted small">FR </span>
        <select
          aria-label="Filter by foundational requirement"
          value={filters.fr ?? ''}
          onChange={(e) => {
            const fr = e.target.value ? Number(e.target.value) : undefined;
            const keep = filters.requirement && CATALOG_3_3.find((i) => i.id === filters.requirement)?.fr === fr;
            onChange({ fr, requirement: keep || fr === undefined ? filters.requirement : undefined });
          }}
        >
          <option value="">All</option>
          {FRS.map((fr) => (
            <option key={fr} value={fr}>
              FR {fr} {FR_SHORT[fr]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Requirement </span>
        <select
          aria-label="Filter by requirement"
          value={filters.requirement ?? ''}
          onChange={(e) => onChange({ requirement: e.target.value || undefined })}
        >
          <option value="">All</option>
          {requirements.map((i) => (
            <option key={i.id} value={i.id}>
              {i.id} · {i.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Result </span>
        <select
          aria-label="Filter by result"
          value={filters.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as TraceStatus | undefined })}
        >
          <option value="">All</option>
          {TRACE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {any && (
        <button
          type="button"
          className="link"
          onClick={() => onChange({ scope: undefined, fr: undefined, requirement: undefined, status: undefined })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
