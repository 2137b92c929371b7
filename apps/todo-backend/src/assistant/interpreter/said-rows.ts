import type { TaskRef } from './offline-interpreter.ts';

// What the phrasing tests (`*-said`, `*-heard`, `*-phrasings`) write down for each phrase: the tool it should call,
// that tool's arguments and the task it names, compared by meaning as the language evaluation compares.

export type Said = [phrase: string, tool: string | null, args?: Record<string, unknown>, target?: TaskRef];
export const t = (title: string): TaskRef => ({ title });
export const id = (n: number): TaskRef => ({ id: n });
export const last: TaskRef = { last: true };

/** The reading a phrase should get when it calls `tool`: what `interpret` answers, compared whole. */
export const call = (tool: string, args: Record<string, unknown>, target?: TaskRef) => ({
  kind: 'call',
  tool,
  args,
  ...(target ? { target } : {}),
});
