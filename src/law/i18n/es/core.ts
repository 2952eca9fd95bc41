import type { TranslationOf } from '../types.js';
import type { core as en } from '../en/core.js';

const base = (b: unknown) =>
  ({
    legal: 'del número legal de miembros',
    habiles: 'de los miembros hábiles',
    present: 'de los miembros presentes',
    cast: 'de los votos emitidos',
    'permanent-commission-excluded': 'de los congresistas que no integran la Comisión Permanente',
  })[String(b)] ?? String(b);

const chamber = (c: unknown) =>
  ({ congress: 'el Congreso', deputies: 'la Cámara de Diputados', senate: 'el Senado' })[String(c)] ??
  String(c);

export const core: TranslationOf<typeof en> = {
  'verdict.passed': (p) =>
    `${p.kind} el ${p.date}: procede, y la votación se aprobó (${p.for} a favor, se necesitaban ${p.required}; margen ${p.margin}).`,
  'verdict.failed': (p) =>
    `${p.kind} el ${p.date}: procede, pero la votación no alcanzó (${p.for} a favor, se necesitaban ${p.required}; margen ${p.margin}).`,
  'verdict.requires': (p) => `${p.kind} el ${p.date}: procede; necesita ${p.required} votos a favor.`,
  'verdict.permitted': (p) => `${p.kind} el ${p.date}: procede.`,
  'verdict.not-permitted': (p) => `${p.kind} el ${p.date}: no procede.`,
  'rule.in-force': (p) =>
    `Regla vigente: ${p.title} (${p.rule}, desde ${p.from}${p.to ? ` hasta ${p.to}` : ''}).`,
  'rule.note': (p) => `Nota sobre esta regla: ${p.note}`,
  'chamber.resolved': (p) => `Cámara: ${chamber(p.chamber)}, número legal ${p.seats}.`,
  'chamber.dissolved': (p) =>
    `${chamber(p.chamber).replace(/^./, (c) => c.toUpperCase())} está disuelto en esta fecha: no puede votar hasta que se instale uno nuevo.`,
  'chamber.not-allowed': (p) =>
    `El ${p.date} este paso corresponde a ${p.allowed}, no a ${chamber(p.chamber)}.`,
  threshold: (p) =>
    `Se necesita: ${p.comparison === 'at-least' ? 'al menos' : 'más de'} ${p.label} ${base(p.base)} (${p.baseCount}): ${p.arithmetic}.`,
  'threshold.none': () => 'Este paso no requiere votación.',
  'tally.counted': (p) =>
    `Votación: ${p.for} a favor, ${p.against} en contra, ${p.abstain} abstenciones${p.margin === null || p.margin === undefined ? '' : `; margen ${p.margin}`}.`,
  'tally.missing': () => 'Sin votación: el veredicto indica lo que se requiere.',
  'habiles.from-action': (p) => `Miembros hábiles: ${p.count} (indicados con la acción).`,
  'habiles.from-state': (p) => `Miembros hábiles: ${p.count} (según el estado en esa fecha).`,
  'habiles.default': (p) => `Miembros hábiles: ${p.count} (el número legal; no se indicaron).`,
  'interpretation.used': (p) =>
    `Interpretación ${p.key} = ${p.option}${p.chosen === 'default' ? ` (por defecto: ${p.because})` : ' (elegida)'}.`,
  'signatures.enough': (p) =>
    `Firmas: ${p.signatures}; se necesitan al menos ${p.required} (${p.arithmetic}).`,
  'signatures.short': (p) =>
    `Firmas: ${p.signatures}, pero se necesitan al menos ${p.required} (${p.arithmetic}).`,
  'signatures.missing': (p) =>
    `No se indicó el número de firmas; se necesitan al menos ${p.required} (${p.arithmetic}).`,
  effects: () => 'Efectos:',
  findings: () => 'Condiciones:',
};
