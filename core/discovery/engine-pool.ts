// Discovery engines lent out one at a time, so a thread keeps reusing the same engine: V8
// specialises the optimised code of closures created once, and every further engine made from the
// same code loses that (a measurable share of discovery's speed). Concurrent readers in one thread
// (two uploads on the server) still get an engine each.
import { createDiscoveryEngine, type DiscoveryEngine, type DiscoveryEngineOptions } from './engine.js';

const idle: DiscoveryEngine[] = [];

export interface LentEngine {
  engine: DiscoveryEngine;
  /** Hands the engine back (its totals must have been taken with finish(); what is left is dropped). */
  release(): void;
}

/** An engine with the default options from the pool; other options get a fresh one. */
export function borrowEngine(options: DiscoveryEngineOptions = {}): LentEngine {
  if (options.dissectors || options.fastPath === false)
    return { engine: createDiscoveryEngine(options), release: () => {} };
  const engine = idle.pop() ?? createDiscoveryEngine();
  let released = false;
  return {
    engine,
    release() {
      if (released) return;
      released = true;
      engine.finish();
      engine.startFile();
      idle.push(engine);
    },
  };
}
