// The actions panel of the roadmap page: the list with its filters from the URL, adding, editing
// and deleting an action (with a reason on regulated sites, since the roadmap plans changes to the
// security model). Writes refresh every view of the site (invalidateSite), the projection too.
import { useState } from 'react';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { Cancelled, usePrompt, useReason } from '../../components/Dialogs.js';
import { ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import { ActionDialog, type ActionSubmission } from './ActionDialog.js';
import { ActionList } from './ActionList.js';
import { createAction, deleteAction, updateAction, type ActionView } from './roadmap-api.js';
import type { RoadmapSearch } from './search.js';

export function ActionsPanel({
  site,
  actions,
  scopes,
  canEdit,
  search,
  onSearch,
}: {
  site: string;
  actions: UseQueryResult<ActionView[]>;
  scopes: string[];
  canEdit: boolean;
  search: RoadmapSearch;
  onSearch: (next: Partial<RoadmapSearch>) => void;
}) {
  const info = useQuery(siteQuery(site));
  const queryClient = useQueryClient();
  const askReason = useReason();
  const prompt = usePrompt();
  /** The action being edited, 'new' while adding, null when the dialog is closed. */
  const [editing, setEditing] = useState<ActionView | 'new' | null>(null);
  const { busy, error, setError, run } = useSubmit();

  const save = (s: ActionSubmission) =>
    run(async () => {
      if (s.kind === 'add')
        await createAction(site, s.doc, await askReason(info.data, `add roadmap action ${s.doc.id}`));
      else await updateAction(site, s.id, s.patch, await askReason(info.data, `change roadmap action ${s.id}`));
      setEditing(null);
      await invalidateSite(queryClient, site);
    });
  const remove = async (a: ActionView) => {
    const ok = await prompt({ title: `Delete action ${a.id}?`, submitLabel: 'Delete', danger: true });
    if (!ok) return;
    try {
      await deleteAction(site, a.id, await askReason(info.data, `delete roadmap action ${a.id}`));
      // A deleted action cannot stay ticked in the what-if.
      if (search.whatIf?.includes(a.id)) onSearch({ whatIf: search.whatIf.filter((id) => id !== a.id) });
      await invalidateSite(queryClient, site);
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    }
  };
  const tick = (id: string, on: boolean) => {
    const current = search.whatIf ?? [];
    onSearch({ whatIf: on ? [...current, id] : current.filter((x) => x !== id) });
  };

  return (
    <section className="panel" aria-labelledby="actions-title">
      <div className="panel-head">
        <h2 id="actions-title">Actions</h2>
        <span className="muted small">by due date; done actions are taken as already reflected in the results</span>
        <span className="spacer" />
        {canEdit && (
          <button type="button" className="primary" onClick={() => setEditing('new')}>
            Add action
          </button>
        )}
      </div>
      {!editing && error !== null && <ErrorBox error={error} />}
      <QueryState query={actions} what="the roadmap">
        {(list) => (
          <ActionList
            actions={list}
            scopes={scopes}
            search={search}
            onSearch={onSearch}
            canEdit={canEdit}
            onTick={tick}
            onEdit={setEditing}
            onDelete={(a) => void remove(a)}
          />
        )}
      </QueryState>
      {editing && (
        <ActionDialog
          // A fresh form for each action opened.
          key={editing === 'new' ? '' : editing.id}
          site={site}
          existing={editing === 'new' ? null : editing}
          defaultScope={search.scope}
          busy={busy}
          error={error}
          onSubmit={(s) => void save(s)}
          onCancel={() => {
            setEditing(null);
            setError(null);
          }}
        />
      )}
    </section>
  );
}
