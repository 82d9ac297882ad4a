#!/usr/bin/env -S node --stack-size=4000 --min-semi-space-size=16
// Flags: a 4 MB stack so deep (but legal) nesting reaches CPython's own parser limits before V8's,
// and a 16 MB young generation, which spares the parser's first run most scavenges (~6% cold).
// The command loads one bundled module (dist/bundle, made by `npm run build`): ~10 ms less start-up
// than resolving the dozen ES modules of dist/.
import { main, pendingRepl } from "../dist/bundle/tpython.mjs";

const code = main(process.argv.slice(2));
if (pendingRepl !== null) pendingRepl.then((c) => (process.exitCode = c));
else process.exitCode = code;
