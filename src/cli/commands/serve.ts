import type { Command } from 'commander';
import { InputError, issue } from '../../lib/issues.js';
import type { Io } from '../io.js';
import { defaultDbPath } from '../../server/db-path.js';

/** `contrapeso serve`: the HTTP API and the web app from one process, on loopback by default. */
export function register(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, described at /api/openapi.json) and the web app')
    .option('--port <port>', 'TCP port (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on; 127.0.0.1 keeps it on this machine', '127.0.0.1')
    .option(
      '--db <path>',
      `SQLite file for saved scenarios and articles (default ${defaultDbPath()}; or set CONTRAPESO_DB)`,
    )
    .option('--json', 'announce the address as one JSON line ({url, api, workspace}) for scripts')
    .action(async (opts: { port: string; host: string; db?: string; json?: boolean }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) {
        throw new InputError([
          issue(
            'invalid_value',
            `--port must be a whole number from 0 to 65535`,
            `--port debe ser un número entero de 0 a 65535`,
            {
              field: 'port',
            },
          ),
        ]);
      }
      // Loaded only here, so the other commands start without the server's modules.
      const { startServer } = await import('../../server/node.js');
      const server = await startServer({ port, host: opts.host, ...(opts.db ? { db: opts.db } : {}) });
      io.out(
        opts.json
          ? JSON.stringify({
              url: server.url,
              api: `${server.url}api/openapi.json`,
              workspace: server.dbPath,
            })
          : `contrapeso is serving on ${server.url}  (API: ${server.url}api/openapi.json; workspace: ${server.dbPath})`,
      );
      if (!['127.0.0.1', '::1', 'localhost'].includes(opts.host))
        io.err(
          `warning: listening on ${opts.host}, reachable from other machines; the API has no authentication`,
        );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
