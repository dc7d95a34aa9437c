#!/usr/bin/env node
// `npm start`: build when the build is missing or stale, then serve the demo estate on
// http://127.0.0.1:8981 from the embedded SQLite database (./data/c981.db).
import { spawn } from 'node:child_process';
import { ensureBuild } from './ensure-build.mjs';

const built = ensureBuild();
const child = spawn(process.execPath, [built, 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
// Pass Ctrl-C / SIGTERM on, and leave with the server's own exit code after its clean shutdown.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
