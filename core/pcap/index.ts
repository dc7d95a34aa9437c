// The capture reader's pure API (issue #9 item 1). The Node file adapter is imported from
// './read-capture-file.js' directly so that browser bundles never pull in node:fs or node:zlib.
export { createCaptureParser, isGzip, type CaptureParser } from './capture-parser.js';
export { createSummaryCollector, type SummaryCollector } from './capture-summary.js';
export * from './types.js';
