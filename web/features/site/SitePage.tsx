// A site's zone & conduit model: the diagram, the side panel of the selected zone or conduit
// (URL ?zone= / ?conduit=), the observed-traffic overlay (?observed=true, issue #9) and the lint
// findings.
import '@xyflow/react/dist/style.css';
import './site.css';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { siteQuery } from '../../api/queries.js';
import type { Site } from '../../api/types.js';
import { useCan } from '../../auth/session.js';
import { SiteNav } from '../../components/SiteNav.js';
import { ErrorBox, Loading } from '../../components/states.js';
import { zoneTrafficQuery } from '../discovery/discovery-api.js';
import { buildObservedEdges } from '../discovery/observed-traffic.js';
import { ObservedTrafficToggle } from '../discovery/ObservedTrafficToggle.js';
import { GapLegend } from '../portfolio/GapLegend.js';
import { AddConduitDialog } from './AddConduitDialog.js';
import { AddZoneDialog } from './AddZoneDialog.js';
import { ConduitPanel } from './ConduitPanel.js';
import { Diagram } from './Diagram.js';
import { Findings } from './Findings.js';
import { conduitsQuery, evaluationQuery, zonesQuery } from './queries.js';
import { SiteOverview } from './SiteOverview.js';
import { SiteTrendsPanel } from '../trends/SiteTrendsPanel.js';
import type { Conduit, Eval, Position, Selection, SiteEvaluation, Zone } from './types.js';
import { useSiteWrites, type ZoneMove } from './writes.js';
import { ZonePanel } from './ZonePanel.js';

const route = getRouteApi('/app/sites/$site');

export function SitePage() {
  const { site } = route.useParams();
  const info = useQuery(siteQuery(site));
  const zones = useQuery(zonesQuery(site));
  const conduits = useQuery(conduitsQuery(site));
  const evaluation = useQuery(evaluationQuery(site));
  const error = info.error ?? zones.error ?? conduits.error ?? evaluation.error;
  return (
    <div className="site-page">
      <SiteNav site={site} />
      {error ? (
        <ErrorBox
          error={error}
          onRetry={() => void Promise.all([info.refetch(), zones.refetch(), conduits.refetch(), evaluation.refetch()])}
        />
      ) : !info.data || !zones.data || !conduits.data || !evaluation.data ? (
        <Loading what="the zones and conduits" />
      ) : (
        <ReactFlowProvider>
          <SiteModel site={info.data} zones={zones.data} conduits={conduits.data} evaluation={evaluation.data} />
        </ReactFlowProvider>
      )}
      <SiteTrendsPanel site={site} />
    </div>
  );
}

type Dialog = { kind: 'zone'; position: Position } | { kind: 'conduit'; from: Zone; to: Zone } | null;

