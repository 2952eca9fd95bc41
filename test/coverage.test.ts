/**
 * Temporal coverage of the rulebook: for every action kind that has rules, every day on a grid from
 * 1993-12-31 to 2031-12-31 (weekly, plus every validity boundary and the day before it) has exactly one
 * applicable version, and evaluating a representative action on that day never hits a missing parameter.
 */
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../src/lib/dates.js';
import { ACTION_KINDS } from '../src/law/kinds.js';
import { peruRulebook } from '../src/law/peru/index.js';
import { evaluate } from '../src/engine/evaluate.js';
import { InputError } from '../src/lib/issues.js';
import type { Action } from '../src/law/types.js';

const START: IsoDate = '1993-12-31';
const END: IsoDate = '2031-12-31';

function grid(): IsoDate[] {
  const days = new Set<IsoDate>();
  for (let d = START; d <= END; d = addDays(d, 7)) days.add(d);
  days.add(END);
  for (const v of peruRulebook().versions) {
    for (const b of [v.validFrom, v.validTo]) {
      if (!b) continue;
      for (const d of [addDays(b, -1), b]) if (d >= START && d <= END) days.add(d);
    }
  }
  for (const d of peruRulebook().params.changeDates()) {
    for (const x of [addDays(d, -1), d]) if (x >= START && x <= END) days.add(x);
  }
  return [...days].sort();
}

describe('temporal coverage', () => {
  const rulebook = peruRulebook();
  const days = grid();
  const kinds = ACTION_KINDS.filter((k) => rulebook.kinds().includes(k));

  it('covers at least the vacancy and succession slice', () => {
    for (const k of [
      'vacancy.file',
      'vacancy.admit',
      'vacancy.vote',
      'president.resign',
      'vice-president.resign',
      'succession',
      'mesa.elect',
      'mesa.censure',
    ] as const) {
      expect(kinds).toContain(k);
    }
  });

  it.each(kinds)('%s: exactly one version applies on every day of the grid', (kind) => {
    const problems: string[] = [];
    for (const d of days) {
      const n = rulebook.versionsAt(kind, d).length;
      if (n !== 1) problems.push(`${d}: ${n} versions`);
    }
    expect(problems).toEqual([]);
  });

  it.each(kinds)(
    '%s: every version evaluates on every day of the grid in every chamber it allows',
    (kind) => {
      const problems: string[] = [];
      for (const d of days) {
        const version = rulebook.versionAt(kind, d)!;
        for (const chamber of version.chambers) {
          const action: Action = {
            kind,
            chamber,
            tally: { for: 1, against: 0, abstain: 0 },
            signatures: 1,
            days: 1,
          };
          try {
            const v = evaluate({ date: d, action });
            if (v.rule !== version.id) problems.push(`${d} ${chamber}: used ${v.rule}`);
            if (!v.citations.length) problems.push(`${d} ${chamber}: no citations`);
          } catch (e) {
            if (!(e instanceof InputError)) problems.push(`${d} ${chamber}: ${(e as Error).message}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
