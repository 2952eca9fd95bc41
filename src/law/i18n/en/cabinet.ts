import type { Messages } from '../types.js';

const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);
export const matterName = (m: unknown) =>
  ({
    'government-policy': 'the government’s general policy',
    bill: 'a bill',
    'constitutional-reform': 'a constitutional reform',
    'congress-exclusive-power': 'an exclusive competence of Congress',
    'autonomous-body': 'a competence of an autonomous body',
    other: 'another matter',
  })[String(m)] ?? String(m);
const how = (h: unknown) =>
  ({
    censure: 'censure',
    'confidence-denied': 'refusal of confidence',
    'investiture-denied': 'refusal of investiture',
    'factual-denial': 'factual denial',
  })[String(h)] ?? String(h);

export const cabinet = {
  'investiture.deadline.unchecked': (p) =>
    `The Council must attend Congress within ${p.days} days of taking office; its appointment date was not given, so this was not checked.`,
  'investiture.deadline.ok': (p) =>
    `Presented on day ${p.day} after the Council took office (${p.appointed}), within the ${p.days}-day limit.`,
  'investiture.deadline.late': (p) =>
    `Presented on day ${p.day} after the Council took office (${p.appointed}), after the ${p.days}-day limit: a breach by the Executive, which does not stop Congress from voting.`,
  'investiture.granted': () => 'Confidence is granted: the Council is invested.',
  'investiture.abolished': () =>
    'From 2026-07-28 the Council’s presentation to the Chamber of Deputies gives rise to no question of confidence (Art. 130 as amended by Ley 31988): there is no investiture vote.',
  'investiture.due': (p) =>
    `The Council must attend Congress and raise the question of confidence within ${p.days} days, by ${p.by}.`,
  'investiture.presentation-due': (p) =>
    `The Council must present its policy to the Chamber of Deputies within ${p.days} days, by ${p.by}, with no confidence vote.`,
  'council.appointed': (p) => `A new Council of Ministers takes office${who(p.primeMinister)}.`,
  'cabinet.crisis-total': (p) =>
    `Total crisis of the cabinet: the whole Council of Ministers must resign${who(p.primeMinister)}.`,
  'council.counts-toward-dissolution': (p) =>
    `This ${how(p.how)} by Congress counts toward the two fallen Councils that allow dissolution (Art. 134).`,
  'council.does-not-count': () =>
    'A resignation is not a censure or a refusal of confidence: it does not count toward Art. 134.',
  'minister.leaves': (p) => `The minister${who(p.person)} leaves office; the Council continues.`,
  'interpellation.scheduled': (p) =>
    `The interpellation must be held between day ${p.min} and day ${p.max} after admission: from ${p.from} to ${p.to}.`,
  'interpellation.attendance-compulsory': () =>
    'Attendance of the interpellated minister or Council is compulsory.',
  'censure.prior-control': () =>
    'Reglamento art. 86 a): censure follows an interpellation, an invitation to appear or a debate the minister joined; not checked here.',
  'censure.scheduled': (p) =>
    `The censure must be debated and voted between natural day ${p.min} and day ${p.max} after filing: from ${p.from} to ${p.to}.`,
  'censure.must-resign': (p) =>
    `The censured${who(p.person)} must resign; the President accepts the resignation within ${p.hours} hours (by ${p.by}).`,
  'censure.minister-only': () =>
    'Censure of a single minister is not a total crisis and does not count toward Art. 134.',
  'censure.window.unchecked': (p) =>
    `The vote must fall between natural day ${p.min} and day ${p.max} after filing; the filing date was not given, so the window was not checked.`,
  'censure.window.before-admission': (p) =>
    `The vote is dated before the motion was filed (${p.admittedOn}).`,
  'censure.window.ok': (p) =>
    `Voted on natural day ${p.day} after filing (${p.admittedOn}), inside the day ${p.min}–${p.max} window.`,
  'censure.window.early-no-expedite': (p) =>
    `Voted on natural day ${p.day} after filing (${p.admittedOn}), before day ${p.min}: too early (Art. 132).`,
  'censure.window.late': (p) =>
    `Voted on natural day ${p.day} after filing (${p.admittedOn}), after the last permitted day (${p.max}).`,
  'confidence.matter-unstated': (p) =>
    `The matter was not given; on this date a question of confidence may not concern: ${p.excluded}.`,
  'confidence.matter.excluded': (p) =>
    `A question of confidence may not concern ${matterName(p.matter)} on this date.`,
  'confidence.matter.rejected-de-plano': (p) =>
    `A question of confidence on ${matterName(p.matter)} is excluded (Ley 31355): the Mesa rejects it de plano, and the rejection is not a refusal of confidence.`,
  'confidence.matter.improcedente': (p) =>
    `A question of confidence on ${matterName(p.matter)} is excluded (Ley 31355): the Plenary declares it improcedente, which is not a refusal of confidence.`,
  'confidence.matter.allowed': (p) =>
    `A question of confidence may concern ${matterName(p.matter)} on this date.`,
  'confidence.matter.conditional': (p) =>
    `A question of confidence on ${matterName(p.matter)} is allowed only if it is within the Executive’s competence and tied to its general policy (Ley 31355 art. 1); not decided here.`,
  'confidence.granted': () => 'Confidence is granted.',
  'confidence.refusal-express': () =>
    'Only this express vote refuses confidence; conduct of Congress cannot be read as a refusal (Ley 31355).',
  'confidence.minister-must-resign': (p) => `Confidence refused: the minister${who(p.person)} must resign.`,
  'confidence.raised': (p) =>
    `A question of confidence is raised for ${p.scope === 'council' ? 'the whole Council' : 'a minister'}${p.matter ? ` on ${matterName(p.matter)}` : ''}.`,
} satisfies Messages;
