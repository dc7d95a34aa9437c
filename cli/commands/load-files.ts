// Reads site files for the offline commands (evaluate, lint): core only, no database.
import { readFile } from 'node:fs/promises';
import type { SiteDoc } from '../../core/schemas/site-file.js';
import { CliError } from '../output.js';

export async function loadSites(files: readonly string[]): Promise<SiteDoc[]> {
  const { loadSiteFile, SiteFileError } = await import('../../core/sitefile/load.js');
  const sites: SiteDoc[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new CliError('C981_ERR_VALIDATION', `cannot read ${file}`);
    });
    try {
      for (const site of loadSiteFile(text, file).sites) {
        const other = seen.get(site.id);
        if (other !== undefined)
          throw new CliError('C981_ERR_VALIDATION', `site "${site.id}" is in both ${other} and ${file}`);
        seen.set(site.id, file);
        sites.push(site);
      }
    } catch (e) {
      if (e instanceof SiteFileError) throw new CliError('C981_ERR_VALIDATION', e.message, 2, e.issues);
      throw e;
    }
  }
  return sites;
}

/** DESIGN §5 --as-of: a UTC calendar date, today by default. */
export async function asOfOption(value: string | undefined): Promise<string> {
  const { isIsoDate, todayUtc } = await import('../../core/iec62443/dates.js');
  if (value === undefined) return todayUtc();
  if (!isIsoDate(value)) throw new CliError('C981_ERR_VALIDATION', `--as-of must be a date YYYY-MM-DD; got "${value}"`);
  return value;
}
