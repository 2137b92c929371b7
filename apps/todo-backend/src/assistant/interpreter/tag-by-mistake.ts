import { type KnownNames, knownProject } from './project-names.ts';

// A tag said to be wrong on a task: "the boiler task is tagged garden by mistake, take it off", "the pharmacy run
// shouldn't be under errands anymore", "4 shouldn't be labelled work". The task loses that tag. A word that names one of
// the caller's projects ("the report shouldn't be under Work") may mean the project, and is left to the rules of moves.

const TAG = String.raw`#?(\p{L}[\p{L}\p{N}_-]*)`;

/** "… is tagged garden by mistake", "… was labelled work in error", with or without "take it off" after. */
const TAGGED_BY_MISTAKE = new RegExp(
  String.raw`^(.+?)\s+(?:is|was|got|has\s+been|'s)\s+(?:tagged|labell?ed)\s+(?:as\s+)?${TAG}\s+(?:by\s+(?:mistake|accident)|in\s+error|wrongly|wrong)(?:\s*(?:[,;.]|\s[-–—])\s*(?:so\s+)?(?:please\s+)?(?:take\s+(?:it|that|the\s+tag)\s+off|remove\s+(?:it|that|the\s+tag)|untag\s+it|drop\s+(?:it|the\s+tag)))?$`,
  'iu',
);

/** "the pharmacy run shouldn't be under errands anymore", "4 should not be tagged work". */
const SHOULD_NOT_BE_TAGGED = new RegExp(
  String.raw`^(.+?)\s+(?:shouldn'?t|should\s+not|mustn'?t|doesn'?t\s+need\s+to)\s+be\s+(?:under|tagged|labell?ed)\s+(?:as\s+)?${TAG}(?:\s+any\s*more)?$`,
  'iu',
);

export function tagByMistake(text: string, known: KnownNames): { ref: string; tag: string } | undefined {
  const said = TAGGED_BY_MISTAKE.exec(text.trim()) ?? SHOULD_NOT_BE_TAGGED.exec(text.trim());
  if (!said?.[1] || !said[2] || knownProject(said[2], known)) return undefined;
  return { ref: said[1], tag: said[2].toLowerCase() };
}
