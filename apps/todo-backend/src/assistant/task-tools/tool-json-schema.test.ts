import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toolJsonSchema } from './tool-json-schema.ts';

describe('tool JSON schemas', () => {
  const schema = z.object({ id: z.number().int(), parent_id: z.number().int().nullable().describe('The parent.'), name: z.string() });

  it('writes a nullable type as a type list, and an output schema without descriptions but with its required list', () => {
    expect(toolJsonSchema(schema, 'output')).toEqual({
      type: 'object',
      properties: { id: { type: 'integer' }, parent_id: { type: ['integer', 'null'] }, name: { type: 'string' } },
      required: ['id', 'parent_id', 'name'],
      additionalProperties: false,
    });
  });

  it('keeps an input schema’s required list and descriptions', () => {
    const input = toolJsonSchema(schema, 'input') as { required: string[]; properties: Record<string, { description?: string }> };
    expect(input.required).toEqual(['id', 'parent_id', 'name']);
    expect(input.properties.parent_id?.description).toBe('The parent.');
  });
});
