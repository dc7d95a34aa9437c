// The c981 command (DESIGN §5). This entry loads almost nothing before it has looked at the
// command line: `c981 discover` boots its worker thread first (early-start.ts), so the worker
// loads the engine while this thread loads the program.
import { startEarly } from './early-start.js';

const argv = process.argv.slice(2);
startEarly(argv);
const { main } = await import('./program.js');
const code = await main(argv);
if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
