import type { TranslationOf } from '../types.js';
import type { congress as en } from '../en/congress.js';

const scopeName = (s: unknown) =>
  ({
    term: 'en el periodo constitucional',
    president: 'bajo el Presidente en ejercicio',
    congress: 'por decisión del Congreso actual',
  })[String(s)] ?? String(s);
const proposalName = (p: unknown) =>
  ({
    'constituent-assembly': 'Una asamblea constituyente',
    'new-constitution': 'Una nueva constitución hecha fuera del art. 206',
  })[String(p)] ?? String(p);
const consejos = (n: unknown) => (n === 1 ? 'cayó 1 Consejo' : `cayeron ${n} Consejos`);
const bodyName = (b: unknown) =>
  b === 'deputies' ? 'la Cámara de Diputados disuelta' : 'el Congreso disuelto';

export const congress: TranslationOf<typeof en> = {
  'dissolution.count-unknown': (p) =>
    `El estado no registra Consejos de Ministros censurados o con confianza denegada: no se acreditan los ${p.required} que exige el art. 134.`,
  'dissolution.councils.enough': (p) =>
    `${consejos(p.counted)} por censura o denegación de confianza ${scopeName(p.scope)} (se requieren ${p.required}): ${p.list}.`,
  'dissolution.councils.short': (p) =>
    `Solo ${consejos(p.counted)} por censura o denegación de confianza ${scopeName(p.scope)}; el art. 134 exige ${p.required}${p.list === '—' ? '' : `: ${p.list}`}.`,
  'dissolution.factual-not-counted': () =>
    'No se cuenta la denegación fáctica registrada: con esta interpretación solo una votación expresa del Congreso deniega la confianza.',
  'dissolution.out-of-scope': (p) => `No se cuentan, porque no cayeron ${scopeName(p.scope)}: ${p.list}.`,
  'dissolution.senate-indissoluble': () =>
    'El Senado no puede ser disuelto: desde el 2026-07-28 el Presidente solo puede disolver la Cámara de Diputados (art. 134 modificado por la Ley 31988).',
  'dissolution.already-dissolved': () => 'El Congreso (la Cámara) ya está disuelto y no ha sido reemplazado.',
  'dissolution.last-year': (p) =>
    `El Congreso está en el último año de su mandato (${p.term}: del ${p.from} al ${p.to}); no cabe disolverlo.`,
  'dissolution.not-last-year': (p) =>
    `No es el último año del mandato del Congreso (${p.term}; el último año empieza el ${p.from}).`,
  'dissolution.under-siege': (p) =>
    `Rige un estado de sitio (del ${p.from} al ${p.to}); no cabe la disolución.`,
  'dissolution.siege-unverified': () =>
    'El estado no registra estados de excepción: no se verificó la prohibición durante el estado de sitio.',
  'dissolution.art-117': () =>
    'Disolver el Congreso fuera de los casos del art. 134 es uno de los actos por los que puede acusarse al Presidente en ejercicio (art. 117).',
  'congress.dissolved': () =>
    'El Congreso queda disuelto: cesan los mandatos de sus miembros, salvo los de la Comisión Permanente.',
  'deputies.dissolved': () => 'La Cámara de Diputados queda disuelta.',
  'elections.within': (p) =>
    `El decreto debe convocar elecciones para un nuevo órgano dentro de ${p.months} meses, hasta el ${p.by}, sin alterar el sistema electoral.`,
  'permanent-commission.stays': () =>
    'La Comisión Permanente se mantiene en funciones y no puede ser disuelta.',
  'senate.stays': () => 'El Senado se mantiene en funciones con plenas facultades; no puede ser disuelto.',
  'interregnum.decrees': () =>
    'En el interregno el Ejecutivo legisla mediante decretos de urgencia, de los que da cuenta a la Comisión Permanente para que los revise el nuevo Congreso (art. 135).',
  'interregnum.decrees-senate': () =>
    'En el interregno el Ejecutivo legisla mediante decretos de urgencia vinculados al funcionamiento del Estado, de los que da cuenta al Senado, que los revisa (art. 135).',
  'elections.failed-restores': (p) =>
    `Si las elecciones no se realizan a tiempo, ${bodyName(p.body)} se reúne de pleno derecho y destituye al Consejo de Ministros (art. 136).`,
  'congress.installed': (p) => `La cámara se instala para el periodo ${p.term}.`,
  'congress.installed-after-dissolution': (p) =>
    `${p.body === 'deputies' ? 'La nueva Cámara de Diputados' : 'El nuevo Congreso'} completa el mandato del órgano disuelto; tras el informe del Presidente del Consejo sobre el interregno puede ${p.body === 'deputies' ? 'censurar al Consejo' : 'censurar al Consejo o negarle la confianza'} (arts. 135–136).`,
  'reform.no-constituent-procedure': (p) =>
    `${proposalName(p.proposal)} no tiene procedimiento en la Constitución de 1993. La única vía es el art. 206: una reforma que primero la cree, aprobada por mayoría absoluta del número legal y ratificada por referéndum, o por más de dos tercios en dos legislaturas ordinarias sucesivas.`,
  'reform.route-unstated': () =>
    'No se indicó la vía: el umbral mostrado es el de la vía con referéndum (mayoría absoluta); la vía sin referéndum exige más de dos tercios en dos legislaturas ordinarias sucesivas.',
  'reform.genuine-legislatures': () =>
    'Las dos legislaturas ordinarias deben ser realmente sucesivas: no vale una legislatura creada dividiendo otra (TC, 2021).',
  'reform.rejected': () => 'La reforma no se aprueba.',
  'reform.to-referendum': () => 'Aprobada por mayoría absoluta: la reforma debe ratificarse por referéndum.',
  'reform.second-legislature': () =>
    'Primera aprobación con más de dos tercios: se necesita una segunda con más de dos tercios en la siguiente legislatura ordinaria; entonces no hace falta referéndum.',
  'reform.no-observation': () => 'El Presidente no puede observar una reforma constitucional.',
  'reform.other-chamber': () =>
    'La otra cámara debe aprobarla con la misma mayoría de su propio número legal.',
  'referendum.origin-unstated': () =>
    'No se indicó quién somete la reforma a referéndum: solo una reforma aprobada por el Congreso según el art. 206 puede someterse.',
  'referendum.executive-cannot': () =>
    'El Ejecutivo no puede someter por sí solo una reforma constitucional a referéndum: antes debe aprobarla el Congreso según el art. 206.',
  'referendum.citizen-closed': () =>
    'Desde la Ley 31399 una iniciativa ciudadana de reforma que el Congreso no aprobó no puede ir a referéndum.',
  'referendum.citizen-open': () =>
    'Antes de la Ley 31399 una iniciativa ciudadana de reforma rechazada por el Congreso aún podía ir a referéndum (Ley 26300 art. 41).',
  'referendum.congress-approved': () =>
    'La reforma fue aprobada por el Congreso según el art. 206 y va a referéndum.',
  'referendum.called': () => 'Se convoca el referéndum.',
  'tc.elected': (p) => `Magistrado del Tribunal Constitucional elegido${p.person ? ` (${p.person})` : ''}.`,
};
