// "maybe delete the gym thing? yeah, go on, delete it", "hmm, should the report be called final report? yeah do it",
// "wait is the report due friday? make it monday": a question the user answers in the same message. The answer decides:
// a yes does what the question said; a request of "it" after a question about a task is said of that task. A question
// with no answer after it is asked about elsewhere ("maybe delete the gym one?").

const VERB = String.raw`(?:delete|remove|bin|trash|scrap|drop|cancel|get\s+rid\s+of|complete|finish|tick\s+off|mark|reopen|move|push|postpone|rename|call|make|set|tag|untag|change)`;

/** "hmm, ", "wait ", "so ": words before the question that say nothing of it. */
const LEAD = /^(?:(?:hmm+|wait|so|oh|ok(?:ay)?|actually|um+)[,!.]*\s+)*/i;

/** "yeah", "yes, go on", "ok do it", "yep, go ahead": a yes, maybe with the request said again of "it". */
const YES = new RegExp(
  String.raw`^(?:yeah|yes|yep|yup|ok(?:ay)?|sure)\b[,!.\s]*(?:(?:go\s+on|go\s+ahead|do\s+it|why\s+not)\b[,!.\s]*)*(?:(${VERB})\s+(?:it|that)\b.*)?$`,
  'i',
);

/** "maybe delete the gym thing", "should I move the report to friday": a request put as a question. */
const REQUEST_ASKED = new RegExp(String.raw`^(?:maybe|perhaps|should\s+i|shall\s+i|do\s+i)\s+(${VERB}\s+.+)$`, 'i');
/** "should the report be called final report": a change of a task put as a question. */
const CHANGE_ASKED = /^should\s+((?:the|my)\s+.+?)\s+be\s+(.+)$/i;
/** "is the report due friday", "is the dentist on wednesday": a question about a task's date. */
const DATE_ASKED = /^(?:is|are|was)\s+((?:the|my)\s+.+?)\s+(?:due|on|at|for|still)\b/i;
/** "make it monday", "move it to 5pm": a request of "it". */
const REQUEST_OF_IT = new RegExp(String.raw`^(${VERB})\s+(?:it|that)\b(.*)$`, 'i');

/** The request the answer decides, or undefined. */
export function answeredOwnQuestion(text: string): string | undefined {
  const parts = /^([^?]+)\?+\s*([^?]+?)[.!]*$/.exec(text.trim());
  if (!parts?.[1] || !parts[2]) return undefined;
  const question = parts[1].replace(LEAD, '').trim();
  const answer = parts[2].trim();
  if (YES.test(answer)) {
    const request = REQUEST_ASKED.exec(question)?.[1];
    if (request) return request;
    const change = CHANGE_ASKED.exec(question);
    if (change?.[1] && change[2]) return `${change[1]} should be ${change[2]}`;
    return undefined;
  }
  const task = DATE_ASKED.exec(question)?.[1];
  const request = REQUEST_OF_IT.exec(answer);
  if (!task || !request?.[1]) return undefined;
  return /^make$/i.test(request[1]) ? `make ${task} due${request[2]}` : `${request[1]} ${task}${request[2]}`;
}
