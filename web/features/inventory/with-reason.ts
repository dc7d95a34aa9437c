// Writes that may need a reason: the server decides which changes of a regulated site must say
// why (21 CFR Part 11 §11.10(e)); the page asks only when it answers C981_ERR_REASON_REQUIRED, so
// it cannot drift from the server's rule.
import { useCallback } from 'react';
import { ApiError } from '../../api/client.js';
import { useReason } from '../../components/Dialogs.js';

export function useWithReason(): <T>(what: string, write: (reason?: string) => Promise<T>) => Promise<T> {
  const askReason = useReason();
  return useCallback(
    async <T>(what: string, write: (reason?: string) => Promise<T>): Promise<T> => {
      try {
        return await write();
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 'C981_ERR_REASON_REQUIRED')) throw e;
        // Throws Cancelled when the user backs out.
        return write(await askReason({ regulated: true }, what));
      }
    },
    [askReason],
  );
}
