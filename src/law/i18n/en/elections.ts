import type { Messages } from '../types.js';

export const elections = {
  'election.results-missing': () =>
    'No results given: a ticket needs more than half of the valid votes to win.',
  'election.runoff-two': (p) => `A runoff is held between the two most voted tickets, not ${p.n}.`,
  'election.reelection-allowed': (p) =>
    `${p.name} is the sitting President: one immediate re-election is allowed on this date.`,
  'election.reelection-barred': (p) =>
    `${p.name} is the sitting President: there is no immediate re-election (Art. 112 as amended by Ley 27365).`,
  'election.count': (p) =>
    `Valid votes: ${p.valid} (blank ${p.blank} and null ${p.null} not counted); more than half needed: ${p.arithmetic}.`,
  'election.tie': (p) => `${p.first} and ${p.second} are tied with ${p.votes} votes.`,
  'election.winner': (p) => `${p.name} wins with ${p.votes} valid votes (${p.required} needed).`,
  'election.runoff': (p) =>
    `No ticket has more than half of the valid votes (${p.first} has ${p.votes}, ${p.required} needed): a runoff between ${p.first} and ${p.second} within ${p.days} days of the proclamation.`,
} satisfies Messages;
