import { describe, expect, it } from 'vitest';
import { InputError } from '../lib/issues.js';
import { runCli } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import { passFixedPlain } from './exact.js';
import { parseModel } from './model.js';
import { modelFromVotes } from './record-model.js';
import { simulateRaw } from './simulate.js';

function fields(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => i.field ?? '');
    throw e;
  }
  return [];
}

describe('vote model validation', () => {
  it('fills the leftover into against', () => {
    const [g] = parseModel({ groups: [{ name: 'A', seats: 10, pFor: 0.5, pAbstain: 0.2 }] });
    expect(g).toMatchObject({ pFor: 0.5, pAbstain: 0.2, pAbsent: 0 });
    expect(g!.pAgainst).toBeCloseTo(0.3, 15);
  });
  it('members are blocs of one seat', () => {
    const gs = parseModel({
      members: [
        { name: 'x', pFor: 1 },
        { name: 'y', pFor: 0 },
      ],
    });
    expect(gs.map((g) => g.seats)).toEqual([1, 1]);
  });
  it('names the field of every bad value', () => {
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 10, pFor: 0.7, pAbsent: 0.5 }] }))).toEqual(
      ['model.groups.0'],
    );
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 10, pFor: -0.1 }] }))).toEqual([
      'model.groups.0.pFor',
    ]);
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 2.5, pFor: 0.1 }] }))).toEqual([
      'model.groups.0.seats',
    ]);
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 3, pFor: Number.NaN }] }))).toEqual([
      'model.groups.0.pFor',
    ]);
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 131, pFor: 0.5 }] }, 130))).toEqual([
      'model',
    ]);
    expect(fields(() => parseModel({ groups: [{ name: 'A', seats: 3 }] }))).toEqual(['model.groups.0.pFor']);
    expect(fields(() => parseModel({ groups: [], extra: 1 }))).toEqual(['model.extra']);
  });
});

describe('simulate', () => {
  const model = {
    groups: [
      { name: 'A', seats: 60, pFor: 0.9 },
      { name: 'B', seats: 70, pFor: 0.5, pAbsent: 0.1 },
    ],
  };
  it('takes the threshold from the rule in force and computes the exact probability', () => {
    const r = simulateRaw({ date: '2022-12-07', action: { kind: 'vacancy.vote' }, model });
    expect(r).toMatchObject({
      rule: 'vacancy.vote@2004-06-04',
      base: 'legal',
      required: 87,
      chamber: 'congress',
    });
    const groups = parseModel(model);
    expect(Math.abs(r.pPass - passFixedPlain(groups, 87))).toBeLessThan(1e-12);
    expect(r.expectedFor).toBeCloseTo(60 * 0.9 + 70 * 0.5, 12);
    expect(r.distribution).toHaveLength(131);
  });
  it('a base of those present makes the threshold depend on attendance', () => {
    const r = simulateRaw({
      date: '2000-11-21',
      action: { kind: 'vacancy.vote' },
      model: { groups: [{ name: 'A', seats: 100, pFor: 0.5, pAbstain: 0.1, pAbsent: 0.2 }] },
    });
    expect(r.base).toBe('present');
    expect(r.required).toBeNull();
    expect(r.requiredIfAllAttend).toBe(51);
    expect(r.model.unmodelled).toBe(20);
  });
  it('a threshold above a small model gives 0; a model larger than the chamber is an error', () => {
    const small = { groups: [{ name: 'A', seats: 80, pFor: 1 }] };
    expect(simulateRaw({ date: '2022-12-07', action: { kind: 'vacancy.vote' }, model: small }).pPass).toBe(0);
    expect(
      fields(() =>
        simulateRaw({
          date: '2022-12-07',
          action: { kind: 'vacancy.vote' },
          model: { groups: [{ name: 'A', seats: 140, pFor: 1 }] },
        }),
      ),
    ).toEqual(['model']);
  });
  it('an empty model never passes a vote that needs votes', () => {
    const r = simulateRaw({ date: '2022-12-07', action: { kind: 'vacancy.vote' }, model: { groups: [] } });
    expect(r.pPass).toBe(0);
    expect(r.model.unmodelled).toBe(130);
  });
  it('a step that is not a vote, or a missing model without a record, is a clear error', () => {
    expect(
      fields(() => simulateRaw({ date: '2022-12-07', action: { kind: 'vacancy.file' }, model })),
    ).toEqual(['action.kind']);
    expect(fields(() => simulateRaw({ date: '2022-12-07', action: { kind: 'vacancy.vote' } }))).toEqual([
      'model',
    ]);
  });
});

describe('model from recorded group votes', () => {
  it('pools each group’s votes and falls back to the chamber rate', () => {
    const m = modelFromVotes(
      '2023-01-01',
      'vacancy.vote',
      'congress',
      [
        { group: 'fp', seats: 24 },
        { group: 'pl', seats: 37 },
        { group: 'new', seats: 5 },
      ],
      [
        {
          eventId: 'e1',
          date: '2022-12-07',
          kind: 'vacancy.vote',
          chamber: 'congress',
          groupVotes: [
            { group: 'fp', for: 24, against: 0, abstain: 0 },
            { group: 'pl', for: 10, against: 6, abstain: 10, absent: 11 },
          ],
        },
        { eventId: 'later', date: '2023-02-01', kind: 'vacancy.vote', chamber: 'congress', groupVotes: [] },
      ],
    )!;
    expect(m.source.votesUsed?.map((v) => v.eventId)).toEqual(['e1']);
    expect(m.groups[0]!.pFor).toBe(1);
    expect(m.groups[1]!.pFor).toBeCloseTo(10 / 37, 15);
    expect(m.groups[2]!.pFor).toBeCloseTo(34 / 61, 15);
    expect(m.source.notes?.some((n) => n.startsWith('new:'))).toBe(true);
  });
});

describe('simulate CLI', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    const stdin = JSON.stringify({
      date: '2022-12-07',
      action: { kind: 'vacancy.vote' },
      model: { groups: [{ name: 'Bloc', seats: 130, pFor: 0.7 }] },
    });
    const i: Io = { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => stdin };
    return { i, out, err };
  };
  it('prints JSON and a table', async () => {
    const a = io();
    expect(await runCli(['simulate', '-', '--json'], a.i)).toBe(0);
    const json = JSON.parse(a.out.join(''));
    expect(json.required).toBe(87);
    expect(json.pPass).toBeGreaterThan(0);
    const b = io();
    expect(await runCli(['simulate', '-'], b.i)).toBe(0);
    expect(b.out.join('')).toMatch(/P\(pass\)/);
  });
});

describe('simulate from the record', () => {
  it('without a model, groups come from the composition and rates from recorded group votes (said which)', async () => {
    const { recordModelProvider } = await import('./record-model.js');
    const { loadRecordData, recordedVotes } = await import('./record-adapter.js');
    const votes = recordedVotes(loadRecordData());
    if (!votes.length) return; // the record has no per-group votes yet
    const v = votes[0]!;
    const r = simulateRaw(
      { date: v.date, action: { kind: v.kind, chamber: v.chamber } },
      { recordModel: recordModelProvider() },
    );
    expect(r.model.source.kind).toBe('record');
    expect(r.model.source.votesUsed?.map((u) => u.eventId)).toContain(v.eventId);
    expect(r.model.seats).toBeGreaterThan(0);
  });
});
