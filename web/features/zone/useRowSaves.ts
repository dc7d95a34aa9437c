// Optimistic saving, row by row: the checklist shows the new status at once, marks the row as
// saving, and on failure puts the server's value back with the API's message and a retry.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Cancelled } from '../../components/Dialogs.js';
import { errorMessage } from '../../components/states.js';
import type { ResultInputDoc, ResultsPut } from './zone-api.js';

export type RowSave =
  | { state: 'saving'; value: ResultInputDoc | null; seq: number }
  | { state: 'error'; value: ResultInputDoc | null; seq: number; message: string }
  | { state: 'saved'; seq: number };

export function useRowSaves(scope: string, onSave: (body: ResultsPut) => Promise<void>) {
  const [rows, setRows] = useState<ReadonlyMap<string, RowSave>>(new Map());
  const seq = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const update = useCallback((id: string, mine: number, next: RowSave | null) => {
    setRows((current) => {
      // A later save of the same row wins: ignore answers to older ones.
      if (current.get(id)?.seq !== mine) return current;
      const copy = new Map(current);
      if (next) copy.set(id, next);
      else copy.delete(id);
      return copy;
    });
  }, []);

  const save = useCallback(
    async (id: string, value: ResultInputDoc | null): Promise<void> => {
      const mine = ++seq.current;
      setRows((current) => new Map(current).set(id, { state: 'saving', value, seq: mine }));
      try {
        await onSave({ scope, results: { [id]: value } });
        update(id, mine, { state: 'saved', seq: mine });
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          update(id, mine, null);
        }, 1500);
        timers.current.add(timer);
      } catch (error) {
        update(
          id,
          mine,
          error instanceof Cancelled ? null : { state: 'error', value, seq: mine, message: errorMessage(error) },
        );
      }
    },
    [scope, onSave, update],
  );

  const dismiss = useCallback((id: string) => {
    setRows((current) => {
      if (!current.has(id)) return current;
      const copy = new Map(current);
      copy.delete(id);
      return copy;
    });
  }, []);

  return { rows, save, dismiss };
}
