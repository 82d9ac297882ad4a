// Per-thread interpreter state (CPython's PyThreadState): the frame depth for the recursion limit, the
// exception being handled (`sys.exc_info()`), and the eval-breaker flag checked at RESUME/JUMP_BACKWARD.

import type { Frame } from "./frame.js";

export class ThreadState {
  /** Python frames currently on the stack (Tier 1 frames pushed by calls, generators included). */
  depth = 0;
  recursionLimit = 1000;
  /** The exception currently being handled (PUSH_EXC_INFO/POP_EXCEPT), or null. */
  exc_info: any = null;
  /** Set when something asynchronous needs the eval loop's attention (signals). */
  eval_breaker = false;
  pendingSignal = 0;
  /** The innermost running frame (kept by the eval loop for tracebacks and sys._getframe). */
  current: Frame | null = null;
  /** Value of the StopIteration that ended the last `sendNonGen`/`iterNext` of a generator. */
  stopIterationValue: any = undefined;
  /** JS-level re-entries of the eval loop (builtins calling Python); guards the JS stack. */
  cDepth = 0;
  /**
   * Countdown to the next check whether the top-level activation should pause for the event loop, so
   * that SIGINT (Ctrl-C) can be delivered; see shouldSuspend in src/vm/runtime.ts.
   */
  ticks = 4096;
  /** True while the outermost eval loop may return R.SUSPEND (set by the program runner). */
  suspendable = false;
  lastSuspend = 0;
  /** The frame to resume after a suspension. */
  suspended: Frame | null = null;
}

export const mainThread = new ThreadState();
