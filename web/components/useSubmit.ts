// The state every form that writes keeps: busy while the request runs, the last error (shown with
// the API's message), and a user backing out of a reason or signature dialog is not an error.
import { useCallback, useState } from 'react';
import { Cancelled } from './Dialogs.js';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (!(e instanceof Cancelled)) setError(e);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
