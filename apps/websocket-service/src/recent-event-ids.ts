/**
 * The last `capacity` event ids this replica delivered: delivery is at least once, and a reminder or an update
 * redelivered should not reach the tabs twice. Bounded, so memory stays flat; older duplicates are harmless.
 */
export function createRecentEventIds(capacity = 10_000) {
  const ids = new Set<string>();
  return {
    /** True the first time an id is seen (and remembers it). */
    firstSeen(id: string): boolean {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > capacity) ids.delete(ids.values().next().value as string);
      return true;
    },
  };
}

export type RecentEventIds = ReturnType<typeof createRecentEventIds>;
