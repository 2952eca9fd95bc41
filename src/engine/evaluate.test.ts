import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateRaw } from './evaluate.js';
import { InputError } from '../lib/issues.js';

function issuesOf(raw: unknown) {
  try {
    evaluateRaw(raw);
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  return [];
}

const good = {
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
};

describe('evaluate: bad input is refused clearly', () => {
  it('an unknown kind lists the known kinds', () => {
    const [i] = issuesOf({ ...good, action: { ...good.action, kind: 'vacancy.vot' } });
    expect(i).toMatchObject({ code: 'unknown_kind', field: 'action.kind' });
    expect(i!.message.en).toMatch(/known kinds: vacancy\.file, vacancy\.admit, vacancy\.vote/);
    expect(i!.message.es).toMatch(/tipos conocidos/);
  });
  it('a tally larger than the chamber', () => {
    const [i] = issuesOf({
      ...good,
      action: { ...good.action, tally: { for: 101, against: 20, abstain: 10 } },
    });
    expect(i).toMatchObject({ code: 'tally_exceeds_chamber', field: 'action.tally' });
    expect(i!.message.en).toMatch(/131 members, more than the 130/);
    // 120 seats in 2005: 121 is too many there though not in 2012
    expect(
      issuesOf({
        date: '2005-01-01',
        action: { kind: 'vacancy.vote', tally: { for: 121, against: 0, abstain: 0 } },
      })[0]?.code,
    ).toBe('tally_exceeds_chamber');
    expect(
      issuesOf({
        date: '2012-01-01',
        action: { kind: 'vacancy.vote', tally: { for: 121, against: 0, abstain: 0 } },
      }),
    ).toEqual([]);
    // absentees count toward the chamber too
    expect(
      issuesOf({
        ...good,
        action: { ...good.action, tally: { for: 101, against: 6, abstain: 10, absent: 14 } },
      })[0]?.code,
    ).toBe('tally_exceeds_chamber');
  });
  it('negative counts, fractions and missing tally fields', () => {
    expect(
      issuesOf({ ...good, action: { ...good.action, tally: { for: -1, against: 6, abstain: 10 } } })[0],
    ).toMatchObject({ code: 'negative_count', field: 'action.tally.for' });
    expect(
      issuesOf({ ...good, action: { ...good.action, tally: { for: 1.5, against: 6, abstain: 10 } } })[0]
        ?.field,
    ).toBe('action.tally.for');
    expect(issuesOf({ ...good, action: { ...good.action, tally: { for: 1, against: 6 } } })[0]).toMatchObject(
      { code: 'missing_field', field: 'action.tally.abstain' },
    );
  });
  it('malformed and impossible dates, and dates before the 1993 Constitution', () => {
    expect(issuesOf({ ...good, date: '2022-02-30' })[0]).toMatchObject({
      code: 'invalid_date',
      field: 'date',
    });
    expect(issuesOf({ ...good, date: '7 Dec 2022' })[0]?.code).toBe('invalid_date');
    expect(issuesOf({ ...good, date: '1993-12-30' })[0]).toMatchObject({
      code: 'date_out_of_range',
      field: 'date',
    });
    expect(issuesOf({ ...good, date: '1992-04-05' })[0]!.message.en).toMatch(/1993 Constitution/);
  });
  it('unknown fields are named', () => {
    expect(issuesOf({ ...good, action: { ...good.action, votes: 3 } })[0]).toMatchObject({
      code: 'unknown_field',
    });
  });
  it('never throws anything but InputError on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        try {
          evaluateRaw(raw);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('never throws anything but InputError on near-valid actions (property)', () => {
    const kinds = fc.constantFrom(
      'vacancy.file',
      'vacancy.admit',
      'vacancy.vote',
      'succession',
      'president.resign',
      'mesa.censure',
      'mesa.elect',
    );
    const count = fc.integer({ min: -2, max: 200 });
    fc.assert(
      fc.property(
        kinds,
        fc.date({ min: new Date('1990-01-01'), max: new Date('2032-01-01'), noInvalidDate: true }),
        count,
        count,
        count,
        fc.constantFrom('congress', 'senate', 'deputies'),
        (kind, d, f, a, ab, chamber) => {
          try {
            const v = evaluateRaw({
              date: d.toISOString().slice(0, 10),
              action: { kind, chamber, tally: { for: f, against: a, abstain: ab }, signatures: f },
            });
            expect(v.citations.length).toBeGreaterThan(0);
            expect(typeof v.explanation.text).toBe('string');
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('evaluate: the verdict', () => {
  it('is deterministic and renders the same tree in both languages', () => {
    const en = evaluateRaw(good, { lang: 'en' });
    const es = evaluateRaw(good, { lang: 'es' });
    expect(evaluateRaw(good, { lang: 'en' })).toEqual(en);
    const shape = (n: typeof en.explanation): unknown => ({
      code: n.code,
      ok: n.ok,
      children: (n.children ?? []).map(shape),
    });
    expect(shape(es.explanation)).toEqual(shape(en.explanation));
    expect(es.explanation.text).toMatch(/procede, y la votación se aprobó/);
    expect(en.explanation.text).toMatch(/permitted, and the vote passed/);
  });
  it('gives the DESIGN §4 fields', () => {
    const v = evaluateRaw(good);
    for (const k of [
      'kind',
      'date',
      'permitted',
      'passed',
      'required',
      'base',
      'baseCount',
      'margin',
      'citations',
      'explanation',
      'effects',
      'interpretations',
    ]) {
      expect(v).toHaveProperty(k);
    }
  });
  it('states what is required when no tally is given', () => {
    const v = evaluateRaw({ date: '2022-12-07', action: { kind: 'vacancy.vote' } });
    expect(v).toMatchObject({ permitted: true, passed: null, required: 87, margin: null });
  });
});
