// "erase that thought", "delete my last message", "scratch what I just said": the words name something said in the
// chat, never a task. Nothing is deleted or completed; the chat asks which task, if any, is meant. So too for words
// that name the caller's own life ("delete my life lol") or only repeat a command ("cancel cancel cancel"): said in
// despair or in haste, they name no task. A task to add named only as something said before ("add that thing I said
// earlier") has no words of its own to be titled with, and is asked for too.

import type { Interpretation } from './offline-interpreter.ts';

const SAID_IN_CHAT =
  /^(?:(?:that|this|my|the)\s+(?:(?:last|previous|earlier)\s+)?(?:thought|idea|message|msg|comment|sentence|question|text|bit|part|line|rant)|what\s+i\s+(?:just\s+)?(?:said|wrote|typed|asked))$/i;

/** The caller themselves, or their life: "my life", "me", "myself". */
const THE_CALLER = /^(?:my\s+(?:(?:whole|entire)\s+)?(?:life|existence)|me|myself)$/i;
/** Commands said again and nothing else: "cancel cancel", "delete delete delete". */
const COMMANDS_ONLY = /^(?:(?:cancel|delete|remove|stop|undo|no|nope|abort)[\s,!.]*)+$/i;

/**
 * Whether the words a delete or a completion names are something said in the chat ("that thought"), the caller's own
 * life, or a command said again.
 */
export function namesSomethingSaid(ref: string): boolean {
  const words = ref.trim().replace(/\s+(?:lol|lmao|haha+|jk|😂|🤣|😭)$/iu, '');
  return SAID_IN_CHAT.test(words) || THE_CALLER.test(words) || COMMANDS_ONLY.test(words);
}

export const SAID_ASKED = 'Which task? I can delete or complete a task; what was said in the chat stays as it is.';

/** "that thing I said earlier", "what I mentioned before": something said before, pointed at and not said again. */
const SAID_BEFORE =
  /^(?:(?:that|the|this)\s+(?:thing|one|stuff|bit|task|idea)\s+(?:that\s+)?|what\s+)(?:i|we)\s+(?:just\s+)?(?:said|mentioned|told\s+you(?:\s+about)?|was\s+(?:saying|talking\s+about))(?:\s+(?:earlier|before|just\s+now|yesterday|this\s+morning))?$/i;

/** A task to add whose title only points at something said before: asked, never added so titled. */
export function addOfSomethingSaid(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'add_task' || !SAID_BEFORE.test(String(reading.args.title ?? '').trim())) return reading;
  return { kind: 'help', reason: 'What should the task say? I only have this message: say the task again in its own words.' };
}
