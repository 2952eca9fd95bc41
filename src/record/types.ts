/** The record as loaded: Popolo-shaped people, organizations, memberships, plus compositions and events. */
import type { IsoDate } from '../lib/dates.js';
import type {
  CompositionRecord,
  EventRecord,
  MembershipRecord,
  OrganizationRecord,
  PersonRecord,
} from './schema.js';

export type { CompositionRecord, EventRecord, MembershipRecord, OrganizationRecord, PersonRecord };

/** How far the record reaches: its first and latest sourced events. */
export interface Coverage {
  events: number;
  firstEvent: IsoDate | null;
  /** The date of the latest sourced event (every event carries sources). */
  latestEvent: IsoDate | null;
}

/** An item of a user's folder (`--data DIR`) that replaced an embedded one with the same id. */
export interface Override {
  collection: 'persons' | 'organizations' | 'memberships' | 'compositions' | 'events';
  id: string;
  file: string;
  line?: number;
}

export interface PeruRecord {
  persons: PersonRecord[];
  organizations: OrganizationRecord[];
  memberships: MembershipRecord[];
  compositions: CompositionRecord[];
  /** Every event in real order: by date, then `seq`/`time`, then file order. */
  events: EventRecord[];
  coverage: Coverage;
  overrides: Override[];
}
