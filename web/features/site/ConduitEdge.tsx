// A conduit on the diagram: a line between the borders of its two zones (not fixed handles, so
// the drawing stays readable however zones are arranged), labelled with its channels.
import {
  BaseEdge,
  EdgeLabelRenderer,
  useInternalNode,
  useStore,
  type EdgeProps,
  type InternalNode,
  type Node,
} from '@xyflow/react';
import { createContext, memo, useContext } from 'react';
import { gapColor } from '../../components/sl-scale.js';
import type { ConduitFlowEdge } from './graph.js';

/** Lets an edge label select its conduit (labels sit outside the SVG and miss edge clicks). */
export const SelectConduitContext = createContext<(conduit: string) => void>(() => undefined);

interface Point {
  x: number;
  y: number;
}

export const centre = (n: InternalNode<Node>): Point => ({
  x: n.internals.positionAbsolute.x + (n.measured.width ?? 0) / 2,
  y: n.internals.positionAbsolute.y + (n.measured.height ?? 0) / 2,
});

/** Where the line from `node`'s centre towards `toward` leaves the node's rectangle. */
export function borderPoint(node: InternalNode<Node>, toward: Point): Point {
  const c = centre(node);
  const w = (node.measured.width ?? 0) / 2;
  const h = (node.measured.height ?? 0) / 2;
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (w === 0 || h === 0 || (dx === 0 && dy === 0)) return c;
  const scale = 1 / Math.max(Math.abs(dx) / w, Math.abs(dy) / h);
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export const ConduitEdge = memo(function ConduitEdge({
  id,
  source,
  target,
  data,
  selected,
  markerEnd,
}: EdgeProps<ConduitFlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const select = useContext(SelectConduitContext);
  // Zoomed far out, labels are unreadable clutter: only the selected conduit keeps its label.
  const farOut = useStore((s) => s.transform[2] < 0.45);
  if (!from || !to || !data) return null;
  const a0 = centre(from);
  const b0 = centre(to);
  // Parallel conduits between the same zones bow out along the normal of the straight line.
  const len = Math.hypot(b0.x - a0.x, b0.y - a0.y) || 1;
  const bend = data.offset * 46;
  const ctrl = {
    x: (a0.x + b0.x) / 2 + (-(b0.y - a0.y) / len) * bend,
    y: (a0.y + b0.y) / 2 + ((b0.x - a0.x) / len) * bend,
  };
  const a = borderPoint(from, bend === 0 ? b0 : ctrl);
  const b = borderPoint(to, bend === 0 ? a0 : ctrl);
  const path = bend === 0 ? `M ${a.x},${a.y} L ${b.x},${b.y}` : `M ${a.x},${a.y} Q ${ctrl.x},${ctrl.y} ${b.x},${b.y}`;
  const mid =
    bend === 0
      ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }
      : { x: 0.25 * a.x + 0.5 * ctrl.x + 0.25 * b.x, y: 0.25 * a.y + 0.5 * ctrl.y + 0.25 * b.y };
  // Same scale as the zones; a conduit without SL-T is drawn dashed in the "no SL-T" grey.
  const color = gapColor(data.maxGap);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        interactionWidth={14}
        style={{
          stroke: selected ? '#1b2a3a' : color,
          strokeWidth: selected ? 3 : 2,
          ...(data.maxGap === null ? { strokeDasharray: '6 4' } : {}),
        }}
      />
      {(!farOut || selected) && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className={`conduit-label nodrag nopan${selected ? ' selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${mid.x}px, ${mid.y}px)`, borderColor: color }}
            title={data.title}
            aria-label={`Conduit ${data.title.split('\n')[0]}: ${data.label}`}
            onClick={() => select(data.conduit)}
          >
            {data.label}
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
