// Passive discovery of a site (issue #9): analyse packet captures against the approved zone &
// conduit model, work through the drift queue, and look back at earlier runs. Filters and the
// opened run live in the URL (search.ts), so every view is a shareable link.
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useCan } from '../../auth/session.js';
import { SiteNav } from '../../components/SiteNav.js';
import { DriftQueue } from './DriftQueue.js';
import { RunsPanel } from './RunsPanel.js';
import type { DiscoverySearch } from './search.js';
import { UploadPanel } from './UploadPanel.js';
import './discovery.css';

const route = getRouteApi('/app/sites/$site/discovery');

export function DiscoveryPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canUpload = useCan('discovery.upload', site);
  const onSearch = useCallback(
    (next: Partial<DiscoverySearch>) =>
      // Replace, not push: filtering is not a step the back button should replay.
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  return (
    <div className="discovery-page">
      <SiteNav site={site} title="Passive discovery" />
      {canUpload && <UploadPanel site={site} onOpenRun={(run) => onSearch({ run })} />}
      <DriftQueue site={site} search={search} onSearch={onSearch} />
      <RunsPanel site={site} openRun={search.run} onOpen={(run) => onSearch({ run })} />
    </div>
  );
}
