// The projection (docs/roadmap.md): per zone and conduit, its SL-T, its SL-A now and the SL-A
// expected at the end of each quarter as the actions land, and when SL-T is reached. Quarters in
// which no action lands on a row are dimmed so the ones that matter stand out; the steps table
// below says which action moved which FR.
import { Fragment } from 'react';
import { Link } from '@tanstack/react-router';
import type { ScopeProjection } from '../../../core/iec62443/roadmap/projection.types.js';
import { SlChip, SlVector } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT, FRS } from '../../components/sl-scale.js';
import type { ProjectionView } from './roadmap-api.js';

const UNSCHEDULED = 'unscheduled';
const columnLabel = (q: string) => (q === UNSCHEDULED ? 'no date' : q);

/**
 * An SL-A vector whose FRs below SL-T are underlined (DESIGN §3.5: the gap is per FR, so the
 * vector is never collapsed to one level).
 */
function ProjectedVector({ vector, target, label }: { vector: number[]; target: number[] | null; label: string }) {
  return (
    <span className="sl-vector" aria-label={label}>
      {FRS.map((fr) => {
        const v = vector[fr - 1] ?? 0;
        const t = target?.[fr - 1];
        const short = t !== undefined && v < t;
        return (
          <span key={fr} className={short ? 'short' : undefined}>
            <SlChip value={v} title={`FR ${fr} ${FR_NAMES[fr]}: ${v}${short ? `, below SL-T ${t}` : ''}`} />
          </span>
        );
      })}
    </span>
  );
}

/** "reaches SL-T in 2027-Q2", "not with the planned actions", … as a badge. */
export function reachText(
  s: ScopeProjection,
  firstQuarter: string | undefined,
  whatIf: boolean,
): { text: string; tone: string } {
  if (!s.slTarget) return { text: 'no SL-T set', tone: 'muted' };
  if (s.reachesTarget === null) {
    if (s.meetsTargetNow) return { text: 'meets SL-T now, not after the planned actions', tone: 'danger' };
    if (s.actions.length === 0) return { text: whatIf ? 'no actions ticked' : 'no actions planned', tone: 'warn' };
    return { text: whatIf ? 'not with the ticked actions' : 'not with the planned actions', tone: 'danger' };
  }
  if (s.meetsTargetNow && s.reachesTarget === firstQuarter) return { text: 'meets SL-T now', tone: 'ok' };
  if (s.reachesTarget === UNSCHEDULED) return { text: 'only with the undated actions', tone: 'warn' };
  return { text: `reaches SL-T in ${s.reachesTarget}`, tone: 'info' };
}

function ScopeRow({
  site,
  s,
  first,
  whatIf,
}: {
  site: string;
  s: ScopeProjection;
  first: string | undefined;
  whatIf: boolean;
}) {
  const reach = reachText(s, first, whatIf);
  const blocking = s.remainingBlocking.slice(0, 12).join(', ') + (s.remainingBlocking.length > 12 ? ', …' : '');
  return (
    <tr>
      <th scope="row" className="mono">
        {s.kind === 'zone' ? (
          <Link to="/sites/$site/zones/$zone" params={{ site, zone: s.id }}>
            {s.id}
          </Link>
        ) : (
          <Link to="/sites/$site" params={{ site }} search={{ conduit: s.id }}>
            {s.id}
          </Link>
        )}
      </th>
      <td>
        <SlVector vector={s.slTarget} label={`SL-T of ${s.id}`} />
      </td>
      <td>
        <ProjectedVector vector={s.current} target={s.slTarget} label={`${s.id} SL-A now`} />
      </td>
      {s.timeline.map((p) => (
        <td
          key={p.quarter}
          className={p.actions.length === 0 ? 'unchanged' : undefined}
          title={p.actions.length > 0 ? `after ${p.actions.join(', ')}` : undefined}
        >
          <ProjectedVector vector={p.slAchieved} target={s.slTarget} label={`${s.id} SL-A ${columnLabel(p.quarter)}`} />
        </td>
      ))}
      <td>
        <span
          className={`badge ${reach.tone}`}
          title={s.remainingBlocking.length > 0 ? `Still blocking SL-T after the actions: ${blocking}` : undefined}
        >
          {reach.text}
        </span>
      </td>
    </tr>
  );
}

function Steps({ p }: { p: ProjectionView }) {
  if (p.steps.length === 0) return null;
  return (
    <details className="roadmap-steps">
      <summary>
        Step by step ({p.steps.length} action{p.steps.length === 1 ? '' : 's'}, in the order applied)
      </summary>
      <table className="data" aria-label="Projection steps">
        <thead>
          <tr>
            <th>Quarter</th>
            <th>Action</th>
            <th>Scope</th>
            <th>SL-A after</th>
            <th>Change</th>
          </tr>
        </thead>
        <tbody>
          {p.steps.map((s) => (
            <tr key={s.action}>
              <td className="nowrap">
                {columnLabel(s.quarter)} {s.overdue && <span className="badge warn">overdue</span>}
              </td>
              <td>
                <span className="mono">{s.action}</span> {s.title}
              </td>
              <td className="mono">{s.scope}</td>
              <td>
                <SlVector vector={s.after} label={`SL-A after ${s.action}`} />
              </td>
              <td className="small">
                {s.changed.length === 0
                  ? 'no FR changes level'
                  : s.changed.map((fr) => (
                      <Fragment key={fr}>
                        <span className="nowrap">
                          FR {fr} {FR_SHORT[fr]} {s.before[fr - 1]}→{s.after[fr - 1]}
                        </span>{' '}
                      </Fragment>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function ProjectionPanel({
  site,
  projection,
  scope,
}: {
  site: string;
  projection: ProjectionView;
  scope?: string | undefined;
}) {
  const scopes = scope ? projection.scopes.filter((s) => s.id === scope) : projection.scopes;
  const first = projection.quarters[0];
  const warnings = scopes.flatMap((s) => s.warnings.map((w) => `${s.id}: ${w}`));
  return (
    <>
      <div className="roadmap-projection-scroll">
        <table className="data roadmap-projection" aria-label="Projected SL-A">
          <thead>
            <tr>
              <th>Zone or conduit</th>
              <th>SL-T</th>
              <th>Now</th>
              {projection.quarters.map((q) => (
                <th key={q}>{columnLabel(q)}</th>
              ))}
              <th>SL-T reached</th>
            </tr>
          </thead>
          <tbody>
            {scopes.map((s) => (
              <ScopeRow key={s.id} site={site} s={s} first={first} whatIf={projection.whatIf !== null} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="roadmap-legend muted small">
        <span className="short-sample" aria-hidden /> FR below its SL-T · dimmed: no action lands on the row that
        quarter · every step is evaluated as of {projection.asOf}; done actions count as already in the results
      </p>
      {warnings.length > 0 && (
        <ul className="roadmap-warnings small">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <Steps p={projection} />
    </>
  );
}
