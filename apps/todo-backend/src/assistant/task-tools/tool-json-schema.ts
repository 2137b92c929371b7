import { z } from 'zod';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Drops what costs a client's context and tells it nothing: the ±2^53 bounds zod writes on every integer, and in an
 * output schema the field descriptions (the model reads a tool's text answer; the output schema validates). The
 * `required` lists stay: they tell a client which fields every answer has.
 */
function trim(node: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(node)) return node.map((item) => trim(item, io));
  if (node === null || typeof node !== 'object') return node;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'minimum' && value === -SAFE) || (key === 'maximum' && value === SAFE)) continue;
    if (io === 'output' && key === 'description' && typeof value === 'string') continue;
    kept[key] =
      key === 'properties' && value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, trim(schema, io)]))
        : trim(value, io);
  }
  return nullableType(kept) ?? kept;
}

/**
 * `{"anyOf":[{"type":"integer"},{"type":"null"}]}` says the same as `{"type":["integer","null"]}` in twice the
 * characters; zod writes the first for a nullable number. Only a bare type (nothing else on either side) is folded.
 */
function nullableType(node: Record<string, unknown>): Record<string, unknown> | undefined {
  const options = node.anyOf;
  if (!Array.isArray(options) || options.length !== 2 || Object.keys(node).length !== 1) return undefined;
  const bare = options.every((option) => option !== null && typeof option === 'object' && Object.keys(option).length === 1);
  const types = options.map((option) => (option as { type?: unknown }).type);
  if (!bare || !types.includes('null') || !types.every((type) => typeof type === 'string')) return undefined;
  return { type: types };
}

/** The JSON Schema of a tool's input (and output), from its zod schema. */
export function toolJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return trim(rest, io) as Record<string, unknown>;
}
