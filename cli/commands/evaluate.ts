// Offline evaluation and lint of site files (DESIGN §5): core only, no server or database code.
import type { Command } from 'commander';
import { printJson } from '../output.js';
import { asOfOption, loadSites } from './load-files.js';

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('compute SL-T / SL-C / SL-A, gaps and blocking requirements of every zone and conduit (offline)')
    .argument('<files...>', 'site files (YAML or JSON)')
    .option('--as-of <date>', 'evaluate as of this UTC date (YYYY-MM-DD); default today')
    .option('--json', 'print the evaluation as JSON (schema: docs/evaluation.schema.json)')
    .action(async (files: string[], opts: { asOf?: string; json?: boolean }) => {
      const asOf = await asOfOption(opts.asOf);
      const sites = await loadSites(files);
      const { evaluateSite } = await import('../../core/iec62443/evaluate.js');
      const evaluated = sites.map((s) => evaluateSite(s, asOf));
      if (opts.json) return printJson({ asOf, sites: evaluated });
      const { evaluationTable } = await import('./evaluate-table.js');
      process.stdout.write(evaluationTable(evaluated, asOf));
    });

  program
    .command('lint')
    .description('check zone and conduit partitioning rules (IEC 62443-3-2 ZCR 3); exit 1 when any error')
    .argument('<files...>', 'site files (YAML or JSON)')
    .option('--as-of <date>', 'judge compensating-control expiry as of this UTC date; default today')
    .option('--json', 'print the findings as JSON')
    .action(async (files: string[], opts: { asOf?: string; json?: boolean }) => {
      const asOf = await asOfOption(opts.asOf);
      const sites = await loadSites(files);
      const { hasErrors, lintSite } = await import('../../core/iec62443/lint/lint-site.js');
      const findings = sites.flatMap((s) => lintSite(s, asOf));
      if (opts.json) printJson({ findings });
      else {
        for (const f of findings)
          process.stdout.write(
            `${f.severity.padEnd(7)} ${f.rule.padEnd(24)} ${f.site} ${f.subject.kind} ${f.subject.id}: ${f.message}${f.clause ? ` (${f.clause})` : ''}\n`,
          );
        const errors = findings.filter((f) => f.severity === 'error').length;
        process.stderr.write(
          `${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}\n`,
        );
      }
      // DESIGN §5: exit 1 when the check found errors.
      if (hasErrors(findings)) process.exitCode = 1;
    });
}
