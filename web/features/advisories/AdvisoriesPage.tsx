// The organisation's advisory library (issue #10 item 4): vendor security advisories (CSAF 2.0)
// that every site's inventory is matched against. Org-admins import them here; everyone signed in
// reads them. Search, vendor filter, page and the opened advisory live in the URL (search.ts).
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useCan } from '../../auth/session.js';
import { AdvisoryDetail } from './AdvisoryDetail.js';
import { AdvisoryList } from './AdvisoryList.js';
import { AdvisoryUpload } from './AdvisoryUpload.js';
import type { AdvisoriesSearch } from './search.js';
import './advisories.css';

const route = getRouteApi('/app/advisories');

export function AdvisoriesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canImport = useCan('advisory.import');
  const onSearch = useCallback(
    (next: Partial<AdvisoriesSearch>) =>
      // Replace, not push: filtering is not a step the back button should replay.
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  // Opening an advisory is a step (push), so Back closes it again.
  const open = useCallback(
    (advisory: string | undefined) => {
      void navigate({ search: (prev) => ({ ...prev, advisory }) });
      if (advisory) window.scrollTo({ top: 0 });
    },
    [navigate],
  );
  return (
    <div className="advisories-page">
      <div className="page-header">
        <h1>Advisories</h1>
        <span className="muted">vendor security advisories (CSAF) matched against every site&apos;s inventory</span>
      </div>
      {canImport && <AdvisoryUpload onOpen={open} />}
      {search.advisory && <AdvisoryDetail id={search.advisory} onClose={() => open(undefined)} />}
      <AdvisoryList search={search} onSearch={onSearch} onOpen={open} />
    </div>
  );
}
