// "Add conduit" after dragging from one zone's handle to another: id, name and optionally its
// first channel (protocol, port, transport, direction).
import { useState } from 'react';
import { ID_PATTERN, TRANSPORTS } from '../../../core/schemas/vocabulary.js';
import { Modal } from '../../components/Modal.js';
import { useSubmit } from '../../components/useSubmit.js';
import type { Zone } from './types.js';
import type { useSiteWrites } from './writes.js';

const ID_RE = new RegExp(ID_PATTERN);

/** A free id for the new conduit: "<a>-<b>", shortened to the id length, numbered when taken. */
export function suggestConduitId(a: string, b: string, taken: ReadonlySet<string>): string {
  const base = `${a}-${b}`.slice(0, 60).replace(/[^a-z0-9._-]/g, '-');
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

export function AddConduitDialog({
  writes,
  from,
  to,
  taken,
  onDone,
  onClose,
}: {
  writes: ReturnType<typeof useSiteWrites>;
  from: Zone;
  to: Zone;
  taken: ReadonlySet<string>;
  onDone: (id: string) => void;
  onClose: () => void;
}) {
  const [id, setId] = useState(() => suggestConduitId(from.id, to.id, taken));
  const [name, setName] = useState('');
  const [protocol, setProtocol] = useState('');
  const [port, setPort] = useState('');
  const [transport, setTransport] = useState('tcp');
  const [reverse, setReverse] = useState(false);
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    if (!ID_RE.test(id)) return setError(new Error('Id: lowercase letters, digits, ".", "_" or "-", up to 64.'));
    const p = port.trim() === '' ? undefined : Number(port);
    if (p !== undefined && !(Number.isInteger(p) && p >= 0 && p <= 65535))
      return setError(new Error('Port: a whole number from 0 to 65535.'));
    const proto = protocol.trim().toLowerCase();
    const [a, b] = reverse ? [to.id, from.id] : [from.id, to.id];
    await run(async () => {
      await writes.create(
        'conduits',
        {
          id,
          ...(name.trim() ? { name: name.trim() } : {}),
          zones: [from.id, to.id],
          ...(proto
            ? {
                channels: [
                  {
                    protocol: proto,
                    ...(transport ? { transport } : {}),
                    ...(p !== undefined ? { port: p } : {}),
                    from: a,
                    to: b,
                  },
                ],
              }
            : {}),
        },
        `add conduit ${id}`,
      );
      onDone(id);
    });
  };

  return (
    <Modal
      title="Add conduit"
      error={error}
      busy={busy}
      submitLabel="Add conduit"
      className="site-modal"
      onSubmit={() => void submit()}
      onCancel={onClose}
    >
      <p className="muted small">
        Between <strong>{from.name}</strong> and <strong>{to.name}</strong>.
      </p>
      <label className="field">
        <span>Id *</span>
        <input value={id} onChange={(e) => setId(e.target.value)} required autoComplete="off" />
      </label>
      <label className="field">
        <span>Name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <fieldset className="channel-fields">
        <legend>First channel (optional)</legend>
        <label className="field">
          <span>Protocol</span>
          <input
            value={protocol}
            onChange={(e) => setProtocol(e.target.value)}
            placeholder="opc-ua"
            autoComplete="off"
          />
        </label>
        <label className="field">
          <span>Port</span>
          <input value={port} onChange={(e) => setPort(e.target.value)} inputMode="numeric" placeholder="4840" />
        </label>
        <label className="field">
          <span>Transport</span>
          <select value={transport} onChange={(e) => setTransport(e.target.value)}>
            <option value="">–</option>
            {TRANSPORTS.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Direction</span>
          <select value={reverse ? 'rev' : 'fwd'} onChange={(e) => setReverse(e.target.value === 'rev')}>
            <option value="fwd">
              {from.id} → {to.id}
            </option>
            <option value="rev">
              {to.id} → {from.id}
            </option>
          </select>
        </label>
      </fieldset>
    </Modal>
  );
}
