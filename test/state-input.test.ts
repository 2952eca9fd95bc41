/** A malformed `state` override is a clear input error naming the field, never a crash in a guard. */
import { describe, expect, it } from 'vitest';
import { evaluateRaw } from '../src/engine/evaluate.js';
import { InputError } from '../src/lib/issues.js';

function issues(state: unknown, kind = 'congress.dissolve'): string[] {
  try {
    evaluateRaw({ date: '2019-09-30', action: { kind }, state });
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.issues.map((i) => `${i.code} ${i.field}`);
  }
}

describe('state overrides', () => {
  it.each([
    [{ fallenCouncils: 'two' }, 'invalid_value state.fallenCouncils'],
    [
      { fallenCouncils: [{ date: '2019-02-30', how: 'censure' }] },
      'invalid_date state.fallenCouncils.0.date',
    ],
    [
      { fallenCouncils: [{ date: '2019-01-01', how: 'resigned' }] },
      'invalid_value state.fallenCouncils.0.how',
    ],
    [
      { statesOfException: [{ kind: 'war', from: '2019-01-01', to: '2019-02-01' }] },
      'invalid_value state.statesOfException.0.kind',
    ],
    [{ permanentCommissionMembers: -1 }, 'negative_count state.permanentCommissionMembers'],
    [{ congressTerm: { from: '2016-07-27' } }, 'missing_field state.congressTerm.to'],
  ])('%j → %s', (state, issue) => {
    expect(issues(state)).toEqual([issue]);
  });
  it('fields the rules do not read pass through', () => {
    expect(
      issues({
        basis: { x: ['y'] },
        congressInLastYear: false,
        fallenCouncils: [{ date: '2019-01-01', how: 'censure', eventId: 'e' }],
      }),
    ).toEqual([]);
  });
  it('a wrong type is an invalid value, not a missing field', () => {
    try {
      evaluateRaw({ date: '2019-09-30', action: { kind: 'censure.vote', tally: 'x' } });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.code)).toEqual(['invalid_value']);
    }
  });
});
