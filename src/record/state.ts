/**
 * The constitutional state on a date, derived from the record alone (a pure function of it).
 * Office holders come from memberships (who held the post at the end of a day); within a day, the
 * day's events change them in their real order, so the state just before an event (what the replay
 * evaluates against) includes the same day's earlier events: on 2022-12-07 Castillo is still President
 * when he announces the dissolution. Everything else (fallen Councils, motions under way, states of
 * exception, dissolution) is folded from events. An act recorded as a contested act (`disagreement.kind:
 * contested-act`) had no legal effect and changes nothing. `basis` names the events (and memberships,
 * compositions) each answer rests on.
 */
import { addDays, daysBetween, type IsoDate } from '../lib/dates.js';
import type { Chamber } from '../law/types.js';
import type {
  ChamberComposition,
  FallenCouncil,
  Offices,
  PendingMotion,
  ReformUnderWay,
  State,
  StateOfException,
} from '../law/state.js';
import type { EventRecord, MembershipRecord, Role } from './schema.js';
import type { PeruRecord } from './types.js';
import { congressTermOn, lastYearStarts, presidentialTermOn } from './terms.js';
import { BICAMERAL_FROM } from './chamber.js';

/** The offices of the bicameral Congress exist before the 1992 self-coup and from 2026-07-28 only. */
function officeExists(key: keyof Offices, date: IsoDate): boolean {
  if (key !== 'presidentOfSenate' && key !== 'presidentOfDeputies') return true;
  return date < '1992-04-05' || date >= BICAMERAL_FROM;
}

const OFFICE_ROLES: [keyof Offices, Role][] = [
  ['president', 'president'],
  ['firstVicePresident', 'first-vice-president'],
  ['secondVicePresident', 'second-vice-president'],
  ['presidentOfCongress', 'president-of-congress'],
  ['presidentOfSenate', 'president-of-senate'],
  ['presidentOfDeputies', 'president-of-deputies'],
  ['primeMinister', 'prime-minister'],
];

const INSTALLING_KINDS: Record<keyof Offices, readonly string[]> = {
  president: ['succession'],
  firstVicePresident: [],
  secondVicePresident: [],
  presidentOfCongress: ['mesa.elect'],
  presidentOfSenate: ['mesa.elect'],
  presidentOfDeputies: ['mesa.elect'],
  primeMinister: ['cabinet.appoint'],
};

/** A membership's reference in `basis` (memberships have no event id). */
export function membershipRef(m: MembershipRecord): string {
  return `membership:${m.person_id}/${m.role}@${m.start_date}`;
}

/** Precomputed lookups over a record, shared by every state derived from it. */
export class RecordIndex {
  readonly record: PeruRecord;
  private readonly byRole = new Map<Role, MembershipRecord[]>();
  private readonly firstStart = new Map<Role, IsoDate>();
  readonly orgNames = new Map<string, string>();
  readonly personNames = new Map<string, string>();
  /** Events that put a person in an office (succession, Mesa election, appointment), by `office|person`, in order. */
  private readonly installing = new Map<string, { date: IsoDate; id: string }[]>();

  constructor(record: PeruRecord) {
    this.record = record;
    for (const m of record.memberships) {
      const list = this.byRole.get(m.role) ?? [];
      list.push(m);
      this.byRole.set(m.role, list);
      const f = this.firstStart.get(m.role);
      if (!f || m.start_date < f) this.firstStart.set(m.role, m.start_date);
    }
    for (const l of this.byRole.values()) l.sort((a, b) => a.start_date.localeCompare(b.start_date));
    for (const e of record.events) {
      if (typeof e.target !== 'string' || e.outcome === 'failed' || e.outcome === 'not-done') continue;
      for (const [office, kinds] of Object.entries(INSTALLING_KINDS)) {
        if (!kinds.includes(e.kind)) continue;
        const key = `${office}|${e.target}`;
        const list = this.installing.get(key) ?? [];
        list.push({ date: e.date, id: e.id });
        this.installing.set(key, list);
      }
    }
    for (const o of record.organizations) this.orgNames.set(o.id, o.name);
    for (const p of record.persons) this.personNames.set(p.id, p.name);
  }

  /**
   * Who held `role` at the end of `date`: a membership that started on or before it and had not ended
   * (the end date is the day the office ended). The latest start wins. `null`: vacant; `undefined`: the
   * record does not reach that far back for this office.
   */
  holderAtEndOf(role: Role, date: IsoDate): MembershipRecord | null | undefined {
    const first = this.firstStart.get(role);
    if (!first || date < first) return undefined;
    let found: MembershipRecord | null = null;
    for (const m of this.byRole.get(role) ?? []) {
      if (m.start_date > date) break;
      if (!m.end_date || m.end_date > date) found = m;
    }
    return found;
  }

