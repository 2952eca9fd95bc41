import type { Messages } from '../types.js';

export const office = (o: unknown) =>
  ({
    president: 'the presidency of the Republic',
    firstVicePresident: 'the first vice-presidency',
    secondVicePresident: 'the second vice-presidency',
    presidentOfCongress: 'the presidency of Congress',
    presidentOfSenate: 'the presidency of the Senate',
    presidentOfDeputies: 'the presidency of the Chamber of Deputies',
    primeMinister: 'the presidency of the Council of Ministers',
  })[String(o)] ?? String(o);

export const role = (r: unknown) =>
  ({
    'first-vice-president': 'the first Vice President',
    'second-vice-president': 'the second Vice President',
    'president-of-congress': 'the President of Congress',
  })[String(r)] ?? String(r);

const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);

export const presidency = {
  'vacancy.window.unchecked': (p) =>
    `The vote must fall between day ${p.min} and day ${p.max} after admission; the admission date was not given, so the window was not checked.`,
  'vacancy.window.before-admission': (p) =>
    `The vote is dated before the motion's admission (${p.admittedOn}).`,
  'vacancy.window.ok': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}), inside the day ${p.min}–${p.max} window.`,
  'vacancy.window.expedited': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}), earlier than the window allows, but the plenary agreed to shorten it with ${p.for} votes (${p.required} needed: ${p.arithmetic}).`,
  'vacancy.window.expedite-failed': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}); shortening the period needed ${p.required} votes (${p.arithmetic}) but got ${p.for}.`,
  'vacancy.window.early': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}), before day ${p.min}, with no vote of ${p.required} members to shorten the period.`,
  'vacancy.window.early-no-expedite': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}), before day ${p.min}; no way to shorten the period is known for this date.`,
  'vacancy.window.late': (p) =>
    `Held on day ${p.day} after admission (${p.admittedOn}), after the last permitted day (${p.max}).`,
  'vacancy.senate.after-deputies': (p) =>
    `The Chamber of Deputies approved the vacancy on ${p.on}; the Senate now decides.`,
  'vacancy.senate.no-deputies-approval': () =>
    'The Senate can only vote on a vacancy the Chamber of Deputies has approved, and the state shows none.',
  'vacancy.senate.deputies-approval-unverified': () =>
    'The Senate votes on a vacancy only after the Chamber of Deputies approves it; no state was given to check that.',
  'vacancy.sent-to-senate': () =>
    'Approved by the Chamber of Deputies: the decision goes to the Senate, which must also approve it. The President is not yet vacated.',
  'office.vacated': (p) => `Vacates ${office(p.office)}${who(p.person)}.`,
  'office.assumed': (p) =>
    `${p.person ?? 'The successor'} assumes ${office(p.office)}${p.role ? ` as ${role(p.role)}` : ''}.`,
  'office.in-charge': (p) =>
    `${p.person ?? 'The successor'} takes charge of ${office(p.office)} while the impediment lasts${p.role ? ` (as ${role(p.role)})` : ''}.`,
  'office.filled': (p) => `${p.person ?? 'The elected member'} takes ${office(p.office)}.`,
  'succession.next': (p) => `Next in the line of succession: ${role(p.role)}${who(p.person)}.`,
  'succession.opens': () =>
    'The line of succession of Art. 115 applies: first Vice President, then second, then the President of Congress.',
  'succession.by-new-mesa': () =>
    'The presidency passes to whoever Congress elects as its new President (Art. 115).',
  'succession.role-missing': () =>
    'No role given: the successor is the first in the line of Art. 115 who holds office.',
  'succession.skips': (p) =>
    `${role(p.role)} (${p.person}) holds office and comes first in the line of Art. 115.`,
  'succession.office-vacant': (p) => `The office of ${role(p.role)} is vacant.`,
  'succession.not-holder': (p) =>
    `${p.person} does not hold the office of ${role(p.role)} (held by ${p.holder}).`,
  'succession.line-unverified': () =>
    'No state given: the order of Art. 115 was not checked against who holds each office.',
  'succession.in-line': (p) => `${role(p.role)} is the first in the line of Art. 115 who holds office.`,
  'presidency.held-as-president-of-congress': (p) =>
    `${p.person ?? 'The President of Congress'} holds the presidency of the Republic by virtue of being President of Congress.`,
  'presidency.continues': (p) =>
    `Under this interpretation ${p.person} remains President of the Republic: only a vacancy under Art. 113 ends the presidency.`,
  'elections.must-be-called': () => 'The President of Congress must call elections at once (Art. 115).',
  'resignation.refused': () => 'The resignation is not accepted.',
  'motion.filed': (p) => `A ${p.motion} motion is filed${who(p.target)}.`,
  'motion.admitted': (p) => `The ${p.motion} motion is admitted for debate.`,
  'motion.rejected': (p) => `The ${p.motion} motion is not admitted.`,
} satisfies Messages;
