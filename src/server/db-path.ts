/**
 * Where the workspace database lives by default: `$CONTRAPESO_DB`, else the user's data directory
 * (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on
 * Windows) + `contrapeso/workspace.sqlite`. Kept apart from workspace.ts so `contrapeso serve --help` can
 * show it without loading SQLite.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONTRAPESO_DB) return env.CONTRAPESO_DB;
  const home = homedir();
  let base: string;
  if (process.platform === 'win32') base = env.APPDATA ?? join(home, 'AppData', 'Roaming');
  else if (process.platform === 'darwin') base = join(home, 'Library', 'Application Support');
  else base = env.XDG_DATA_HOME || join(home, '.local', 'share');
  return join(base, 'contrapeso', 'workspace.sqlite');
}
