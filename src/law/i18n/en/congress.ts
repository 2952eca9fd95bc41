import type { Messages } from '../types.js';

const scopeName = (s: unknown) =>
  ({
    term: 'in the constitutional term',
    president: 'under the current President',
    congress: 'by the current Congress',
  })[String(s)] ?? String(s);
const proposalName = (p: unknown) =>
  ({
    'constituent-assembly': 'A constituent assembly',
    'new-constitution': 'A new constitution made outside Art. 206',
  })[String(p)] ?? String(p);
const councils = (n: unknown) => (n === 1 ? '1 Council' : `${n} Councils`);
const bodyName = (b: unknown) =>
  b === 'deputies' ? 'the dissolved Chamber of Deputies' : 'the dissolved Congress';

export const congress = {
  'dissolution.count-unknown': (p) =>
    `The state gives no Councils of Ministers censured or refused confidence: the ${p.required} that Art. 134 requires cannot be established.`,
  'dissolution.councils.enough': (p) =>
    `${councils(p.counted)} fell by censure or refusal of confidence ${scopeName(p.scope)} (${p.required} required): ${p.list}.`,
  'dissolution.councils.short': (p) =>
    `Only ${councils(p.counted)} fell by censure or refusal of confidence ${scopeName(p.scope)}; Art. 134 requires ${p.required}${p.list === '—' ? '' : `: ${p.list}`}.`,
  'dissolution.factual-not-counted': () =>
    'A factual denial in the state is not counted: under this interpretation only an express vote of Congress refuses confidence.',
  'dissolution.out-of-scope': (p) => `Not counted, as they did not fall ${scopeName(p.scope)}: ${p.list}.`,
  'dissolution.senate-indissoluble': () =>
    'The Senate cannot be dissolved: from 2026-07-28 the President may dissolve only the Chamber of Deputies (Art. 134 as amended by Ley 31988).',
  'dissolution.already-dissolved': () => 'Congress (the Chamber) is already dissolved and not yet replaced.',
  'dissolution.last-year': (p) =>
    `Congress is in the last year of its term (${p.term}: from ${p.from} to ${p.to}); dissolution is barred.`,
  'dissolution.not-last-year': (p) =>
    `Not in the last year of Congress’s term (${p.term}; the last year starts on ${p.from}).`,
  'dissolution.under-siege': (p) =>
    `A state of siege is in force (${p.from} to ${p.to}); dissolution is barred.`,
  'dissolution.siege-unverified': () =>
    'The state gives no states of exception: the siege bar was not checked.',
  'dissolution.art-117': () =>
    'Dissolving Congress outside the cases of Art. 134 is one of the acts for which a sitting President may be accused (Art. 117).',
  'congress.dissolved': () =>
    'Congress is dissolved: the mandates of its members end, except those of the Permanent Commission.',
  'deputies.dissolved': () => 'The Chamber of Deputies is dissolved.',
  'elections.within': (p) =>
    `The decree must call elections for a new body to be held within ${p.months} months, by ${p.by}, without changing the electoral system.`,
  'permanent-commission.stays': () => 'The Permanent Commission stays in office and cannot be dissolved.',
  'senate.stays': () => 'The Senate stays in office with full powers; it cannot be dissolved.',
  'interregnum.decrees': () =>
    'In the interregnum the Executive legislates by decretos de urgencia, reported to the Permanent Commission for the new Congress to review (Art. 135).',
  'interregnum.decrees-senate': () =>
    'In the interregnum the Executive legislates by decretos de urgencia tied to the functioning of the State, reported to the Senate, which reviews them (Art. 135).',
  'elections.failed-restores': (p) =>
    `If the elections are not held in time, ${bodyName(p.body)} reconvenes by right and removes the Council of Ministers (Art. 136).`,
  'congress.installed': (p) => `The chamber is installed for the ${p.term} period.`,
  'congress.installed-after-dissolution': (p) =>
    `${p.body === 'deputies' ? 'The new Chamber of Deputies' : 'The new Congress'} completes the dissolved body’s term; after the Prime Minister reports on the interregnum it may ${p.body === 'deputies' ? 'censure the Council' : 'censure the Council or refuse it confidence'} (Arts. 135–136).`,
  'reform.no-constituent-procedure': (p) =>
    `${proposalName(p.proposal)} has no procedure in the 1993 Constitution. The only route is Art. 206: a reform that first creates it, approved by an absolute majority of the legal number and ratified by referendum, or by more than two thirds in two successive ordinary legislatures.`,
  'reform.route-unstated': () =>
    'The route was not given: the threshold shown is the referendum route (absolute majority); the route without referendum needs more than two thirds in two successive ordinary legislatures.',
  'reform.genuine-legislatures': () =>
    'The two ordinary legislatures must be genuinely successive: a legislature created by splitting another does not count (TC, 2021).',
  'reform.rejected': () => 'The reform is not approved.',
  'reform.to-referendum': () =>
    'Approved by an absolute majority: the reform must be ratified by referendum.',
  'reform.second-legislature': () =>
    'First approval by more than two thirds: a second approval by more than two thirds is needed in the next ordinary legislature; then no referendum is needed.',
  'reform.no-observation': () => 'The President cannot observe (veto) a constitutional reform.',
  'reform.other-chamber': () =>
    'The other chamber must approve it with the same majority of its own legal number.',
  'referendum.origin-unstated': () =>
    'Who put the reform to referendum was not given: only a reform approved by Congress under Art. 206 may be submitted.',
  'referendum.executive-cannot': () =>
    'The Executive cannot submit a constitutional reform to referendum on its own: Congress must first approve it under Art. 206.',
  'referendum.citizen-closed': () =>
    'Since Ley 31399 a citizens’ reform initiative that Congress did not approve cannot go to referendum.',
  'referendum.citizen-open': () =>
    'Before Ley 31399 a citizens’ reform initiative rejected by Congress could still go to referendum (Ley 26300 art. 41).',
  'referendum.congress-approved': () =>
    'The reform was approved by Congress under Art. 206 and goes to referendum.',
  'referendum.called': () => 'The referendum is called.',
  'tc.elected': (p) => `Elected magistrate of the Constitutional Court${p.person ? ` (${p.person})` : ''}.`,
} satisfies Messages;
