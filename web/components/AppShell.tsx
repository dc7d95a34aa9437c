// The frame of every signed-in page: navigation, site switcher and the account menu.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { sitesQuery } from '../api/queries.js';
import { hasPermission, signOut, useMe } from '../auth/session.js';

export function AppShell() {
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  const sites = useQuery(sitesQuery);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const currentSite = /^\/sites\/([^/]+)/.exec(pathname)?.[1];
  const [menuOpen, setMenuOpen] = useState(false);

  const logout = async () => {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await router.navigate({ to: '/login' });
  };
  const role = me.orgRole ?? (me.sites.length === 1 ? me.sites[0]?.role : me.sites.length ? 'member' : 'no sites');

  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark">C</span> C-981
        </Link>
        <nav className="mainnav" aria-label="Main">
          <Link to="/" activeOptions={{ exact: true }}>
            Portfolio
          </Link>
          <Link to="/inventory">Inventory</Link>
          <Link to="/advisories">Advisories</Link>
          <Link to="/vulnerabilities">Vulnerabilities</Link>
          <Link to="/site-files">Site files</Link>
          <Link to="/audit">Audit log</Link>
          {hasPermission(me, 'user.manage') && <Link to="/admin/users">Users</Link>}
          <Link to="/admin/tokens">API tokens</Link>
        </nav>
        <select
          className="site-switch"
          aria-label="Open site"
          value={currentSite ? decodeURIComponent(currentSite) : ''}
          onChange={(e) => {
            if (e.target.value) void router.navigate({ to: '/sites/$site', params: { site: e.target.value } });
          }}
        >
          <option value="">Open site…</option>
          {sites.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <div className="account">
          <button
            type="button"
            className="account-button"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span className="avatar" aria-hidden>
              {me.name.slice(0, 1).toUpperCase()}
            </span>
            {me.name}
          </button>
          {menuOpen && (
            <div className="account-menu" role="menu" onMouseLeave={() => setMenuOpen(false)}>
              <div className="account-who">
                <strong>{me.name}</strong>
                <span>{me.email}</span>
                <span className="muted">
                  {role}
                  {me.company ? ` · ${me.company}` : ''}
                </span>
              </div>
              <Link to="/admin/tokens" role="menuitem" onClick={() => setMenuOpen(false)}>
                My API tokens
              </Link>
              <button type="button" role="menuitem" onClick={() => void logout()}>
                Sign out
              </button>
            </div>
          )}
        </div>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
