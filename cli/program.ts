// The c981 command's program (DESIGN §5): its commands and how errors become exit codes. Offline
// commands load only core/; the others load server code lazily inside their actions.
import { Command, CommanderError } from 'commander';
import { registerAdvisories } from './commands/advisories.js';
import { registerAdvisoriesMatch } from './commands/advisories-match.js';
import { registerAudit } from './commands/audit.js';
import { registerBaseline } from './commands/baseline.js';
import { registerChecklist } from './commands/checklist.js';
import { registerDb } from './commands/db.js';
import { registerDemo } from './commands/demo.js';
import { registerDiscover } from './commands/discover.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerImportAssets } from './commands/import-assets.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerSiteFiles } from './commands/site-files.js';
import { registerToken } from './commands/token.js';
import { registerUser } from './commands/user.js';
import { reportError } from './output.js';

export function buildProgram(): Command {
  const program = new Command('c981')
    .description('C-981: IEC 62443 programme workbench')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerServe(program);
  registerSiteFiles(program);
  registerImportAssets(program);
  registerEvaluate(program);
  registerDb(program);
  registerAudit(program);
  registerBaseline(program);
  registerReport(program);
  registerChecklist(program);
  registerDiscover(program);
  registerAdvisoriesMatch(registerAdvisories(program));
  registerDemo(program);
  registerToken(program);
  registerUser(program);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    for (const sub of cmd.commands) sub.exitOverride();
  }
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
        return 0;
      // Usage errors (unknown option, missing argument): exit 2 per DESIGN §5.
      if (json)
        process.stdout.write(
          `${JSON.stringify({ error: { code: 'C981_ERR_USAGE', message: err.message } }, null, 2)}\n`,
        );
      return 2;
    }
    return reportError(err, json);
  }
}
