import { knownProject } from './project-names.ts';
import type { KnownNames } from './projects.ts';

// A task's project put right: "wrong project on the dentist, it goes in Inbox", "the bike repair is in Work by mistake,
// should be Home Projects", "the quarterly report is a Work thing, not Inbox". Said as the move the rules read ("move
// the dentist to Inbox"), when the project it goes to is one of the caller's.

const CORRECTIONS = [
  // "wrong project on the dentist, it goes in Inbox", "wrong list for 5 - it belongs in Work".
  /^(?:(?:it'?s\s+|that'?s\s+)?(?:in\s+)?the\s+)?wrong\s+(?:project|list)\s+(?:on|for)\s+(.+?)\s*(?:[,;:]|\s[-–—])\s*(?:it\s+|that\s+)?(?:goes|belongs|should\s+(?:go|be))\s+(?:in|into|under|on|to)\s+(?:the\s+|my\s+)?(.+?)$/i,
  // "the dentist is in the wrong project, it goes in Inbox".
  /^(.+?)\s+(?:is|'s)\s+in\s+the\s+wrong\s+(?:project|list)\s*(?:[,;:]|\s[-–—])\s*(?:it\s+)?(?:goes|belongs|should\s+(?:go|be))\s+(?:in|into|under|on|to)\s+(?:the\s+|my\s+)?(.+?)$/i,
  // "the bike repair is in Work by mistake, should be Home Projects".
  /^(.+?)\s+(?:is|'s)\s+in\s+\S.*?\s+by\s+(?:mistake|accident)\s*(?:[,;:]|\s[-–—])\s*(?:it\s+)?(?:should\s+(?:be|go)|goes|belongs)\s+(?:in\s+|into\s+|under\s+)?(?:the\s+|my\s+)?(.+?)$/i,
];
/** "the quarterly report is a Work thing, not Inbox": the project it is of, said against the one it is in. */
const OF_NOT_IN =
  /^(.+?)\s+(?:is|'s)\s+(?:a|an)\s+(.+?)\s+(?:thing|job|task)\s*,?\s+not\s+(?:an?\s+)?(?:the\s+)?(.+?)(?:\s+(?:thing|job|task|one))?$/i;

const project = (name: string, known: KnownNames) => knownProject(name.replace(/\s+(?:project|list)$/i, ''), known);

export function projectCorrected(text: string, known: KnownNames): string {
  const said = text.trim().replace(/[.!]+$/, '');
  for (const pattern of CORRECTIONS) {
    const match = pattern.exec(said);
    const to = match?.[1] && match[2] ? project(match[2], known) : undefined;
    if (match?.[1] && to) return `move ${match[1]} to ${to}`;
  }
  // Both sides are projects: "a work thing, not a family thing" says what it is about, a tag the rules read.
  const ofNot = OF_NOT_IN.exec(said);
  const to = ofNot?.[2] ? project(ofNot[2], known) : undefined;
  if (ofNot?.[1] && ofNot[3] && to && project(ofNot[3], known)) return `move ${ofNot[1]} to ${to}`;
  return text;
}
