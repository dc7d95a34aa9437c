// The fields of an electronic signature (21 CFR Part 11 §11.50/§11.200): the printed name of the
// signed-in user, the meaning of the signature and the password entered again. Every approval
// dialog uses these, so signing looks and behaves the same everywhere.
import { useMe } from '../auth/session.js';
import { Field } from './Field.js';

export interface Meaning {
  /** One of the meanings the server accepts (server/features/signatures/e-signature.ts). */
  value: string;
  /** What it means in this dialog's context. */
  hint: string;
}

export function SignatureFields({
  meanings,
  meaning,
  onMeaning,
  password,
  onPassword,
}: {
  meanings: readonly Meaning[];
  meaning: string;
  onMeaning: (value: string) => void;
  password: string;
  onPassword: (value: string) => void;
}) {
  const me = useMe();
  return (
    <fieldset className="field signature">
      <legend>Electronic signature</legend>
      <Field label="Printed name" hint={`Recorded with your account (${me.email}), the date and time.`}>
        <input value={me.name} readOnly aria-readonly="true" />
      </Field>
      <Field label="Meaning of signature" required hint={meanings.find((m) => m.value === meaning)?.hint}>
        <select value={meaning} onChange={(e) => onMeaning(e.target.value)}>
          {meanings.map((m) => (
            <option key={m.value} value={m.value}>
              {m.value}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Password" required hint="Enter your password again to sign.">
        <input
          type="password"
          autoComplete="current-password"
          value={password}
          required
          onChange={(e) => onPassword(e.target.value)}
        />
      </Field>
    </fieldset>
  );
}
