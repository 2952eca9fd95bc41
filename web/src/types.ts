/** The shapes the API answers with (the subset the pages read). */
export interface Citation {
  kind: string;
  cite: string;
  url?: string;
}
export interface ExplanationNode {
  code: string;
  ok?: boolean;
  cites?: Citation[];
  text: string;
  children?: ExplanationNode[];
}
export interface Verdict {
  kind: string;
  date: string;
  chamber: string;
  rule: string;
  permitted: boolean;
  passed: boolean | null;
  required: number | null;
  base: string | null;
  baseCount: number | null;
  margin: number | null;
  arithmetic: string | null;
  citations: Citation[];
  explanation: ExplanationNode;
  effects: { code: string; text: string; cites?: Citation[] }[];
  interpretations: { key: string; option: string; chosen: string; cites: Citation[] }[];
  reasons: string[];
}
export interface Tally {
  for: number;
  against: number;
  abstain: number;
  absent?: number;
}
export interface Interpretation {
  key: string;
  question: { en: string; es: string };
  options: { id: string; label: { en: string; es: string }; cites: Citation[] }[];
  default: { option: string; because: { en: string; es: string } };
}
