/** Calls to the contrapeso API; every message comes back in the UI language. */
import { lang } from './i18n.js';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${path}${sep}lang=${lang()}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const msg = (data as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`;
    throw new ApiFailure(res.status, msg, data);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  del: (path: string) => call<void>('DELETE', path),
};

export interface Meta {
  version: string;
  workspace: boolean;
  endpoints: string[];
}

let meta: Promise<Meta> | undefined;
export function getMeta(): Promise<Meta> {
  meta ??= api.get<Meta>('/api/meta');
  return meta;
}

export async function has(endpoint: string): Promise<boolean> {
  return (await getMeta()).endpoints.includes(endpoint);
}
