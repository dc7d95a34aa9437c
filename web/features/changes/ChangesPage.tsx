// The site's change control (issue #7): change requests — proposed, signed off by someone other than
// their author, applied atomically — and baselines, the frozen snapshots they produce, with their
// field-level diffs. The view, the opened request and the compared baselines live in the URL.
import { getRouteApi } from '@tanstack/react-router';
import { SiteNav } from '../../components/SiteNav.js';
import { BaselinesTab } from './BaselinesTab.js';
import { RequestsTab } from './RequestsTab.js';
import type { ChangesTab } from './search.js';
import '../../components/modal.css';
// The SL-T selects of the proposal dialog are styled with the diagram's.
import '../site/site.css';
import './changes.css';

const route = getRouteApi('/app/sites/$site/changes');

const TABS: { tab: ChangesTab; label: string }[] = [
  { tab: 'requests', label: 'Change requests' },
  { tab: 'baselines', label: 'Baselines' },
];

export function ChangesPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab = search.tab ?? 'requests';
  return (
    <div className="changes-page">
      <SiteNav site={site} title="Changes" />
      <div className="tabs sub-tabs" role="tablist" aria-label="Changes">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            role="tab"
            aria-selected={tab === t.tab}
            onClick={() =>
              void navigate({ search: (prev) => ({ ...prev, tab: t.tab === 'requests' ? undefined : t.tab }) })
            }
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'requests' ? <RequestsTab site={site} /> : <BaselinesTab site={site} />}
    </div>
  );
}
