// Changing a user's site roles: every site with its role, saved as one PATCH per changed site
// (`null` removes the user from a site). Partial failures are reported with what was saved.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sitesQuery } from '../../api/queries.js';
import { Modal } from '../../components/Modal.js';
import { SiteRolesEditor, type RoleChoice } from './SiteRolesEditor.js';
import { setSiteRole, type User } from './users-api.js';

const rolesOf = (u: User): RoleChoice => Object.fromEntries(u.sites.map((s) => [s.site, s.role]));

export function SiteRolesDialog({ user, onDone }: { user: User; onDone: () => void }) {
  const queryClient = useQueryClient();
  const sites = useQuery(sitesQuery);
  const [roles, setRoles] = useState<RoleChoice>(() => rolesOf(user));
  const before = rolesOf(user);
  const changed = Object.keys({ ...before, ...roles }).filter((s) => (before[s] ?? '') !== (roles[s] ?? ''));
  const save = useMutation({
    mutationFn: async () => {
      for (const site of changed) {
        const role = roles[site] ?? '';
        await setSiteRole(user.id, site, role === '' ? null : role);
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
    onSuccess: onDone,
  });
  return (
    <Modal
      title={`Site roles of ${user.name}`}
      submitLabel={changed.length ? `Save ${changed.length} change${changed.length === 1 ? '' : 's'}` : 'Save'}
      onCancel={onDone}
      onSubmit={() => save.mutate()}
      busy={save.isPending}
      invalid={changed.length === 0}
      error={save.error}
      wide
    >
      {user.orgRole === 'org-admin' && (
        <p className="notice info">
          {user.name} is an organization administrator and may do everything on every site whatever the roles below.
        </p>
      )}
      {sites.data && <SiteRolesEditor sites={sites.data} roles={roles} onChange={setRoles} />}
    </Modal>
  );
}
