/**
 * Listening on a socket: the app from createApp behind @hono/node-server, on loopback unless told
 * otherwise, with the workspace database opened (and closed on shutdown).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { defaultDbPath, Workspace } from './workspace.js';

export interface ServeOptions extends Omit<AppOptions, 'workspace'> {
  port?: number;
  host?: string;
  /** SQLite file of the workspace; default defaultDbPath(); ':memory:' for a throwaway one. */
  db?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  dbPath: string;
  close(): Promise<void>;
}

export async function startServer(opts: ServeOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const dbPath = opts.db ?? defaultDbPath();
  const workspace = new Workspace(dbPath);
  const app = createApp({ ...opts, workspace });
  let server: ServerType;
  const info = await new Promise<AddressInfo>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (i) => resolve(i));
    server.once('error', reject);
  });
  const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  return {
    url: `http://${shownHost}:${info.port}/`,
    port: info.port,
    host: info.address,
    dbPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          workspace.close();
          resolve();
        });
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
