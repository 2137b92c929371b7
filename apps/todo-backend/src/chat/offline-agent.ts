import type { Task, ToolCallRecord } from '@doable/contracts';
import { errandOffer } from '../assistant/interpreter/errands.ts';
import { helpText, interpret, type TaskRef } from '../assistant/interpreter/offline-interpreter.ts';
import { changeAfterTitle, mayBeValueAfterTitle } from '../assistant/interpreter/value-after-title.ts';
import { titlesNamedBy } from '../assistant/interpreter/word-roots.ts';
import { callerProjects, describeTask, labelsOf, runTool, type ToolContext, ToolError } from '../assistant/task-tools/index.ts';
import { answerBulk, proposeBulk } from './bulk-change.ts';
import type { ConversationState } from './conversation-store.ts';
import { referenceWords, titleHasWords } from './title-words.ts';
import { snapshotBefore, undo, undoStepAfter } from './undo.ts';

export interface AgentTurn {
  reply: string;
  tool_calls: ToolCallRecord[];
  state: ConversationState;
}

type Resolution = { id: number } | { ask: string; candidates: Task[] } | { none: string };

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
};

/**
 * The task a title reference means. `wantsCompleted` says which state the tool acts on: reopening looks among
 * completed tasks first, everything else among open ones. `confirmLoose`: a task found only through a typing slip or
 * extra words is offered, not acted on (for a deletion).
 */
async function resolveRef(
  ctx: ToolContext,
  ref: TaskRef,
  state: ConversationState,
  wantsCompleted: boolean,
  confirmLoose: boolean,
): Promise<Resolution> {
  if ('id' in ref) return { id: ref.id };
  if ('last' in ref) {
    return state.last_task_id !== undefined ? { id: state.last_task_id } : { none: 'Which task? Give its number or words of its title.' };
  }
  const words = ref.title.toLowerCase();
  let items = (await ctx.tasks.listTasks(ctx.userId, { search: ref.title, status: 'all', tags_match: 'all', limit: 20 })).items;
  if (items.length === 0) items = (await ctx.tasks.listTasks(ctx.userId, { status: 'all', tags_match: 'all', limit: 200 })).items;
  const exact = items.filter((task) => task.title.toLowerCase() === words);
  if (exact.length === 1 && exact[0]) return { id: exact[0].id };
  const tokens = referenceWords(words);
  let matching = items.filter((task) => titleHasWords(task.title, tokens));
  // "I'm done cleaning the garage" names "Clean the garage": compared by word roots when the words themselves differ,
  // then with a typing slip ("the dentsit") or extra words ("the dentist appointment" for "Dentist").
  let loose = false;
  if (matching.length === 0) {
    if (items.length < 200) items = (await ctx.tasks.listTasks(ctx.userId, { status: 'all', tags_match: 'all', limit: 200 })).items;
    ({ items: matching, loose } = await titlesNamedBy(ref.title, items));
  }
  const preferred = matching.filter((task) => task.completed === wantsCompleted);
  const only = matching.length === 1 ? matching[0] : preferred.length === 1 ? preferred[0] : undefined;
  if (only && loose && confirmLoose) return { ask: 'Do you mean this one?', candidates: [only] };
  if (only) return { id: only.id };
  if (matching.length === 0)
    return { none: `I couldn't find a task matching "${ref.title}". Try "search ${ref.title}" or use its number.` };
  const candidates = (preferred.length > 1 ? preferred : matching).slice(0, 10);
  return { ask: `Which one do you mean?`, candidates };
}

async function execute(ctx: ToolContext, tool: string, args: Record<string, unknown>, state: ConversationState): Promise<AgentTurn> {
  const call: ToolCallRecord = { name: tool, arguments: args, ok: false };
  try {
    const before = await snapshotBefore(ctx, tool, args);
    const result = await runTool(tool, args, ctx);
    call.ok = true;
    call.result = result.structured;
    // A change replaces what "undo" takes back; a read keeps it.
    const undoStep = (await undoStepAfter(ctx, tool, result.structured, before)) ?? state.undo;
    const next: ConversationState = undoStep ? { undo: undoStep } : {};
    const structured = result.structured as { id?: unknown; items?: unknown[] };
    if (typeof structured.id === 'number') next.last_task_id = structured.id;
    else if (Array.isArray(structured.items) && structured.items.length === 1) {
      const only = structured.items[0] as { id?: unknown };
      if (typeof only.id === 'number') next.last_task_id = only.id;
    } else if (tool !== 'delete_task' && state.last_task_id !== undefined) next.last_task_id = state.last_task_id;
    return { reply: result.summary, tool_calls: [call], state: next };
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    call.error = error.message;
    return { reply: `${error.message} Nothing was changed.`, tool_calls: [call], state: { ...state, pending: undefined } };
  }
}

