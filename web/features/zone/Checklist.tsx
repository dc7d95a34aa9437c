// The zone's IEC 62443-3-3 checklist, grouped by FR, built for going through a whole SL-2 list
// from the keyboard: rows take focus one at a time (roving tabindex), ↑/↓ or j/k move, a single
// key sets the focused row's status and moves on. Data and saving come in as props (testable
// without a server); the page wires them to the API.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ResultStatus } from '../../../core/schemas/vocabulary.js';
import { SlChip } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT } from '../../components/sl-scale.js';
import { Empty } from '../../components/states.js';
import { ChecklistRow, COLUMNS } from './ChecklistRow.js';
import { KeyLegend } from './KeyLegend.js';
import { asResult, groupByFr, matches, STATUS_KEYS, withStatus, type ChecklistFilters } from './checklist-model.js';
import { useRowSaves } from './useRowSaves.js';
import type { ChecklistItem, ResultDoc, ResultInputDoc, ResultsPut } from './zone-api.js';

export interface ChecklistProps {
  /** The zone (the results' scope). */
  scope: string;
  items: readonly ChecklistItem[];
  /** Ids of the requirements blocking the zone's SL-T (from its evaluation). */
  blocking: readonly string[];
  slTarget: readonly number[] | null;
  slAchieved?: readonly number[] | undefined;
  filters: ChecklistFilters;
  canEdit: boolean;
  /** Who is assessing, and today's date: recorded on results that carry details. */
  who: { by: string; at: string };
  onSave: (body: ResultsPut) => Promise<void>;
  /** The requirement whose details are open (controlled by the page's URL when given). */
  openId?: string | undefined;
  onOpenChange?: (id: string | undefined) => void;
}

const NAV_KEYS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, PageDown: 10, PageUp: -10 };

