#!/usr/bin/env node
// The installed command: runs the bundled CLI (npm's `prepare` builds it on install).
import { runCli } from '../dist/bundle/main.js';

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
