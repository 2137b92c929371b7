import { extractDate } from './phrases.ts';
import { type KnownNames, knownProject } from './project-names.ts';

// "what's left on the bathroom", "how much is left for the christmas stuff", "what's outstanding for the kitchen in Home Projects": the open tasks about a thing,
// found by its words. A day ("what's left for today"), a project ("what's left in Groceries") or the list itself are
// read by the listing rules.

const LEFT_ON =
  /^(?:what(?:'s|s|\s+is)|whats|how\s+much(?:'s|\s+is)?)\s+(?:still\s+)?(?:left|remaining|outstanding|open)\s+(?:on|for|with)\s+(?:the\s+|my\s+|our\s+)?(.+?)(?:\s+(?:in|under)\s+(?:the\s+)?(.+?)(?:\s+project)?)?$/i;
/** Words that name no thing to search for: a list ("the grocery list"), the tasks, a time ("the week"). */
const NOT_A_TOPIC =
  /^(?:tasks?|todos?|things|stuff|me|us|now|later|(?:this\s+|next\s+|the\s+)?(?:day|week|weekend|month|year))$|(?:^|\s)(?:list|to-?do\s+list)$/i;

export function topicLeftAsked(text: string, known: KnownNames): { query: string; project?: string } | undefined {
  const said = LEFT_ON.exec(text.trim().replace(/[?!.]+$/, ''));
  // "how much is left for the christmas stuff": the kind of thing is no word to search for.
  const topic = said?.[1]?.trim().replace(/(\S)\s+(?:stuff|things|bits)$/i, '$1');
  if (!topic || NOT_A_TOPIC.test(topic) || knownProject(topic, known) || extractDate(` ${topic}`).date) return undefined;
  const project = said?.[2] ? knownProject(said[2], known) : undefined;
  if (said?.[2] && !project) return undefined;
  return project ? { query: topic, project } : { query: topic };
}
