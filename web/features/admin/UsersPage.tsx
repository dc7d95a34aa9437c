// User administration (org-admins, permission user.manage): who has an account, for which party
// and company, with which roles on which sites (IEC 62443-2-1 / 3-3 SR 1.1, SR 2.1: every person
// identified, least privilege per site); create, change roles, disable.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { sitesQuery } from '../../api/queries.js';
import { hasPermission, useMe } from '../../auth/session.js';
import { usePrompt } from '../../components/Dialogs.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { SiteRolesDialog } from './SiteRolesDialog.js';
import { UserCreateDialog } from './UserCreateDialog.js';
import { disableUser, PARTY_LABELS, usersQuery, type User } from './users-api.js';
import '../../components/modal.css';
import './admin.css';

export function UsersPage() {
  const me = useMe();
  if (!hasPermission(me, 'user.manage'))
    return (
      <div>
        <div className="page-header">
          <h1>Users</h1>
        </div>
        <div className="state state-error" role="alert">
          <strong>You are not allowed to manage users.</strong> Organization administrators create accounts and set site
          roles; site administrators can change roles on their sites through the organization administrator.
        </div>
      </div>
    );
  return <UsersAdmin />;
}

function UsersAdmin() {
  const me = useMe();
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const users = useQuery(usersQuery);
  const sites = useQuery(sitesQuery);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [error, setError] = useState<unknown>(null);
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;

  const disable = async (u: User) => {
    const ok = await prompt({
      title: `Disable ${u.name}?`,
      message: `${u.email} can no longer sign in; their sessions end now and their API tokens stop working. The account and its audit trail stay.`,
      submitLabel: 'Disable account',
      danger: true,
    });
    if (!ok) return;
    setError(null);
    try {
      await disableUser(u.id);
    } catch (e) {
      setError(e);
    }
    await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
  };

  return (
    <div className="users-page">
      <div className="page-header">
        <h1>Users</h1>
        <span className="muted small">{users.data ? `${users.data.length} accounts` : ''}</span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New user
        </button>
      </div>
      {created && (
        <div className="notice info" role="status">
          Created {created.name} ({created.email}).{' '}
          <button type="button" className="link" onClick={() => setCreated(null)}>
            Dismiss
          </button>
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
      <QueryState query={users} what="users">
        {(list) =>
          list.length === 0 ? (
            <Empty>No users yet.</Empty>
          ) : (
            <div className="panel table-panel">
              <table className="data users-table">
                <thead>
                  <tr>
                    <th>Name</th>
                    <th>Email</th>
                    <th>Party</th>
                    <th>Company</th>
                    <th>Organization role</th>
                    <th>Site roles</th>
                    <th>Status</th>
                    <th>Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((u) => (
                    <tr key={u.id} className={u.disabled ? 'disabled' : undefined}>
                      <td>
                        {u.name}
                        {u.id === me.id && <span className="muted small"> (you)</span>}
                      </td>
                      <td className="mono">{u.email}</td>
                      <td>{PARTY_LABELS[u.party]}</td>
                      <td>{u.company ?? <span className="muted">—</span>}</td>
                      <td>{u.orgRole ? <span className="badge info">{u.orgRole}</span> : ''}</td>
                      <td>
                        {u.sites.length === 0 ? (
                          <span className="muted small">{u.orgRole ? 'all sites' : 'none'}</span>
                        ) : (
                          <span className="role-chips">
                            {u.sites.map((s) => (
                              <span key={s.site} className="role-chip" title={siteName(s.site)}>
                                {s.site}: <strong>{s.role}</strong>
                              </span>
                            ))}
                          </span>
                        )}
                      </td>
                      <td>
                        {u.disabled ? (
                          <span className="badge danger">disabled</span>
                        ) : (
                          <span className="badge ok">active</span>
                        )}
                      </td>
                      <td className="nowrap">
                        {!u.disabled && (
                          <button type="button" onClick={() => setEditing(u)} aria-label={`Site roles of ${u.email}`}>
                            Site roles
                          </button>
                        )}{' '}
                        {!u.disabled && u.id !== me.id && (
                          <button type="button" onClick={() => void disable(u)} aria-label={`Disable ${u.email}`}>
                            Disable
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {creating && (
        <UserCreateDialog
          onDone={(user) => {
            setCreating(false);
            setCreated(user);
          }}
        />
      )}
      {editing && <SiteRolesDialog user={editing} onDone={() => setEditing(null)} />}
    </div>
  );
}