  /** The latest membership of a person in a role started on or before `date`. */
  latestMembership(person: string, role: Role, date: IsoDate): MembershipRecord | undefined {
    let found: MembershipRecord | undefined;
    for (const m of this.byRole.get(role) ?? [])
      if (m.person_id === person && m.start_date <= date) found = m;
    return found;
  }

  /** The latest event on or before `date` that put `person` in `office`, by the kinds that do so. */
  latestInstallingEvent(person: string, office: keyof Offices, date: IsoDate): string | undefined {
    let found: string | undefined;
    for (const e of this.installing.get(`${office}|${person}`) ?? []) {
      if (e.date > date) break;
      found = e.id;
    }
    return found;
  }

  compositionOn(chamber: Chamber, date: IsoDate): ChamberComposition | undefined {
    let best: PeruRecord['compositions'][number] | undefined;
    for (const c of this.record.compositions)
      if (c.chamber === chamber && c.date <= date && (!best || c.date >= best.date)) best = c;
    if (!best) return undefined;
    return {
      id: best.id,
      date: best.date,
      total: best.total,
      groups: best.groups.map((g) => ({
        organizationId: g.organization_id,
        name: this.orgNames.get(g.organization_id),
        seats: g.seats,
      })),
    };
  }
}

interface Investiture {
  date: IsoDate;
  target?: string;
  passed: boolean;
  id: string;
}

/**
 * Walks the record's events in order, keeping what events establish. `before(i)` gives the state just
 * before event i; `endOf(date)` the state at the end of a day. Walk forward only (replay does).
 */
export class StateWalker {
  private readonly ix: RecordIndex;
  private readonly events: readonly EventRecord[];
  private next = 0;
  private day: IsoDate | null = null;
  private offices: Offices = {};
  private readonly officeBasis = new Map<keyof Offices, string[]>();
  private readonly fallen: FallenCouncil[] = [];
  private readonly motions: (PendingMotion & { key: string; steps: string[] })[] = [];
  private readonly exceptions: StateOfException[] = [];
  private readonly investitures: Investiture[] = [];
  private readonly appointments: { date: IsoDate; target?: string; id: string }[] = [];
  private readonly viaCongress = new Map<string, string>();
  private readonly reforms: ReformUnderWay[] = [];
  private dissolved: { value: boolean; id?: string } = { value: false };
  private readonly installs: { date: IsoDate; id: string }[] = [];

  constructor(ix: RecordIndex) {
    this.ix = ix;
    this.events = ix.record.events;
  }

  /** The state just before event `i` (after every earlier event, including the same day's). */
  before(i: number): State {
    const ev = this.events[i];
    if (!ev) throw new RangeError(`no event ${i}`);
    if (i < this.next) throw new RangeError('StateWalker walks forward only');
    this.advanceTo(i, ev.date);
    return this.snapshot(ev.date, false);
  }

  /** The state at the end of `date` (after all its events). */
  endOf(date: IsoDate): State {
    let i = this.next;
    while (i < this.events.length && this.events[i]!.date <= date) i++;
    if (this.day !== null && date < this.day) throw new RangeError('StateWalker walks forward only');
    this.advanceTo(i, date);
    return this.snapshot(date, true);
  }

  /** Apply events up to (excluding) `i`, resetting the offices at each new day from the memberships. */
  private advanceTo(i: number, date: IsoDate): void {
    while (this.next < i) {
      const ev = this.events[this.next]!;
      this.startDay(ev.date);
      this.apply(ev);
      this.next++;
    }
    this.startDay(date);
  }

  private startDay(date: IsoDate): void {
    if (this.day === date) return;
    this.day = date;
    const prev = addDays(date, -1);
    this.offices = {};
    this.officeBasis.clear();
    for (const [key, role] of OFFICE_ROLES) {
      if (!officeExists(key, date)) continue;
      const m = this.ix.holderAtEndOf(role, prev);
      if (m === undefined) continue;
      this.offices[key] = m ? m.person_id : null;
      if (m) this.officeBasis.set(key, [membershipRef(m)]);
    }
  }

  private setOffice(key: keyof Offices, value: string | null, ev: EventRecord): void {
    this.offices[key] = value;
    this.officeBasis.set(key, [...(this.officeBasis.get(key) ?? []), ev.id]);
  }

