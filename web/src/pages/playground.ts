/**
 * The what-if playground: a scenario (date, step, tally, interpretations) → the verdict from
 * POST /api/evaluate, recomputed on every change; the scenario lives in the address (?s=) so the link
 * reproduces it, and it can be saved to the workspace.
 */
import { api } from '../api.js';
import { errorBox, hemicycleDiagram, verdictCard } from '../components.js';
import { clear, h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { replaceParams, type Route } from '../main.js';
import { DEFAULT_SCENARIO, decodeScenario, encodeScenario, type Scenario } from '../scenario.js';
import type { Interpretation, Verdict } from '../types.js';

function numberField(
  label: string,
  value: number | undefined,
  name: string,
  onInput: (v: number | undefined) => void,
): HTMLElement {
  const input = h('input', {
    type: 'number',
    min: 0,
    max: 1000,
    step: 1,
    inputmode: 'numeric',
    name,
    value: value ?? '',
    'data-testid': `field-${name}`,
  });
  input.addEventListener('input', () => {
    const v = input.value === '' ? undefined : Number(input.value);
    onInput(v !== undefined && Number.isFinite(v) ? v : undefined);
  });
  return h('label', { class: 'field' }, h('span', null, label), input);
}

export async function render(main: HTMLElement, route: Route): Promise<void> {
  const scenario: Scenario = structuredClone(decodeScenario(route.params.get('s')) ?? DEFAULT_SCENARIO);
  const [{ kinds }, interps] = await Promise.all([
    api.get<{ kinds: string[] }>('/api/kinds'),
    api
      .get<{ interpretations: Interpretation[] }>(
        `/api/interpretations?date=${encodeURIComponent(scenario.date)}`,
      )
      .catch(() => ({ interpretations: [] as Interpretation[] })),
  ]);
  const out = h('div', { class: 'result', 'data-testid': 'playground-result' });
  const status = h('p', { class: 'status', role: 'status' });
  let seq = 0;

  const update = async () => {
    const mine = ++seq;
    replaceParams({ s: encodeScenario(scenario) });
    out.dataset.state = 'loading';
    try {
      const v = await api.post<Verdict>('/api/evaluate', scenario);
      if (mine !== seq) return;
      clear(out);
      const tally = scenario.action.tally;
      if (tally && v.baseCount !== null) {
        out.appendChild(hemicycleDiagram({ seats: seatsFor(v, tally), tally, required: v.required }));
      }
      out.appendChild(verdictCard(v));
    } catch (e) {
      if (mine !== seq) return;
      clear(out);
      out.appendChild(errorBox(e));
    }
    out.dataset.state = 'done';
  };

  const tally = () => (scenario.action.tally ??= { for: 0, against: 0, abstain: 0 });
  const dateInput = h('input', {
    type: 'date',
    name: 'date',
    value: scenario.date,
    min: '1993-12-31',
    'data-testid': 'field-date',
    required: true,
  });
  dateInput.addEventListener('change', () => {
    if (dateInput.value) {
      scenario.date = dateInput.value;
      void update();
    }
  });
  const kindSelect = h(
    'select',
    { name: 'kind', 'data-testid': 'field-kind' },
    kinds.map((k) => h('option', { value: k, selected: k === scenario.action.kind }, k)),
  );
  kindSelect.addEventListener('change', () => {
    scenario.action.kind = kindSelect.value;
    void update();
  });
  const chamberSelect = h(
    'select',
    { name: 'chamber', 'data-testid': 'field-chamber' },
    h('option', { value: '' }, '—'),
    (['congress', 'deputies', 'senate'] as const).map((c) =>
      h('option', { value: c, selected: scenario.action.chamber === c }, t(`chamber.${c}`)),
    ),
  );
  chamberSelect.addEventListener('change', () => {
    if (chamberSelect.value) scenario.action.chamber = chamberSelect.value;
    else delete scenario.action.chamber;
    void update();
  });
  const tallyFields = (['for', 'against', 'abstain', 'absent'] as const).map((k) =>
    numberField(t(`tally.${k}`), scenario.action.tally?.[k], k, (v) => {
      if (k === 'absent' && v === undefined) delete tally().absent;
      else tally()[k] = v ?? 0;
      void update();
    }),
  );
  const other = (['signatures', 'habiles'] as const).map((k) =>
    numberField(t(`playground.${k}`), scenario.action[k], k, (v) => {
      if (v === undefined) delete scenario.action[k];
      else scenario.action[k] = v;
      void update();
    }),
  );
  const interpFields = interps.interpretations.map((i) => {
    const sel = h(
      'select',
      { name: `interp-${i.key}`, 'data-testid': `interp-${i.key}` },
      h('option', { value: '' }, t('playground.default', { option: i.default.option })),
      i.options.map((o) =>
        h('option', { value: o.id, selected: scenario.interpretations?.[i.key] === o.id }, o.label[lang()]),
      ),
    );
    sel.addEventListener('change', () => {
      scenario.interpretations ??= {};
      if (sel.value) scenario.interpretations[i.key] = sel.value;
      else delete scenario.interpretations[i.key];
      if (!Object.keys(scenario.interpretations).length) delete scenario.interpretations;
      void update();
    });
    return h('label', { class: 'field wide' }, h('span', null, i.question[lang()]), sel);
  });
  const title = h('input', {
    type: 'text',
    name: 'title',
    maxlength: 300,
    value: `${scenario.action.kind} ${scenario.date}`,
    'data-testid': 'scenario-title',
  });
  const save = h(
    'button',
    {
      type: 'button',
      'data-testid': 'save-scenario',
      on: {
        click: () => {
          api
            .post<{ id: string }>('/api/workspace/scenarios', {
              title: title.value || `${scenario.action.kind} ${scenario.date}`,
              data: scenario,
            })
            .then(() => {
              status.textContent = t('common.saved');
            })
            .catch((e: unknown) => {
              clear(status);
              status.appendChild(errorBox(e));
            });
        },
      },
    },
    t('playground.saveAs'),
  );
  const share = h(
    'button',
    {
      type: 'button',
      on: {
        click: () => {
          void navigator.clipboard?.writeText(location.href).then(
            () => (status.textContent = t('playground.copied')),
            () => undefined,
          );
        },
      },
    },
    t('playground.share'),
  );

  main.append(
    h('h1', null, t('playground.title')),
    h('p', { class: 'intro' }, t('playground.intro')),
    h(
      'form',
      { class: 'scenario', on: { submit: (e) => e.preventDefault() } },
      h(
        'fieldset',
        null,
        h('legend', null, t('common.event')),
        h('label', { class: 'field' }, h('span', null, t('common.date')), dateInput),
        h('label', { class: 'field' }, h('span', null, t('common.kind')), kindSelect),
        h('label', { class: 'field' }, h('span', null, t('common.chamber')), chamberSelect),
      ),
      h('fieldset', null, h('legend', null, t('playground.tally')), tallyFields),
      h('fieldset', null, h('legend', null, t('playground.options')), other),
      interpFields.length
        ? h('fieldset', null, h('legend', null, t('playground.interpretations')), interpFields)
        : null,
      h(
        'div',
        { class: 'actions' },
        h('label', { class: 'field' }, h('span', null, t('common.title')), title),
        save,
        share,
      ),
      status,
    ),
    out,
  );
  await update();
}

/** Seats to draw: the legal number when that is the base, else at least everyone in the tally. */
function seatsFor(
  v: Verdict,
  tally: { for: number; against: number; abstain: number; absent?: number },
): number {
  const counted = tally.for + tally.against + tally.abstain + (tally.absent ?? 0);
  return Math.max(v.baseCount ?? 0, counted);
}
