/** Every command of the CLI, in the order `--help` lists them. */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { register as claims } from './claims.js';
import { register as evaluate } from './evaluate.js';
import { register as rules } from './rules.js';
import { register as serve } from './serve.js';

export const COMMANDS: ((program: Command, io: Io) => void)[] = [evaluate, rules, serve, claims];
