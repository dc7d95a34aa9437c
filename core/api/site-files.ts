// What a site-file import changes (POST /api/v1/site-files, also with ?dryRun=true), shared by the
// server that computes it and the web app's preview.

/** How many entities of one kind are added, changed and removed, with the first ids of each. */
export interface Delta {
  added: number;
  changed: number;
  removed: number;
  /** The first ids (DELTA_ID_SAMPLE) of each kind of change, so a preview can say which entities change. */
  ids: { added: string[]; changed: string[]; removed: string[] };
}

/** How many ids of each kind a report names: enough to review, small enough for the audit trail. */
export const DELTA_ID_SAMPLE = 20;

/** The entity lists of a site an import reports on, in report order. */
export const SITE_FILE_KINDS = ['zones', 'conduits', 'assets', 'results', 'compensatingControls', 'risks'] as const;
export type SiteFileKind = (typeof SITE_FILE_KINDS)[number];

export type SiteChange = {
  site: string;
  created: boolean;
  siteChanged: boolean;
  /** The site's own risk matrix is set, replaced or removed (it then follows the organization's). */
  riskMatrixChanged: boolean;
} & Record<SiteFileKind, Delta>;

export interface ImportResult {
  /** The file's organization risk matrix replaced the stored one. */
  organizationRiskMatrixChanged?: boolean;
  sites: SiteChange[];
  /** Sites named in the file that were already equal to it. */
  unchanged: string[];
}
