// The side drawer of one asset (?asset=…): every field, edit and delete for those allowed to.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { Cancelled, usePrompt } from '../../components/Dialogs.js';
import { SlVector } from '../../components/Sl.js';
import { ErrorBox, Loading } from '../../components/states.js';
import { AssetForm } from './AssetForm.js';
import { assetQuery, deleteAsset, patchAsset, refreshAfterWrite, type AssetView } from './inventory-api.js';
import type { InventorySite } from './inventory-data.js';
import { useWithReason } from './with-reason.js';

interface Props {
  site: string;
  id: string;
  /** The site as the inventory knows it (zones, name); undefined while it loads. */
  siteInfo: InventorySite | undefined;
  onClose: () => void;
}

function Field({ label, children, mono }: { label: string; children: ReactNode; mono?: boolean }) {
  const empty = children === undefined || children === null || children === '' || children === false;
  return (
    <>
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{empty ? <span className="muted">—</span> : children}</dd>
    </>
  );
}

function Details({ asset, siteInfo }: { asset: AssetView; siteInfo: InventorySite | undefined }) {
  const zone = siteInfo?.zones.find((z) => z.id === asset.zone);
  const caps = Object.values(asset.capabilities ?? {});
  const met = caps.filter((c) => c === 'met').length;
  return (
    <dl className="inv-fields">
      <Field label="Site">{siteInfo?.name ?? asset.site}</Field>
      <Field label="Zone">{asset.zone && (zone ? `${zone.name} · ${asset.zone}` : asset.zone)}</Field>
      <Field label="Type">{asset.type}</Field>
      <Field label="Component class">{asset.componentClass}</Field>
      <Field label="Vendor">{asset.vendor}</Field>
      <Field label="Model">{asset.model}</Field>
      <Field label="Firmware" mono>
        {asset.firmware}
      </Field>
      <Field label="Order number" mono>
        {asset.orderNumber}
      </Field>
      <Field label="Serial number" mono>
        {asset.serial}
      </Field>
      <Field label="IP addresses" mono>
        {asset.ip?.join(', ')}
      </Field>
      <Field label="MAC addresses" mono>
        {asset.mac?.join(', ')}
      </Field>
      <Field label="Lifecycle">{asset.lifecycle}</Field>
      <Field label="Criticality">{asset.criticality && `${asset.criticality} of 5`}</Field>
      <Field label="Legacy">{asset.legacy ? 'yes' : 'no'}</Field>
      <Field label="Safety system">{asset.safety ? 'yes' : 'no'}</Field>
      <Field label="Owner">{asset.owner}</Field>
      <Field label="Location">{asset.location}</Field>
      <Field label="Last seen" mono>
        {asset.lastSeen}
      </Field>
      {/* IEC 62443-4-2: the component's capability, declared or derived from its CR/EDR/HDR/NDR items. */}
      <Field label="SL-C (declared)">
        {asset.slCapability !== undefined && (
          <SlVector
            // The API always answers seven levels; a single number would stand for all seven.
            vector={
              typeof asset.slCapability === 'number' ? Array<number>(7).fill(asset.slCapability) : asset.slCapability
            }
            label="Declared capability SL-C, FR 1–7"
          />
        )}
      </Field>
      <Field label="4-2 items">{caps.length > 0 && `${met} met, ${caps.length - met} not met`}</Field>
      <Field label="Notes">{asset.notes && <span className="inv-notes">{asset.notes}</span>}</Field>
    </dl>
  );
}

export function AssetDrawer({ site, id, siteInfo, onClose }: Props) {
  const queryClient = useQueryClient();
  const asset = useQuery(assetQuery(site, id));
  const prompt = usePrompt();
  const withReason = useWithReason();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setEditing(false);
    setError(null);
  }, [site, id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Escape leaves the drawer unless a dialog or the edit form has the focus.
      if (e.key !== 'Escape' || document.querySelector('.modal-backdrop')) return;
      if ((e.target as HTMLElement | null)?.closest('.inv-form')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const abilities = asset.data?.abilities ?? [];
  const save = async (patch: Record<string, unknown>) => {
    if (Object.keys(patch).length > 0) {
      try {
        const saved = await withReason('change this asset', (reason) => patchAsset(site, id, patch, reason));
        queryClient.setQueryData(assetQuery(site, id).queryKey, saved);
      } catch (e) {
        if (e instanceof Cancelled) return;
        throw e;
      }
      await refreshAfterWrite(queryClient, site);
    }
    setEditing(false);
  };
  const remove = async () => {
    setError(null);
    const ok = await prompt({
      title: `Delete ${id}?`,
      message: `The asset leaves the inventory of ${siteInfo?.name ?? site} and its zone's capability (SL-C). This is recorded in the audit trail.`,
      submitLabel: 'Delete asset',
      danger: true,
    });
    if (!ok) return;
    try {
      try {
        await withReason('delete this asset', (reason) => deleteAsset(site, id, false, reason));
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 'C981_ERR_IN_USE')) throw e;
        const cascade = await prompt({
          title: 'Still named by compensating controls',
          message: `${e.message.replace(/; add \?cascade=true.*$/, '')}. Delete it anyway and take it out of those controls?`,
          submitLabel: 'Delete and update controls',
          danger: true,
        });
        if (!cascade) return;
        await withReason('delete this asset', (reason) => deleteAsset(site, id, true, reason));
      }
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
      return;
    }
    queryClient.removeQueries({ queryKey: assetQuery(site, id).queryKey });
    onClose();
    await refreshAfterWrite(queryClient, site);
  };

  const a = asset.data;
  return (
    <aside className="inv-drawer" aria-label={`Asset ${id}`}>
      <header className="inv-drawer-head">
        <div className="inv-drawer-title">
          <h2>{a?.name ?? id}</h2>
          <div className="muted small">
            <code>{id}</code> · {siteInfo?.name ?? site}
            {a?.safety && <span className="badge info">safety</span>}
            {a?.legacy && <span className="badge warn">legacy</span>}
          </div>
        </div>
        <button
          type="button"
          className="inv-drawer-close"
          aria-label="Close asset"
          title="Close (Esc)"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {a && !editing && (abilities.includes('update') || abilities.includes('delete')) && (
        <div className="toolbar">
          {abilities.includes('update') && (
            <button type="button" className="primary" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {abilities.includes('delete') && (
            <button type="button" onClick={() => void remove()}>
              Delete…
            </button>
          )}
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
      <div className="inv-drawer-body">
        {asset.error ? (
          <ErrorBox error={asset.error} onRetry={() => void asset.refetch()} />
        ) : !a ? (
          <Loading what="asset" />
        ) : editing ? (
          <AssetForm asset={a} site={siteInfo} onSave={save} onCancel={() => setEditing(false)} />
        ) : (
          <Details asset={a} siteInfo={siteInfo} />
        )}
      </div>
    </aside>
  );
}
