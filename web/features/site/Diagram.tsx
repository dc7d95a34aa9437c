// The zone & conduit diagram (IEC 62443-3-2 ZCR 3): zones as nodes coloured by their largest gap,
// conduits as edges labelled with their channels. Dragging saves a zone's position; dragging from
// one zone's handle to another proposes a new conduit. Nodes are rebuilt only when the data
// changes, and unchanged nodes keep their objects, so 50 zones stay fluid. The observed-traffic
// overlay (issue #9) adds dashed edges on top; approved conduits are drawn as always.
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { gapColor } from '../../components/sl-scale.js';
import type { ObservedFlowEdge } from '../discovery/observed-traffic.js';
import { ObservedTrafficEdge } from '../discovery/ObservedTrafficEdge.js';
import { ConduitEdge, SelectConduitContext } from './ConduitEdge.js';
import { buildEdges, buildNodes, mergeNodes, type ConduitFlowEdge, type ZoneFlowNode } from './graph.js';
import type { Conduit, Eval, Position, Selection, Zone } from './types.js';
import type { ZoneMove } from './writes.js';
import { ZoneNode } from './ZoneNode.js';

const nodeTypes = { zone: ZoneNode };
const edgeTypes = { conduit: ConduitEdge, observed: ObservedTrafficEdge };

export interface DiagramProps {
  zones: Zone[];
  conduits: Conduit[];
  zoneEvals: ReadonlyMap<string, Eval>;
  conduitEvals: ReadonlyMap<string, Eval>;
  selection: Selection;
  canMove: boolean;
  canConnect: boolean;
  onSelect: (s: Selection) => void;
  onMove: (moves: ZoneMove[]) => void;
  onConnect: (from: string, to: string) => void;
  /** Receives a function answering the centre of the visible area (where "Add zone" puts a zone). */
  centreRef: { current: (() => Position) | null };
  /** Observed traffic between zones (the overlay); empty when it is off. */
  observed?: readonly ObservedFlowEdge[];
  /** Shown over the diagram's top-left corner (the observed-traffic switch and legend). */
  overlay?: ReactNode;
}

const withSelection = (nodes: ZoneFlowNode[], id: string | undefined): ZoneFlowNode[] =>
  nodes.map((n) => ((n.selected ?? false) === (n.id === id) ? n : { ...n, selected: n.id === id }));

export function Diagram({
  zones,
  conduits,
  zoneEvals,
  conduitEvals,
  selection,
  canMove,
  canConnect,
  onSelect,
  onMove,
  onConnect,
  centreRef,
  observed,
  overlay,
}: DiagramProps) {
  const selectedZone = selection?.kind === 'zone' ? selection.id : undefined;
  const selectedConduit = selection?.kind === 'conduit' ? selection.id : undefined;

  const baseNodes = useMemo(() => buildNodes(zones, zoneEvals), [zones, zoneEvals]);
  const [nodes, setNodes] = useState<ZoneFlowNode[]>(() => withSelection(baseNodes, selectedZone));
  useEffect(() => {
    setNodes((prev) => withSelection(mergeNodes(prev, baseNodes), selectedZone));
  }, [baseNodes, selectedZone]);

  const zoneIds = useMemo(() => new Set(zones.map((z) => z.id)), [zones]);
  const baseEdges = useMemo(() => buildEdges(conduits, conduitEvals, zoneIds), [conduits, conduitEvals, zoneIds]);
  const edges = useMemo(
    (): (ConduitFlowEdge | ObservedFlowEdge)[] => [
      ...baseEdges.map((e) => (e.data?.conduit === selectedConduit ? { ...e, selected: true, zIndex: 1 } : e)),
      ...(observed ?? []),
    ],
    [baseEdges, selectedConduit, observed],
  );

  // Selection lives in the URL: a node or edge the user selects (click or keyboard) is
  // written there, and the URL drives what the diagram shows as selected.
  const onNodesChange = useCallback(
    (changes: NodeChange<ZoneFlowNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      const picked = changes.filter((c) => c.type === 'select' && c.selected);
      if (picked.length === 1 && picked[0]?.type === 'select') onSelect({ kind: 'zone', id: picked[0].id });
    },
    [onSelect],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConduitFlowEdge | ObservedFlowEdge>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      const conduit = picked?.type === 'select' && baseEdges.find((e) => e.id === picked.id)?.data?.conduit;
      if (conduit) onSelect({ kind: 'conduit', id: conduit });
    },
    [baseEdges, onSelect],
  );
  const selectConduit = useCallback((id: string) => onSelect({ kind: 'conduit', id }), [onSelect]);

  const onNodeDragStop: OnNodeDrag<ZoneFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const saved = new Map(zones.map((z) => [z.id, z.position]));
      const moves = dragged
        .map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }))
        .filter((m) => {
          const p = saved.get(m.id);
          return !p || p.x !== m.x || p.y !== m.y;
        });
      if (moves.length > 0) onMove(moves);
    },
    [zones, onMove],
  );

  const handleConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) onConnect(c.source, c.target);
    },
    [onConnect],
  );

  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  useEffect(() => {
    centreRef.current = () => {
      const r = wrapper.current?.getBoundingClientRect();
      if (!r) return { x: 0, y: 0 };
      // The node's top-left corner, so the new zone is centred on the view.
      const p = flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
      return { x: p.x - 95, y: p.y - 50 };
    };
    return () => {
      centreRef.current = null;
    };
  }, [centreRef, flow]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) onSelect(null);
  };

  return (
    <div className="diagram" ref={wrapper} onKeyDown={onKeyDown}>
      <SelectConduitContext.Provider value={selectConduit}>
        <ReactFlow<ZoneFlowNode, ConduitFlowEdge | ObservedFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStop={onNodeDragStop}
          onConnect={handleConnect}
          onPaneClick={() => onSelect(null)}
          nodesDraggable={canMove}
          // Arranging zones should not open each one in the side panel; a click selects.
          selectNodesOnDrag={false}
          nodesConnectable={canConnect}
          connectionMode={ConnectionMode.Loose}
          // Deleting is done from the side panel, with its confirmation and 409 handling.
          deleteKeyCode={null}
          fitView
          fitViewOptions={{ padding: 0.12, maxZoom: 1.1 }}
          minZoom={0.15}
          maxZoom={2}
          aria-label="Zone and conduit diagram"
        >
          <Background gap={20} color="#d9dee5" />
          {overlay && <Panel position="top-left">{overlay}</Panel>}
          <Controls showInteractive={false} />
          <MiniMap
            pannable
            zoomable
            ariaLabel="Overview of the diagram"
            nodeColor={(n) => gapColor((n as ZoneFlowNode).data.maxGap)}
            nodeStrokeWidth={2}
            style={{ width: 160, height: 110 }}
          />
        </ReactFlow>
      </SelectConduitContext.Provider>
    </div>
  );
}
