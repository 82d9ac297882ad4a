#!/usr/bin/env -S node --stack-size=4000
import { main } from "../dist/cli/main.js";

process.exitCode = main(process.argv.slice(2));
