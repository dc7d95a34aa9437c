// Every change the site page makes: create, edit, delete (with the 409 → cascade offer) and
// moving zones. Regulated sites need a reason for each change to the model (the server refuses
// it otherwise); moving a zone is layout only and needs none.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, ApiError } from '../../api/client.js';
import { invalidateSite, sitePath } from '../../api/queries.js';
import type { Site } from '../../api/types.js';
import { usePrompt, useReason } from '../../components/Dialogs.js';
import { zonesQuery } from './queries.js';
import type { Zone } from './types.js';

export type EntityPath = 'zones' | 'conduits';

export interface ZoneMove {
  id: string;
  x: number;
  y: number;
}

/** What a cascading delete removes besides the entity (DESIGN §6). */
const CASCADE: Record<EntityPath, string> = {
  zones:
    "Deleting it anyway also deletes the zone's conduits, assessment results and compensating controls, and unassigns its assets.",
  conduits: "Deleting it anyway also deletes the conduit's assessment results and compensating controls.",
};

export function useSiteWrites(site: Site) {
  const queryClient = useQueryClient();
  const askReason = useReason();
  const prompt = usePrompt();
  return useMemo(() => {
    const refresh = () => invalidateSite(queryClient, site.id);
    return {
      /** POST a new zone or conduit. Throws Cancelled when the user backs out of the reason. */
      async create(path: EntityPath, body: Record<string, unknown>, what: string): Promise<void> {
        const reason = await askReason(site, what);
        await api(sitePath(site.id, path), { method: 'POST', body, reason });
        await refresh();
      },

      /** PATCH the changed fields. Throws Cancelled when the user backs out of the reason. */
      async save(path: EntityPath, id: string, patch: Record<string, unknown>, what: string): Promise<void> {
        const reason = await askReason(site, what);
        await api(sitePath(site.id, path, id), { method: 'PATCH', body: patch, reason });
        await refresh();
      },

      /**
       * Confirms, deletes, and on 409 offers the cascade; `onDeleted` runs as soon as the entity is
       * gone (before the views refresh). Resolves false when the user cancels.
       */
      async remove(path: EntityPath, id: string, label: string, onDeleted: () => void): Promise<boolean> {
        const confirmed = await prompt({
          title: `Delete ${label}?`,
          message: site.regulated
            ? 'This site is regulated: say why. The reason is kept in the audit trail.'
            : 'This cannot be undone (the audit trail keeps a record).',
          fields: site.regulated ? [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }] : [],
          submitLabel: 'Delete',
          danger: true,
        });
        if (!confirmed) return false;
        const reason = confirmed.reason?.trim() || undefined;
        const url = sitePath(site.id, path, id);
        try {
          await api(url, { method: 'DELETE', reason });
        } catch (error) {
          if (!(error instanceof ApiError && error.code === 'C981_ERR_IN_USE')) throw error;
          const again = await prompt({
            title: `${label} is still in use`,
            message: (
              <>
                <p>{error.message}</p>
                <p>{CASCADE[path]}</p>
              </>
            ),
            submitLabel: 'Delete with its references',
            danger: true,
          });
          if (!again) return false;
          await api(`${url}?cascade=true`, { method: 'DELETE', reason });
        }
        onDeleted();
        await refresh();
        return true;
      },

      /**
       * Saves dragged zones' positions. The cache is updated first so nothing jumps back while the
       * request runs; on failure it is restored and the error thrown.
       */
      async move(moves: ZoneMove[]): Promise<void> {
        const key = zonesQuery(site.id).queryKey;
        const before = queryClient.getQueryData<Zone[]>(key);
        const byId = new Map(moves.map((m) => [m.id, m]));
        queryClient.setQueryData<Zone[]>(key, (zones) =>
          zones?.map((z) => {
            const m = byId.get(z.id);
            return m ? { ...z, position: { x: m.x, y: m.y } } : z;
          }),
        );
        try {
          for (const m of moves)
            await api(sitePath(site.id, 'zones', m.id), { method: 'PATCH', body: { position: { x: m.x, y: m.y } } });
        } catch (error) {
          queryClient.setQueryData(key, before);
          await queryClient.invalidateQueries({ queryKey: key });
          throw error;
        }
        // Layout changes no security figure: mark the site's other views (audit, export) stale
        // without refetching the diagram's own data.
        await queryClient.invalidateQueries({
          queryKey: ['site', site.id],
          refetchType: 'none',
          predicate: (q) => q.queryKey[2] !== 'zones',
        });
      },
    };
  }, [askReason, prompt, queryClient, site]);
}
