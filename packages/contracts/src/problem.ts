import { z } from 'zod';

/** RFC 9457 problem details, with field-level detail for validation errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  correlation_id: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;