  private apply(ev: EventRecord): void {
    if (ev.disagreement?.kind === 'contested-act') return; // no legal effect
    // A later step on an earlier reform (a reconsideration, the ratifying vote, the referendum) settles it.
    if (ev.concerns) {
      const k = this.reforms.findIndex((r) => r.eventId === ev.concerns);
      if (k >= 0) this.reforms.splice(k, 1);
    }
    if (ev.kind === 'reform.vote' && ev.outcome === 'passed' && ev.route && ev.round !== 2) {
      this.reforms.push({
        eventId: ev.id,
        date: ev.date,
        route: ev.route,
        awaiting: ev.route === 'referendum' ? 'referendum' : 'second-vote',
        ...(ev.description ? { description: ev.description } : {}),
      });
    }
    const o = this.offices;
    const target = typeof ev.target === 'string' ? ev.target : undefined;
    const happened = ev.outcome === 'passed' || ev.outcome === 'done';
    const council =
      ev.scope !== 'minister' && (!target || ev.scope === 'council' || target === o.primeMinister);
    switch (ev.kind) {
      case 'vacancy.vote':
      case 'president.resign':
        if (happened && (!target || target === o.president)) this.setOffice('president', null, ev);
        break;
      case 'vice-president.resign':
        if (happened && target) {
          if (target === o.firstVicePresident) this.setOffice('firstVicePresident', null, ev);
          if (target === o.secondVicePresident) this.setOffice('secondVicePresident', null, ev);
        }
        break;
      case 'succession':
        if (happened && target) {
          this.setOffice('president', target, ev);
          if (ev.role === 'first-vice-president' && o.firstVicePresident === target)
            this.setOffice('firstVicePresident', null, ev);
          if (ev.role === 'second-vice-president' && o.secondVicePresident === target)
            this.setOffice('secondVicePresident', null, ev);
          if (ev.role === 'president-of-congress') this.viaCongress.set(target, ev.id);
        }
        break;
      case 'mesa.elect':
        if (happened && target) this.setOffice(this.mesaOffice(ev), target, ev);
        break;
      case 'mesa.censure':
        if (ev.outcome === 'passed' && target && o[this.mesaOffice(ev)] === target)
          this.setOffice(this.mesaOffice(ev), null, ev);
        break;
      case 'cabinet.appoint':
        if (happened) {
          if (target && this.ix.personNames.has(target)) this.setOffice('primeMinister', target, ev);
          this.appointments.push({ date: ev.date, target, id: ev.id });
        }
        break;
      case 'minister.resign':
        if (happened && target && target === o.primeMinister) this.setOffice('primeMinister', null, ev);
        break;
      case 'cabinet.investiture':
        if (ev.outcome === 'passed' || ev.outcome === 'failed') {
          this.investitures.push({
            date: ev.date,
            target: target ?? o.primeMinister ?? undefined,
            passed: ev.outcome === 'passed',
            id: ev.id,
          });
          if (ev.outcome === 'failed') this.fall(ev, 'investiture-denied');
        }
        break;
      case 'censure.vote':
        this.closeMotion('censure', ev);
        if (ev.outcome === 'passed' && council) this.fall(ev, 'censure');
        break;
      case 'confidence.vote':
        if (ev.outcome === 'failed' && council) this.fall(ev, 'confidence-denied');
        break;
      case 'other':
        if (ev.type === 'factual-denial') this.fall(ev, 'factual-denial');
        break;
      case 'vacancy.file':
      case 'censure.file':
        if (happened || ev.outcome === 'failed')
          this.openMotion(ev.kind === 'vacancy.file' ? 'vacancy' : 'censure', ev);
        break;
      case 'vacancy.admit': {
        const m = this.findMotion('vacancy', ev);
        if (ev.outcome === 'passed') {
          if (m) {
            m.admittedOn = ev.date;
            m.eventId = ev.id;
            m.steps.push(ev.id);
          } else this.openMotion('vacancy', ev, ev.date);
        } else if (ev.outcome === 'failed' && m) this.motions.splice(this.motions.indexOf(m), 1);
        break;
      }
      case 'congress.dissolve':
        if (happened) this.dissolved = { value: true, id: ev.id };
        break;
      case 'congress.install':
        if (happened) {
          this.dissolved = { value: false, id: ev.id };
          this.installs.push({ date: ev.date, id: ev.id });
        }
        break;
      case 'emergency.declare':
      case 'siege.declare':
      case 'emergency.extend':
        if (happened) this.addException(ev);
        break;
      default:
        break;
    }
    if (ev.kind === 'vacancy.vote') this.closeMotion('vacancy', ev);
  }

