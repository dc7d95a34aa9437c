// The audit log's filters: each one is a URL search parameter passed as is to the API, which
// checks it (a bad date answers 400 with its message, shown by the page).
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../api/queries.js';
import type { AuditSearch } from './search.js';

/** The actions the server records (audit.repository callers), and handy prefixes. */
const ACTIONS = [
  'site.*',
  'site.create',
  'site.update',
  'site.delete',
  'site.import',
  'zone.*',
  'zone.create',
  'zone.update',
  'zone.delete',
  'zones.bulk',
  'conduit.*',
  'asset.*',
  'results.put',
  'compensating-control.*',
  'compensating-control.create',
  'compensating-control.update',
  'compensating-control.delete',
  'compensating-control.approve',
  'user.*',
  'user.login',
  'user.login-failed',
  'user.locked',
  'user.create',
  'user.disable',
  'user.set-site-role',
  'user.set-password',
  'apiToken.*',
  'organization.update',
];

export const ENTITIES = [
  'site',
  'zone',
  'conduit',
  'asset',
  'results',
  'compensatingControl',
  'user',
  'apiToken',
  'organization',
] as const;

/** A text filter that reaches the URL a moment after typing stops. */
function TextFilter({
  name,
  label,
  value,
  onChange,
  placeholder,
  options,
  width = 150,
}: {
  name: keyof AuditSearch;
  label: string;
  value: string;
  /** Must be stable (useCallback): a new function restarts the typing delay. */
  onChange: (next: Partial<AuditSearch>) => void;
  placeholder?: string;
  options?: { value: string; label?: string }[];
  width?: number;
}) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const id = useId();
  const listId = `${id}-list`;
  useEffect(() => {
    if (text.trim() === sent.current) return;
    const t = setTimeout(() => {
      sent.current = text.trim();
      onChange({ [name]: text.trim() || undefined });
    }, 350);
    return () => clearTimeout(t);
  }, [text, name, onChange]);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <div className="audit-filter">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={placeholder}
        style={{ width }}
        list={options ? listId : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {options && (
        <datalist id={listId}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </datalist>
      )}
    </div>
  );
}

export function AuditFilters({
  filters,
  onChange,
  actors,
}: {
  filters: AuditSearch;
  onChange: (next: Partial<AuditSearch>) => void;
  /** Actor ids with names, when the caller may list users. */
  actors: { value: string; label: string }[] | undefined;
}) {
  const sites = useQuery(sitesQuery);
  const commit = (key: keyof AuditSearch) => (v: string | undefined) => onChange({ [key]: v });
  const any = Object.values(filters).some((v) => v !== undefined && v !== '');

  return (
    <div className="toolbar audit-filters" role="search" aria-label="Audit filters">
      <label className="audit-filter">
        <span>Site</span>
        <select
          aria-label="Site"
          value={filters.site ?? ''}
          onChange={(e) => commit('site')(e.target.value || undefined)}
        >
          <option value="">All sites</option>
          {sites.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <TextFilter
        label="Actor"
        value={filters.actor ?? ''}
        name="actor"
        onChange={onChange}
        placeholder="user id, local, cli"
        options={actors ?? [{ value: 'local' }, { value: 'cli' }]}
        width={170}
      />
      <TextFilter
        label="Action"
        value={filters.action ?? ''}
        name="action"
        onChange={onChange}
        placeholder="zone.update or zone.*"
        options={ACTIONS.map((a) => ({ value: a }))}
        width={190}
      />
      <label className="audit-filter">
        <span>Entity</span>
        <select
          aria-label="Entity"
          value={filters.entity ?? ''}
          onChange={(e) => commit('entity')(e.target.value || undefined)}
        >
          <option value="">Any</option>
          {ENTITIES.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      <TextFilter
        label="Entity id"
        value={filters.entityId ?? ''}
        name="entityId"
        onChange={onChange}
        placeholder="bsl-dmz"
        width={130}
      />
      <label className="audit-filter">
        <span>From (UTC)</span>
        <input
          type="date"
          aria-label="From (UTC)"
          value={filters.from ?? ''}
          onChange={(e) => commit('from')(e.target.value || undefined)}
        />
      </label>
      <label className="audit-filter">
        <span>To (UTC)</span>
        <input
          type="date"
          aria-label="To (UTC)"
          value={filters.to ?? ''}
          onChange={(e) => commit('to')(e.target.value || undefined)}
        />
      </label>
      {any && (
        <button
          type="button"
          className="link clear-filters"
          onClick={() =>
            onChange({
              site: undefined,
              actor: undefined,
              action: undefined,
              entity: undefined,
              entityId: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