function pendingChoice(message: string, pending: NonNullable<ConversationState['pending']>): number | undefined {
  const text = message.trim().toLowerCase().replace(/[.!]$/, '');
  // "#7" or "task 7" names a task id; a bare "2" is a line of the list just shown. Never guess between the two.
  const id = /^(?:#|task\s*|number\s*#?)(\d+)$/.exec(text);
  if (id) return pending.candidates.find((candidate) => candidate === Number(id[1]));
  const line = /^(\d+)$/.exec(text);
  if (line) return pending.candidates[Number(line[1]) - 1];
  const ordinal = /^(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)(?:\s+one)?$/.exec(text);
  if (!ordinal?.[1]) return undefined;
  return ordinal[1] === 'last' ? pending.candidates.at(-1) : pending.candidates[(ORDINALS[ordinal[1]] ?? 0) - 1];
}

/** The argument a resolved task goes to: the parent for add_subtask, the task itself for every other tool. */
const targetArgument = (tool: string) => (tool === 'add_subtask' ? 'parent' : 'task_id');

/** Plain English → one tool call, with no model and no network: asks which task when a title matches several. */
export async function respondOffline(ctx: ToolContext, message: string, state: ConversationState): Promise<AgentTurn> {
  if (state.bulk) {
    const answered = await answerBulk(ctx, message, state.bulk, state);
    if (answered) return answered;
    state = { ...state, bulk: undefined };
  }
  if (state.pending) {
    const chosen = pendingChoice(message, state.pending);
    if (chosen !== undefined)
      return execute(ctx, state.pending.tool, { ...state.pending.args, [targetArgument(state.pending.tool)]: chosen }, state);
  }
  // The caller's project names let the interpreter tell "add milk to Groceries" (a project) from "talk to mom".
  const projects = await callerProjects(ctx);
  // "under X" is a tag unless X names an open task, "give the passport to Sam" an errand unless it does: only then are
  // the titles read.
  const openTitles = async () =>
    (await ctx.tasks.listTasks(ctx.userId, { status: 'pending', tags_match: 'all', limit: 200 })).items.map((task) => task.title);
  const tasks = /\bunder\b|^\W*(?:give|hand|pass)\s/i.test(message) ? await openTitles() : undefined;
  const reading = interpret(message, { projects: projects.map((project) => project.name), ...(tasks ? { tasks } : {}) });
  // "recycling weekly pls" beside an open "Recycling" changes it; only a new task or an unread sentence is checked.
  const meaning = (mayBeValueAfterTitle(reading) && changeAfterTitle(message, reading, tasks ?? (await openTitles()))) || reading;
  if (meaning.kind === 'help')
    return { reply: helpText(meaning.reason ?? errandOffer(message)), tool_calls: [], state: { ...state, pending: undefined } };
  if (meaning.kind === 'bulk') return proposeBulk(ctx, meaning, state);
  if (meaning.kind === 'undo') {
    const cleared = { ...state, pending: undefined, undo: undefined };
    if (!state.undo) return { reply: 'There is nothing to undo in this conversation yet.', tool_calls: [], state: cleared };
    return { ...(await undo(ctx, state.undo)), state: cleared };
  }
  const args = { ...meaning.args };
  if (meaning.target) {
    const reopening = meaning.tool === 'complete_task' && meaning.args.completed === false;
    const resolved = await resolveRef(ctx, meaning.target, state, reopening, meaning.tool === 'delete_task');
    if ('none' in resolved) return { reply: resolved.none, tool_calls: [], state: { ...state, pending: undefined } };
    if ('ask' in resolved) {
      const labels = labelsOf(projects);
      const lines = resolved.candidates.map((task, i) => `${i + 1}. ${describeTask(task, ctx.timeZone, labels)}`);
      return {
        reply: `${resolved.ask} ${lines.length === 1 ? 'The closest task:' : 'Several tasks match:'}\n${lines.join('\n')}\nReply with the line number (e.g. 1) or the task number (e.g. #${resolved.candidates[0]?.id}).`,
        tool_calls: [],
        state: { ...state, pending: { tool: meaning.tool, args, candidates: resolved.candidates.map((task) => task.id) } },
      };
    }
    args[targetArgument(meaning.tool)] = resolved.id;
  }
  return execute(ctx, meaning.tool, args, state);
}
