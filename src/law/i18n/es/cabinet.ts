import type { TranslationOf } from '../types.js';
import type { cabinet as en } from '../en/cabinet.js';

const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);
export const matterName = (m: unknown) =>
  ({
    'government-policy': 'la política general del gobierno',
    bill: 'un proyecto de ley',
    'constitutional-reform': 'una reforma constitucional',
    'congress-exclusive-power': 'una competencia exclusiva del Congreso',
    'autonomous-body': 'una competencia de un organismo autónomo',
    other: 'otra materia',
  })[String(m)] ?? String(m);
const how = (h: unknown) =>
  ({
    censure: 'censura',
    'confidence-denied': 'denegación de confianza',
    'investiture-denied': 'denegación de la investidura',
    'factual-denial': 'denegación fáctica',
  })[String(h)] ?? String(h);

export const cabinet: TranslationOf<typeof en> = {
  'investiture.deadline.unchecked': (p) =>
    `El Consejo debe concurrir al Congreso dentro de los ${p.days} días de asumir; no se indicó la fecha de nombramiento, así que no se verificó.`,
  'investiture.deadline.ok': (p) =>
    `Se presentó el día ${p.day} después de asumir el Consejo (${p.appointed}), dentro del plazo de ${p.days} días.`,
  'investiture.deadline.late': (p) =>
    `Se presentó el día ${p.day} después de asumir el Consejo (${p.appointed}), vencido el plazo de ${p.days} días: una falta del Ejecutivo que no impide votar al Congreso.`,
  'investiture.granted': () => 'Se otorga la confianza: el Consejo queda investido.',
  'investiture.abolished': () =>
    'Desde el 2026-07-28 la exposición del Consejo ante la Cámara de Diputados no da lugar a cuestión de confianza (art. 130 modificado por la Ley 31988): no hay voto de investidura.',
  'investiture.due': (p) =>
    `El Consejo debe concurrir al Congreso y plantear cuestión de confianza dentro de ${p.days} días, hasta el ${p.by}.`,
  'investiture.presentation-due': (p) =>
    `El Consejo debe exponer su política ante la Cámara de Diputados dentro de ${p.days} días, hasta el ${p.by}, sin voto de confianza.`,
  'council.appointed': (p) => `Asume un nuevo Consejo de Ministros${who(p.primeMinister)}.`,
  'cabinet.crisis-total': (p) =>
    `Crisis total del gabinete: todo el Consejo de Ministros debe renunciar${who(p.primeMinister)}.`,
  'council.counts-toward-dissolution': (p) =>
    `Esta ${how(p.how)} por el Congreso cuenta para las dos crisis que permiten la disolución (art. 134).`,
  'council.does-not-count': () =>
    'Una renuncia no es censura ni denegación de confianza: no cuenta para el art. 134.',
  'minister.leaves': (p) => `El ministro${who(p.person)} deja el cargo; el Consejo continúa.`,
  'interpellation.scheduled': (p) =>
    `La interpelación debe realizarse entre el día ${p.min} y el día ${p.max} posteriores a la admisión: del ${p.from} al ${p.to}.`,
  'interpellation.attendance-compulsory': () =>
    'La concurrencia del ministro o del Consejo interpelado es obligatoria.',
  'censure.prior-control': () =>
    'Reglamento art. 86 a): la censura procede tras una interpelación, una invitación o un debate con el ministro; no se verifica aquí.',
  'censure.scheduled': (p) =>
    `La censura debe debatirse y votarse entre el día natural ${p.min} y el ${p.max} posteriores a su presentación: del ${p.from} al ${p.to}.`,
  'censure.must-resign': (p) =>
    `El censurado${who(p.person)} debe renunciar; el Presidente acepta la renuncia dentro de ${p.hours} horas (hasta el ${p.by}).`,
  'censure.minister-only': () =>
    'La censura de un solo ministro no es crisis total ni cuenta para el art. 134.',
  'censure.window.unchecked': (p) =>
    `La votación debe realizarse entre el día natural ${p.min} y el ${p.max} posteriores a la presentación; no se indicó esa fecha, así que el plazo no se verificó.`,
  'censure.window.before-admission': (p) =>
    `La votación es anterior a la presentación de la moción (${p.admittedOn}).`,
  'censure.window.ok': (p) =>
    `Votada el día natural ${p.day} después de la presentación (${p.admittedOn}), dentro del plazo de los días ${p.min} a ${p.max}.`,
  'censure.window.early-no-expedite': (p) =>
    `Votada el día natural ${p.day} después de la presentación (${p.admittedOn}), antes del día ${p.min}: demasiado pronto (art. 132).`,
  'censure.window.late': (p) =>
    `Votada el día natural ${p.day} después de la presentación (${p.admittedOn}), pasado el último día permitido (${p.max}).`,
  'confidence.matter-unstated': (p) =>
    `No se indicó la materia; en esta fecha la cuestión de confianza no puede versar sobre: ${p.excluded}.`,
  'confidence.matter.excluded': (p) =>
    `En esta fecha la cuestión de confianza no puede versar sobre ${matterName(p.matter)}.`,
  'confidence.matter.rejected-de-plano': (p) =>
    `La cuestión de confianza sobre ${matterName(p.matter)} está excluida (Ley 31355): la Mesa la rechaza de plano, y el rechazo no es denegación de confianza.`,
  'confidence.matter.improcedente': (p) =>
    `La cuestión de confianza sobre ${matterName(p.matter)} está excluida (Ley 31355): el Pleno la declara improcedente, lo que no es denegación de confianza.`,
  'confidence.matter.allowed': (p) =>
    `En esta fecha la cuestión de confianza puede versar sobre ${matterName(p.matter)}.`,
  'confidence.matter.conditional': (p) =>
    `La cuestión de confianza sobre ${matterName(p.matter)} procede solo si es competencia del Ejecutivo vinculada a su política general (Ley 31355 art. 1); no se decide aquí.`,
  'confidence.granted': () => 'Se otorga la confianza.',
  'confidence.refusal-express': () =>
    'Solo esta votación expresa deniega la confianza; la conducta del Congreso no puede leerse como denegación (Ley 31355).',
  'confidence.minister-must-resign': (p) => `Confianza denegada: el ministro${who(p.person)} debe renunciar.`,
  'confidence.raised': (p) =>
    `Se plantea cuestión de confianza por ${p.scope === 'council' ? 'todo el Consejo' : 'un ministro'}${p.matter ? ` sobre ${matterName(p.matter)}` : ''}.`,
};
