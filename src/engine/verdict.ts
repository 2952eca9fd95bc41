import type { IsoDate } from '../lib/dates.js';
import type { Base } from '../law/threshold.js';
import type { Chamber, Citation } from '../law/types.js';
import type { Params } from '../law/rule.js';

/** A node of the explanation tree; `text` is rendered from `code` + `params` in the requested language. */
export interface ExplanationNode {
  code: string;
  params?: Params;
  ok?: boolean;
  cites?: Citation[];
  text: string;
  children?: ExplanationNode[];
}

export interface VerdictEffect {
  code: string;
  params?: Params;
  text: string;
  cites?: Citation[];
}

export interface InterpretationUse {
  key: string;
  option: string;
  chosen: 'default' | 'user';
  cites: Citation[];
}

/** The engine's answer (DESIGN §4 `evaluate` output). */
export interface Verdict {
  kind: string;
  date: IsoDate;
  chamber: Chamber;
  rule: string;
  permitted: boolean;
  /** `null` for steps that are not votes. */
  passed: boolean | null;
  required: number | null;
  base: Base | null;
  baseCount: number | null;
  margin: number | null;
  arithmetic: string | null;
  citations: Citation[];
  explanation: ExplanationNode;
  effects: VerdictEffect[];
  interpretations: InterpretationUse[];
  /** The blocking reasons, when `permitted` is false. */
  reasons: string[];
}
