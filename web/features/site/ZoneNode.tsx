// A zone on the diagram: coloured by its largest gap, with name, kind and the seven FR gaps.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { FR_NAMES, FR_SHORT, FRS, gapColor, gapText } from '../../components/sl-scale.js';
import type { ZoneFlowNode } from './graph.js';

export const ZoneNode = memo(function ZoneNode({ id, data, selected, isConnectable }: NodeProps<ZoneFlowNode>) {
  const color = gapColor(data.maxGap);
  const head = data.maxGap === null ? 'no SL-T' : data.maxGap === 0 ? 'meets SL-T' : `max gap ${data.maxGap}`;
  return (
    <div className={`zone-node${selected ? ' selected' : ''}`} style={{ borderColor: color }}>
      {/* Handles exist even when not connectable: edges are measured from them. */}
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={isConnectable}
        aria-label={`Connect to ${data.name}`}
      />
      <div className="zone-node-head" style={{ background: color, color: gapText(data.maxGap) }}>
        <span className="zone-node-kind">{data.kind}</span>
        <span className="zone-node-status">{head}</span>
      </div>
      <div className="zone-node-body">
        <div className="zone-node-name" title={data.name}>
          {data.name}
        </div>
        <div className="zone-node-id">{id}</div>
        <div className="zone-node-gaps" aria-label="Gap per FR">
          {FRS.map((fr) => {
            const g = data.gap?.[fr - 1] ?? null;
            return (
              <span
                key={fr}
                style={{ background: gapColor(g), color: gapText(g) }}
                title={`FR ${fr} ${FR_NAMES[fr]}: ${g === null ? 'no SL-T' : `gap ${g}`}`}
              >
                <small>{FR_SHORT[fr]}</small>
                {g ?? '–'}
              </span>
            );
          })}
        </div>
      </div>
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={isConnectable}
        aria-label={`Connect from ${data.name}`}
      />
    </div>
  );
});
