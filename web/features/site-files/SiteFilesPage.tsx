// Site files: import (preview, then apply) and export of the site-file format (DESIGN §4).
import { useCallback } from 'react';
import { getRouteApi } from '@tanstack/react-router';
import { hasPermission, useMe } from '../../auth/session.js';
import { SpreadsheetImportLink } from '../asset-import/ImportAssetsLink.js';
import { ExportPanel } from './ExportPanel.js';
import { ImportPanel } from './ImportPanel.js';
import '../../components/modal.css';
import './site-files.css';

const route = getRouteApi('/app/site-files');

export function SiteFilesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  // Importing needs siteFile.import on the sites of the file (site.create for new ones); the
  // server checks each site of the upload.
  const mayImport =
    hasPermission(me, 'site.create') || Object.values(me.sitePermissions).some((p) => p.includes('siteFile.import'));
  const onChange = useCallback(
    (next: { site?: string | undefined; format?: 'yaml' | 'json' }) =>
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  return (
    <div className="site-files-page">
      <div className="page-header">
        <h1>Site files</h1>
        <span className="muted small">YAML or JSON, format c981: 1</span>
        <SpreadsheetImportLink site={search.site} />
      </div>
      <div className="site-files-grid">
        {mayImport ? (
          <ImportPanel />
        ) : (
          <section className="panel" aria-label="Import">
            <h2>Import</h2>
            <p className="notice info">
              You may not import site files: site administrators import into their sites, organization administrators
              also create sites.
            </p>
          </section>
        )}
        <ExportPanel site={search.site} format={search.format ?? 'yaml'} onChange={onChange} />
      </div>
    </div>
  );
}
