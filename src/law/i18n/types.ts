import type { Params } from '../rule.js';

export type Message = (p: Params) => string;
export type Messages = Record<string, Message>;
/** A translation must give every code of the English file, and nothing else. */
export type TranslationOf<M extends Messages> = { [K in keyof M]: Message };
