// The roadmap's actions in the order the projection applies them (due date, undated last),
// filtered as the URL says (search.ts). In what-if mode each row has a tick box: the projection
// below then shows only the ticked actions' effect.
import type { ActionStatus } from '../../../core/schemas/roadmap-action.js';
import { ACTION_STATUSES } from '../../../core/schemas/roadmap-action.js';
import { Empty } from '../../components/states.js';
import type { ActionView } from './roadmap-api.js';
import type { RoadmapSearch } from './search.js';

const STATUS_BADGE: Record<ActionStatus, string> = {
  planned: 'badge',
  'in-progress': 'badge info',
  done: 'badge ok',
  cancelled: 'badge muted',
};

const today = () => new Date().toISOString().slice(0, 10);
const isOpen = (a: ActionView) => a.status === 'planned' || a.status === 'in-progress';

/** The actions the list shows: the URL's filters, in the API's order. */
export const shownActions = (actions: ActionView[], search: RoadmapSearch): ActionView[] =>
  actions.filter((a) => (!search.scope || a.scope === search.scope) && (!search.status || a.status === search.status));

function Filters({
  search,
  scopes,
  onSearch,
  shown,
  total,
}: {
  search: RoadmapSearch;
  scopes: string[];
  onSearch: (next: Partial<RoadmapSearch>) => void;
  shown: number;
  total: number;
}) {
  // A shared link may name a scope without actions (any more): keep it selectable.
  const options = search.scope && !scopes.includes(search.scope) ? [...scopes, search.scope] : scopes;
  return (
    <div className="toolbar">
      <label>
        <span className="muted small">Zone or conduit </span>
        <select
          aria-label="Filter by zone or conduit"
          value={search.scope ?? ''}
          onChange={(e) => onSearch({ scope: e.target.value || undefined })}
        >
          <option value="">All</option>
          {options.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Status </span>
        <select
          aria-label="Filter by status"
          value={search.status ?? ''}
          onChange={(e) => onSearch({ status: (e.target.value || undefined) as ActionStatus | undefined })}
        >
          <option value="">All</option>
          {ACTION_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <span className="muted small">
        {shown} of {total} actions
      </span>
    </div>
  );
}

const ids = (list: string[] | undefined) => (list && list.length > 0 ? list.join(', ') : '—');

export function ActionList({
  actions,
  scopes,
  search,
  onSearch,
  canEdit,
  onTick,
  onEdit,
  onDelete,
}: {
  actions: ActionView[];
  /** Every zone and conduit id of the site, for the filter. */
  scopes: string[];
  search: RoadmapSearch;
  onSearch: (next: Partial<RoadmapSearch>) => void;
  canEdit: boolean;
  onTick: (id: string, ticked: boolean) => void;
  onEdit: (a: ActionView) => void;
  onDelete: (a: ActionView) => void;
}) {
  if (actions.length === 0) return <Empty>No actions yet. Add the first one to plan how zones reach their SL-T.</Empty>;
  const shown = shownActions(actions, search);
  const ticked = search.whatIf;
  const now = today();
  return (
    <>
      <Filters search={search} scopes={scopes} onSearch={onSearch} shown={shown.length} total={actions.length} />
      <table className="data roadmap-actions" aria-label="Roadmap actions">
        <thead>
          <tr>
            {ticked && <th aria-label="Ticked for the what-if" />}
            <th>Id</th>
            <th>Action</th>
            <th>Scope</th>
            <th>Due</th>
            <th>Status</th>
            <th>Satisfies</th>
            <th>Retires</th>
            <th className="num">Effort</th>
            <th className="num">Cost</th>
            {canEdit && <th />}
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id} className={ticked && !ticked.includes(a.id) ? 'unticked' : undefined}>
              {ticked && (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Include ${a.id} in the what-if`}
                    checked={ticked.includes(a.id)}
                    onChange={(e) => onTick(a.id, e.target.checked)}
                  />
                </td>
              )}
              <td className="mono nowrap">{a.id}</td>
              <td>
                {a.title}
                {a.owner && <span className="muted small"> · {a.owner}</span>}
              </td>
              <td className="mono nowrap">{a.scope}</td>
              <td className="nowrap">
                {a.due ?? <span className="muted">no date</span>}
                {a.due && isOpen(a) && a.due.slice(0, 10) < now && <span className="badge warn">overdue</span>}
              </td>
              <td>
                <span className={STATUS_BADGE[a.status]}>{a.status}</span>
              </td>
              <td className="small">{ids(a.satisfies)}</td>
              <td className="small mono">{ids(a.retires)}</td>
              <td className="num">{a.effortDays ?? ''}</td>
              <td className="num">{a.cost?.toLocaleString('en') ?? ''}</td>
              {canEdit && (
                <td className="row-actions">
                  {a.abilities.includes('update') && (
                    <button type="button" className="link" aria-label={`Edit ${a.id}`} onClick={() => onEdit(a)}>
                      Edit
                    </button>
                  )}
                  {a.abilities.includes('delete') && (
                    <button type="button" className="link" aria-label={`Delete ${a.id}`} onClick={() => onDelete(a)}>
                      Delete
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
