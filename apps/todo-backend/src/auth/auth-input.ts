import { ValidationError } from '@doable/platform';

/** Auth bodies are flat (an API key's metadata and permissions nest two or three levels). */
export const MAX_AUTH_BODY_DEPTH = 32;

const NUL_MESSAGE = 'Text may not contain the NUL character (\\u0000).';

/**
 * Refuses what would otherwise fail with a 500: the NUL character (PostgreSQL text cannot hold it) in the query or
 * anywhere in the body, and JSON nested deeper than any auth call needs. Any other fault of a body is left to
 * better-auth, which answers it with a 400 or 415 of its own. (A malformed `Host` never gets this far.)
 */
export function checkAuthInput(request: { url: string; body: string | undefined }): void {
  const { url, body } = request;
  if (/%00/i.test(url)) throw new ValidationError('The request is not valid; see errors.', [{ field: '(query)', message: NUL_MESSAGE }]);
  if (!body) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // A form body (better-auth takes those too) encodes NUL as %00.
    if (body.includes('\u0000') || /%00/i.test(body)) {
      throw new ValidationError('The request is not valid; see errors.', [{ field: '(body)', message: NUL_MESSAGE }]);
    }
    return;
  }
  // An explicit stack: a recursive walk would overflow on the very input it guards against.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: parsed, path: '', depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path, depth } = item;
    if (typeof value === 'string' && value.includes('\u0000')) {
      throw new ValidationError('The request is not valid; see errors.', [{ field: path || '(body)', message: NUL_MESSAGE }]);
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_AUTH_BODY_DEPTH) {
      throw new ValidationError('The request is not valid; see errors.', [
        { field: path || '(body)', message: `JSON may nest at most ${MAX_AUTH_BODY_DEPTH} levels deep.` },
      ]);
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (key.includes('\u0000'))
        throw new ValidationError('The request is not valid; see errors.', [{ field: '(body)', message: NUL_MESSAGE }]);
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}
