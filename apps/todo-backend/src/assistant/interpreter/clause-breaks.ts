// Where a speaker pauses between clauses and a typist would put a comma: before "can you …", before the reason after
// a request ("… it got rained off", "… it's kind of urgent"), after the reason before one ("because the kids are off
// next week I need to …"). Read by dictation.ts, so a reason, a topic and a request are read as the clauses they are.

/**
 * Commas where a speaker pauses between clauses: before "can you …", "so you can …", "and I always forget", "it's
 * not …" in the middle of a sentence, so a reason, a topic and a request are read as the clauses they are.
 */
export function withClauseBreaks(text: string): string {
  return (
    text
      .replace(/(?<=[\p{L}\d'])(?<!\b(?:and|or|then|also|so|please))\s+(?:so\s+)?(?=(?:can|could|would)\s+(?:you|u)\s+)/giu, ', ')
      .replace(/(?<=[\p{L}\d'])\s+so\s+(?=(?:that|it|this)(?:\s+one)?(?:'s|\s+is|\s+was)\b)/giu, ', ')
      .replace(
        /(?<=[\p{L}\d'])\s+(?:so\s+(?:just\s+|maybe\s+)?|(?=you\s+can\s+))(?=(?:you\s+can\s+)?(?:make|lower|raise|take|bump|mark|tick|cross|move|put|set|delete|remove|bin|turn|change|call|rename|name|retitle)\s+(?:it|that|them|this)\b)/giu,
        ', ',
      )
      .replace(/(?<=[\p{L}\d'])\s+so\s+(?=you\s+can\b)/giu, ', ')
      // "picked up the dry cleaning tick that off": the news, then what to do about it.
      .replace(
        /(?<=[\p{L}\d'])(?<!\b(?:can|could|so|and|then|just|please|pls|you|u|to|now|,))\s+(?=(?:tick|cross|check)\s+(?:it|that|this)\s+off\b)/giu,
        ', ',
      )
      // "reopen the shopping I forgot the bread", "untick the washing it's still wet": why, after the task a change
      // names ("the one I added" says which task, and "since it's …", "if that's ok" are joined on already).
      .replace(
        /^((?:reopen|re-open|untick|uncheck|unmark|tick\s+off|check\s+off|cross\s+off|mark|delete|remove|scratch|bin|complete)\s+(?:the|my|that|this)\s+[^,]+?)(?<!\b(?:task|one|thing|item|todo|what|since|because|cos|as|if|when|once|until|unless|though|so|and|but|that|which))\s+(?=(?:i|we)\s+(?!(?:mean|meant)\b)\p{L}+|(?:it'?s|it\s+is|it\s+was|they'?re|that'?s)\s+\p{L})/iu,
        '$1, ',
      )
      .replace(/(?<=[\p{L}\d'])\s+(?=and\s+i\s+(?:always|keep|never)\b)/giu, ', ')
      // "I spelled it wrong the bank task should say …": what went wrong, then the task it went wrong in.
      .replace(/\b(wrong|wrongly|a\s+mistake|a\s+typo)\s+(?=(?:the|my)\s)/giu, '$1, ')
      // "because the kids are off next week I need to book a sitter": the reason, then the request.
      .replace(
        /^((?:because|since|cos|'cause|as)\s+[^,]+?)\s+(?=(?:so\s+)?(?:i|we)\s+(?:need|have|must|should|gotta|want|ought)\s+to\b)/iu,
        '$1, ',
      )
      // "make it high priority its kind of urgent": why, said after the request.
      .replace(
        /(?<=[\p{L}\d'])(?<!\b(?:because|since|as|cos|'cause|coz))\s+(?=(?:it'?s|its|it\s+is|that'?s)\s+(?:(?:kind\s+of|sort\s+of|really|so|very|super|quite|pretty|a\s+bit)\s+)?(?:urgent|important|pressing|overdue|late|needed)\b)/giu,
        ', ',
      )
      .replace(/(?<=[\p{L}\d'])\s+(?=(?:we're|we\s+are|it's|they're|i'm|im|i\s+am)\s+not\b)/giu, ', ')
      // "get rid of the car boot sale one it got rained off": the reason after the task, said without a pause.
      .replace(/(?<=\b(?:one|task|thing|item))\s+(?=(?:it|that)(?:'s|\s+(?:got|was|is|has|had|isn't|wasn't))\s)/giu, ', ')
      .replace(/,\s*,/g, ',')
      .replace(/^,\s*/, '')
  );
}
