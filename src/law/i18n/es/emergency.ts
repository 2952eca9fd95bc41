import type { TranslationOf } from '../types.js';
import type { emergency as en } from '../en/emergency.js';

const exceptionName = (e: unknown) => (e === 'siege' ? 'estado de sitio' : 'estado de emergencia');

export const emergency: TranslationOf<typeof en> = {
  'exception.days-unstated': (p) => `No se indicó la duración; el límite es de ${p.max} días.`,
  'exception.days.ok': (p) => `${p.days} días, dentro del límite de ${p.max} días.`,
  'exception.days.too-long': (p) => `${p.days} días excede el límite de ${p.max} días.`,
  'emergency.banishment': () => 'En ninguna circunstancia se puede desterrar a nadie (art. 137 inc. 1).',
  'emergency.right-not-restrictable': (p) =>
    `La emergencia solo puede restringir los derechos del art. 2 incs. 9, 11, 12 y 24-f; no "${p.right}".`,
  'emergency.rights.ok': (p) =>
    `Derechos restringidos (${p.rights}): todos entre los que permite el art. 137 inc. 1.`,
  'exception.guarantees-stand': () =>
    'El hábeas corpus y el amparo no se suspenden; los jueces pueden revisar la razonabilidad y proporcionalidad de cada restricción (art. 200).',
  'exception.in-force': (p) => `Rige un ${exceptionName(p.exception)}${p.days ? ` por ${p.days} días` : ''}.`,
  'exception.report-congress': () => 'Se da cuenta del decreto al Congreso o a la Comisión Permanente.',
  'exception.report-senate': () =>
    'Se da cuenta del decreto al Senado (o a la Comisión Permanente) para su control.',
  'siege.rights-listed': () =>
    'El decreto debe mencionar los derechos cuyo ejercicio no se restringe ni suspende.',
  'siege.congress-convenes': () => 'El Congreso se reúne de pleno derecho.',
  'siege.chambers-convene': () =>
    'Ambas cámaras se reúnen de pleno derecho, y el estado de sitio no afecta el funcionamiento del Congreso.',
  'siege.no-dissolution': () =>
    'No cabe disolver el Congreso (la Cámara de Diputados) mientras dure el estado de sitio.',
  'emergency.extend.by-decree': () =>
    'La emergencia se prorroga por nuevo decreto; no se requiere aprobación del Congreso.',
  'exception.extension-refused': () => 'No se aprueba la prórroga.',
  'exception.extended': (p) =>
    `Se prorroga el ${exceptionName(p.exception)}${p.days ? ` por ${p.days} días` : ''}.`,
};
