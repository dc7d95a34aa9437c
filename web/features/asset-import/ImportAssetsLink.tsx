// The ways into the spreadsheet import: a button on a site's inventory, and a link on the Site
// file page. Shown only to users who may add assets to the site (the server checks again).
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { hasPermission, useCan, useMe } from '../../auth/session.js';
import { sitesQuery } from '../../api/queries.js';

export function ImportAssetsButton({ site }: { site: string }) {
  if (!useCan('asset.create', site)) return null;
  return (
    <Link to="/sites/$site/import-assets" params={{ site }} search={{}} className="button">
      Import from spreadsheet
    </Link>
  );
}

/** The Site file page's pointer: to the chosen site, else to each site the user may add assets to. */
export function SpreadsheetImportLink({ site }: { site?: string | undefined }) {
  const me = useMe();
  const sites = useQuery(sitesQuery);
  const targets = site
    ? [site].filter((s) => hasPermission(me, 'asset.create', s))
    : (sites.data ?? []).filter((s) => hasPermission(me, 'asset.create', s.id)).map((s) => s.id);
  if (targets.length === 0) return null;
  return (
    <>
      <span className="spacer" />
      <span className="small spreadsheet-import-link">
        Asset lists in CSV or XLSX:{' '}
        {targets.length === 1 ? (
          <Link to="/sites/$site/import-assets" params={{ site: targets[0] ?? '' }} search={{}}>
            Import from spreadsheet into {targets[0]}
          </Link>
        ) : (
          <>
            import from spreadsheet into{' '}
            {targets.slice(0, 6).map((s, i) => (
              <span key={s}>
                {i > 0 && ', '}
                <Link to="/sites/$site/import-assets" params={{ site: s }} search={{}}>
                  {s}
                </Link>
              </span>
            ))}
            {targets.length > 6 && ' … (or choose a site in Export)'}
          </>
        )}
      </span>
    </>
  );
}
