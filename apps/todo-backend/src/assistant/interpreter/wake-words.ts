// What people used to a voice assistant say before the request: its wake word ("alexa,", "hey google", "ok doable"),
// sometimes twice. Taken off before anything else reads the sentence, so it never ends up in a title or a reference.

/**
 * "hey google", "ok siri", "ok doable": a call with an assistant's name is a wake word wherever it stands first ("hi
 * doable, …" opens a letter, which the letter rules read).
 */
const GREETED = String.raw`(?:hey|ok|okay)\s+(?:doable|google|siri|alexa|assistant)`;
/**
 * "alexa add …", "siri, what's …": a bare name is a wake word only before a pause or a request ("alexa needs a lift"
 * names a person; a bare "google" is a verb, so it needs the greeting).
 */
const BARE = String.raw`(?:alexa|siri|doable)(?=\s*[,!.:]|\s+(?:alexa|siri|add|put|remind|set|create|make|new|mark|check|tick|complete|delete|remove|erase|cancel|clear|rename|change|update|move|push|reschedule|snooze|what|what's|whats|which|show|read|list|tell|find|search|tag|label|lower|raise|please|can|could|would|turn|stop|do\s+i|i)\b)`;
/** "mate, the bbq prep isn't till sunday": the assistant addressed as a friend, before a pause. */
const FRIEND = String.raw`(?:(?:hey|oi|ok|okay)\s+)?(?:mate|buddy|pal|dude|bro|chief|boss|my\s+friend)(?=\s*[,!])`;
/** "please alexa, add …": the politeness before the wake word stays, for the politeness rules. */
const WAKE_WORDS = new RegExp(String.raw`^(\s*(?:please|pls)\s+)?\s*(?:(?:${GREETED}|${BARE}|${FRIEND})\s*[,!.:]*\s*)+(?=\S)`, 'i');

export function withoutWakeWord(message: string): string {
  return message.replace(WAKE_WORDS, (_all, please?: string) => please ?? '');
}
