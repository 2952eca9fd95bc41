/**
 * `contrapeso rules`: the versions in force on a date with their sources, and what changed between two
 * dates (validity edges of the confidence rules, Ley 31988's bicameral day), in-process through runCli.
 */
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../capture.js';
import { today } from '../../lib/dates.js';
import { peruRulebook } from '../../law/peru/index.js';
import type { RulesDiff, RulesOnDate } from '../rules-listing.js';
import { formatValue } from '../rules-listing.js';
import { parseThresholdSpec } from '../../law/parameters/threshold-spec.js';

const cli = (argv: string[]) => runCliCaptured(argv);

const onDate = async (date: string, ...extra: string[]) => {
  const r = await cli(['rules', '--date', date, '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as RulesOnDate;
};
const diff = async (a: string, b: string, ...extra: string[]) => {
  const r = await cli(['rules', '--diff', a, b, '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as RulesDiff;
};
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

describe('contrapeso rules --date', () => {
  it('lists one version for every kind with rules, each with citations and validity', async () => {
    const data = await onDate('2019-09-30');
    const kinds = data.rules.flatMap((r) => r.kinds);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual([...peruRulebook().kinds()].sort());
    for (const r of data.rules) {
      expect(r.cites.length).toBeGreaterThan(0);
      expect(r.validFrom <= '2019-09-30').toBe(true);
      if (r.validTo) expect(r.validTo > '2019-09-30').toBe(true);
    }
  });
  it('on 2019-06-01 censure needs more than half of the legal number, citing art. 132', async () => {
    const data = await onDate('2019-06-01', '--kind', 'censure.vote');
    expect(ids(data.rules)).toEqual(['censure.vote@1993-12-31']);
    expect(data.rules[0]!.cites.map((c) => c.cite).join(' ')).toMatch(/Const\. art\. 132/);
    const p = data.parameters.find((x) => x.key === 'censure.vote.threshold')!;
    expect(p.value).toBe('> 1/2 of legal');
    expect(data.parameters.find((x) => x.key === 'chamber.congress.seats')!.value).toBe('130');
  });
  it('the confidence rules of 2018: RL 007-2017-2018-CR in force the day before TC 0006-2018 took effect, not that day', async () => {
    const before = await onDate('2018-11-19', '--kind', 'confidence.raise');
    const after = await onDate('2018-11-20', '--kind', 'confidence.raise');
    expect(ids(before.rules)).toEqual(['confidence.raise@2018-03-10']);
    expect(ids(after.rules)).toEqual(['confidence.raise@2018-11-20']);
    expect(before.rules[0]!.cites.map((c) => c.cite).join(' ')).toMatch(/RL 007-2017-2018-CR/);
  });
  it('states notes and confidence where sources are thin, and the default readings', async () => {
    const data = await onDate('2026-09-01', '--kind', 'accusation.vote');
    expect(data.rules[0]).toMatchObject({ id: 'accusation.vote@2026-07-28', confidence: 'low' });
    expect(data.rules[0]!.notes).toBeTruthy();
    const fd = data.interpretations.find((i) => i.key === 'confidence.factual-denial')!;
    expect(fd).toMatchObject({ option: 'rejected', options: ['accepted', 'rejected'] });
  });
  it('defaults to today', async () => {
    const r = await cli(['rules', '--json', '--kind', 'tc.elect']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as RulesOnDate).date).toBe(today());
  });
  it('reads as a table in English and Spanish', async () => {
    const en = await cli(['rules', '--date', '2022-05-10', '--kind', 'tc.elect']);
    expect(en.out).toMatch(/Rules in force on 2022-05-10/);
    expect(en.out).toMatch(/tc\.elect@1993-12-31/);
    expect(en.out).toMatch(/Const\. art\. 201/);
    const es = await cli(['rules', '--date', '2022-05-10', '--lang', 'es']);
    expect(es.out).toMatch(/Reglas vigentes el 2022-05-10/);
    expect(es.out).toMatch(/Lecturas por defecto/);
  });
});

describe('contrapeso rules --diff', () => {
  it('Ley 31355 (2021-10-22): the confidence versions change and the factual-denial default flips', async () => {
    const d = await diff('2021-10-21', '2021-10-22');
    expect(ids(d.added)).toEqual(
      expect.arrayContaining(['confidence.raise@2021-10-22', 'confidence.vote@2021-10-22']),
    );
    expect(ids(d.removed)).toEqual(
      expect.arrayContaining(['confidence.raise@2018-11-20', 'confidence.vote@2018-11-20']),
    );
    expect(d.added.every((r) => r.validFrom === '2021-10-22')).toBe(true);
    expect(d.interpretations).toEqual([
      expect.objectContaining({
        key: 'confidence.factual-denial',
        before: expect.objectContaining({ option: 'accepted' }),
        after: expect.objectContaining({ option: 'rejected' }),
      }),
    ]);
  });
  it('the same date gives no change at all', async () => {
    const d = await diff('2015-03-01', '2015-03-01');
    expect(d).toMatchObject({ added: [], removed: [], parameters: [], interpretations: [] });
  });
  it('the bicameral day (2026-07-28): every unicameral version ends, the chambers get their seats', async () => {
    const d = await diff('2026-07-27', '2026-07-28');
    expect(ids(d.added)).toEqual(
      expect.arrayContaining(['congress.dissolve@2026-07-28', 'tc.elect@2026-07-28']),
    );
    expect(ids(d.removed)).toEqual(expect.arrayContaining(['congress.dissolve@1993-12-31']));
    const seats = Object.fromEntries(d.parameters.map((p) => [p.key, [p.before?.value, p.after?.value]]));
    expect(seats['chamber.senate.seats']).toEqual(['null', '60']);
    expect(seats['chamber.deputies.seats']).toEqual(['null', '130']);
    expect(seats['chamber.congress.seats']).toEqual(['130', '190']);
    // A value re-cited under Ley 31988 but unchanged (censure: more than half of the legal number) is no change.
    expect(d.parameters.map((p) => p.key)).not.toContain('censure.vote.threshold');
  });
  it('the 2011 enlargement (120 → 130) and art. 89-A (2004) show as parameter changes', async () => {
    const d = await diff('2004-06-03', '2011-07-27');
    const keys = d.parameters.map((p) => p.key);
    expect(keys).toEqual(expect.arrayContaining(['chamber.congress.seats', 'vacancy.vote.threshold']));
    expect(ids(d.added)).toEqual(expect.arrayContaining(['vacancy.vote@2004-06-04']));
  });
  it('reads as a table, with the changed defaults', async () => {
    const r = await cli(['rules', '--diff', '2019-09-29', '2019-09-30']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/What changed between 2019-09-29 and 2019-09-30/);
    expect(r.out).toMatch(/confidence\.factual-denial: rejected → accepted/);
  });
});

describe('contrapeso rules: bad input is a clear error, exit 2', () => {
  it.each([
    [['rules', '--date', '2019-02-30'], /invalid_date/],
    [['rules', '--date', '1990-01-01'], /date_out_of_range/],
    [['rules', '--diff', '2019-01-01'], /exactly two dates/],
    [['rules', '--diff', '2019-01-01', '2020-01-01', '2021-01-01'], /exactly two dates/],
    [['rules', '--date', '2019-01-01', '--diff', '2019-01-01', '2020-01-01'], /exactly two dates/],
    [['rules', '--kind', 'censure.vot'], /unknown_kind.*censure\.vote/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });
  it('with --json the error is JSON', async () => {
    const r = await cli(['rules', '--date', 'yesterday', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.err).error.issues[0]).toMatchObject({ code: 'invalid_date', field: 'date' });
  });
});

describe('formatValue writes parameters as the YAML files do', () => {
  it.each(['>= 2/3 of legal', '> 1/2 of present', '>= 40% of habiles', '>= 39 of legal'])('%s', (s) => {
    expect(formatValue(parseThresholdSpec(s))).toBe(s);
  });
  it('numbers, booleans and null', () => {
    expect([formatValue(60), formatValue(true), formatValue(null)]).toEqual(['60', 'true', 'null']);
  });
});
