/**
 * Disputed points of law as named interpretations. Each option cites the authority for it; the default
 * is the prevailing reading on the date, and a user may switch it (`interpretations: {key: option}`).
 */
import type { IsoDate } from '../lib/dates.js';
import { issue, InputError } from '../lib/issues.js';
import type { Citation, Localized } from './types.js';
import { LEY_31355, TC_00004_2022, TC_0006_2019 } from './peru/sources.js';

export interface InterpretationOption {
  id: string;
  label: Localized;
  cites: Citation[];
}

export interface Interpretation {
  key: string;
  question: Localized;
  options: InterpretationOption[];
  /** The default option from each date (sorted); the last whose `from` is on or before the date applies. */
  defaults: { from: IsoDate; option: string; because: Localized }[];
}

const DS_165_2019: Citation = {
  kind: 'official',
  cite: 'DS 165-2019-PCM (dissolution decree counting the 2017 refusal)',
  url: 'https://es.scribd.com/document/502570763/CIERRE-DEL-CONGRESO',
};
const ART_134: Citation = {
  kind: 'constitution',
  cite: 'Const. art. 134',
  url: 'https://lpderecho.pe/articulo-134-de-la-constitucion-disolucion-del-congreso',
};
const ART_130: Citation = {
  kind: 'constitution',
  cite: 'Const. art. 130',
  url: 'https://github.com/Duvet05/Peru-Constitution',
};
const INV_PRACTICE: Citation = {
  kind: 'press',
  cite: 'Investiture practice: Torres cabinet, 2022-03-09, 64-58-2 with 127 present',
  url: 'https://epicentro.tv/confianza-con-las-justas/',
};
const DEL_SOLAR_2019: Citation = {
  kind: 'press',
  cite: 'Del Solar cabinet invested 2019-04-05 with 46-27-21 (abstentions not counted against it)',
  url: 'https://peru21.pe/politica/46-congresistas-le-dieron-voto-confianza-solar-470303',
};
const FERNANDEZ_2011: Citation = {
  kind: 'press',
  cite: 'Rosario Fernández cabinet invested with 47-0-28 (2011)',
  url: 'https://redaccion.lamula.pe/2019/04/05/del-solar-sobre-la-baja-votacion-de-investidura-no-veniamos-pensando-en-una-cantidad-de-votos/redaccionmulera/',
};
const ART_115: Citation = {
  kind: 'constitution',
  cite: 'Const. art. 115',
  url: 'https://github.com/Duvet05/Peru-Constitution',
};
const JERI_2026: Citation = {
  kind: 'press',
  cite: 'Censure of José Jerí as President of Congress ended his presidency of the Republic (2026-02-17)',
  url: 'https://larepublica.pe/politica/2026/02/17/jose-jeri-congreso-admite-la-mocion-de-censura-contra-el-presidente-e-iniciara-el-debate-hnews-196469',
};
const PANIAGUA_2000: Citation = {
  kind: 'press',
  cite: 'Congress ratified Paniagua as President of Congress so that his presidency, derived from it, stood (Nov 2000)',
  url: 'https://informativos.net/2000/el-congreso-peruano-ratifico-a-valentin-paniagua-como-su-titular',
};
const ART_113: Citation = {
  kind: 'constitution',
  cite: 'Const. art. 113 (the presidency is vacated only on its listed causes)',
  url: 'https://github.com/Duvet05/Peru-Constitution',
};
const ALVAREZ_2026: Citation = {
  kind: 'press',
  cite: 'PM Ernesto Álvarez called the censure route an infracción constitucional: vacancy should have been used (2026-02)',
  url: 'https://www.infobae.com/peru/2026/02/17/un-congreso-desprestigiado-elegira-a-un-nuevo-mandatario-desaprobacion-del-parlamento-alcanza-un-80/?outputType=amp-type',
};

