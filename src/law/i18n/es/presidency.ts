import type { TranslationOf } from '../types.js';
import type { presidency as en } from '../en/presidency.js';

export const office = (o: unknown) =>
  ({
    president: 'la Presidencia de la República',
    firstVicePresident: 'la primera vicepresidencia',
    secondVicePresident: 'la segunda vicepresidencia',
    presidentOfCongress: 'la Presidencia del Congreso',
    presidentOfSenate: 'la Presidencia del Senado',
    presidentOfDeputies: 'la Presidencia de la Cámara de Diputados',
    primeMinister: 'la Presidencia del Consejo de Ministros',
  })[String(o)] ?? String(o);

export const role = (r: unknown) =>
  ({
    'first-vice-president': 'el primer Vicepresidente',
    'second-vice-president': 'el segundo Vicepresidente',
    'president-of-congress': 'el Presidente del Congreso',
  })[String(r)] ?? String(r);

const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);
const motion = (m: unknown) =>
  ({ vacancy: 'vacancia', censure: 'censura', interpellation: 'interpelación' })[String(m)] ?? String(m);

export const presidency: TranslationOf<typeof en> = {
  'vacancy.window.unchecked': (p) =>
    `La votación debe realizarse entre el día ${p.min} y el día ${p.max} posteriores a la admisión; no se indicó la fecha de admisión, así que el plazo no se verificó.`,
  'vacancy.window.before-admission': (p) =>
    `La votación es anterior a la admisión de la moción (${p.admittedOn}).`,
  'vacancy.window.ok': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}), dentro del plazo de los días ${p.min} a ${p.max}.`,
  'vacancy.window.expedited': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}), antes del plazo, pero el Pleno acordó acortarlo con ${p.for} votos (se necesitaban ${p.required}: ${p.arithmetic}).`,
  'vacancy.window.expedite-failed': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}); acortar el plazo requería ${p.required} votos (${p.arithmetic}) y obtuvo ${p.for}.`,
  'vacancy.window.early': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}), antes del día ${p.min}, sin un acuerdo de ${p.required} miembros para acortar el plazo.`,
  'vacancy.window.early-no-expedite': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}), antes del día ${p.min}; no se conoce forma de acortar el plazo en esta fecha.`,
  'vacancy.window.late': (p) =>
    `Se realiza el día ${p.day} después de la admisión (${p.admittedOn}), después del último día permitido (${p.max}).`,
  'vacancy.senate.after-deputies': (p) =>
    `La Cámara de Diputados aprobó la vacancia el ${p.on}; ahora decide el Senado.`,
  'vacancy.senate.no-deputies-approval': () =>
    'El Senado solo puede votar una vacancia aprobada por la Cámara de Diputados, y el estado no muestra ninguna.',
  'vacancy.senate.deputies-approval-unverified': () =>
    'El Senado vota la vacancia solo después de que la apruebe la Cámara de Diputados; no se dio un estado para comprobarlo.',
  'vacancy.sent-to-senate': () =>
    'Aprobada por la Cámara de Diputados: la decisión pasa al Senado, que también debe aprobarla. El Presidente aún no queda vacado.',
  'office.vacated': (p) => `Deja vacante ${office(p.office)}${who(p.person)}.`,
  'office.assumed': (p) =>
    `${p.person ?? 'El sucesor'} asume ${office(p.office)}${p.role ? ` como ${role(p.role)}` : ''}.`,
  'office.in-charge': (p) =>
    `${p.person ?? 'El sucesor'} se encarga de ${office(p.office)} mientras dure el impedimento${p.role ? ` (como ${role(p.role)})` : ''}.`,
  'office.filled': (p) => `${p.person ?? 'El miembro elegido'} ocupa ${office(p.office)}.`,
  'succession.next': (p) => `Sigue en la línea de sucesión: ${role(p.role)}${who(p.person)}.`,
  'succession.opens': () =>
    'Se aplica la línea de sucesión del art. 115: primer Vicepresidente, luego el segundo, luego el Presidente del Congreso.',
  'succession.by-new-mesa': () =>
    'La presidencia pasa a quien el Congreso elija como su nuevo Presidente (art. 115).',
  'succession.role-missing': () =>
    'No se indicó el cargo: sucede el primero de la línea del art. 115 que esté en funciones.',
  'succession.skips': (p) =>
    `${role(p.role)} (${p.person}) está en funciones y va primero en la línea del art. 115.`,
  'succession.office-vacant': (p) => `El cargo de ${role(p.role)} está vacante.`,
  'succession.not-holder': (p) => `${p.person} no ocupa el cargo de ${role(p.role)} (lo ocupa ${p.holder}).`,
  'succession.line-unverified': () =>
    'Sin estado: no se verificó el orden del art. 115 frente a quién ocupa cada cargo.',
  'succession.in-line': (p) =>
    `${role(p.role)} es el primero de la línea del art. 115 que está en funciones.`,
  'presidency.held-as-president-of-congress': (p) =>
    `${p.person ?? 'El Presidente del Congreso'} ejerce la Presidencia de la República por ser Presidente del Congreso.`,
  'presidency.continues': (p) =>
    `Según esta interpretación ${p.person} sigue siendo Presidente de la República: solo la vacancia del art. 113 termina la presidencia.`,
  'elections.must-be-called': () =>
    'El Presidente del Congreso debe convocar de inmediato a elecciones (art. 115).',
  'resignation.refused': () => 'No se acepta la renuncia.',
  'motion.filed': (p) => `Se presenta una moción de ${motion(p.motion)}${who(p.target)}.`,
  'motion.admitted': (p) => `Se admite a debate la moción de ${motion(p.motion)}.`,
  'motion.rejected': (p) => `No se admite la moción de ${motion(p.motion)}.`,
};
