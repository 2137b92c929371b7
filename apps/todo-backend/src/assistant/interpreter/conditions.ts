import type { Interpretation } from './offline-interpreter.ts';

// A change made to hang on something the chat cannot see happen: "if the meeting is cancelled, delete the prep task",
// "when the invoice is paid, mark it done", "tick off the report once Sam signs it". Done now, it would delete or
// complete on a guess; the chat asks instead. A courtesy ("if that's ok", "when you get a chance") is no condition.

const CONDITION = String.raw`(?:if|when|whenever|once|unless|in\s+case|as\s+soon\s+as)`;
/** "if that's ok", "when you have a minute", "if possible", "if not": said out of courtesy, or about the chat itself. */
const COURTESY =
  /^(?:that'?s|that\s+is|it'?s\s+(?:ok|okay|alright|all\s+right|fine|possible|no\s+trouble)|possible|poss|ok|okay|not|needed|necessary|you\b|u\b|i\s+may|i\s+might|it\s+helps)/i;
/** "once a week", "once more": how often, never a condition. */
const HOW_OFTEN = /^(?:a|an|every|per|more|again|\d+)\b/i;

/** "not sure", "no idea", "dunno": the caller does not know yet. */
export const NOT_KNOWN = String.raw`(?:not\s+sure|no\s+idea|unsure|no\s+clue|(?:i\s+)?(?:don'?t|do\s+not)\s+know|dunno|who\s+knows)`;
/** "…, not sure when i'm in", "no idea when it's due": "when" there asks a question the caller cannot answer yet. */
const NOT_KNOWN_BEFORE = new RegExp(String.raw`\b${NOT_KNOWN}$`, 'i');

const CONDITION_FIRST = new RegExp(String.raw`^${CONDITION}\s+(.+?)\s*[,;]\s*(?:then\s+)?(.+)$`, 'i');
const CONDITION_LAST = new RegExp(String.raw`^(.+?)\s+${CONDITION}\s+(.+)$`, 'i');

/**
 * "the builder says delete the snag list once it is signed off": a change said inside words the rules do not read alone
 * (who said it), still a change; a task to add ("add remove the wasp nest when it's dark") is not.
 */
const CHANGE_SAID = /\b(?:delete|remove|complete|mark|tick|move|push|postpone|rename|cancel|clear|finish)\b/i;
const ADD_SAID = /^(?:please\s+)?(?:add|create|new|put|remind|todo)\b/i;

/** A reading that changes tasks already there: one named, or many at once. */
const changesTasks = (reading: Interpretation) => reading.kind === 'bulk' || (reading.kind === 'call' && reading.target !== undefined);

/**
 * The question back when a change to tasks is said to wait for a condition, or undefined. `read` reads the request
 * alone; a request that adds a task ("add check if the passport is valid") keeps its words and is not asked.
 */
export function conditionAsked(sentence: string, read: (request: string) => Interpretation): string | undefined {
  const said = sentence.trim().replace(/[?!.]+$/, '');
  const first = CONDITION_FIRST.exec(said);
  const last = first ? undefined : CONDITION_LAST.exec(said);
  const [condition, request] = first ? [first[1], first[2]] : [last?.[2], last?.[1]];
  if (!condition || !request || COURTESY.test(condition) || HOW_OFTEN.test(condition)) return undefined;
  if (!first && NOT_KNOWN_BEFORE.test(request)) return undefined;
  if (condition.split(/\s+/).length < 2) return undefined;
  if (!changesTasks(read(request)) && !(CHANGE_SAID.test(request) && !ADD_SAID.test(request) && read(request).kind === 'help'))
    return undefined;
  return `I can't tell whether ${condition.replace(/\bmy\b/gi, 'your')}: say it again once it has happened, and I'll do it then.`;
}
