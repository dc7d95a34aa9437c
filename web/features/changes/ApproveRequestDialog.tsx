// Approving a change request is always an electronic signature (password and meaning), whatever
// the site: the server binds it to the exact operations and their base and refuses the author
// (separation of duties) and stale proposals; its message is shown here. An emergency change is
// already applied: signing it approves it after the fact.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSite } from '../../api/queries.js';
import { Modal } from '../../components/Modal.js';
import { SignatureFields } from '../../components/SignatureFields.js';
import { approveChangeRequest, type ChangeRequest } from './changes-api.js';
import { when } from './people.js';

/** The meanings the server accepts (server/features/signatures/e-signature.ts). */
const MEANINGS = [
  { value: 'approved', hint: 'I approve these changes to the security model as listed.' },
  { value: 'reviewed', hint: 'I have reviewed these changes and approve them.' },
] as const;

export function ApproveRequestDialog({
  site,
  request,
  authorName,
  onDone,
}: {
  site: string;
  request: ChangeRequest;
  authorName: string;
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const [password, setPassword] = useState('');
  const [meaning, setMeaning] = useState<string>('approved');
  const approve = useMutation({
    mutationFn: () => approveChangeRequest(site, request.id, { password, meaning }),
    onSuccess: async () => {
      await invalidateSite(queryClient, site);
      onDone();
    },
    // A wrong password must be typed again, never resent.
    onError: () => setPassword(''),
  });
  const afterTheFact = request.status === 'applied';

  return (
    <Modal
      title={`Sign approval of change request ${request.id}`}
      submitLabel="Sign and approve"
      onCancel={onDone}
      onSubmit={() => approve.mutate()}
      busy={approve.isPending}
      invalid={password === ''}
      error={approve.error}
    >
      <div className="modal-summary">
        <dl>
          <dt>Change</dt>
          <dd>{request.title}</dd>
          <dt>Operations</dt>
          <dd>{request.ops.length}</dd>
          <dt>Proposed by</dt>
          <dd>
            {authorName}, {when(request.createdAt)}
          </dd>
          {afterTheFact && (
            <>
              <dt>Emergency</dt>
              <dd>
                applied {when(request.appliedAt)}; approval due by {request.approvalDue ?? '–'}
              </dd>
            </>
          )}
        </dl>
      </div>
      <SignatureFields
        meanings={MEANINGS}
        meaning={meaning}
        onMeaning={setMeaning}
        password={password}
        onPassword={setPassword}
      />
    </Modal>
  );
}
