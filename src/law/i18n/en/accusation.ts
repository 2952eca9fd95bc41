import type { Messages } from '../types.js';

const chargeName = (c: unknown) =>
  ({
    treason: 'treason',
    'preventing-elections': 'preventing elections',
    'dissolving-congress': 'dissolving Congress outside Art. 134',
    'preventing-congress': 'preventing Congress or the electoral bodies from meeting or working',
    'constitutional-infraction': 'another constitutional infraction',
    'other-crime': 'another crime',
  })[String(c)] ?? String(c);
const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);

export const accusation = {
  'accusation.art117-unchecked': () =>
    'The accused is the sitting President: only the charges of Art. 117 are possible during the term; no charge was given.',
  'accusation.art117.ok': (p) =>
    `The charge (${chargeName(p.charge)}) is one Art. 117 allows against a sitting President.`,
  'accusation.art117.excluded': (p) =>
    `During the term the President may be accused only of the acts listed in Art. 117, not of ${chargeName(p.charge)}.`,
  'accusation.stage-unstated': () =>
    'The stage was not given: treated as the accusation (ha lugar a formación de causa), not a sanction.',
  'accusation.deputies-accuse-only': () =>
    'From 2026-07-28 the Chamber of Deputies only accuses; the Senate decides sanctions (Arts. 99–100 as amended by Ley 31988).',
  'accusation.senate-decides': () =>
    'From 2026-07-28 the Senate does not accuse: it decides on an accusation the Chamber of Deputies sends it (Arts. 99–100).',
  'accusation.threshold-unverified': () =>
    'The majority the 2025 chamber rulebooks require was not found; the figure shown carries the unicameral fraction over (low confidence).',
  'accusation.base-unknown': () =>
    'The number of members of the Permanent Commission was not given: the base (legal number minus them) and the votes needed cannot be computed.',
  'accusation.rejected': () => 'The accusation is not approved.',
  'accusation.approved': (p) =>
    `The accusation is approved${who(p.target)}; the accused is suspended from office if the plenary so decides.`,
  'accusation.fiscal-5-days': () =>
    'If the accusation has criminal content, the Fiscal de la Nación files a complaint with the Supreme Court within five days (Art. 100).',
  'accusation.sent-to-senate': (p) =>
    `The Chamber of Deputies accuses${who(p.target)} before the Senate, which decides.`,
  'accusation.sanctioned': (p) =>
    `A sanction is imposed${who(p.target)}: suspension, disqualification for up to ten years, or removal (Art. 100).`,
  'accusation.president-removal': () =>
    'Removal of the President after a sanction for an Art. 117 infraction vacates the presidency (Art. 113 inc. 5).',
  'suspension.ground-unstated': () =>
    'The ground was not given: Art. 114 allows suspension for temporary incapacity or a judicial process under Art. 117.',
  'presidency.suspended': (p) => `The exercise of the presidency is suspended${who(p.person)}.`,
} satisfies Messages;
