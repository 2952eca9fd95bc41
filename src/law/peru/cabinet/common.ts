/**
 * What the cabinet procedures share: the citations of the Council's political responsibility and the
 * effect of a total crisis (Const. art. 133), which counts toward dissolution only when Congress caused it
 * by censure or refusal of confidence (art. 134).
 */
import type { Context, Effect } from '../../rule.js';
import type { FallenCouncil } from '../../state.js';
import type { Citation } from '../../types.js';
import { constitution, LEY_31988 } from '../sources.js';

// Shared with the interpretations; one definition each in ../sources.ts.
export { LEY_31355, TC_00004_2022 } from '../sources.js';

export const ART_133 = constitution('133');
export const ART_134 = constitution('134');

export const RL_004_2021: Citation = {
  kind: 'reglamento',
  cite: 'RL 004-2021-2022-CR (Reglamento art. 86 c–e: rejection de plano, improcedencia)',
  url: 'https://spij.minjus.gob.pe/spij-ext-web/#/detallenorma/H779494',
  published: '2021-11-16',
};

export const RL_007_2017: Citation = {
  kind: 'reglamento',
  cite: 'RL 007-2017-2018-CR (Reglamento art. 86 e, 2018 text)',
  url: 'https://spij.minjus.gob.pe/spij-ext-web/#/detallenorma/H779494',
  published: '2018-03-10',
};

export const TC_0006_2018: Citation = {
  kind: 'ruling',
  cite: 'TC Exp. 0006-2018-PI/TC (annulled Reglamento art. 86 e as amended in 2018)',
  url: 'https://spij.minjus.gob.pe/spij-ext-web/#/detallenorma/H779494',
  published: '2018-11-19',
};

/** Whether the action concerns the whole Council: `scope: council`, or a target who is Prime Minister. */
export function concernsCouncil(ctx: Context): boolean {
  if (ctx.action.scope) return ctx.action.scope === 'council';
  const pm = ctx.state.offices?.primeMinister;
  return !!pm && ctx.action.target === pm;
}

/** A total crisis caused by Congress: the Council falls and the fall counts toward Art. 134. */
export function councilFalls(ctx: Context, how: FallenCouncil['how'], extra: Citation[] = []): Effect[] {
  const bicameral = ctx.chamber === 'deputies';
  return [
    {
      code: 'cabinet.crisis-total',
      params: { primeMinister: ctx.state.offices?.primeMinister ?? ctx.action.target ?? null },
      cites: [ART_133, ...extra],
    },
    {
      code: 'council.counts-toward-dissolution',
      params: { how },
      cites: bicameral ? [ART_134, LEY_31988] : [ART_134],
    },
  ];
}