export const INTERPRETATIONS: readonly Interpretation[] = [
  {
    key: 'confidence.factual-denial',
    question: {
      en: 'Can the Executive treat Congress’s conduct as a refusal of confidence without an express vote?',
      es: '¿Puede el Ejecutivo tener por denegada la confianza sin votación expresa del Congreso (denegación fáctica)?',
    },
    options: [
      {
        id: 'accepted',
        label: { en: 'yes: a factual denial counts', es: 'sí: la denegación fáctica cuenta' },
        cites: [TC_0006_2019],
      },
      {
        id: 'rejected',
        label: {
          en: 'no: only an express vote of Congress',
          es: 'no: solo una votación expresa del Congreso',
        },
        cites: [LEY_31355, TC_00004_2022],
      },
    ],
    defaults: [
      {
        from: '1993-12-31',
        option: 'rejected',
        because: { en: 'no such doctrine had been applied', es: 'la doctrina aún no se había aplicado' },
      },
      {
        from: '2019-09-30',
        option: 'accepted',
        because: {
          en: 'applied on 2019-09-30 and upheld by TC Exp. 0006-2019-CC/TC',
          es: 'aplicada el 2019-09-30 y avalada por el TC Exp. 0006-2019-CC/TC',
        },
      },
      {
        from: '2021-10-22',
        option: 'rejected',
        because: {
          en: 'Ley 31355 (in force 2021-10-22); TC Exp. 00004-2022-CC/TC',
          es: 'Ley 31355 (vigente 2021-10-22); TC Exp. 00004-2022-CC/TC',
        },
      },
    ],
  },
  {
    key: 'dissolution.count-scope',
    question: {
      en: 'Which fallen Councils of Ministers count toward the two that Art. 134 requires?',
      es: '¿Qué crisis totales cuentan para las dos que exige el art. 134?',
    },
    options: [
      {
        id: 'term',
        label: {
          en: 'all in the constitutional term (2019 practice)',
          es: 'todas las del periodo constitucional (práctica de 2019)',
        },
        cites: [DS_165_2019, TC_0006_2019],
      },
      {
        id: 'president',
        label: { en: 'only those under the current President', es: 'solo las del Presidente en ejercicio' },
        cites: [ART_134],
      },
      {
        id: 'congress',
        label: {
          en: 'only those decided by the current Congress',
          es: 'solo las decididas por el Congreso actual',
        },
        cites: [ART_134],
      },
    ],
    defaults: [
      {
        from: '1993-12-31',
        option: 'term',
        because: { en: 'the 2019 practice, upheld by the TC', es: 'la práctica de 2019, avalada por el TC' },
      },
    ],
  },
  {
    key: 'investiture.majority',
    question: {
      en: 'What majority does an investiture vote need?',
      es: '¿Qué mayoría necesita el voto de investidura?',
    },
    options: [
      {
        id: 'present',
        label: { en: 'a majority of members present', es: 'mayoría de los presentes' },
        cites: [ART_130, INV_PRACTICE],
      },
      {
        id: 'legal',
        label: { en: 'a majority of the legal number', es: 'mayoría del número legal' },
        cites: [ART_130],
      },
      {
        id: 'cast',
        label: {
          en: 'more votes for than against (abstentions not counted)',
          es: 'más votos a favor que en contra (sin contar abstenciones)',
        },
        cites: [ART_130, DEL_SOLAR_2019, FERNANDEZ_2011],
      },
    ],
    defaults: [
      {
        from: '1993-12-31',
        option: 'cast',
        because: {
          en: 'practice to 2019: cabinets were invested with fewer votes for than abstentions and votes against together (Fernández 2011, 47-0-28; Del Solar 2019, 46-27-21)',
          es: 'práctica hasta 2019: se invistió a gabinetes con menos votos a favor que la suma de abstenciones y votos en contra (Fernández 2011, 47-0-28; Del Solar 2019, 46-27-21)',
        },
      },
      {
        from: '2021-07-27',
        option: 'present',
        because: {
          en: 'practice of the 2021-2026 Congress: a majority of those present (Torres 2022: 64 of 127 needed); the exact date of the change is not sourced',
          es: 'práctica del Congreso 2021-2026: mayoría de los presentes (Torres 2022: se necesitaban 64 de 127); la fecha exacta del cambio no está documentada',
        },
      },
    ],
  },
  {
    key: 'succession.acting-president-falls-with-mesa',
    question: {
      en: 'Does censuring a President of Congress who is acting as President of the Republic also end that presidency?',
      es: '¿La censura del Presidente del Congreso que ejerce la Presidencia de la República pone fin también a esa presidencia?',
    },
    options: [
      {
        id: 'yes',
        label: {
          en: 'yes: the presidency derives from the office of President of Congress',
          es: 'sí: la presidencia deriva del cargo de Presidente del Congreso',
        },
        cites: [ART_115, PANIAGUA_2000, JERI_2026],
      },
      {
        id: 'no',
        label: {
          en: 'no: only a vacancy under Art. 113 ends it',
          es: 'no: solo la vacancia del art. 113 la termina',
        },
        cites: [ART_113, ALVAREZ_2026],
      },
    ],
    defaults: [
      {
        from: '1993-12-31',
        option: 'yes',
        because: {
          en: 'the 2000 ratification of Paniagua and the 2026 censure of Jerí',
          es: 'la ratificación de Paniagua en 2000 y la censura de Jerí en 2026',
        },
      },
    ],
  },
];

const BY_KEY = new Map(INTERPRETATIONS.map((i) => [i.key, i]));

export function getInterpretation(key: string): Interpretation | undefined {
  return BY_KEY.get(key);
}

export function defaultOption(key: string, date: IsoDate): { option: string; because: Localized } {
  const interp = BY_KEY.get(key);
  if (!interp) throw new Error(`unknown interpretation ${key}`);
  let chosen = interp.defaults[0]!;
  for (const d of interp.defaults) if (d.from <= date) chosen = d;
  return chosen;
}

/** Refuses unknown keys and options, listing the known ones. */
export function validateInterpretations(choices: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const problems = [];
  for (const [key, option] of Object.entries(choices ?? {})) {
    const interp = BY_KEY.get(key);
    if (!interp) {
      const known = INTERPRETATIONS.map((i) => i.key).join(', ');
      problems.push(
        issue(
          'unknown_interpretation',
          `unknown interpretation "${key}"; known: ${known}`,
          `interpretación desconocida "${key}"; conocidas: ${known}`,
          { field: `interpretations.${key}` },
        ),
      );
      continue;
    }
    if (!interp.options.some((o) => o.id === option)) {
      const known = interp.options.map((o) => o.id).join(', ');
      problems.push(
        issue(
          'unknown_option',
          `unknown option "${option}" for ${key}; options: ${known}`,
          `opción desconocida "${option}" para ${key}; opciones: ${known}`,
          { field: `interpretations.${key}` },
        ),
      );
      continue;
    }
    out[key] = option;
  }
  if (problems.length) throw new InputError(problems);
  return out;
}
