import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../lib/issues.js';
import { parseSet, whatIf, type VoteEvent } from './whatif.js';

// The 2022-12-07 vacancy vote: 101 for, 6 against, 10 abstentions (the tally the issue pins); the group
// rows below are an illustrative split that adds up to that tally, not the record's figures.
const castillo: VoteEvent = {
  id: '2022-12-07-vacancy-vote-castillo',
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', chamber: 'congress', tally: { for: 101, against: 6, abstain: 10 } },
  groupVotes: [
    { group: 'a', for: 40, against: 0, abstain: 0 },
    { group: 'b', for: 30, against: 1, abstain: 2 },
    { group: 'c', for: 20, against: 2, abstain: 3 },
    { group: 'd', for: 11, against: 3, abstain: 5 },
  ],
  outcome: 'passed',
};

describe('whatif', () => {
  it('2022-12-07 vacancy vote: margin 14, and 15 members flip it', () => {
    const r = whatIf(castillo);
    expect(r.required).toBe(87);
    expect(r.margin).toBe(14);
    expect(r.passed).toBe(true);
    expect(r.smallestFlip?.members).toBe(15);
    // On a legal-number base, moving a vote for to against, abstain or absent costs the same.
    expect(r.byMove.filter((m) => m.from === 'for').map((m) => m.members)).toEqual([15, 15, 15]);
    expect(r.byMove.every((m) => m.from === 'for')).toBe(true);
  });

  it('finds every smallest set of groups whose bloc change defeats the vote', () => {
    const r = whatIf(castillo);
    // Removing 15+ votes for: a (40), b (30), c (20) alone each suffice; d (11) does not.
    expect(r.groupFlips?.size).toBe(1);
    expect(r.groupFlips?.sets.map((s) => s.groups[0]).sort()).toEqual(['a', 'b', 'c']);
  });

  it('on a base of those present, voting against costs less than staying away', () => {
    // 2000-11-21 era: more than half of those present. 62 for, 9 against, 9 abstain: 80 present, 41 needed.
    const r = whatIf({
      id: 'x',
      date: '2000-11-21',
      action: { kind: 'vacancy.vote', tally: { for: 62, against: 9, abstain: 9 } },
    });
    expect(r.base).toBe('present');
    const cost = (from: string, to: string) => r.byMove.find((m) => m.from === from && m.to === to)?.members;
    // for → against: 62 − k ≤ 40 from k = 22; for → absent also shrinks the base: 62 − k ≤ ⌊(80 − k)/2⌋ from k = 44.
    expect(cost('for', 'against')).toBe(22);
    expect(cost('for', 'absent')).toBe(44);
    expect(r.smallestFlip?.members).toBe(cost('for', 'against'));
  });

  it('--set re-evaluates through the engine', () => {
    const r = whatIf(castillo, { sets: [{ group: 'a', option: 'against' }] });
    expect(r.changed?.tally).toMatchObject({ for: 61, against: 46, abstain: 10 });
    expect(r.changed?.verdict.passed).toBe(false);
    expect(r.changed?.verdict.margin).toBe(61 - 87);
    expect(() => whatIf(castillo, { sets: [{ group: 'zz', option: 'for' }] })).toThrow(InputError);
  });

  it('parses --set and rejects unknown options', () => {
    expect(parseSet('fuerza-popular=absent')).toEqual({ group: 'fuerza-popular', option: 'absent' });
    expect(() => parseSet('fp=maybe')).toThrow(InputError);
  });
});

describe('whatif on the record', () => {
  it('the recorded 2022-12-07 vacancy vote has margin 14 (CLI, JSON)', async () => {
    const { runCli } = await import('../cli/main.js');
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      readStdin: async () => '',
    };
    expect(await runCli(['whatif', '2022-12-07-vacancy-vote-castillo', '--json'], io)).toBe(0);
    const r = JSON.parse(out.join(''));
    expect(r.margin).toBe(14);
    expect(r.required).toBe(87);
    expect(r.smallestFlip.members).toBe(15);
    expect(await runCli(['whatif', 'no-such-event'], io)).toBe(2);
    expect(err.join('')).toMatch(/unknown_reference/);
  });

  it('uses the record’s per-group votes where it has them', async () => {
    const { findEvent, loadRecordData } = await import('./record-adapter.js');
    const data = loadRecordData();
    const withGroups = data.events.find((e) => e.groupVotes?.length && e.action.tally);
    if (!withGroups) return; // the record has no per-group votes yet: nothing to check
    const event = findEvent(data, withGroups.id)!;
    const r = whatIf(event);
    expect(r.groupFlips).not.toBeNull();
    for (const set of r.groupFlips!.sets) expect(set.groups.length).toBe(r.groupFlips!.size);
  });
});

describe('smallest flip against brute force', () => {
  it('equals the fewest member changes over every other tally of the chamber (fixed and present bases)', async () => {
    const { requiredVotes } = await import('../law/threshold.js');
    const { parseThresholdSpec } = await import('../law/parameters/threshold-spec.js');
    const cases = [
      { date: '2022-12-07', seats: 130, ok: (f: number) => f >= 87 },
      {
        date: '2000-11-21',
        seats: 120,
        ok: (f: number, a: number, ab: number) =>
          f >= requiredVotes(parseThresholdSpec('> 1/2 of present'), f + a + ab),
      },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (c, f, a, ab) => {
          fc.pre(f + a + ab <= c.seats);
          const s = [f, a, ab, c.seats - f - a - ab];
          const was = c.ok(f, a, ab);
          let best = Infinity;
          for (let tf = 0; tf <= c.seats; tf++)
            for (let ta = 0; ta + tf <= c.seats; ta++)
              for (let tb = 0; tb + ta + tf <= c.seats; tb++) {
                if (c.ok(tf, ta, tb) === was) continue;
                const t = [tf, ta, tb, c.seats - tf - ta - tb];
                const moved = s.reduce((acc, x, i) => acc + Math.max(0, x - t[i]!), 0);
                if (moved < best) best = moved;
              }
          const r = whatIf({
            id: 'g',
            date: c.date,
            action: { kind: 'vacancy.vote', tally: { for: f, against: a, abstain: ab } },
          });
          expect(r.smallestFlip?.members ?? Infinity).toBe(best);
        },
      ),
      { numRuns: 12 },
    );
  });
});
