// Offline: generates a synthetic estate; loads no server or database code.
import type { Command } from 'commander';
import { CliError } from '../output.js';

const positiveInt = (name: string, v: string, min = 1): number => {
  if (!/^\d+$/.test(v) || Number(v) < min)
    throw new CliError('C981_ERR_VALIDATION', `${name} must be a whole number ≥ ${min}; got "${v}"`);
  return Number(v);
};

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('demo and synthetic data');
  demo
    .command('generate')
    .description('write a valid synthetic estate to stdout (deterministic for a seed)')
    .requiredOption('--sites <n>', 'number of sites')
    .requiredOption('--assets-per-site <m>', 'assets per site')
    .option('--seed <s>', 'random seed', '1')
    .option('--format <format>', 'json or yaml', 'json')
    .action(async (opts: { sites: string; assetsPerSite: string; seed: string; format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'yaml')
        throw new CliError('C981_ERR_VALIDATION', `--format must be json or yaml; got "${opts.format}"`);
      const sites = positiveInt('--sites', opts.sites);
      const assetsPerSite = positiveInt('--assets-per-site', opts.assetsPerSite, 0);
      const seed = positiveInt('--seed', opts.seed, 0);
      const { generateEstate } = await import('../../core/demo/generate.js');
      const doc = generateEstate({ sites, assetsPerSite, seed });
      if (opts.format === 'json') {
        // One site per write keeps peak memory to one site's text for large estates.
        const { sites: list, ...head } = doc;
        const open = JSON.stringify(head, null, 2).replace(/\n}$/, ',\n  "sites": [\n');
        process.stdout.write(open);
        list.forEach((s, i) => process.stdout.write(`${JSON.stringify(s)}${i < list.length - 1 ? ',' : ''}\n`));
        process.stdout.write(']\n}\n');
      } else {
        const { stringify } = await import('yaml');
        process.stdout.write(stringify(doc, { lineWidth: 0 }));
      }
    });
}