function SiteModel({
  site,
  zones,
  conduits,
  evaluation,
}: {
  site: Site;
  zones: Zone[];
  conduits: Conduit[];
  evaluation: SiteEvaluation;
}) {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const writes = useSiteWrites(site);
  const canMove = useCan('zone.update', site.id);
  const canAddZone = useCan('zone.create', site.id);
  const canAddConduit = useCan('conduit.create', site.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<unknown>(null);
  const centre = useRef<(() => Position) | null>(null);

  const selection: Selection = search.zone
    ? { kind: 'zone', id: search.zone }
    : search.conduit
      ? { kind: 'conduit', id: search.conduit }
      : null;
  const onSelect = useCallback(
    (s: Selection) =>
      void navigate({
        search: (prev) => ({
          ...prev,
          zone: s?.kind === 'zone' ? s.id : undefined,
          conduit: s?.kind === 'conduit' ? s.id : undefined,
        }),
        replace: true,
      }),
    [navigate],
  );

  const zoneById = useMemo(() => new Map(zones.map((z) => [z.id, z])), [zones]);
  const zoneEvals = useMemo(() => new Map<string, Eval>(evaluation.zones.map((e) => [e.id, e])), [evaluation]);
  const conduitEvals = useMemo(() => new Map<string, Eval>(evaluation.conduits.map((e) => [e.id, e])), [evaluation]);
  const takenIds = useMemo(() => new Set([...zones.map((z) => z.id), ...conduits.map((c) => c.id)]), [zones, conduits]);
  const observedOn = search.observed === true;
  const traffic = useQuery({ ...zoneTrafficQuery(site.id), enabled: observedOn });
  const observedEdges = useMemo(
    () => (observedOn && traffic.data ? buildObservedEdges(traffic.data, new Set(zoneById.keys())) : []),
    [observedOn, traffic.data, zoneById],
  );
  const onObserved = useCallback(
    (on: boolean) => void navigate({ search: (prev) => ({ ...prev, observed: on || undefined }), replace: true }),
    [navigate],
  );

  const onMove = useCallback(
    (moves: ZoneMove[]) => {
      setError(null);
      writes.move(moves).catch(setError);
    },
    [writes],
  );
  const onConnect = useCallback(
    (a: string, b: string) => {
      const from = zoneById.get(a);
      const to = zoneById.get(b);
      if (from && to) setDialog({ kind: 'conduit', from, to });
    },
    [zoneById],
  );

  const selectedZone = selection?.kind === 'zone' ? zoneById.get(selection.id) : undefined;
  const selectedConduit = selection?.kind === 'conduit' ? conduits.find((c) => c.id === selection.id) : undefined;

  return (
    <>
      <div className="site-layout">
        <div className="site-main">
          <div className="diagram-toolbar">
            <GapLegend />
            <span className="spacer" />
            <span className="muted small">
              {canMove ? 'Drag zones to arrange them' : 'Read only'}
              {canAddConduit && ' · drag between handles to add a conduit'}
            </span>
            {canAddZone && (
              <button
                type="button"
                className="primary"
                onClick={() => setDialog({ kind: 'zone', position: centre.current?.() ?? { x: 0, y: 0 } })}
              >
                Add zone
              </button>
            )}
          </div>
          {error !== null && <ErrorBox error={error} onRetry={() => setError(null)} />}
          {zones.length === 0 ? (
            <div className="state state-empty diagram-empty">
              This site has no zones yet.{canAddZone ? ' Add the first one with “Add zone”.' : ''}
            </div>
          ) : (
            <Diagram
              zones={zones}
              conduits={conduits}
              zoneEvals={zoneEvals}
              conduitEvals={conduitEvals}
              selection={selection}
              canMove={canMove}
              canConnect={canAddConduit}
              onSelect={onSelect}
              onMove={onMove}
              onConnect={onConnect}
              centreRef={centre}
              observed={observedEdges}
              overlay={<ObservedTrafficToggle on={observedOn} onToggle={onObserved} traffic={traffic} />}
            />
          )}
          <Findings site={site.id} findings={evaluation.findings} onSelect={onSelect} />
        </div>
        <aside className="panel side-panel" aria-label="Selection">
          {selectedZone ? (
            <ZonePanel
              site={site}
              zone={selectedZone}
              evaluation={zoneEvals.get(selectedZone.id)}
              conduits={conduits}
              writes={writes}
              onSelect={onSelect}
              onError={setError}
            />
          ) : selectedConduit ? (
            <ConduitPanel
              conduit={selectedConduit}
              evaluation={conduitEvals.get(selectedConduit.id)}
              zones={zoneById}
              writes={writes}
              onSelect={onSelect}
              onError={setError}
            />
          ) : (
            <>
              {selection && <ErrorBox error={new Error(`This site has no ${selection.kind} "${selection.id}".`)} />}
              <SiteOverview zones={zones} conduits={conduits.length} evals={zoneEvals} onSelect={onSelect} />
            </>
          )}
        </aside>
      </div>
      {dialog?.kind === 'zone' && (
        <AddZoneDialog
          writes={writes}
          position={dialog.position}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            setDialog(null);
            onSelect({ kind: 'zone', id });
          }}
        />
      )}
      {dialog?.kind === 'conduit' && (
        <AddConduitDialog
          writes={writes}
          from={dialog.from}
          to={dialog.to}
          taken={takenIds}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            setDialog(null);
            onSelect({ kind: 'conduit', id });
          }}
        />
      )}
    </>
  );
}
