/** A what-if scenario in the page address: JSON, base64url-encoded (UTF-8 safe), in `?s=`. */
import type { Tally } from './types.js';

export interface Scenario {
  date: string;
  action: {
    kind: string;
    chamber?: string;
    tally?: Tally;
    signatures?: number;
    habiles?: number;
    [k: string]: unknown;
  };
  interpretations?: Record<string, string>;
}

export const DEFAULT_SCENARIO: Scenario = {
  date: '2022-12-07',
  action: { kind: 'vacancy.vote', tally: { for: 101, against: 6, abstain: 10 } },
};

export function encodeScenario(s: Scenario): string {
  const bytes = new TextEncoder().encode(JSON.stringify(s));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeScenario(text: string | null): Scenario | null {
  if (!text) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const v = JSON.parse(new TextDecoder().decode(bytes)) as Scenario;
    if (!v || typeof v !== 'object' || typeof v.date !== 'string' || typeof v.action?.kind !== 'string')
      return null;
    return v;
  } catch {
    return null;
  }
}
