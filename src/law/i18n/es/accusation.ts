import type { TranslationOf } from '../types.js';
import type { accusation as en } from '../en/accusation.js';

const chargeName = (c: unknown) =>
  ({
    treason: 'traición a la patria',
    'preventing-elections': 'impedir las elecciones',
    'dissolving-congress': 'disolver el Congreso fuera del art. 134',
    'preventing-congress': 'impedir la reunión o funcionamiento del Congreso o de los organismos electorales',
    'constitutional-infraction': 'otra infracción constitucional',
    'other-crime': 'otro delito',
  })[String(c)] ?? String(c);
const who = (p: unknown) => (p === null || p === undefined ? '' : ` (${p})`);

export const accusation: TranslationOf<typeof en> = {
  'accusation.art117-unchecked': () =>
    'El acusado es el Presidente en ejercicio: durante su mandato solo caben los cargos del art. 117; no se indicó el cargo.',
  'accusation.art117.ok': (p) =>
    `El cargo (${chargeName(p.charge)}) es uno de los que el art. 117 permite contra el Presidente en ejercicio.`,
  'accusation.art117.excluded': (p) =>
    `Durante su mandato el Presidente solo puede ser acusado por los actos del art. 117, no por ${chargeName(p.charge)}.`,
  'accusation.stage-unstated': () =>
    'No se indicó la etapa: se trata como acusación (ha lugar a formación de causa), no como sanción.',
  'accusation.deputies-accuse-only': () =>
    'Desde el 2026-07-28 la Cámara de Diputados solo acusa; el Senado decide las sanciones (arts. 99–100 modificados por la Ley 31988).',
  'accusation.senate-decides': () =>
    'Desde el 2026-07-28 el Senado no acusa: decide sobre la acusación que le envía la Cámara de Diputados (arts. 99–100).',
  'accusation.threshold-unverified': () =>
    'No se encontró la mayoría que exigen los reglamentos de 2025; la cifra mostrada traslada la fracción unicameral (confianza baja).',
  'accusation.base-unknown': () =>
    'No se indicó cuántos miembros tiene la Comisión Permanente: no puede calcularse la base (número legal menos ellos) ni los votos necesarios.',
  'accusation.rejected': () => 'No se aprueba la acusación.',
  'accusation.approved': (p) =>
    `Se aprueba la acusación${who(p.target)}; el acusado queda suspendido si el Pleno así lo decide.`,
  'accusation.fiscal-5-days': () =>
    'Si la acusación tiene contenido penal, el Fiscal de la Nación formula denuncia ante la Corte Suprema en cinco días (art. 100).',
  'accusation.sent-to-senate': (p) =>
    `La Cámara de Diputados acusa${who(p.target)} ante el Senado, que decide.`,
  'accusation.sanctioned': (p) =>
    `Se impone una sanción${who(p.target)}: suspensión, inhabilitación hasta por diez años o destitución (art. 100).`,
  'accusation.president-removal': () =>
    'La destitución del Presidente sancionado por una infracción del art. 117 vaca la presidencia (art. 113 inc. 5).',
  'suspension.ground-unstated': () =>
    'No se indicó la causa: el art. 114 permite suspender por incapacidad temporal o por proceso judicial conforme al art. 117.',
  'presidency.suspended': (p) => `Se suspende el ejercicio de la presidencia${who(p.person)}.`,
};
