// "Would this device qualify for this zone?" A candidate component, described by its declared SL-C
// (e.g. from an IEC 62443-4-2 certificate) or item by item, checked against the zone's SL-T FR by
// FR. The server answers what the candidate lacks (POST …/zones/{zone}/qualify).
import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { COMPONENT_CLASSES, type ComponentClass } from '../../../core/schemas/vocabulary.js';
import { api, qs } from '../../api/client.js';
import { sitePath } from '../../api/queries.js';
import { FR_SHORT, FRS } from '../../components/sl-scale.js';
import { Empty, ErrorBox, Loading } from '../../components/states.js';
import { QualifyAnswer, type Qualification } from './QualifyAnswer.js';

interface Item42 {
  id: string;
  fr: number;
  minSl: number | null;
  title: string;
}

const CLASS_LABELS: Record<ComponentClass, string> = {
  'software-application': 'Software application (SAR)',
  'embedded-device': 'Embedded device (EDR)',
  'host-device': 'Host device (HDR)',
  'network-device': 'Network device (NDR)',
};

export function QualifyForm({ site, zone, slTarget }: { site: string; zone: string; slTarget: number[] | null }) {
  const [componentClass, setClass] = useState<ComponentClass>('embedded-device');
  const [mode, setMode] = useState<'declared' | 'capabilities'>('declared');
  const [declared, setDeclared] = useState<number[]>(() => slTarget ?? [0, 0, 0, 0, 0, 0, 0]);
  const [met, setMet] = useState<ReadonlySet<string>>(new Set());
  const maxTarget = Math.max(1, ...(slTarget ?? [1]));
  const items = useQuery({
    queryKey: ['requirements', '4-2', componentClass, maxTarget],
    queryFn: () =>
      api<{ items: Item42[] }>(`/api/v1/requirements${qs({ standard: '4-2', componentClass, sl: maxTarget })}`),
    enabled: mode === 'capabilities',
    staleTime: Infinity,
  });
  const qualify = useMutation({
    mutationFn: () =>
      api<Qualification>(sitePath(site, 'zones', zone, 'qualify'), {
        method: 'POST',
        body:
          mode === 'declared'
            ? { componentClass, slCapability: declared }
            : // Items left out count as not met, like an asset's capabilities (DESIGN §3.3).
              { componentClass, capabilities: Object.fromEntries([...met].map((id) => [id, 'met'])) },
      }),
  });

  if (!slTarget) return <Empty>Set an SL-T for this zone to qualify components against it.</Empty>;
  // Only the items required at this zone's SL-T matter for the answer.
  const relevant = (items.data?.items ?? []).filter((i) => i.minSl !== null && i.minSl <= (slTarget[i.fr - 1] ?? 0));
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(met);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setMet(next);
    qualify.reset();
  };

  return (
    <form
      className="qualify"
      aria-label="Component qualification"
      onSubmit={(e) => {
        e.preventDefault();
        qualify.mutate();
      }}
    >
      <div className="toolbar">
        <label className="inline-field">
          <span>Component class</span>
          <select
            value={componentClass}
            onChange={(e) => {
              // Item ids differ between classes (EDR vs HDR…): start the candidate afresh.
              setClass(e.target.value as ComponentClass);
              setMet(new Set());
              qualify.reset();
            }}
          >
            {COMPONENT_CLASSES.map((c) => (
              <option key={c} value={c}>
                {CLASS_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="segmented">
          <legend className="visually-hidden">Describe the candidate by</legend>
          <label>
            <input
              type="radio"
              checked={mode === 'declared'}
              onChange={() => {
                setMode('declared');
                qualify.reset();
              }}
            />{' '}
            Declared SL-C
          </label>
          <label>
            <input
              type="radio"
              checked={mode === 'capabilities'}
              onChange={() => {
                setMode('capabilities');
                qualify.reset();
              }}
            />{' '}
            4-2 requirements met
          </label>
        </fieldset>
      </div>
      {mode === 'declared' ? (
        <div className="declared-vector">
          {FRS.map((fr) => (
            <label key={fr} className="inline-field">
              <span>
                FR {fr} {FR_SHORT[fr]}
              </span>
              <select
                aria-label={`Candidate SL-C FR ${fr}`}
                value={declared[fr - 1] ?? 0}
                onChange={(e) => {
                  setDeclared(declared.map((v, i) => (i === fr - 1 ? Number(e.target.value) : v)));
                  qualify.reset();
                }}
              >
                {[0, 1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : items.error ? (
        <ErrorBox error={items.error} onRetry={() => void items.refetch()} />
      ) : items.isPending ? (
        <Loading what="4-2 requirements" />
      ) : (
        <div className="capability-list">
          {FRS.map((fr) => {
            const ofFr = relevant.filter((i) => i.fr === fr);
            if (!ofFr.length) return null;
            const allMet = ofFr.every((i) => met.has(i.id));
            return (
              <fieldset key={fr}>
                <legend>
                  FR {fr} {FR_SHORT[fr]} · SL-T {slTarget[fr - 1]}{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      toggle(
                        ofFr.map((i) => i.id),
                        !allMet,
                      )
                    }
                  >
                    {allMet ? 'none met' : 'all met'}
                  </button>
                </legend>
                {ofFr.map((i) => (
                  <label key={i.id} className="inline-check" title={i.title}>
                    <input type="checkbox" checked={met.has(i.id)} onChange={(e) => toggle([i.id], e.target.checked)} />
                    <code>{i.id}</code> <span className="clamp">{i.title}</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      )}
      <div className="toolbar">
        <button type="submit" className="primary" disabled={qualify.isPending}>
          {qualify.isPending ? 'Checking…' : 'Check qualification'}
        </button>
      </div>
      {qualify.error && <ErrorBox error={qualify.error} />}
      {qualify.data && <QualifyAnswer answer={qualify.data} detailed={mode === 'capabilities'} />}
    </form>
  );
}
