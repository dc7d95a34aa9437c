// One role select per site: the form part shared by "create user" and "site roles" dialogs.
import { SITE_ROLES, type SiteRole } from '../../../core/schemas/accounts.js';
import type { Site } from '../../api/types.js';
import { ROLE_HINTS } from './users-api.js';

export type RoleChoice = Record<string, SiteRole | ''>;

export function SiteRolesEditor({
  sites,
  roles,
  onChange,
  disabled = false,
}: {
  sites: Site[];
  roles: RoleChoice;
  onChange: (roles: RoleChoice) => void;
  disabled?: boolean;
}) {
  return (
    <table className="data site-roles-editor">
      <thead>
        <tr>
          <th>Site</th>
          <th>Role</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.id}>
            <td>
              {s.name} <span className="muted mono small">{s.id}</span>
              {s.regulated && <span className="badge info">regulated</span>}
            </td>
            <td>
              <select
                aria-label={`Role on ${s.name}`}
                value={roles[s.id] ?? ''}
                disabled={disabled}
                onChange={(e) => onChange({ ...roles, [s.id]: e.target.value as SiteRole | '' })}
              >
                <option value="">no access</option>
                {SITE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r} — {ROLE_HINTS[r]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
