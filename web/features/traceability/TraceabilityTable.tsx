// The matrix as a virtualized table: a sticky header and only the rows in view (plus a few) in
// the DOM, each a fixed height with at most two lines per cell, so a large site's thousands of
// rows scroll smoothly. Lists longer than a cell shows say "+n" and name everything in the title.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { TraceRow } from './traceability-api.js';

export const ROW_HEIGHT = 46;

const COLUMNS = [
  { key: 'requirement', label: 'Requirement', width: 'minmax(200px, 1.3fr)' },
  { key: 'fr', label: 'FR', width: '44px' },
  { key: 'scope', label: 'Zone / conduit', width: 'minmax(170px, 1fr)' },
  { key: 'status', label: 'Result', width: '140px' },
  { key: 'satisfied', label: 'Satisfied', width: '90px' },
  { key: 'evidence', label: 'Evidence', width: 'minmax(120px, 0.8fr)' },
  { key: 'controls', label: 'Compensating controls', width: 'minmax(200px, 1.4fr)' },
  { key: 'actions', label: 'Roadmap actions', width: 'minmax(200px, 1.4fr)' },
] as const;

const GRID: CSSProperties = { gridTemplateColumns: COLUMNS.map((c) => c.width).join(' ') };

const STATUS_CLASS: Record<string, string> = {
  implemented: 'ok',
  'not-applicable': 'ok',
  partial: 'warn',
  planned: 'warn',
  'not-implemented': 'danger',
  unassessed: '',
};

/** Only web links become links: evidence is typed by users (no javascript: or data: URLs). */
const isWebLink = (s: string): boolean => /^https?:\/\//i.test(s);

function Listed<T>({ items, show, text }: { items: readonly T[]; show: (t: T) => ReactNode; text: (t: T) => string }) {
  if (items.length === 0) return <span className="muted">–</span>;
  const [first, second] = items;
  return (
    <span title={items.map(text).join('\n')}>
      {first !== undefined && <span className="trace-line">{show(first)}</span>}
      {second !== undefined && (
        <span className="trace-line">
          {show(second)}
          {items.length > 2 && <span className="muted"> +{items.length - 2}</span>}
        </span>
      )}
    </span>
  );
}

/** The first of a list on two lines (what it is, then its dates), "+n" naming the others in the title. */
function FirstOf<T>({
  items,
  head,
  detail,
  text,
}: {
  items: readonly T[];
  head: (t: T) => ReactNode;
  detail: (t: T) => string;
  text: (t: T) => string;
}) {
  const [first] = items;
  if (first === undefined) return <span className="muted">–</span>;
  return (
    <span title={items.map(text).join('\n')}>
      <span className="trace-line">
        {head(first)}
        {items.length > 1 && <span className="muted"> +{items.length - 1}</span>}
      </span>
      <span className="trace-line muted">{detail(first)}</span>
    </span>
  );
}

const controlText = (c: TraceRow['controls'][number]) =>
  `${c.id} (${c.validity})${c.approvedBy ? ` approved by ${c.approvedBy} on ${c.approvedAt ?? '?'}` : ' not approved'}${c.expires ? `, expires ${c.expires}` : ''}`;
const actionText = (a: TraceRow['actions'][number]) =>
  `${a.id} ${a.title} (${a.status}${a.due ? `, due ${a.due}` : ''})${a.satisfies ? ' satisfies it' : ''}${a.retires.length > 0 ? ` retires ${a.retires.join(', ')}` : ''}`;

function Cells({ row }: { row: TraceRow }) {
  const byControl = !['implemented', 'not-applicable'].includes(row.status) && row.satisfied;
  return (
    <>
      <div role="cell" className="trace-cell">
        <span className="trace-line mono">{row.requirement}</span>
        <span className="trace-line muted small" title={row.title}>
          {row.title}
        </span>
      </div>
      <div role="cell" className="trace-cell num">
        {row.fr}
      </div>
      <div role="cell" className="trace-cell">
        <span className="trace-line" title={row.scopeName ?? row.scope}>
          {row.scopeName ?? row.scope}
        </span>
        <span className="trace-line muted small mono">
          {row.scopeKind === 'conduit' ? 'conduit ' : ''}
          {row.scope}
        </span>
      </div>
      <div role="cell" className="trace-cell">
        <span className={`badge ${STATUS_CLASS[row.status] ?? ''}`}>{row.status}</span>
        {row.assessedBy && (
          <span className="trace-line muted small">
            {row.assessedBy}
            {row.assessedAt ? ` ${row.assessedAt}` : ''}
          </span>
        )}
      </div>
      <div role="cell" className="trace-cell">
        {row.satisfied ? (
          <span className="badge ok">{byControl ? 'by control' : 'yes'}</span>
        ) : (
          <span className="badge danger">no</span>
        )}
      </div>
      <div role="cell" className="trace-cell small">
        <Listed
          items={row.evidence}
          text={(e) => e}
          show={(e) =>
            isWebLink(e) ? (
              <a href={e} target="_blank" rel="noreferrer noopener">
                {e.replace(/^https?:\/\//i, '')}
              </a>
            ) : (
              e
            )
          }
        />
      </div>
      <div role="cell" className="trace-cell small">
        <FirstOf
          items={row.controls}
          text={controlText}
          head={(c) => (
            <>
              <span className="mono">{c.id}</span>{' '}
              <span className={`badge ${c.validity === 'valid' ? 'ok' : 'warn'}`}>{c.validity}</span>
            </>
          )}
          detail={(c) =>
            `${c.approvedBy ? `${c.approvedBy} ${c.approvedAt ?? ''}` : 'not approved'}${c.expires ? ` · until ${c.expires}` : ''}`
          }
        />
      </div>
      <div role="cell" className="trace-cell small">
        <FirstOf
          items={row.actions}
          text={actionText}
          head={(a) => (
            <>
              <span className="mono">{a.id}</span> <span className="badge info">{a.status}</span>
            </>
          )}
          detail={(a) =>
            [
              a.due ? `due ${a.due}` : null,
              a.satisfies ? 'satisfies' : null,
              a.retires.length > 0 ? `retires ${a.retires.join(', ')}` : null,
            ]
              .filter((x) => x !== null)
              .join(' · ')
          }
        />
      </div>
    </>
  );
}

export function TraceabilityTable({ rows }: { rows: readonly TraceRow[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    useFlushSync: false,
  });
  return (
    <div
      ref={scrollRef}
      className="trace-scroll"
      role="table"
      aria-label="Traceability matrix"
      aria-rowcount={rows.length + 1}
      // Focusable, so arrow and page keys scroll the table.
      tabIndex={0}
    >
      <div role="rowgroup" className="trace-head">
        <div role="row" aria-rowindex={1} className="trace-row" style={GRID}>
          {COLUMNS.map((c) => (
            <div key={c.key} role="columnheader" className={`trace-cell ${c.key === 'fr' ? 'num' : ''}`}>
              {c.label}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="trace-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={`${row.requirement}\u0000${row.scope}`}
              role="row"
              aria-rowindex={item.index + 2}
              className={`trace-row ${item.index % 2 ? 'odd' : ''}`}
              style={{ ...GRID, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <Cells row={row} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
