/**
 * Citations shared by several rules. Each names the article or instrument and where to read it; the
 * text is paraphrased in the rules, never copied.
 */
import type { Citation } from '../types.js';

const CONST_URL = 'https://github.com/Duvet05/Peru-Constitution';
const RC_URL = 'https://lpderecho.pe/tuo-reglamento-congreso-republica-actualizado-lp-derecho/';
const RC_SPIJ = 'https://spij.minjus.gob.pe/spij-ext-web/#/detallenorma/H779494';

export const constitution = (article: string): Citation => ({
  kind: 'constitution',
  cite: `Const. art. ${article}`,
  url: CONST_URL,
});

export const reglamento = (article: string, url = RC_URL): Citation => ({
  kind: 'reglamento',
  cite: `Reglamento del Congreso art. ${article}`,
  url,
});

export const reglamentoSpij = (article: string) => reglamento(article, RC_SPIJ);

export const LEY_31988: Citation = {
  kind: 'law',
  cite: 'Ley 31988 (bicameral Congress)',
  url: 'https://lpderecho.pe/ley-31988-reforma-constitucional-bicameralidad-reeleccion-parlamentaria/',
  published: '2024-03-20',
};

export const RL_030_2003: Citation = {
  kind: 'reglamento',
  cite: 'RL 030-2003-CR art. 2 (adds Reglamento art. 89-A)',
  url: RC_SPIJ,
  published: '2004-06-04',
};

export const RL_005_2025: Citation = {
  kind: 'reglamento',
  cite: 'Reglamento de la Cámara de Diputados art. 193 (RL 005-2025-2026-CR)',
  url: 'https://www.infobae.com/peru/2025/11/14/congreso-oficializa-nuevo-proceso-de-vacancia-presidencial-por-incapacidad-moral-asi-se-aplicara-desde-el-2026/',
  published: '2025-11-13',
};

export const RL_006_2025: Citation = {
  kind: 'reglamento',
  cite: 'Reglamento del Senado art. 194 (RL 006-2025-2026-CR)',
  url: 'https://rpp.pe/politica/elecciones/congreso-bicameral-cual-sera-el-procedimiento-que-tendran-diputados-y-senadores-en-caso-de-una-vacancia-presidencial-noticia-1677768',
  published: '2025-11-13',
};

export const TC_0006_2003: Citation = {
  kind: 'ruling',
  cite: 'TC Exp. 0006-2003-AI/TC (2003-12-01)',
  url: 'https://diariolaultima.pe/?p=10612',
};

/** Ley 31355: scope of the question of confidence; confidence refused only by an express vote (no factual denial). */
export const LEY_31355: Citation = {
  kind: 'law',
  cite: 'Ley 31355 art. 1 (scope of the question of confidence; no factual denial)',
  url: 'https://cdn.www.gob.pe/uploads/document/file/2310253/Ley%20N%C2%B0%2031355.pdf.pdf',
  published: '2021-10-21',
};

/** The 2019 dissolution upheld: confidence may be tied to a procedure of Congress; a factual denial counted. */
export const TC_0006_2019: Citation = {
  kind: 'ruling',
  cite: 'TC Exp. 0006-2019-CC/TC (2020-01-14: dissolution upheld; confidence may concern the TC-election procedure)',
  url: 'https://lpderecho.pe/articulo-134-de-la-constitucion-disolucion-del-congreso',
  published: '2020-01-23',
};

/** The factual denial held unconstitutional: only Congress decides whether confidence was refused. */
export const TC_00004_2022: Citation = {
  kind: 'ruling',
  cite: 'TC Exp. 00004-2022-CC/TC (2023-05-30: only Congress decides whether confidence was refused)',
  url: 'https://www.infobae.com/peru/2023/06/20/tribunal-constitucional-se-pronuncia-sobre-la-denegatoria-factica-de-la-cuestion-de-confianza',
  published: '2023-06-19',
};

/** The dates on which the rulebook's eras change (DESIGN: versions are half-open intervals). */
export const ERA = {
  constitution1993: '1993-12-31',
  art89A: '2004-06-04',
  bicameral: '2026-07-28',
} as const;
