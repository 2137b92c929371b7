import { readFileSync, writeFileSync } from 'node:fs';
import { describeMiss, evaluate, formatTable, score } from './language-eval.ts';
import { evaluateVariants } from './language-variants.ts';

// `npm run eval:language [-- --show-held-out] [-- --write-baseline] [-- --variants]`: the offline interpreter over the
// corpus, a table per part. It is a measurement: it exits 0 whatever the figures. --write-baseline raises the committed
// baseline of the tuning part to today's figures (never lowers it), which the ratchet test then holds. --variants also
// scores the tuning part's phrases with other titles, weekdays and hours (language-variants.ts) and lists their misses.

const BASELINE = new URL('./language-baseline.json', import.meta.url);
const args = new Set(process.argv.slice(2));
const { tuning, heldOut } = evaluate();

const tuningScores = score(tuning);
console.log(`Tuning part (${tuning.length} phrases)\n\n${formatTable(tuningScores)}\n`);
const misses = tuning.filter((item) => !item.right);
if (misses.length > 0) console.log(`Misses (${misses.length}):\n${misses.map(describeMiss).join('\n')}\n`);

console.log(`Held-out part (${heldOut.length} phrases)\n\n${formatTable(score(heldOut))}\n`);
const heldOutMisses = heldOut.filter((item) => !item.right);
if (args.has('--show-held-out')) console.log(`Held-out misses (${heldOutMisses.length}):\n${heldOutMisses.map(describeMiss).join('\n')}\n`);
else console.log(`Held-out misses: ${heldOutMisses.length} (not shown; --show-held-out prints them).`);

if (args.has('--variants')) {
  const variants = evaluateVariants(tuning);
  console.log(`\nTuning part's variants (${variants.length})\n\n${formatTable(score(variants))}\n`);
  const wrong = variants.filter((item) => !item.right);
  console.log(
    `Variant misses (${wrong.length}):\n${wrong.map((item) => `(${item.change} of ${JSON.stringify(item.from)}) ${describeMiss(item)}`).join('\n')}\n`,
  );
}

if (args.has('--write-baseline')) {
  const old = JSON.parse(readFileSync(BASELINE, 'utf8')) as { tuning: Record<string, number> };
  const raised = Object.fromEntries(tuningScores.map((row) => [row.category, Math.max(row.percent, old.tuning[row.category] ?? 0)]));
  writeFileSync(BASELINE, `${JSON.stringify({ tuning: raised }, null, 2)}\n`);
  console.log('Baseline raised where today is better.');
}
