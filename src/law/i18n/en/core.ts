import type { Messages } from '../types.js';

const base = (b: unknown) =>
  ({
    legal: 'the legal number of members',
    habiles: 'the members hábiles',
    present: 'the members present',
    cast: 'the votes cast',
    'permanent-commission-excluded': 'the members of Congress outside the Permanent Commission',
  })[String(b)] ?? String(b);

const chamber = (c: unknown) =>
  ({ congress: 'Congress', deputies: 'the Chamber of Deputies', senate: 'the Senate' })[String(c)] ??
  String(c);

export const core = {
  'verdict.passed': (p) =>
    `${p.kind} on ${p.date}: permitted, and the vote passed (${p.for} for, ${p.required} needed; margin ${p.margin}).`,
  'verdict.failed': (p) =>
    `${p.kind} on ${p.date}: permitted, but the vote failed (${p.for} for, ${p.required} needed; margin ${p.margin}).`,
  'verdict.requires': (p) => `${p.kind} on ${p.date}: permitted; it needs ${p.required} votes in favour.`,
  'verdict.permitted': (p) => `${p.kind} on ${p.date}: permitted.`,
  'verdict.not-permitted': (p) => `${p.kind} on ${p.date}: not permitted.`,
  'rule.in-force': (p) =>
    `Rule in force: ${p.title} (${p.rule}, from ${p.from}${p.to ? ` until ${p.to}` : ''}).`,
  'rule.note': (p) => `Note on this rule: ${p.note}`,
  'chamber.resolved': (p) => `Chamber: ${chamber(p.chamber)}, legal number ${p.seats}.`,
  'chamber.dissolved': (p) =>
    `${chamber(p.chamber).replace(/^./, (c) => c.toUpperCase())} stands dissolved on this date: it cannot vote until a new one is installed.`,
  'chamber.not-allowed': (p) =>
    `On ${p.date} this step takes place in ${p.allowed}, not in ${chamber(p.chamber)}.`,
  threshold: (p) =>
    `Needed: ${p.comparison === 'at-least' ? 'at least' : 'more than'} ${p.label} of ${base(p.base)} (${p.baseCount}): ${p.arithmetic}.`,
  'threshold.none': () => 'This step needs no vote.',
  'tally.counted': (p) =>
    `Tally: ${p.for} for, ${p.against} against, ${p.abstain} abstentions${p.margin === null || p.margin === undefined ? '' : `; margin ${p.margin}`}.`,
  'tally.missing': () => 'No tally given: the verdict states what is required.',
  'habiles.from-action': (p) => `Members hábiles: ${p.count} (given with the action).`,
  'habiles.from-state': (p) => `Members hábiles: ${p.count} (from the state on this date).`,
  'habiles.default': (p) => `Members hábiles: ${p.count} (the legal number; none given).`,
  'interpretation.used': (p) =>
    `Interpretation ${p.key} = ${p.option}${p.chosen === 'default' ? ` (default: ${p.because})` : ' (chosen)'}.`,
  'signatures.enough': (p) => `Signatures: ${p.signatures}, at least ${p.required} needed (${p.arithmetic}).`,
  'signatures.short': (p) =>
    `Signatures: ${p.signatures}, but at least ${p.required} are needed (${p.arithmetic}).`,
  'signatures.missing': (p) =>
    `The number of signatures was not given; at least ${p.required} are needed (${p.arithmetic}).`,
  effects: () => 'Effects:',
  findings: () => 'Conditions:',
} satisfies Messages;
