// Creating an API token: least privilege by default (read-only, short-lived), optionally limited
// to some sites (IEC 62443-3-3 SR 1.5 authenticator management, SR 2.1 least privilege).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sitesQuery } from '../../api/queries.js';
import { ErrorBox } from '../../components/states.js';
import { Field } from '../../components/Field.js';
import { createToken, DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, type CreatedToken } from './tokens-api.js';

export function TokenCreateForm({ onCreated }: { onCreated: (token: CreatedToken, name: string) => void }) {
  const queryClient = useQueryClient();
  const sites = useQuery(sitesQuery);
  const [name, setName] = useState('');
  const [readOnly, setReadOnly] = useState(true);
  const [limited, setLimited] = useState<string[]>([]);
  const [days, setDays] = useState(String(DEFAULT_TOKEN_DAYS));
  const daysValue = Number(days);
  const daysValid = Number.isInteger(daysValue) && daysValue >= 1 && daysValue <= MAX_TOKEN_DAYS;
  const create = useMutation({
    mutationFn: () =>
      createToken({
        ...(name.trim() ? { name: name.trim() } : {}),
        readOnly,
        ...(limited.length ? { sites: limited } : {}),
        expiresInDays: daysValue,
      }),
    onSuccess: async (token) => {
      onCreated(token, name.trim());
      setName('');
      setLimited([]);
      await queryClient.invalidateQueries({ queryKey: ['admin', 'tokens'] });
    },
  });
  return (
    <form
      className="panel"
      aria-label="New API token"
      onSubmit={(e) => {
        e.preventDefault();
        if (daysValid) create.mutate();
      }}
    >
      <h2>New token</h2>
      <div className="token-form">
        <Field label="Name" hint="What it is for, so you recognise it later.">
          <input
            value={name}
            maxLength={200}
            placeholder="nightly gap report"
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <Field label="Expires after (days)" hint={`1 – ${MAX_TOKEN_DAYS}`}>
          <input
            type="number"
            min={1}
            max={MAX_TOKEN_DAYS}
            value={days}
            aria-invalid={!daysValid}
            onChange={(e) => setDays(e.target.value)}
          />
        </Field>
        <fieldset className="field">
          <legend>Sites</legend>
          <div className="site-checks">
            {sites.data?.map((s) => (
              <label key={s.id} className="check">
                <input
                  type="checkbox"
                  checked={limited.includes(s.id)}
                  onChange={(e) =>
                    setLimited(e.target.checked ? [...limited, s.id] : limited.filter((x) => x !== s.id))
                  }
                />
                {s.name}
              </label>
            ))}
          </div>
          <small className="muted">
            {limited.length ? `Only these ${limited.length} site(s).` : 'None ticked: every site you can reach.'}
          </small>
        </fieldset>
        <div className="token-submit">
          <label className="check">
            <input type="checkbox" checked={readOnly} onChange={(e) => setReadOnly(e.target.checked)} />
            Read-only
          </label>
          <button type="submit" className="primary" disabled={!daysValid || create.isPending}>
            {create.isPending ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </div>
      {!readOnly && (
        <p className="notice warn">
          A writing token can change everything you can change. Prefer read-only unless a script must write.
        </p>
      )}
      {create.error !== null && <ErrorBox error={create.error} />}
    </form>
  );
}
