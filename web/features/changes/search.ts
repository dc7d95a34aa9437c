import { int, oneOf, str, type Search } from '../../search.js';

/** The two views of the changes page. */
export const CHANGES_TABS = ['requests', 'baselines'] as const;
export type ChangesTab = (typeof CHANGES_TABS)[number];

/** Change-request statuses, as the API names them (`?status=` of GET …/change-requests). */
export const REQUEST_STATUSES = ['open', 'approved', 'rejected', 'applied', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Baseline and change-request ids are positive integers on the server (at most nine digits). */
const MAX_ID = 999_999_999;

/** Changes page: the view, the list filter, the opened request and the compared baselines. */
export interface ChangesSearch {
  /** Absent: change requests. */
  tab?: ChangesTab;
  /** Only change requests with this status. */
  status?: RequestStatus;
  /** The change request opened in the detail panel. */
  cr?: number;
  /** The older side of the diff: a baseline id (named apart from the audit page's `from` dates). */
  base?: number;
  /** The newer side: another baseline or the site as it is now (the default). */
  against?: number | 'now';
}

/**
 * Unknown or malformed values are dropped (the page then shows its defaults), never an error.
 * Every key is returned, undefined when dropped: the router lays the validated search over the
 * raw one, so a key left out would let a raw value such as `?cr=abc` through to the page.
 */
export const validateChangesSearch = (s: Search): ChangesSearch => {
  const against = str(s, 'against');
  return {
    tab: oneOf(s, 'tab', CHANGES_TABS),
    status: oneOf(s, 'status', REQUEST_STATUSES),
    cr: int(s, 'cr', 1, MAX_ID),
    base: int(s, 'base', 1, MAX_ID),
    against: against === 'now' ? 'now' : int(s, 'against', 1, MAX_ID),
  };
};
