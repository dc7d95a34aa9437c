// Whether the site is under change control: when on, zones, conduits, assets and compensating
// controls change only through approved change requests (direct edits are refused). Those who may
// update the site switch it and set how long an emergency change may wait for its approval; on a
// regulated site the switch needs a reason, like any change to how the model is controlled.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { siteQuery } from '../../api/queries.js';
import { useReason } from '../../components/Dialogs.js';
import { Field } from '../../components/Field.js';
import { Modal } from '../../components/Modal.js';
import { QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import { changeControlQuery, saveChangeControl, type ChangeControl } from './changes-api.js';

export function ChangeControlPanel({ site }: { site: string }) {
  const settings = useQuery(changeControlQuery(site));
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel change-control" aria-label="Change control">
      <QueryState query={settings} what="the change-control setting">
        {(s) => (
          <div className="change-control-line">
            <span className={`badge ${s.enabled ? 'ok' : ''}`}>change control {s.enabled ? 'on' : 'off'}</span>
            <span className="small">
              {s.enabled
                ? `Zones, conduits, assets and compensating controls change only through approved requests; emergency changes must be approved within ${s.emergencyDays} days.`
                : 'Zones, conduits, assets and compensating controls may be edited directly; change requests are optional.'}
            </span>
            <span className="spacer" />
            {s.abilities.includes('update') && (
              <button type="button" onClick={() => setEditing(true)}>
                Settings…
              </button>
            )}
            {editing && <SettingsDialog site={site} current={s} onDone={() => setEditing(false)} />}
          </div>
        )}
      </QueryState>
    </section>
  );
}

function SettingsDialog({ site, current, onDone }: { site: string; current: ChangeControl; onDone: () => void }) {
  const queryClient = useQueryClient();
  const info = useQuery(siteQuery(site));
  const askReason = useReason();
  const [enabled, setEnabled] = useState(current.enabled);
  const [days, setDays] = useState(String(current.emergencyDays));
  const { busy, error, run } = useSubmit();
  const n = Number(days);
  const daysOk = Number.isInteger(n) && n >= 1 && n <= 90;
  const save = () =>
    run(async () => {
      const reason = await askReason(info.data, `turn change control ${enabled ? 'on' : 'off'}`);
      queryClient.setQueryData(
        changeControlQuery(site).queryKey,
        await saveChangeControl(site, { enabled, emergencyDays: n }, reason),
      );
      onDone();
    });
  return (
    <Modal
      title="Change control"
      submitLabel="Save"
      onCancel={onDone}
      onSubmit={() => void save()}
      busy={busy}
      invalid={!daysOk || (enabled === current.enabled && n === current.emergencyDays)}
      error={error}
    >
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <span>Change the model only through approved change requests</span>
      </label>
      <Field
        label="Emergency approval within (days)"
        hint="An emergency change is applied at once and flagged until someone else approves it; 1 to 90 days."
      >
        <input type="number" min={1} max={90} value={days} onChange={(e) => setDays(e.target.value)} />
      </Field>
    </Modal>
  );
}
