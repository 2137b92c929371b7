// 'bin the "cancel gym" task... wait no, complete it', "delete 5, no sorry, mark it done": the first request is taken
// back and another said of the same task. Only the second is read, of the task the first named; when that task cannot
// be told, the chat asks (never the first request, never a guess).

const REQUEST_VERB = String.raw`(?:delete|remove|bin|trash|scrap|drop|cancel|get\s+rid\s+of|complete|finish|tick\s+off|check\s+off|cross\s+off|mark|move|push|rename|make|set|lower|raise)`;
const CORRECTED = new RegExp(
  String.raw`^(${REQUEST_VERB})\s+(.+?)(?:\s*(?:\.{2,}|…|[,;!])\s*|\s+)(?:(?:wait|hang\s+on|sorry|oops|hmm)[,!.\s]+)*(?:(?:no|nope|actually|scratch\s+that|not\s+that|sorry|wait)[,!.\s]+)+(?:just\s+|please\s+)?(${REQUEST_VERB})\s+(?:it|that|this)\b(.*)$`,
  'i',
);

/** The second request said of the task the first named ("complete the "cancel gym" task"), or undefined. */
export function correctedRequest(text: string): string | undefined {
  const said = CORRECTED.exec(text.trim().replace(/[.!]+$/, ''));
  if (!said?.[2] || !said[3]) return undefined;
  // "mark 5 as done … no, delete it": what the first verb said of the task is no part of its name.
  const named = said[2].replace(/\s+(?:as\s+)?(?:done|complete|completed|finished|high|low|medium)(?:\s+priority)?$/i, '');
  return `${said[3]} ${named}${said[4] ?? ''}`;
}
