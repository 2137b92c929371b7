// "don't delete the report, delete the slides", "forget I said delete the haircut, delete the shave instead", "no wait,
// don't delete it, just mark it done": a request taken back and another said in its place; "i changed my mind about the
// note on the passport, take it off": a mind changed about something, and a request of it. Only the second is read;
// "it" in the second is the task the first named. The first alone ("don't delete the report") is still asked about
// elsewhere, and so is a second clause that is no request ("don't delete the dentist, I rebooked it").

const VERB = String.raw`(?:delete|remove|bin|trash|scrap|drop|cancel|get\s+rid\s+of|complete|finish|tick\s+off|check\s+off|cross\s+off|mark|reopen|untick|uncheck|move|push|postpone|rename|make|set|tag|untag)`;

const SAID_OVER = new RegExp(
  String.raw`^(?:(?:no|nope|wait|hmm+|oh|oops|actually|sorry)[,!.\s]+)*(?:don'?t|dont|do\s+not|forget\s+(?:i\s+said|what\s+i\s+said\s+about|about)|never\s*mind)\s+(${VERB})\s+(.+?)\s*[,;.]\s*(?:(?:but|just|instead|rather)\s+)*(${VERB})\s+(.+?)(?:\s+instead)?[.!]*$`,
  'i',
);

/**
 * "i changed my mind about the note on the passport, take it off": what the mind changed about, then a request of "it"
 * said of that.
 */
const CHANGED_MIND = new RegExp(
  String.raw`^(?:i(?:'ve|\s+have)?\s+)?changed\s+my\s+mind\s+(?:about|on)\s+(.+?)\s*[,;.]\s*(?:so\s+|just\s+)?(?:(take\s+(?:it|that)\s+(?:off|away|out))|(${VERB})\s+(?:it|that)\b(.*?))[.!]*$`,
  'i',
);

/** "it", "that", "this one": the second request points back at the task the first named. */
const POINTS_BACK = /^(?:it|that|this)(?:\s+one)?\b/i;

/** The request said in place of the one taken back, or undefined. */
export function requestSaidOver(text: string): string | undefined {
  const mind = CHANGED_MIND.exec(text.trim());
  if (mind?.[1] && mind[2]) return `remove ${mind[1]}`;
  if (mind?.[1] && mind[3]) return `${mind[3]} ${mind[1]}${mind[4] ?? ''}`;
  const said = SAID_OVER.exec(text.trim());
  const [, firstVerb, firstTask, verb, rest] = said ?? [];
  if (!firstVerb || !firstTask || !verb || !rest) return undefined;
  // "don't delete it, mark it done": the same task, another change; the first verb's words are no part of its name.
  const named = firstTask.replace(/\s+(?:as\s+)?(?:done|complete|completed|finished)$/i, '');
  return `${verb} ${POINTS_BACK.test(rest) ? rest.replace(POINTS_BACK, named) : rest}`;
}
