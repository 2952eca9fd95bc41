/** The dotted, stable names of procedural steps (DESIGN §3). */
export const ACTION_KINDS = [
  // presidency
  'vacancy.file',
  'vacancy.admit',
  'vacancy.vote',
  'president.resign',
  'vice-president.resign',
  'president.suspend',
  'succession',
  'accusation.vote',
  // cabinet
  'cabinet.appoint',
  'cabinet.investiture',
  'interpellation.file',
  'interpellation.admit',
  'censure.file',
  'censure.vote',
  'confidence.raise',
  'confidence.vote',
  'minister.resign',
  // congress
  'congress.dissolve',
  'congress.install',
  'mesa.elect',
  'mesa.censure',
  'reform.vote',
  'referendum.hold',
  'tc.elect',
  // emergency
  'emergency.declare',
  'emergency.extend',
  'siege.declare',
  // elections
  'election.round',
] as const;

export type ActionKind = (typeof ACTION_KINDS)[number];

export function isActionKind(s: unknown): s is ActionKind {
  return typeof s === 'string' && (ACTION_KINDS as readonly string[]).includes(s);
}
