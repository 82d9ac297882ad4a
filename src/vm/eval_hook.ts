// Breaks the import cycle between the generated eval loop and the modules it calls: set at start-up.

import type { Frame } from "./frame.js";
import type { ThreadState } from "./thread.js";

export const evalFrameHook: {
  evalFrame: (ts: ThreadState, frame: Frame, throwExc?: any, start?: Frame | null) => any;
} = {
  evalFrame: () => {
    throw new Error("eval loop not initialized");
  },
};
