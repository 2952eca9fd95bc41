import type { TranslationOf } from '../types.js';
import type { elections as en } from '../en/elections.js';

export const elections: TranslationOf<typeof en> = {
  'election.results-missing': () =>
    'No se dieron resultados: una fórmula necesita más de la mitad de los votos válidos para ganar.',
  'election.runoff-two': (p) => `La segunda vuelta es entre las dos fórmulas más votadas, no ${p.n}.`,
  'election.reelection-allowed': (p) =>
    `${p.name} es el Presidente en ejercicio: en esta fecha se permite una reelección inmediata.`,
  'election.reelection-barred': (p) =>
    `${p.name} es el Presidente en ejercicio: no hay reelección inmediata (art. 112 modificado por la Ley 27365).`,
  'election.count': (p) =>
    `Votos válidos: ${p.valid} (no se computan ${p.blank} en blanco ni ${p.null} nulos); se necesita más de la mitad: ${p.arithmetic}.`,
  'election.tie': (p) => `${p.first} y ${p.second} empatan con ${p.votes} votos.`,
  'election.winner': (p) => `${p.name} gana con ${p.votes} votos válidos (se necesitaban ${p.required}).`,
  'election.runoff': (p) =>
    `Ninguna fórmula obtiene más de la mitad de los votos válidos (${p.first} tiene ${p.votes}, se necesitaban ${p.required}): segunda vuelta entre ${p.first} y ${p.second} dentro de ${p.days} días de la proclamación.`,
};
