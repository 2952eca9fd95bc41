/**
 * Problems found in input, reported all at once (as zod does): where (file, line, field), a stable code,
 * and a message in Spanish and English.
 */
export type IssueCode =
  | 'yaml_syntax'
  | 'invalid_type'
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_date'
  | 'dates_out_of_order'
  | 'missing_citation'
  | 'missing_source'
  | 'invalid_url'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'tally_exceeds_chamber'
  | 'negative_count'
  | 'outside_term'
  | 'invalid_value'
  | 'date_out_of_range'
  | 'unknown_kind'
  | 'unknown_interpretation'
  | 'unknown_option'
  | 'invalid_json'
  | 'no_rule';

export interface Issue {
  code: IssueCode;
  file?: string;
  line?: number;
  /** Dotted path of the field, e.g. `vacancy.vote.approval.values.2004-06-04.value`. */
  field?: string;
  message: { en: string; es: string };
}

export function formatIssue(issue: Issue, lang: 'en' | 'es' = 'en'): string {
  const where = [issue.file, issue.line !== undefined ? `line ${issue.line}` : undefined]
    .filter(Boolean)
    .join(':');
  const field = issue.field ? ` [${issue.field}]` : '';
  return `${where ? where + ': ' : ''}${issue.code}${field}: ${issue.message[lang]}`;
}

/** Bad input from a user or a data file: the faces print it and exit non-zero (CLI) or answer 4xx (HTTP). */
export class InputError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => formatIssue(i)).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
  }
  format(lang: 'en' | 'es' = 'en'): string {
    return this.issues.map((i) => formatIssue(i, lang)).join('\n');
  }
}

export function issue(code: IssueCode, en: string, es: string, where: Partial<Issue> = {}): Issue {
  return { code, ...where, message: { en, es } };
}
