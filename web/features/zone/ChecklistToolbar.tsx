// The checklist's filters. Their state lives in the URL (the page passes it in and writes changes
// back), so a filtered checklist is a link one can send.
import { useEffect, useState } from 'react';
import { FR_SHORT, FRS } from '../../components/sl-scale.js';
import { STATUS_LABELS } from './checklist-model.js';
import { STATUS_FILTERS, type StatusFilter, type ZoneSearch } from './search.js';

const FILTER_LABELS: Record<StatusFilter, string> = {
  ...STATUS_LABELS,
  unassessed: 'Unassessed',
  blocking: 'Blocking SL-T',
};

interface Props {
  search: ZoneSearch;
  shown: number;
  total: number;
  onChange: (patch: Partial<ZoneSearch>) => void;
}

export function ChecklistToolbar({ search, shown, total, onChange }: Props) {
  const [q, setQ] = useState(search.q ?? '');
  // Typing updates the URL once the user pauses, not on every key.
  useEffect(() => {
    if (q === (search.q ?? '')) return;
    const timer = setTimeout(() => onChange({ q: q || undefined }), 250);
    return () => clearTimeout(timer);
  }, [q, search.q, onChange]);

  const filtered = search.fr !== undefined || search.status !== undefined || !!search.q || !!search.all;
  return (
    <div className="toolbar checklist-toolbar" role="search" aria-label="Checklist filters">
      <label className="inline-field">
        <span>FR</span>
        <select
          aria-label="FR filter"
          value={search.fr ?? ''}
          onChange={(e) => onChange({ fr: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">All FRs</option>
          {FRS.map((fr) => (
            <option key={fr} value={fr}>
              FR {fr} {FR_SHORT[fr]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field">
        <span>Status</span>
        <select
          aria-label="Status filter"
          value={search.status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as StatusFilter | undefined })}
        >
          <option value="">Any status</option>
          {STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {FILTER_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        aria-label="Search requirements"
        placeholder="Search id, title, notes…"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <label className="inline-check">
        <input
          type="checkbox"
          checked={!!search.all}
          onChange={(e) => onChange({ all: e.target.checked || undefined })}
        />
        Show all requirements, also above the SL-T
      </label>
      <span className="spacer" />
      <span className="muted small" aria-live="polite">
        {shown} of {total} requirements
      </span>
      {filtered && (
        <button
          type="button"
          className="link"
          onClick={() => {
            setQ('');
            onChange({ fr: undefined, status: undefined, q: undefined, all: undefined });
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
