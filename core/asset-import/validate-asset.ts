// The same checks the site file and the asset API apply (the Asset schema, then checkAssetFields),
// so an import can never store an asset the API would refuse.
import { Compile } from 'typebox/compile';
import { explain } from '../schemas/explain.js';
import { Asset } from '../schemas/site-file.js';
import { checkAssetFields } from '../sitefile/field-rules.js';
import type { Issue } from '../sitefile/issue.js';

let checker: { Check(value: unknown): boolean } | undefined;

/** What is wrong with the asset (empty when it is valid); each issue's path starts at the field. */
export function assetIssues(asset: unknown): Issue[] {
  // Compiled on first use: the compiled check is the fast path for 100k valid rows.
  checker ??= Compile(Asset);
  if (!checker.Check(asset)) return explain(Asset, asset);
  const issues: Issue[] = [];
  checkAssetFields(asset as Parameters<typeof checkAssetFields>[0], [], issues);
  return issues;
}
