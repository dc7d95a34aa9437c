// Your API tokens: scripts and CI call the API as you with `Authorization: Bearer …`, never
// more than you may do, and limited further to read-only or to some sites.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../auth/session.js';
import { usePrompt } from '../../components/Dialogs.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { TokenCreateForm } from './TokenCreateForm.js';
import { TokenSecret } from './TokenSecret.js';
import { revokeToken, tokensQuery, tokenState, type CreatedToken, type Token } from './tokens-api.js';
import '../../components/modal.css';
import './admin.css';

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '—');

export function TokensPage() {
  const me = useMe();
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const tokens = useQuery(tokensQuery);
  const [secret, setSecret] = useState<{ token: CreatedToken; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const revoke = async (t: Token) => {
    const ok = await prompt({
      title: `Revoke token ${t.name ?? t.id}?`,
      message: 'It stops working at once: every script using it gets 401 from now on. This cannot be undone.',
      submitLabel: 'Revoke token',
      danger: true,
    });
    if (!ok) return;
    setError(null);
    try {
      await revokeToken(t.id);
    } catch (e) {
      setError(e);
    }
    await queryClient.invalidateQueries({ queryKey: ['admin', 'tokens'] });
  };

  return (
    <div className="tokens-page">
      <div className="page-header">
        <h1>API tokens</h1>
        <span className="muted small">
          for {me.name} ({me.email}) — a token never does more than you may
        </span>
      </div>
      {secret && <TokenSecret token={secret.token} name={secret.name} onDismiss={() => setSecret(null)} />}
      {me.readOnly ? (
        <p className="notice info">You are signed in read-only: tokens cannot be created or revoked this way.</p>
      ) : (
        <TokenCreateForm onCreated={(token, name) => setSecret({ token, name })} />
      )}
      {error !== null && <ErrorBox error={error} />}
      <div className="panel">
        <h2>Your tokens</h2>
        <QueryState query={tokens} what="tokens">
          {(list) =>
            list.length === 0 ? (
              <Empty>You have no API tokens.</Empty>
            ) : (
              <div className="table-panel">
                <table className="data tokens-table">
                  <thead>
                    <tr>
                      <th>Name</th>
                      <th>Id</th>
                      <th>Access</th>
                      <th>Sites</th>
                      <th>Created</th>
                      <th>Expires</th>
                      <th>Last used</th>
                      <th>Status</th>
                      <th aria-label="Actions" />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((t) => {
                      const state = tokenState(t);
                      return (
                        <tr key={t.id} className={state === 'active' ? undefined : 'inactive'}>
                          <td>{t.name ?? <span className="muted">unnamed</span>}</td>
                          <td className="mono small">{t.id}</td>
                          <td>
                            {t.readOnly ? (
                              <span className="badge">read-only</span>
                            ) : (
                              <span className="badge warn">read-write</span>
                            )}
                          </td>
                          <td>{t.sites ? t.sites.join(', ') : <span className="muted">all yours</span>}</td>
                          <td className="nowrap" title={t.createdAt}>
                            {day(t.createdAt)}
                          </td>
                          <td className="nowrap" title={t.expiresAt}>
                            {day(t.expiresAt)}
                          </td>
                          <td className="nowrap" title={t.lastUsedAt ?? 'never'}>
                            {t.lastUsedAt ? day(t.lastUsedAt) : <span className="muted">never</span>}
                          </td>
                          <td>
                            {state === 'active' ? (
                              <span className="badge ok">active</span>
                            ) : state === 'revoked' ? (
                              <span className="badge danger" title={t.revokedAt ?? undefined}>
                                revoked {day(t.revokedAt)}
                              </span>
                            ) : (
                              <span className="badge">expired</span>
                            )}
                          </td>
                          <td>
                            {state === 'active' && !me.readOnly && (
                              <button
                                type="button"
                                onClick={() => void revoke(t)}
                                aria-label={`Revoke ${t.name ?? t.id}`}
                              >
                                Revoke
                              </button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </div>
    </div>
  );
}
