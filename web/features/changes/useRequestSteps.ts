// The review steps of a change request that need no form of their own: reject (with the reason the
// author reads), apply, rebase and withdraw, each confirmed first. Signing an approval has its own
// dialog (ApproveRequestDialog). Every step refreshes the site's views: applying changes the model.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { usePrompt, useReason } from '../../components/Dialogs.js';
import { useSubmit } from '../../components/useSubmit.js';
import { rejectChangeRequest, requestStep, type ChangeRequest } from './changes-api.js';

export function useRequestSteps(site: string, onDone?: (updated: ChangeRequest) => void) {
  const queryClient = useQueryClient();
  const prompt = usePrompt();
  const askReason = useReason();
  const info = useQuery(siteQuery(site));
  const submit = useSubmit();

  const finish = async (updated: ChangeRequest) => {
    await invalidateSite(queryClient, site);
    onDone?.(updated);
  };

  const reject = (r: ChangeRequest) =>
    submit.run(async () => {
      const values = await prompt({
        title: `Reject change request ${r.id}?`,
        message: 'The author sees your reason; the request is closed and can no longer be applied.',
        fields: [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }],
        submitLabel: 'Reject',
        danger: true,
      });
      if (!values) return;
      await finish(await rejectChangeRequest(site, r.id, values.reason?.trim() ?? ''));
    });

  const apply = (r: ChangeRequest) =>
    submit.run(async () => {
      const ok = await prompt({
        title: `Apply change request ${r.id}?`,
        message: `Its ${r.ops.length === 1 ? 'operation is' : `${r.ops.length} operations are`} written to the site in one step, and a baseline of the result is taken.`,
        submitLabel: 'Apply',
      });
      if (!ok) return;
      await finish(await requestStep(site, r.id, 'apply'));
    });

  const rebase = (r: ChangeRequest) =>
    submit.run(async () => {
      if (r.status === 'approved') {
        const ok = await prompt({
          title: `Rebase change request ${r.id}?`,
          message: 'Its approval was given for the site as it was; after rebasing it must be approved again.',
          submitLabel: 'Rebase',
        });
        if (!ok) return;
      }
      await finish(
        await requestStep(site, r.id, 'rebase', await askReason(info.data, `rebase change request ${r.id}`)),
      );
    });

  const withdraw = (r: ChangeRequest) =>
    submit.run(async () => {
      const ok = await prompt({
        title: `Withdraw change request ${r.id}?`,
        message: 'It stays on record but can no longer be approved or applied.',
        submitLabel: 'Withdraw',
        danger: true,
      });
      if (!ok) return;
      await finish(
        await requestStep(site, r.id, 'withdraw', await askReason(info.data, `withdraw change request ${r.id}`)),
      );
    });

  return { ...submit, reject, apply, rebase, withdraw };
}
