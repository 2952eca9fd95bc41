import type { Messages } from '../types.js';

const exceptionName = (e: unknown) => (e === 'siege' ? 'state of siege' : 'state of emergency');

export const emergency = {
  'exception.days-unstated': (p) => `The duration was not given; the limit is ${p.max} days.`,
  'exception.days.ok': (p) => `${p.days} days, within the ${p.max}-day limit.`,
  'exception.days.too-long': (p) => `${p.days} days exceeds the ${p.max}-day limit.`,
  'emergency.banishment': () => 'Nobody may be banished under any circumstances (Art. 137 inc. 1).',
  'emergency.right-not-restrictable': (p) =>
    `An emergency may restrict only the rights of Art. 2 incs. 9, 11, 12 and 24-f; not "${p.right}".`,
  'emergency.rights.ok': (p) => `Rights restricted (${p.rights}): all among those Art. 137 inc. 1 allows.`,
  'exception.guarantees-stand': () =>
    'Habeas corpus and amparo are not suspended; judges may review the reasonableness and proportionality of each restriction (Art. 200).',
  'exception.in-force': (p) =>
    `A ${exceptionName(p.exception)} is in force${p.days ? ` for ${p.days} days` : ''}.`,
  'exception.report-congress': () => 'The decree is reported to Congress or the Permanent Commission.',
  'exception.report-senate': () =>
    'The decree is reported to the Senate (or the Permanent Commission) for its control.',
  'siege.rights-listed': () =>
    'The decree must list the rights whose exercise is not restricted or suspended.',
  'siege.congress-convenes': () => 'Congress convenes by right.',
  'siege.chambers-convene': () =>
    'Both chambers convene by right, and the siege does not affect Congress’s functioning.',
  'siege.no-dissolution': () =>
    'Congress (the Chamber of Deputies) cannot be dissolved while the siege lasts.',
  'emergency.extend.by-decree': () =>
    'An emergency is extended by a new decree; no congressional approval is needed.',
  'exception.extension-refused': () => 'The extension is not approved.',
  'exception.extended': (p) =>
    `The ${exceptionName(p.exception)} is extended${p.days ? ` for ${p.days} days` : ''}.`,
} satisfies Messages;
