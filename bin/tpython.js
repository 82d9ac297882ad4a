#!/usr/bin/env -S node --stack-size=4000 --min-semi-space-size=16
// Flags: a 4 MB stack so deep (but legal) nesting reaches CPython's own parser limits before V8's,
// and a 16 MB young generation, which spares the parser's first run most scavenges (~6% cold).
// The command loads one bundled module (dist/bundle, made by `npm run build`): ~10 ms less start-up
// than resolving the dozen ES modules of dist/.
import { main, pendingExit, exitBySigint } from "../dist/bundle/tpython.mjs";

const finish = (code) => {
  if (exitBySigint) {
    // Like CPython after an uncaught KeyboardInterrupt: die by SIGINT so the parent sees it.
    process.removeAllListeners("SIGINT");
    process.kill(process.pid, "SIGINT");
    return;
  }
  process.exitCode = code;
};
const code = main(process.argv.slice(2));
if (pendingExit !== null) pendingExit.then(finish);
else finish(code);
