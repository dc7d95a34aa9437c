// A new token's secret, shown this once: the server stores only its hash, so it cannot be shown
// again. It lives in component state only (never in the query cache or the URL).
import { useRef, useState } from 'react';
import type { CreatedToken } from './tokens-api.js';

export function TokenSecret({ token, name, onDismiss }: { token: CreatedToken; name: string; onDismiss: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied('yes');
    } catch {
      // No clipboard access (plain HTTP, permissions): select it for Ctrl+C.
      input.current?.select();
      setCopied('failed');
    }
  };
  return (
    <section className="panel token-secret" aria-label="New token secret" role="status">
      <h2>Copy your new token now</h2>
      <p>
        <strong>This is the only time the secret is shown.</strong> Store it in your password manager or CI secret
        store; if it is lost, revoke the token and create a new one. {name ? `Token “${name}”` : 'The token'} (
        <span className="mono">{token.id}</span>) is {token.readOnly ? 'read-only' : 'read-write'}
        {token.sites ? ` for ${token.sites.join(', ')}` : ' for every site you can reach'} and expires{' '}
        {token.expiresAt.slice(0, 10)}.
      </p>
      <div className="secret-row">
        <input ref={input} readOnly value={token.token} aria-label="Token secret" onFocus={(e) => e.target.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
        <button type="button" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
      {copied === 'failed' && <p className="muted small">Copying is not allowed here: press Ctrl+C to copy.</p>}
      <p className="muted small">
        Use it as <code>Authorization: Bearer {'<token>'}</code>.
      </p>
    </section>
  );
}
