// Keyset pagination over an id cursor: fetch one row more than asked to know whether a next
// page exists, and hand back the last row's id as the cursor for it.
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function cursorArgs(query: { limit: number; cursor?: string }) {
  return {
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  };
}

export function toPage<Row extends { id: string }, T>(rows: Row[], limit: number, view: (row: Row) => T): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  return { items: pageRows.map(view), nextCursor: hasMore ? (pageRows.at(-1)?.id ?? null) : null };
}
