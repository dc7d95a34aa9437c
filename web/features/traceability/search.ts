import { requirement33 } from '../../../core/iec62443/catalog.js';
import { TRACE_STATUSES, type TraceStatus } from '../../../core/iec62443/traceability.js';
import { ID_PATTERN } from '../../../core/schemas/vocabulary.js';
import { int, oneOf, str, type Search } from '../../search.js';

/** Traceability page: the matrix's filters (the API's own), so a filtered matrix is a shareable link. */
export interface TraceSearch {
  /** A zone or conduit id. */
  scope?: string | undefined;
  fr?: number | undefined;
  /** An IEC 62443-3-3 id, e.g. "SR 1.1 RE 1". */
  requirement?: string | undefined;
  status?: TraceStatus | undefined;
}

const ID = new RegExp(ID_PATTERN);

/**
 * Unknown or malformed values are dropped (the matrix then shows everything), never an error.
 * Every key is returned, undefined when dropped: the router lays the validated search over the
 * raw one, so a key left out would let the raw value through to the page.
 */
export const validateTraceSearch = (s: Search): TraceSearch => {
  const scope = str(s, 'scope');
  const requirement = str(s, 'requirement');
  return {
    scope: scope !== undefined && ID.test(scope) ? scope : undefined,
    fr: int(s, 'fr', 1, 7),
    requirement: requirement !== undefined && requirement33(requirement) ? requirement : undefined,
    status: oneOf(s, 'status', TRACE_STATUSES),
  };
};
