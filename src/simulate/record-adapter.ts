/**
 * What the simulator needs from the record (src/record): vote events with their tallies, per-group votes
 * and the state just before them; the seats of each group on a date; the state at the start of a day.
 */
import { actionOf } from '../engine/replay.js';
import type { IsoDate } from '../lib/dates.js';
import type { State } from '../law/state.js';
import type { Chamber } from '../law/types.js';
import { embeddedRecord } from '../record/default.js';
import { RecordIndex, StateWalker } from '../record/state.js';
import type { PeruRecord } from '../record/types.js';
import type { CompositionGroup, GroupVote, RecordedVote } from './record-model.js';
import type { VoteEvent } from './whatif.js';

export interface RecordData {
  record: PeruRecord;
  index: RecordIndex;
  events: VoteEvent[];
}

const cache = new WeakMap<PeruRecord, RecordData>();

/**
 * Per-group votes. A group whose for or against figure is unknown (null) is left out; an unknown
 * abstention count is taken as 0 (rates are then among the recorded votes), and both are said.
 */
function groupVotesOf(ev: PeruRecord['events'][number]): { votes: GroupVote[]; notes: string[] } {
  const votes: GroupVote[] = [];
  let partial = false;
  let abstainUnknown = false;
  for (const g of ev.group_votes ?? []) {
    if (g.for === null || g.against === null) {
      partial = true;
      continue;
    }
    if (g.abstain === null) abstainUnknown = true;
    votes.push({
      group: g.organization_id,
      for: g.for,
      against: g.against,
      abstain: g.abstain ?? 0,
      absent: g.absent ?? null,
    });
  }
  const notes: string[] = [];
  if (partial) notes.push(`${ev.id}: groups with unknown for/against figures (null) are left out`);
  if (abstainUnknown) notes.push(`${ev.id}: abstentions per group not recorded; taken as 0`);
  return { votes, notes };
}

export function loadRecordData(record: PeruRecord = embeddedRecord()): RecordData {
  const hit = cache.get(record);
  if (hit) return hit;
  const index = new RecordIndex(record);
  const events: VoteEvent[] = record.events.map((ev) => {
    const { action, unknownTally } = actionOf(ev);
    const { votes, notes } = groupVotesOf(ev);
    if (unknownTally) notes.push('the record has unknown figures in this tally (null); they are taken as 0');
    return {
      id: ev.id,
      date: ev.date,
      action,
      ...(votes.length ? { groupVotes: votes } : {}),
      outcome: ev.outcome,
      ...(notes.length ? { notes } : {}),
    };
  });
  const data = { record, index, events };
  cache.set(record, data);
  return data;
}

/** Seats of each group of a chamber on a date: the latest composition on or before it. */
export function compositionOn(data: RecordData, chamber: Chamber, date: IsoDate): CompositionGroup[] {
  const c = data.index.compositionOn(chamber, date);
  return (c?.groups ?? []).map((g) => ({
    group: g.organizationId,
    name: g.name ?? g.organizationId,
    seats: g.seats,
  }));
}

export function recordedVotes(data: RecordData): RecordedVote[] {
  return data.events
    .filter((e) => e.groupVotes?.length)
    .map((e) => ({
      eventId: e.id,
      date: e.date,
      kind: e.action.kind,
      chamber: e.action.chamber ?? (e.date >= '2026-07-28' ? 'deputies' : 'congress'),
      groupVotes: e.groupVotes!,
      notes: e.notes ?? [],
    }));
}

/** The event with its state just before it (as the record gives it). */
export function findEvent(data: RecordData, id: string): VoteEvent | undefined {
  const i = data.record.events.findIndex((e) => e.id === id);
  if (i < 0) return undefined;
  const state = new StateWalker(data.index).before(i);
  return { ...data.events[i]!, state };
}

/**
 * The state the record gives on `date`: at the end of that day, after its events (as `state --date`).
 * The start of a day can carry the previous term's facts on the first day of a new one.
 */
export function stateOn(data: RecordData, date: IsoDate): State {
  return new StateWalker(data.index).endOf(date);
}