  private mesaOffice(ev: EventRecord): 'presidentOfCongress' | 'presidentOfSenate' | 'presidentOfDeputies' {
    return ev.chamber === 'senate'
      ? 'presidentOfSenate'
      : ev.chamber === 'deputies'
        ? 'presidentOfDeputies'
        : 'presidentOfCongress';
  }

  private fall(ev: EventRecord, how: FallenCouncil['how']): void {
    const pm =
      (typeof ev.target === 'string' ? ev.target : undefined) ?? this.offices.primeMinister ?? undefined;
    this.fallen.push({
      date: ev.date,
      how,
      ...(pm ? { primeMinister: pm } : {}),
      ...(this.offices.president ? { president: this.offices.president } : {}),
      term: presidentialTermOn(ev.date).id,
      congress: congressTermOn(ev.date).id,
      eventId: ev.id,
    });
    if (how !== 'factual-denial' && pm && pm === this.offices.primeMinister)
      this.setOffice('primeMinister', null, ev);
  }

  private motionKey(kind: string, ev: EventRecord): string {
    return ev.motion !== undefined && ev.motion !== null
      ? `${kind}#${ev.motion}`
      : `${kind}@${ev.target ?? ''}@${ev.id}`;
  }

  private openMotion(kind: 'vacancy' | 'censure', ev: EventRecord, admittedOn?: IsoDate): void {
    const target = typeof ev.target === 'string' ? ev.target : undefined;
    this.motions.push({
      key: this.motionKey(kind, ev),
      steps: [ev.id],
      kind,
      id: ev.motion !== undefined && ev.motion !== null ? String(ev.motion) : ev.id,
      ...(target ? { target } : {}),
      chamber: ev.chamber ?? 'congress',
      filedOn: ev.filed_on ?? ev.date,
      ...(admittedOn ? { admittedOn } : {}),
      eventId: ev.id,
    });
  }

  /** The pending motion an event acts on: by motion number, else the latest against the same target. */
  private findMotion(
    kind: 'vacancy' | 'censure',
    ev: EventRecord,
  ): (PendingMotion & { key: string; steps: string[] }) | undefined {
    if (ev.motion !== undefined && ev.motion !== null) {
      const byNumber = this.motions.find((m) => m.kind === kind && m.id === String(ev.motion));
      if (byNumber) return byNumber;
    }
    const same = this.motions.filter(
      (m) => m.kind === kind && (!ev.target || !m.target || m.target === ev.target),
    );
    return same[same.length - 1];
  }

  private closeMotion(kind: 'vacancy' | 'censure', ev: EventRecord): void {
    const m = this.findMotion(kind, ev);
    if (m) this.motions.splice(this.motions.indexOf(m), 1);
  }

  private addException(ev: EventRecord): void {
    const kind: StateOfException['kind'] =
      ev.kind === 'siege.declare' || (ev.kind === 'emergency.extend' && ev.exception === 'siege')
        ? 'siege'
        : 'emergency';
    const territory = ev.territory ?? (ev.regions?.length ? ev.regions.join(', ') : undefined);
    let from = ev.date;
    if (ev.kind === 'emergency.extend') {
      // An extension runs on from the end of the state it extends, where the record has it.
      const prev = [...this.exceptions]
        .reverse()
        .find(
          (s) =>
            s.kind === kind &&
            (!territory || !s.territory || s.territory === territory) &&
            s.to >= addDays(ev.date, -1),
        );
      if (prev && prev.to >= ev.date) from = addDays(prev.to, 1);
    }
    const days = ev.days ?? null;
    this.exceptions.push({
      kind,
      from,
      // Unknown duration: the record vouches only for the day of the decree.
      to: days ? addDays(from, days - 1) : from,
      ...(territory ? { territory } : {}),
      eventId: ev.id,
    });
  }

