/** A task body for POST /api/v1/tasks; override only what the test is about. */
export function aTask(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { title: `Task ${Math.random().toString(36).slice(2, 8)}`, ...overrides };
}
