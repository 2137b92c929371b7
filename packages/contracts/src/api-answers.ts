import type { Me } from './me.ts';
import type { Task, TaskPage } from './task.ts';

type TaskAction = 'complete' | 'priority' | 'tags' | 'due-date';

/**
 * The contract type of a successful answer to `method path` on Doable's REST API, for the clients (web app, test
 * kit) to type their responses by. `Unmapped` for paths this table does not name (auth, chat, push, history).
 */
export type ApiAnswer<Method extends string, Path extends string, Unmapped = unknown> = Path extends
  | '/api/v1/tasks'
  | `/api/v1/tasks?${string}`
  ? Method extends 'GET'
    ? TaskPage
    : Method extends 'POST'
      ? Task
      : Unmapped
  : Path extends '/api/v1/tasks/recurring'
    ? Task
    : Path extends `/api/v1/tasks/${number}` | `/api/v1/tasks/${number}/${TaskAction}`
      ? Method extends 'DELETE'
        ? Unmapped
        : Task
      : Path extends '/api/v1/me'
        ? Me
        : Unmapped;
