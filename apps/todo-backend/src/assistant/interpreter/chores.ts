// Chores whose verb is also one of ours: "change the sheets every fortnight", "move the car every tuesday" (street
// cleaning), "switch the heating on every morning". With a thing chores are done to and nothing linking the task to
// the rule ("to", "into", "so", "from": "change the standup to every weekday"), the sentence is a chore to repeat, not
// a change to a task ("change the gym every tuesday" is asked about).

/** What a chore changes, moves or switches: "the sheets", "the car", "the heating on" (never a task named "the gym"). */
const CHORE_THING = String.raw`(?:sheets|bed(?:ding|s)?|towels|filters?|batter(?:y|ies)|bulbs?|oil|litter(?:\s+tray)?|water|nappies|toothbrush(?:es)?|car|van|bins?|wheelie\s+bins?|heating|lights?|boiler|dehumidifier|sprinklers?)`;

/** A chore said with an edit verb and a rule, no word between them that would make it a change. */
const CHORE_WITH_RULE = new RegExp(
  String.raw`^(?:change|switch|move)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}'-]+\s+)?${CHORE_THING}\b(?:(?!\b(?:to|into|so|from|as|repeat(?:ing)?|recur(?:ring)?)\b).)*?\s+(?:every|each|daily|weekly|fortnightly|monthly|yearly|once\s+a)\b`,
  'iu',
);

export function isChoreWithRule(sentence: string): boolean {
  return CHORE_WITH_RULE.test(sentence);
}
