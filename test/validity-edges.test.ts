/**
 * Every validity edge of every rule version: on the day before a version starts the previous version
 * applies, and on its first day the new one does (DESIGN: half-open intervals), for every action kind.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/lib/dates.js';
import { evaluate } from '../src/engine/evaluate.js';
import { peruRulebook } from '../src/law/peru/index.js';
import { ERA } from '../src/law/peru/sources.js';

const rulebook = peruRulebook();
const edges = rulebook.versions
  .filter((v) => v.validFrom > ERA.constitution1993)
  .flatMap((v) => v.kinds.map((kind) => ({ kind, version: v })));

describe('validity edges', () => {
  it('there are edges for the eras of issue 3', () => {
    const ids = new Set(edges.map((e) => e.version.id));
    for (const id of [
      'confidence.raise@2018-03-10',
      'confidence.raise@2018-11-20',
      'confidence.raise@2021-10-22',
      'confidence.raise@2021-11-16',
      'referendum.hold@2022-01-31',
      'reform.vote@2021-11-27',
      'accusation.vote@2004-06-04',
      'election.round@2000-11-05',
      'congress.dissolve@2026-07-28',
      'tc.elect@2026-07-28',
    ])
      expect(ids, id).toContain(id);
  });

  it.each(edges.map((e) => [e.version.id, e] as const))(
    '%s: the day before runs the previous version',
    (_id, { kind, version }) => {
      const before = addDays(version.validFrom, -1);
      const previous = rulebook.versionAt(kind, before)!;
      expect(previous.id).not.toBe(version.id);
      expect(previous.validTo).toBe(version.validFrom);
      const action = { kind, chamber: version.chambers[0]! };
      expect(evaluate({ date: version.validFrom, action }).rule).toBe(version.id);
      const prevAction = { kind, chamber: previous.chambers[0]! };
      expect(evaluate({ date: before, action: prevAction }).rule).toBe(previous.id);
    },
  );
});
