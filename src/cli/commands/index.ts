/** Every command of the CLI, in the order `--help` lists them. */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { register as claims } from './claims.js';
import { register as evaluate } from './evaluate.js';
import { register as rules } from './rules.js';
import { register as serve } from './serve.js';
import { register as paths } from './paths.js';
import { register as simulate } from './simulate.js';
import { register as whatif } from './whatif.js';
import { register as state } from './state.js';
import { register as replay } from './replay.js';
import { register as exportCmd } from './export.js';

export const COMMANDS: ((program: Command, io: Io) => void)[] = [
  evaluate,
  rules,
  state,
  replay,
  exportCmd,
  simulate,
  whatif,
  paths,
  claims,
  serve,
];