export function Checklist(props: ChecklistProps) {
  const { scope, items, filters, canEdit, who, onSave, onOpenChange } = props;
  const blocking = useMemo(() => new Set(props.blocking), [props.blocking]);
  const visible = useMemo(() => items.filter((i) => matches(i, filters, blocking)), [items, filters, blocking]);
  const groups = useMemo(() => groupByFr(visible), [visible]);
  const { rows: saves, save, dismiss } = useRowSaves(scope, onSave);

  const [localOpen, setLocalOpen] = useState<string | undefined>();
  const openId = onOpenChange ? props.openId : localOpen;
  const setOpen = useCallback(
    (id: string | undefined) => (onOpenChange ? onOpenChange(id) : setLocalOpen(id)),
    [onOpenChange],
  );

  // Roving focus: one row is in the tab order; when it leaves the list (its status no longer
  // matches the filter), the row now at its place takes over.
  const [activeId, setActiveId] = useState<string | undefined>();
  const lastIndex = useRef(0);
  const rowEls = useRef(new Map<string, HTMLTableRowElement>());
  const focusedRow = useRef<string | undefined>(undefined);
  const index = visible.findIndex((i) => i.id === activeId);
  if (index >= 0) lastIndex.current = index;
  const current = index >= 0 ? activeId : visible[Math.min(lastIndex.current, visible.length - 1)]?.id;

  const rowRef = useCallback((id: string, el: HTMLTableRowElement | null) => {
    if (el) rowEls.current.set(id, el);
    else rowEls.current.delete(id);
  }, []);

  const focusRow = useCallback((id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    const el = rowEls.current.get(id);
    el?.focus();
    el?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  useEffect(() => {
    const gone = focusedRow.current !== undefined && !rowEls.current.get(focusedRow.current)?.isConnected;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (gone && lost && current) focusRow(current);
  }, [visible, current, focusRow]);

  const resultOf = (item: ChecklistItem): ResultDoc | null => {
    const s = saves.get(item.id);
    return s?.state === 'saving' ? asResult(s.value) : item.result;
  };

  const saveValue = useCallback((id: string, value: ResultInputDoc | null) => void save(id, value), [save]);
  const setStatus = useCallback(
    (item: ChecklistItem, status: ResultStatus | null, shown: ResultDoc | null) => {
      if ((shown?.status ?? null) === status) return;
      saveValue(item.id, withStatus(shown, status, who));
    },
    [saveValue, who],
  );
  const toggle = useCallback((id: string) => setOpen(openId === id ? undefined : id), [openId, setOpen]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const row = e.target as HTMLElement;
    // Only keys pressed on a row itself: typing in a select, note or evidence field is typing.
    if (row.tagName !== 'TR' || !row.dataset.id || e.ctrlKey || e.metaKey || e.altKey) return;
    const at = visible.findIndex((i) => i.id === row.dataset.id);
    const item = visible[at];
    if (!item) return;
    const step = NAV_KEYS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      focusRow(visible[Math.max(0, Math.min(visible.length - 1, at + step))]?.id);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusRow((e.key === 'Home' ? visible[0] : visible[visible.length - 1])?.id);
    } else if (e.key === 'Enter' || e.key === 'o') {
      e.preventDefault();
      toggle(item.id);
    } else if (e.key === 'Escape' && openId === item.id) {
      e.preventDefault();
      setOpen(undefined);
    } else if (canEdit && e.key in STATUS_KEYS) {
      e.preventDefault();
      setStatus(item, STATUS_KEYS[e.key] ?? null, resultOf(item));
      focusRow(visible[Math.min(visible.length - 1, at + 1)]?.id);
    }
  };

  if (!items.length) return <Empty>This zone has no requirements to assess.</Empty>;
  return (
    <div className="checklist" data-ready="checklist">
      <KeyLegend canEdit={canEdit} />
      {!visible.length ? (
        <Empty>
          {props.slTarget === null && !filters.all
            ? 'This zone has no SL-T, so no requirement is required yet: show all requirements to assess it anyway.'
            : 'No requirement matches these filters.'}
        </Empty>
      ) : (
        <table
          className="data checklist-table"
          aria-label="Requirements checklist"
          aria-describedby="checklist-keys"
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const id = (e.target as HTMLElement).closest<HTMLElement>('tr[data-id]')?.dataset.id;
            if (id) {
              focusedRow.current = id;
              if (id !== activeId) setActiveId(id);
            }
          }}
        >
          <colgroup>
            <col className="col-id" />
            <col />
            <col className="col-sl" />
            <col className="col-status" />
            <col className="col-state" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Title</th>
              <th scope="col" className="num" title="Lowest SL at which the requirement is required">
                SL
              </th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Saving and details</span>
              </th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.fr}>
              <FrHeader
                fr={g.fr}
                items={g.items}
                blocking={blocking}
                target={props.slTarget?.[g.fr - 1] ?? null}
                achieved={props.slAchieved?.[g.fr - 1] ?? null}
              />
              {g.items.map((item) => (
                <ChecklistRow
                  key={item.id}
                  item={item}
                  result={resultOf(item)}
                  save={saves.get(item.id)}
                  blocking={blocking.has(item.id)}
                  active={item.id === current}
                  open={item.id === openId}
                  canEdit={canEdit}
                  who={who}
                  rowRef={rowRef}
                  onStatus={setStatus}
                  onSaveValue={saveValue}
                  onToggle={toggle}
                  onDismiss={dismiss}
                />
              ))}
            </tbody>
          ))}
        </table>
      )}
    </div>
  );
}

function FrHeader(props: {
  fr: number;
  items: readonly ChecklistItem[];
  blocking: ReadonlySet<string>;
  target: number | null;
  achieved: number | null;
}) {
  const satisfied = props.items.filter((i) => i.satisfied).length;
  const blocking = props.items.filter((i) => props.blocking.has(i.id)).length;
  return (
    <tr className="fr-head">
      <th colSpan={COLUMNS} scope="colgroup">
        <span className="fr-name">
          FR {props.fr} {FR_SHORT[props.fr]} · {FR_NAMES[props.fr]}
        </span>
        <span className="fr-counts">
          {satisfied} of {props.items.length} satisfied
          {blocking > 0 && <span className="badge danger">{blocking} blocking</span>}
        </span>
        <span className="fr-levels">
          SL-T <SlChip value={props.target} /> SL-A <SlChip value={props.achieved} />
        </span>
      </th>
    </tr>
  );
}
