// Work a command can start before the program is even loaded. `c981 discover` on a large capture
// reads it with a worker thread, and booting one (a fresh V8 isolate that loads the engine's
// modules) took 0.12–0.16 s while this thread loaded the same modules and began reading: started
// here instead, the worker is ready about when the first shard is. The command drops the worker
// when no capture turns out to need it (small files, pcapng): a cost of a few milliseconds of the
// other core's time. Imports only the light worker-start module.
import { discoveryThreads, prestartShardWorker } from '../core/discovery/parallel/worker-start.js';

export function startEarly(argv: readonly string[]): void {
  if (argv[0] === 'discover' && !argv.includes('--help') && !argv.includes('-h') && discoveryThreads() > 1)
    prestartShardWorker();
}
