/**
 * Election of Constitutional Court magistrates (Const. art. 201): two thirds of the legal number of
 * Congress; from 2026-07-28 the Senate, two thirds of its legal number (arts. 102-A inc. 4, 201 as amended
 * by Ley 31988). Numbers in data/peru/parameters/congress.yaml.
 */
import type { RuleVersion } from '../../rule.js';
import { constitution, ERA, LEY_31988 } from '../sources.js';

const ART_201 = constitution('201');

export const tcRules: RuleVersion[] = [
  {
    id: `tc.elect@${ERA.constitution1993}`,
    kinds: ['tc.elect'],
    validFrom: ERA.constitution1993,
    validTo: ERA.bicameral,
    title: {
      en: 'Election of a Constitutional Court magistrate',
      es: 'Elección de un magistrado del Tribunal Constitucional',
    },
    cites: [ART_201],
    confidence: 'high',
    vote: true,
    chambers: ['congress'],
    threshold: () => ({ param: 'tc.elect.threshold' }),
    effects: (ctx, passed) =>
      passed ? [{ code: 'tc.elected', params: { person: ctx.action.target ?? null }, cites: [ART_201] }] : [],
  },
  {
    id: `tc.elect@${ERA.bicameral}`,
    kinds: ['tc.elect'],
    validFrom: ERA.bicameral,
    title: {
      en: 'Election of a Constitutional Court magistrate by the Senate',
      es: 'Elección de un magistrado del Tribunal Constitucional por el Senado',
    },
    cites: [ART_201, constitution('102-A inc. 4'), LEY_31988],
    confidence: 'high',
    vote: true,
    chambers: ['senate'],
    threshold: () => ({ param: 'tc.elect.threshold' }),
    effects: (ctx, passed) =>
      passed ? [{ code: 'tc.elected', params: { person: ctx.action.target ?? null }, cites: [ART_201] }] : [],
  },
];
