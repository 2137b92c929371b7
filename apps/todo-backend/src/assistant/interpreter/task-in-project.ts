import { escapeRegExp, knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// "rename the raffle one in Garden Club to …", "the hedge task in Work is done": where a task named as one is said with
// its name. The project only says where it is, no part of its title, so it is left out once the sentence goes on after
// it. A sentence that ends there ("put the hedge task in Garden Club") says where it goes, and a new task's project is
// its own ("add … in Work"), and a move says where from only before "to". Said between the verb and the task ("tick off
// groceries the milk one"), it is left out too.

/** "could you put the bread maker thing in Home Projects instead?": asked, it still says where the task goes. */
const NEW_OR_PUT = /^(?:(?:please|pls|(?:can|could|would|will)\s+(?:you|u))\s+)*(?:add|create|new|put|pop|stick|file)\b/i;
/** "move the hedge one in Garden Club to friday": a move says where from only when "to" follows. */
const MOVE = /^(?:move|shift)\b/i;

/** "tick off groceries the milk one": a change's verb, then the project the task is in, then the task. */
const CHANGE_VERB = String.raw`(?:tick\s+off|check\s+off|cross\s+off|mark|complete|finish|untick|uncheck|reopen|delete|remove|scratch|bin)`;

export function withoutTaskPlace(text: string, known: KnownNames): string {
  if (NEW_OR_PUT.test(text.trim()) || !known.projects?.length) return text;
  const names = [...known.projects, 'Inbox'].map(escapeRegExp).join('|');
  // Said first, the project is where to look, and the task after it is the one meant.
  const placeFirst = new RegExp(
    String.raw`^(${CHANGE_VERB})\s+(?:the\s+|my\s+)?(${names})(?:\s+(?:project|list))?[,:]?(?:\s+(?:um+|uh+|er+m?)[,]?)*\s+(?=(?:the|my)\s+\S)`,
    'i',
  ).exec(text.trim());
  if (placeFirst?.[1] && placeFirst[2] && knownProject(placeFirst[2], known))
    return `${placeFirst[1]} ${text.trim().slice(placeFirst[0].length)}`;
  const place = new RegExp(
    String.raw`\b((?:the|my|that)\s+(?:[^\s,;:]+\s+){1,4}(?:one|task|thing|todo))\s+in\s+(?:the\s+|my\s+)?(${names})(?:\s+(?:project|list))?(?=\s+${MOVE.test(text.trim()) ? 'to\\s' : '\\S'})`,
    'i',
  );
  const said = place.exec(text);
  if (!said?.[1] || !said[2] || !knownProject(said[2], known)) return text;
  return text.slice(0, said.index) + said[1] + text.slice(said.index + said[0].length);
}
