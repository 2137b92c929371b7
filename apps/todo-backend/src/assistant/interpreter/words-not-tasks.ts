// "erase that thought", "delete my last message", "scratch what I just said": the words name something said in the
// chat, never a task. Nothing is deleted or completed; the chat asks which task, if any, is meant.

const SAID_IN_CHAT =
  /^(?:(?:that|this|my|the)\s+(?:(?:last|previous|earlier)\s+)?(?:thought|idea|message|msg|comment|sentence|question|text|bit|part|line|rant)|what\s+i\s+(?:just\s+)?(?:said|wrote|typed|asked))$/i;

/** Whether the words a delete or a completion names are something said in the chat ("that thought"). */
export function namesSomethingSaid(ref: string): boolean {
  return SAID_IN_CHAT.test(ref.trim());
}

export const SAID_ASKED = 'Which task? I can delete or complete a task; what was said in the chat stays as it is.';
