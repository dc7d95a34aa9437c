// A smaller inlining budget for V8's optimising compiler in one-shot batch commands (`c981
// discover`). Such a run lasts a second or two, and compiling the hot code is a large part of it:
// each thread (the main one and every worker) compiles the packet path for itself, often more than
// once while its type feedback settles, and on a two-core machine those compile jobs compete with
// the threads doing the work. Inlining less makes each job smaller; the steady state is a little
// slower, the whole run faster (docs/benchmarks.md: about 9 % on the discovery benchmark). A
// long-running server keeps V8's defaults: its compile cost is paid once.
import { setFlagsFromString } from 'node:v8';

/** Bytecode inlined into one optimised function at most (V8's default is 920). */
const CUMULATIVE_INLINE_BYTES = 150;

let applied = false;

/** Applies the budget to every function optimised from now on, in this thread and later workers. */
export function useBatchJitBudget(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${CUMULATIVE_INLINE_BYTES}`);
}
