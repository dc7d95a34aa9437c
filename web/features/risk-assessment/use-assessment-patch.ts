// One way to write the assessment from every panel: ask a reason on regulated sites, PATCH, put
// the answer in the cache at once and refresh the site's other views (their figures may depend on it).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { Cancelled, useReason } from '../../components/Dialogs.js';
import { assessmentQuery, patchAssessment, type AssessmentPatch } from './assessment-api.js';

export function useAssessmentPatch(site: string) {
  const queryClient = useQueryClient();
  const info = useQuery(siteQuery(site));
  const askReason = useReason();
  const mutation = useMutation({
    mutationFn: async ({ patch, what }: { patch: AssessmentPatch; what: string }) =>
      patchAssessment(site, patch, await askReason(info.data, what)),
    onSuccess: async (answer) => {
      queryClient.setQueryData(assessmentQuery(site).queryKey, answer);
      await invalidateSite(queryClient, site);
    },
  });
  // Backing out of the reason dialog is not an error worth showing.
  const error = mutation.error instanceof Cancelled ? null : mutation.error;
  return { save: mutation.mutate, busy: mutation.isPending, error, saved: mutation.isSuccess };
}
