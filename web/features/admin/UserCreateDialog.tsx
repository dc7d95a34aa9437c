// Creating an account: who the person works for (party, company), an initial password they change
// at first use, and either organization-wide administration or roles on chosen sites.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PARTIES, type Party, type SiteRole } from '../../../core/schemas/accounts.js';
import { sitesQuery } from '../../api/queries.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { SiteRolesEditor, type RoleChoice } from './SiteRolesEditor.js';
import { createUser, PARTY_LABELS, type User } from './users-api.js';

/** The server's floor (password-policy.ts); it also refuses common and account-derived passwords. */
const PASSWORD_MIN = 12;

export function UserCreateDialog({ onDone }: { onDone: (created: User | null) => void }) {
  const queryClient = useQueryClient();
  const sites = useQuery(sitesQuery);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [party, setParty] = useState<Party>('asset-owner');
  const [company, setCompany] = useState('');
  const [password, setPassword] = useState('');
  const [access, setAccess] = useState<'sites' | 'org-admin'>('sites');
  const [roles, setRoles] = useState<RoleChoice>({});
  const create = useMutation({
    mutationFn: () =>
      createUser({
        email: email.trim(),
        name: name.trim(),
        password,
        party,
        ...(company.trim() ? { company: company.trim() } : {}),
        ...(access === 'org-admin'
          ? { orgRole: 'org-admin' as const }
          : {
              sites: Object.entries(roles)
                .filter((e): e is [string, SiteRole] => e[1] !== '')
                .map(([site, role]) => ({ site, role })),
            }),
      }),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onDone(user);
    },
  });
  const invalid = email.trim() === '' || name.trim() === '' || password.length < PASSWORD_MIN;

  return (
    <Modal
      title="New user"
      submitLabel="Create user"
      onCancel={() => onDone(null)}
      onSubmit={() => create.mutate()}
      busy={create.isPending}
      invalid={invalid}
      error={create.error}
      wide
    >
      <div className="field-row">
        <Field label="Email" required>
          <input type="email" value={email} required onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Name" required>
          <input value={name} required onChange={(e) => setName(e.target.value)} />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Party" required>
          <select value={party} onChange={(e) => setParty(e.target.value as Party)}>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {PARTY_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Company">
          <input value={company} onChange={(e) => setCompany(e.target.value)} />
        </Field>
      </div>
      <Field
        label="Initial password"
        required
        hint={`At least ${PASSWORD_MIN} characters; common passwords and ones made of the name or email are refused. Give it to the person over a separate channel; they change it after signing in.`}
      >
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          required
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <fieldset className="field">
        <legend>Access</legend>
        <label className="check">
          <input type="radio" name="access" checked={access === 'sites'} onChange={() => setAccess('sites')} />
          Roles on sites
        </label>
        <label className="check">
          <input type="radio" name="access" checked={access === 'org-admin'} onChange={() => setAccess('org-admin')} />
          Organization administrator (everything, every site)
        </label>
        {access === 'sites' && sites.data && <SiteRolesEditor sites={sites.data} roles={roles} onChange={setRoles} />}
      </fieldset>
    </Modal>
  );
}
