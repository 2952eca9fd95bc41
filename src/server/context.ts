import type { Lang } from '../law/types.js';
import type { Workspace } from './workspace.js';

/** Per-request values set by the app's middleware. */
export interface AppEnv {
  Variables: {
    lang: Lang;
    maxBody: number;
    workspace: Workspace | null;
  };
}
