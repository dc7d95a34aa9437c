// An observed-traffic edge on the site diagram: a dashed curve from the client zone to the server
// zone, bowed aside so the approved conduit between the same zones stays visible, red where no
// conduit joins the zones, amber where the conduit has no channel for it, green where allowed.
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { borderPoint, centre } from '../site/ConduitEdge.js';
import { VERDICT_COLOR, type ObservedFlowEdge } from './observed-traffic.js';

/** How far the curve bows from the straight line between the zones' centres. */
const BEND = 38;

export const ObservedTrafficEdge = memo(function ObservedTrafficEdge({
  id,
  source,
  target,
  data,
  markerEnd,
}: EdgeProps<ObservedFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const a0 = centre(from);
  const b0 = centre(to);
  const len = Math.hypot(b0.x - a0.x, b0.y - a0.y) || 1;
  // The normal flips with the direction, so traffic each way bows to its own side.
  const ctrl = {
    x: (a0.x + b0.x) / 2 + (-(b0.y - a0.y) / len) * BEND,
    y: (a0.y + b0.y) / 2 + ((b0.x - a0.x) / len) * BEND,
  };
  const a = borderPoint(from, ctrl);
  const b = borderPoint(to, ctrl);
  const mid = { x: 0.25 * a.x + 0.5 * ctrl.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * ctrl.y + 0.25 * b.y };
  const color = VERDICT_COLOR[data.verdict];
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${a.x},${a.y} Q ${ctrl.x},${ctrl.y} ${b.x},${b.y}`}
        {...(markerEnd ? { markerEnd } : {})}
        style={{ stroke: color, strokeWidth: 2.5, strokeDasharray: '7 5' }}
      />
      <EdgeLabelRenderer>
        <span
          className={`observed-label observed-${data.verdict}`}
          role="note"
          aria-label={`Observed traffic ${data.from} to ${data.to}: ${data.title.split('\n').slice(1).join('; ')}`}
          title={data.title}
          style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)`, borderColor: color }}
        >
          {data.label}
        </span>
      </EdgeLabelRenderer>
    </>
  );
});
