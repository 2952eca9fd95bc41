/** Presidential election rounds (Const. arts. 111–112; Ley 27365). */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../engine/evaluate.js';
import type { Action, ElectionResults } from '../../types.js';

const ev = (date: string, results: ElectionResults, extra: Partial<Action> = {}) =>
  evaluate({ date, action: { kind: 'election.round', results, ...extra } });

describe('election.round (Art. 111)', () => {
  it('more than half of the valid votes wins; blank and null votes are not counted', () => {
    const r = {
      candidates: [
        { name: 'A', votes: 101 },
        { name: 'B', votes: 99 },
      ],
      blank: 500,
      null: 500,
    };
    const v = ev('2021-06-06', r, { round: 2 });
    expect(v.effects[0]).toMatchObject({ code: 'election.winner', params: { name: 'A', required: 101 } });
    const exactHalf = {
      candidates: [
        { name: 'A', votes: 100 },
        { name: 'B', votes: 60 },
        { name: 'C', votes: 40 },
      ],
      blank: 0,
      null: 0,
    };
    expect(ev('2021-04-11', exactHalf).effects[0]).toMatchObject({
      code: 'election.runoff',
      params: { first: 'A', second: 'B', days: 30 },
    });
  });
  it('2021 runoff: Castillo 8,836,380 v. Fujimori 8,792,117 → Castillo wins', () => {
    const v = ev(
      '2021-06-06',
      {
        candidates: [
          { name: 'Castillo', votes: 8836380 },
          { name: 'Fujimori', votes: 8792117 },
        ],
        blank: 121489,
        null: 1106816,
      },
      { round: 2 },
    );
    expect(v.effects[0]).toMatchObject({
      code: 'election.winner',
      params: { name: 'Castillo', required: 8814249 },
    });
  });
  it('a runoff has exactly two tickets; a tie is reported', () => {
    expect(
      ev(
        '2021-06-06',
        {
          candidates: [
            { name: 'A', votes: 3 },
            { name: 'B', votes: 2 },
            { name: 'C', votes: 1 },
          ],
          blank: 0,
          null: 0,
        },
        { round: 2 },
      ).permitted,
    ).toBe(false);
    expect(
      ev(
        '2021-06-06',
        {
          candidates: [
            { name: 'A', votes: 2 },
            { name: 'B', votes: 2 },
          ],
          blank: 0,
          null: 0,
        },
        { round: 2 },
      ).effects[0]!.code,
    ).toBe('election.tie');
  });
  it.each([
    ['1995-04-09', true],
    ['2000-11-04', true],
    ['2000-11-05', false],
    ['2026-04-12', false],
  ])('an incumbent running on %s: permitted %s (Art. 112; Ley 27365 from 2000-11-05)', (date, permitted) => {
    const r = {
      candidates: [
        { name: 'Incumbent', votes: 10, incumbent: true },
        { name: 'B', votes: 5 },
      ],
      blank: 0,
      null: 0,
    };
    expect(ev(date, r).permitted).toBe(permitted);
  });
});
