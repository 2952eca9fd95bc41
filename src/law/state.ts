/**
 * The constitutional situation on a date (DESIGN §2 `State`). The record derives it from events
 * (src/record); a user may override any part of it in `evaluate`. Every field is optional: a rule that
 * needs a fact the state does not give says so in its findings instead of guessing.
 */
import type { IsoDate } from '../lib/dates.js';
import type { Chamber } from './types.js';

/** Person ids from the record; `null` means the office is vacant, absent means unknown. */
export interface Offices {
  president?: string | null;
  firstVicePresident?: string | null;
  secondVicePresident?: string | null;
  presidentOfCongress?: string | null;
  presidentOfSenate?: string | null;
  presidentOfDeputies?: string | null;
  primeMinister?: string | null;
}

/** A Council of Ministers that fell by censure or refusal of confidence (counts toward Const. art. 134). */
export interface FallenCouncil {
  date: IsoDate;
  how: 'censure' | 'confidence-denied' | 'investiture-denied' | 'factual-denial';
  primeMinister?: string;
  /** The President of the Republic at the time. */
  president?: string;
  /** The constitutional term (e.g. `2016-2021`) and the Congress (e.g. `2016-2019`) in which it fell. */
  term?: string;
  congress?: string;
  eventId?: string;
}

export interface PendingMotion {
  id?: string;
  kind: 'vacancy' | 'censure' | 'interpellation' | 'mesa-censure' | 'accusation';
  target?: string;
  chamber?: Chamber;
  filedOn?: IsoDate;
  admittedOn?: IsoDate;
  /** Bicameral vacancy: the day the Chamber of Deputies approved it (the Senate must still vote). */
  approvedByDeputiesOn?: IsoDate;
  eventId?: string;
}

export interface StateOfException {
  kind: 'emergency' | 'siege';
  from: IsoDate;
  to: IsoDate;
  territory?: string;
  eventId?: string;
}

/** Seats per parliamentary group in a chamber, from the latest sourced composition (data/peru/compositions.yaml). */
export interface ChamberComposition {
  /** The composition record's id. */
  id?: string;
  date: IsoDate;
  total: number;
  groups: { organizationId: string; name?: string; seats: number }[];
}

/** A constitutional reform approved at one stage and awaiting the next (Const. art. 206). */
export interface ReformUnderWay {
  eventId: string;
  date: IsoDate;
  route: 'referendum' | 'two-legislatures';
  /** What it still needs: a ratifying vote in the next ordinary legislature, or a referendum. */
  awaiting: 'second-vote' | 'referendum';
  description?: string;
}

export interface State {
  offices?: Offices;
  /** Reforms approved at a first stage and not yet ratified, reconsidered or lapsed with the Congress. */
  reformsUnderWay?: ReformUnderWay[];
  /** Groups and seats of each chamber sitting on the date. */
  composition?: Partial<Record<Chamber, ChamberComposition>>;
  /** Whether the date falls in the last year of Congress's term (no dissolution then: Const. art. 134). */
  congressInLastYear?: boolean;
  /** Whether the President of the Republic holds the office as President of Congress (Const. art. 115, third in line). */
  presidentIsPresidentOfCongress?: boolean;
  /** Members hábiles per chamber, where fewer than the legal number (Reglamento art. 52 b). */
  habiles?: Partial<Record<Chamber, number>>;
  /** Members of the Permanent Commission, excluded from the base of accusation votes (Reglamento art. 89). */
  permanentCommissionMembers?: number;
  fallenCouncils?: FallenCouncil[];
  /** The day the current Council of Ministers took office, and whether it has obtained investiture. */
  councilAppointedOn?: IsoDate;
  councilHasConfidence?: boolean;
  pendingMotions?: PendingMotion[];
  statesOfException?: StateOfException[];
  /** Congress (or the Chamber of Deputies) dissolved and not yet replaced. */
  congressDissolved?: boolean;
  /** Start and end of the current Congress's term (e.g. 2016-07-27 → 2021-07-26). */
  congressTerm?: { from: IsoDate; to: IsoDate; id?: string };
  /** Start and end of the current presidential term. */
  presidentialTerm?: { from: IsoDate; to: IsoDate; id?: string };
  /** Event ids that each part of this state rests on, by field name. */
  basis?: Record<string, string[]>;
}
