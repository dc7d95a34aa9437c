// The compensating-controls register of one site (IEC 62443-3-3 §5.7 compensating countermeasures):
// what stands in for which unmet requirement, until when, and who accepted it. Filters and the
// opened control live in the URL.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { usePrompt } from '../../components/Dialogs.js';
import { SiteNav } from '../../components/SiteNav.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { ApproveDialog } from './ApproveDialog.js';
import { ControlForm } from './ControlForm.js';
import { ControlsTable } from './ControlsTable.js';
import { approvalsQuery, controlsQuery, deleteControl, scopesQuery, type Control } from './controls-api.js';
import { matchesText, STATUS_LABELS, STATUSES, statusesOf, type ControlStatus } from './control-status.js';
import './controls.css';

const route = getRouteApi('/app/sites/$site/controls');

export function ControlsPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const info = useQuery(siteQuery(site));
  const controls = useQuery(controlsQuery(site));
  const scopes = useQuery(scopesQuery(site));
  // Only for the e-signature's printed name and meaning: the register works without it.
  const approvals = useQuery(approvalsQuery(site));
  const canCreate = useCan('compensatingControl.create', site);
  const regulated = info.data?.regulated ?? false;
  const [editing, setEditing] = useState<Control | 'new' | null>(null);
  const [approving, setApproving] = useState<Control | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  const counts = useMemo(() => {
    const out: Record<ControlStatus, number> = { awaiting: 0, valid: 0, expiring: 0, expired: 0 };
    for (const c of controls.data ?? []) for (const s of statusesOf(c)) out[s] += 1;
    return out;
  }, [controls.data]);
  const shown = useMemo(
    () =>
      (controls.data ?? []).filter(
        (c) => (!search.status || statusesOf(c).includes(search.status)) && matchesText(c, search.q ?? ''),
      ),
    [controls.data, search.status, search.q],
  );

  const setFilters = useCallback(
    (next: { status?: ControlStatus | undefined; q?: string | undefined }) =>
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );

  const remove = async (c: Control) => {
    const values = await prompt({
      title: `Delete control ${c.id}?`,
      message: `The requirements it stands in for (${c.requirements.join(', ')}) count as unmet again.`,
      fields: regulated ? [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }] : [],
      submitLabel: 'Delete control',
      danger: true,
    });
    if (!values) return;
    setDeleteError(null);
    try {
      await deleteControl(site, c.id, values.reason?.trim());
      await invalidateSite(queryClient, site);
    } catch (e) {
      setDeleteError(e);
    }
  };

  return (
    <div className="controls-page">
      <SiteNav
        site={site}
        title="Compensating controls"
        actions={
          canCreate && (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              New control
            </button>
          )
        }
      />
      <Toolbar
        status={search.status}
        q={search.q ?? ''}
        counts={counts}
        shown={shown.length}
        total={controls.data?.length}
        onChange={setFilters}
      />
      {deleteError !== null && <ErrorBox error={deleteError} />}
      <QueryState query={controls} what="compensating controls">
        {(all) =>
          all.length === 0 ? (
            <Empty>
              No compensating controls in this site.{' '}
              {canCreate && 'Document one when a legacy device cannot meet a requirement of its zone.'}
            </Empty>
          ) : shown.length === 0 ? (
            <Empty>
              No control matches these filters.{' '}
              <button type="button" className="link" onClick={() => void navigate({ search: {}, replace: true })}>
                Clear filters
              </button>
            </Empty>
          ) : (
            <div className="panel table-panel">
              <ControlsTable
                site={site}
                controls={shown}
                scopes={scopes.data}
                approvals={approvals.data}
                open={search.open}
                actions={{
                  onApprove: setApproving,
                  onEdit: setEditing,
                  onDelete: (c) => void remove(c),
                  onToggle: (c) =>
                    void navigate({
                      search: (prev) => ({ ...prev, open: prev.open === c.id ? undefined : c.id }),
                      replace: true,
                    }),
                }}
              />
            </div>
          )
        }
      </QueryState>
      {editing !== null && (
        <ControlForm
          site={site}
          regulated={regulated}
          existing={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) void navigate({ search: (prev) => ({ ...prev, open: saved.id }), replace: true });
          }}
        />
      )}
      {approving !== null && (
        <ApproveDialog site={site} regulated={regulated} control={approving} onDone={() => setApproving(null)} />
      )}
    </div>
  );
}

function Toolbar({
  status,
  q,
  counts,
  shown,
  total,
  onChange,
}: {
  status: ControlStatus | undefined;
  q: string;
  counts: Record<ControlStatus, number>;
  shown: number;
  total: number | undefined;
  onChange: (next: { status?: ControlStatus | undefined; q?: string | undefined }) => void;
}) {
  const [text, setText] = useState(q);
  const sent = useRef(q);
  const input = useRef<HTMLInputElement>(null);
  // Typing updates the URL a moment later (no lag while typing, no entry per key).
  useEffect(() => {
    if (text.trim() === sent.current) return;
    const t = setTimeout(() => {
      sent.current = text.trim();
      onChange({ q: text.trim() || undefined });
    }, 250);
    return () => clearTimeout(t);
  }, [text, onChange]);
  // The URL changed by other means (back button, "Clear filters"): show it.
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
    }
  }, [q]);
  // "/" jumps to the filter, as in most tools engineers use.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key === '/' && !target?.closest('input, textarea, select, [contenteditable]')) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="toolbar" role="search">
      <label className="inline-field">
        <span>Status</span>
        <select
          value={status ?? ''}
          onChange={(e) => onChange({ status: (e.target.value || undefined) as ControlStatus | undefined })}
        >
          <option value="">All</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]} ({counts[s]})
            </option>
          ))}
        </select>
      </label>
      <input
        ref={input}
        type="search"
        aria-label="Filter controls"
        placeholder="Filter: id, scope, requirement, asset, text…  ( / )"
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="filter-input"
      />
      <span className="muted small">
        {total === undefined ? '' : shown === total ? `${total} controls` : `${shown} of ${total} controls`}
      </span>
      {counts.expired > 0 && (
        <button type="button" className="link small" onClick={() => onChange({ status: 'expired' })}>
          <span className="badge danger">{counts.expired} expired</span>
        </button>
      )}
      {counts.awaiting > 0 && (
        <button type="button" className="link small" onClick={() => onChange({ status: 'awaiting' })}>
          <span className="badge warn">{counts.awaiting} awaiting approval</span>
        </button>
      )}
    </div>
  );
}
