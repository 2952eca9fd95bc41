/**
 * evaluate on the record (DESIGN §4): the state comes from the record for the action's date, and the
 * user's `state` overrides it field by field (`offices` office by office). Which moment of the day: just
 * before the first recorded event of the same kind that day (so the 2019-09-30 dissolution sees that
 * morning's refusal of confidence, and the 2022-12-07 vacancy vote sees Castillo still in office), else
 * the end of the day.
 */
import type { IsoDate } from '../lib/dates.js';
import type { State } from '../law/state.js';
import { embeddedRecord } from '../record/default.js';
import { RecordIndex, stateBeforeEvent, stateOn } from '../record/state.js';
import type { PeruRecord } from '../record/types.js';
import type { ActionKind } from '../law/kinds.js';
import { evaluate, type EvaluateOptions } from './evaluate.js';
import { parseEvaluateInput, type EvaluateInput } from './input.js';
import type { Verdict } from './verdict.js';

const indexes = new WeakMap<PeruRecord, RecordIndex>();

function indexOf(record: PeruRecord): RecordIndex {
  let ix = indexes.get(record);
  if (!ix) indexes.set(record, (ix = new RecordIndex(record)));
  return ix;
}

/** The record's state for evaluating an action of `kind` on `date`. */
export function recordStateFor(record: PeruRecord, date: IsoDate, kind: ActionKind): State {
  const ix = indexOf(record);
  const same = record.events.find((e) => e.date === date && e.kind === kind);
  return (same && stateBeforeEvent(record, same.id, ix)) || stateOn(record, date, ix);
}

/** The record's state with the user's overrides on top. */
export function mergeState(base: State, override: State | undefined): State {
  if (!override) return base;
  const merged: State = { ...base, ...override };
  if (base.offices || override.offices) merged.offices = { ...base.offices, ...override.offices };
  return merged;
}

export interface RecordOptions extends EvaluateOptions {
  record?: PeruRecord;
}

export function evaluateOnRecord(input: EvaluateInput, opts: RecordOptions = {}): Verdict {
  const record = opts.record ?? embeddedRecord();
  const state = mergeState(recordStateFor(record, input.date, input.action.kind), input.state);
  return evaluate({ ...input, state }, opts);
}

/** Validates raw input and evaluates it on the record's state. */
export function evaluateRawOnRecord(raw: unknown, opts: RecordOptions = {}): Verdict {
  return evaluateOnRecord(parseEvaluateInput(raw), opts);
}
