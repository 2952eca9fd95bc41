import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadParameters, parseParameterFile } from './load.js';
import { InputError } from '../../lib/issues.js';
import { defaultParameters } from './default.js';

const ok = `
chamber.test.seats:
  description: test seats
  type: integer
  values:
    1993-12-31:
      value: 80
      cite: Const. art. 90
      url: https://example.org/a
    1995-07-27:
      value: 120
      cite: Const. art. 90
`;

function problems(text: string) {
  return parseParameterFile(text, 'p.yaml').issues.map((i) => ({
    code: i.code,
    line: i.line,
    field: i.field,
  }));
}

describe('parameter files', () => {
  it('loads values by effective date with their citations', () => {
    const { params, issues } = parseParameterFile(ok, 'p.yaml');
    expect(issues).toEqual([]);
    expect(params[0]!.values.map((v) => [v.from, v.value, v.citation.cite])).toEqual([
      ['1993-12-31', 80, 'Const. art. 90'],
      ['1995-07-27', 120, 'Const. art. 90'],
    ]);
  });

  it('rejects a value without a citation, naming file, line and field', () => {
    const text = ok.replace('      cite: Const. art. 90\n      url', '      url');
    expect(problems(text)).toEqual([
      { code: 'missing_citation', line: 6, field: 'chamber.test.seats.values.1993-12-31.cite' },
    ]);
  });

  it('rejects dates out of order', () => {
    const text = ok.replace('1995-07-27', '1990-01-01');
    expect(problems(text)).toEqual([
      { code: 'dates_out_of_order', line: 10, field: 'chamber.test.seats.values.1990-01-01' },
    ]);
  });

  it('rejects impossible dates', () => {
    expect(problems(ok.replace('1995-07-27', '1995-02-30'))).toEqual([
      { code: 'invalid_date', line: 10, field: 'chamber.test.seats.values.1995-02-30' },
    ]);
  });

  it('rejects a value of the wrong type', () => {
    expect(problems(ok.replace('value: 120', 'value: "many"'))).toEqual([
      { code: 'invalid_type', line: 11, field: 'chamber.test.seats.values.1995-07-27.value' },
    ]);
    expect(problems(ok.replace('value: 120', 'value: -3'))[0]?.code).toBe('invalid_type');
    expect(problems(ok.replace('type: integer', 'type: threshold'))[0]?.code).toBe('invalid_type');
  });

  it('rejects unknown fields, bad urls and unknown types', () => {
    expect(problems(ok.replace('url: https://example.org/a', 'link: https://example.org/a'))).toEqual([
      { code: 'unknown_field', line: 9, field: 'chamber.test.seats.values.1993-12-31.link' },
    ]);
    expect(problems(ok.replace('https://example.org/a', 'example.org'))[0]).toMatchObject({
      code: 'invalid_url',
      line: 9,
    });
    expect(problems(ok.replace('type: integer', 'type: money'))[0]).toMatchObject({
      code: 'invalid_value',
      line: 4,
    });
  });

  it('reports malformed YAML with its line', () => {
    expect(problems('a:\n  b: [1, 2\n  c: 3\n')[0]).toMatchObject({ code: 'yaml_syntax' });
    expect(problems('a:\n  b: [1, 2\n  c: 3\n')[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reads threshold specs', () => {
    const text = ok
      .replace('type: integer', 'type: threshold')
      .replace('value: 80', 'value: ">= 2/3 of legal"')
      .replace('value: 120', 'value: "> 1/2 of present"');
    const { params, issues } = parseParameterFile(text, 'p.yaml');
    expect(issues).toEqual([]);
    expect(params[0]!.values[0]!.value).toMatchObject({
      comparison: 'at-least',
      base: 'legal',
      fraction: { num: 2, den: 3 },
    });
  });

  it('throws every problem of every file at once, and refuses a key defined twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'params-'));
    writeFileSync(join(dir, 'a.yaml'), ok);
    writeFileSync(join(dir, 'b.yaml'), ok.replace('value: 120', 'value: x'));
    try {
      loadParameters(dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const codes = (e as InputError).issues.map((i) => i.code).sort();
      expect(codes).toEqual(['duplicate_id', 'invalid_type']);
      expect((e as InputError).format()).toMatch(/b\.yaml:line 11: invalid_type/);
    }
  });
});

describe('embedded parameters', () => {
  const params = defaultParameters();
  it('give the chamber sizes by date', () => {
    const seats = (c: string, d: string) => params.lookup(`chamber.${c}.seats`, d)?.value;
    expect(seats('congress', '1993-12-31')).toBe(80);
    expect(seats('congress', '1995-07-26')).toBe(80);
    expect(seats('congress', '1995-07-27')).toBe(120);
    expect(seats('congress', '2011-07-26')).toBe(120);
    expect(seats('congress', '2011-07-27')).toBe(130);
    expect(seats('senate', '2026-07-27')).toBeNull();
    expect(seats('senate', '2026-07-28')).toBe(60);
    expect(seats('deputies', '2026-07-28')).toBe(130);
  });
  it('cite every value', () => {
    for (const p of params.byKey.values())
      for (const v of p.values) expect(v.citation.cite.length).toBeGreaterThan(3);
  });
});