  private snapshot(date: IsoDate, endOfDay: boolean): State {
    const offices: Offices = { ...this.offices };
    const basis: Record<string, string[]> = {};
    for (const [k, v] of this.officeBasis) basis[`offices.${k}`] = [...v];
    if (endOfDay) {
      // At the end of the day the memberships say who holds each office (they include the day's changes).
      for (const [key, role] of OFFICE_ROLES) {
        if (!officeExists(key, date)) continue;
        const m = this.ix.holderAtEndOf(role, date);
        if (m === undefined) continue;
        const before = offices[key];
        offices[key] = m ? m.person_id : null;
        if (m && before !== m.person_id)
          basis[`offices.${key}`] = [...(basis[`offices.${key}`] ?? []), membershipRef(m)];
      }
    }
    // Cite the latest event that put each holder in office (succession, Mesa election, appointment).
    for (const [key] of OFFICE_ROLES) {
      const holder = offices[key];
      if (!holder) continue;
      const ev = this.ix.latestInstallingEvent(holder, key, date);
      const list = basis[`offices.${key}`] ?? [];
      if (ev && !list.includes(ev)) basis[`offices.${key}`] = [...list, ev];
    }
    const president = offices.president;
    const viaEvent = president ? this.viaCongress.get(president) : undefined;
    const presidentIsPresidentOfCongress =
      !!president && (president === offices.presidentOfCongress || !!viaEvent);
    if (viaEvent) basis.presidentIsPresidentOfCongress = [viaEvent];
    else if (presidentIsPresidentOfCongress)
      basis.presidentIsPresidentOfCongress = [...(basis['offices.presidentOfCongress'] ?? [])];

    // The council of ministers: appointed when its Prime Minister took office; confidence from its investiture.
    const state: State = { offices, presidentIsPresidentOfCongress };
    const pm = offices.primeMinister;
    if (pm) {
      const m = this.ix.latestMembership(pm, 'prime-minister', date);
      const appointed = [...this.appointments].reverse().find((a) => a.target === pm);
      let appointedOn = m?.start_date;
      const cb: string[] = [];
      if (m) cb.push(membershipRef(m));
      if (appointed && (!appointedOn || appointed.date >= appointedOn)) {
        appointedOn = appointed.date;
        cb.push(appointed.id);
      }
      if (appointedOn) {
        state.councilAppointedOn = appointedOn;
        const inv = [...this.investitures]
          .reverse()
          .find((v) => v.date >= appointedOn && (!v.target || v.target === pm));
        if (inv) {
          state.councilHasConfidence = inv.passed;
          cb.push(inv.id);
        } else if (daysBetween(appointedOn, date) <= 30) state.councilHasConfidence = false;
        basis.council = cb;
      }
    }

    state.fallenCouncils = this.fallen.map((c) => ({ ...c }));
    basis.fallenCouncils = this.fallen.map((c) => c.eventId!);

    const cTerm = congressTermOn(date);
    const install = this.installs[this.installs.length - 1];
    state.congressTerm = { ...cTerm };
    if (install) basis.congressTerm = [install.id];
    const pTerm = presidentialTermOn(date);
    state.presidentialTerm = { ...pTerm };
    state.congressInLastYear = date >= lastYearStarts(cTerm.to);
    state.congressDissolved = this.dissolved.value;
    if (this.dissolved.id) basis.congressDissolved = [this.dissolved.id];

    // Motions lapse with the Congress that received them, and a vacancy motion with its target's presidency.
    const pending = this.motions.filter(
      (m) =>
        (m.filedOn ?? date) >= cTerm.from &&
        !(m.kind === 'vacancy' && m.target && president !== undefined && m.target !== president),
    );
    state.pendingMotions = pending.map(({ key: _key, steps: _steps, ...m }) => m);
    basis.pendingMotions = pending.flatMap((m) => m.steps);

    // A reform not ratified lapses with the Congress that approved it.
    const reforms = this.reforms.filter((r) => r.date >= cTerm.from);
    state.reformsUnderWay = reforms.map((r) => ({ ...r }));
    basis.reformsUnderWay = reforms.map((r) => r.eventId);

    const inForce = this.exceptions.filter((s) => s.from <= date && date <= s.to);
    state.statesOfException = inForce.map((s) => ({ ...s }));
    basis.statesOfException = inForce.map((s) => s.eventId!);

    const chambers: Chamber[] = date >= BICAMERAL_FROM ? ['senate', 'deputies'] : ['congress'];
    const composition: Partial<Record<Chamber, ChamberComposition>> = {};
    for (const c of chambers) {
      const comp = this.ix.compositionOn(c, date);
      if (comp) {
        composition[c] = comp;
        basis[`composition.${c}`] = [comp.id!];
      }
    }
    state.composition = composition;
    state.basis = basis;
    return state;
  }
}

/** The state at the end of `date`, from the record. */
export function stateOn(record: PeruRecord, date: IsoDate, ix: RecordIndex = new RecordIndex(record)): State {
  return new StateWalker(ix).endOf(date);
}

/** The state just before the record's event `id` (after the same day's earlier events). */
export function stateBeforeEvent(
  record: PeruRecord,
  id: string,
  ix: RecordIndex = new RecordIndex(record),
): State | undefined {
  const i = record.events.findIndex((e) => e.id === id);
  return i < 0 ? undefined : new StateWalker(ix).before(i);
}
