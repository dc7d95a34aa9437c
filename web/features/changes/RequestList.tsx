// The site's change requests, newest first, filtered by status. The list answer says which open
// and approved requests are stale, so one that must be rebased is flagged before anyone opens it.
import { Empty } from '../../components/states.js';
import type { ChangeRequest } from './changes-api.js';
import { usePersonName, when } from './people.js';
import { EmergencyBadge, StaleBadge, StatusBadge } from './RequestBadges.js';

export function RequestList({
  site,
  requests,
  selected,
  compact,
  onOpen,
}: {
  site: string;
  requests: ChangeRequest[];
  selected: number | undefined;
  /** Next to an opened request: number, title and badges only. */
  compact: boolean;
  onOpen: (id: number) => void;
}) {
  const name = usePersonName(site);
  if (requests.length === 0) return <Empty>No change requests here yet.</Empty>;
  return (
    <table className="data request-list" aria-label="Change requests">
      <thead>
        <tr>
          <th className="num">#</th>
          <th>Title</th>
          <th>Status</th>
          {!compact && (
            <>
              <th className="num">Ops</th>
              <th>Proposed by</th>
              <th>Last change</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => (
          <tr key={r.id} className={r.id === selected ? 'selected' : undefined} aria-selected={r.id === selected}>
            <td className="num muted">{r.id}</td>
            <td>
              <button type="button" className="link" onClick={() => onOpen(r.id)}>
                {r.title}
              </button>
            </td>
            <td>
              <span className="badges">
                <StatusBadge status={r.status} />
                <EmergencyBadge request={r} />
                <StaleBadge stale={r.stale} />
              </span>
            </td>
            {!compact && (
              <>
                <td className="num">{r.ops.length}</td>
                <td>{name(r.author)}</td>
                <td className="nowrap" title={when(r.updatedAt)}>
                  {r.updatedAt.slice(0, 10)}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
