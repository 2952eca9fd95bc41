import { describe, expect, it } from 'vitest';
import { InputError } from '../lib/issues.js';
import { findPaths, nextLegislatureStart, type LegalPath } from './paths.js';
import { recordStateOn } from './record-state.js';

const kinds = (p: LegalPath) => p.steps.map((s) => `${s.kind}${s.chamber ? `/${s.chamber}` : ''}`);
/** Councils that fall along a path (censure passed, confidence or investiture refused). */
const falls = (p: LegalPath) =>
  p.steps.filter(
    (s) =>
      (s.kind === 'censure.vote' && s.outcome === 'passes') ||
      ((s.kind === 'confidence.vote' || s.kind === 'cabinet.investiture') && s.outcome !== 'passes'),
  ).length;

describe('paths', () => {
  it('from 2026-09-01 a vacancy needs a Deputies vote and then a Senate vote', () => {
    const r = findPaths('2026-09-01', 'president-removed', { depth: 6 });
    const vacancy = r.paths.find((p) => kinds(p).includes('vacancy.vote/senate'));
    expect(vacancy).toBeDefined();
    const ks = kinds(vacancy!);
    expect(ks.indexOf('vacancy.vote/deputies')).toBeGreaterThanOrEqual(0);
    expect(ks.indexOf('vacancy.vote/deputies')).toBeLessThan(ks.indexOf('vacancy.vote/senate'));
    const deputies = vacancy!.steps.find((s) => s.chamber === 'deputies' && s.kind === 'vacancy.vote')!;
    const admit = vacancy!.steps.find((s) => s.kind === 'vacancy.admit')!;
    // Reglamento: the vote falls from the 3rd day after admission.
    expect(Date.parse(deputies.earliestDate) - Date.parse(admit.earliestDate)).toBeGreaterThanOrEqual(
      3 * 86_400_000,
    );
    for (const s of vacancy!.steps) expect(s.citations.length).toBeGreaterThan(0);
  });

  it('to dissolve Congress in Castillo’s term, two whole Councils fall first (on dates across the term)', () => {
    for (const date of ['2021-07-28', '2022-03-15', '2022-12-07']) {
      const state = recordStateOn(date)?.state;
      const r = findPaths(date, 'congress-dissolved', { depth: 6, ...(state ? { state } : {}) });
      expect(r.paths.length).toBeGreaterThan(0);
      for (const p of r.paths) {
        expect(p.steps.at(-1)!.kind).toBe('congress.dissolve');
        if (!p.contested) expect(falls(p)).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('with one Council already fallen (2019), one more suffices; a factual denial is a contested route', () => {
    const state = recordStateOn('2019-09-01')?.state;
    const r = findPaths('2019-09-01', 'congress-dissolved', { depth: 4, ...(state ? { state } : {}) });
    const open = r.paths.filter((p) => !p.contested);
    expect(open.some((p) => falls(p) === 1)).toBe(true);
    const contested = r.paths.filter((p) => p.contested);
    expect(contested.some((p) => p.steps.some((s) => s.outcome === 'factual-denial'))).toBe(true);
    for (const p of contested) expect(p.dependsOn.length).toBeGreaterThan(0);
  });

  it('an acting President who holds office as President of Congress can fall with a censure of the Mesa, a contested route (Jerí, 2026)', () => {
    const state = recordStateOn('2026-01-20')?.state;
    expect(state?.presidentIsPresidentOfCongress).toBe(true);
    const r = findPaths('2026-01-20', 'president-removed', { depth: 3, ...(state ? { state } : {}) });
    const mesa = r.paths.filter((p) => p.steps.some((s) => s.kind === 'mesa.censure'));
    expect(mesa.length).toBeGreaterThan(0);
    for (const p of mesa) {
      expect(p.contested).toBe(true);
      expect(p.dependsOn).toContainEqual({
        key: 'succession.acting-president-falls-with-mesa',
        option: 'yes',
      });
    }
    // Not open to an elected President (2021): the censure would not touch the presidency.
    const castillo = recordStateOn('2022-06-01')?.state;
    const r2 = findPaths('2022-06-01', 'president-removed', {
      depth: 3,
      ...(castillo ? { state: castillo } : {}),
    });
    expect(r2.paths.some((p) => p.steps.some((s) => s.kind === 'mesa.censure'))).toBe(false);
  });

  it('the second approval of an art. 206 reform waits for the next ordinary legislature', () => {
    const r = findPaths('2022-01-10', 'constitution-amended', { depth: 3 });
    const two = r.paths.find((p) => p.steps.length === 2 && p.steps.every((s) => s.kind === 'reform.vote'));
    expect(two?.steps[1]!.earliestDate).toBe('2022-07-27');
    expect(nextLegislatureStart('2022-09-01')).toBe('2023-03-01');
    expect(nextLegislatureStart('2023-04-01')).toBe('2023-07-27');
  });

  it('no path exceeds the depth, and a bad goal or depth is a clear error', () => {
    const r = findPaths('2022-06-01', 'early-elections', { depth: 3 });
    for (const p of r.paths) expect(p.steps.length).toBeLessThanOrEqual(3);
    expect(() => findPaths('2022-06-01', 'coup' as never)).toThrow(InputError);
    expect(() => findPaths('2022-06-01', 'cabinet-fallen', { depth: 0 })).toThrow(InputError);
  });
});

describe('paths CLI', () => {
  it('prints a table and JSON with steps, thresholds and citations', async () => {
    const { runCli } = await import('../cli/main.js');
    const out: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => out.push(t),
      readStdin: async () => '',
    };
    expect(await runCli(['paths', '--from', '2026-09-01', '--goal', 'president-removed', '--json'], io)).toBe(
      0,
    );
    const r = JSON.parse(out.join(''));
    expect(r.paths.length).toBeGreaterThan(0);
    for (const s of r.paths[0].steps) expect(s).toHaveProperty('earliestDate');
    out.length = 0;
    expect(await runCli(['paths', '--from', '2026-09-01', '--goal', 'president-removed'], io)).toBe(0);
    expect(out.join('')).toMatch(/vacancy\.vote/);
    expect(await runCli(['paths', '--from', '2026-13-01', '--goal', 'president-removed'], io)).toBe(2);
  });
});

describe('paths: more routes and probabilities', () => {
  it('finds the accusation route (art. 117 charge, then removal) besides vacancy and resignation', () => {
    const r = findPaths('2026-09-01', 'president-removed', { depth: 6 });
    const acc = r.paths.find((p) => p.steps.every((s) => s.kind === 'accusation.vote'));
    expect(acc?.steps.map((s) => s.chamber)).toEqual(['deputies', 'senate']);
    expect(acc?.steps[0]!.note).toMatch(/117/);
  });

  it('with a vote model, each vote step and the path carry exact probabilities', () => {
    const bloc = (name: string, seats: number, pFor: number) => ({
      name,
      seats,
      pFor,
      pAgainst: 1 - pFor,
      pAbstain: 0,
      pAbsent: 0,
    });
    const model = [bloc('a', 70, 0.9), bloc('b', 60, 0.2)];
    const r = findPaths('2022-06-01', 'cabinet-fallen', { depth: 2, model: { congress: model } });
    const censure = r.paths.find((p) => p.steps.some((s) => s.kind === 'censure.vote'))!;
    const vote = censure.steps.find((s) => s.kind === 'censure.vote')!;
    expect(vote.probability).toBeGreaterThan(0);
    expect(vote.probability).toBeLessThan(1);
    expect(censure.probability).toBeCloseTo(vote.probability!, 15);
  });
});

describe('paths: early elections', () => {
  it('with no Vice President left, removing the President leads to early elections (Const. art. 115)', () => {
    const state = {
      offices: {
        president: 'p',
        firstVicePresident: null,
        secondVicePresident: null,
        presidentOfCongress: 'c',
      },
    };
    const r = findPaths('2023-01-15', 'early-elections', { depth: 4, state });
    expect(r.paths.some((p) => p.steps.at(-1)!.kind === 'vacancy.vote')).toBe(true);
    // With a Vice President in office, a vacancy alone does not.
    const withVp = findPaths('2023-01-15', 'early-elections', {
      depth: 4,
      state: { offices: { ...state.offices, firstVicePresident: 'v' } },
    });
    expect(withVp.paths.some((p) => p.steps.at(-1)!.kind === 'vacancy.vote')).toBe(false);
  });
});
