/** Where a dragged row goes when dropped on another: right before it, right after it, or (a task) under it. */
export type DropAt = 'before' | 'after' | 'inside';

type Box = { top: number; height: number };

/**
 * Where a drop at `clientY` over a row lands. With `inside` (the task tree) the top quarter drops before the row, the
 * bottom quarter after it and the middle makes a child of it; without (the sidebar's projects) each half is one side.
 */
export function dropZone(clientY: number, box: Box, inside: true): DropAt;
export function dropZone(clientY: number, box: Box, inside: false): Exclude<DropAt, 'inside'>;
export function dropZone(clientY: number, box: Box, inside: boolean): DropAt {
  const y = (clientY - box.top) / Math.max(box.height, 1);
  if (!inside) return y < 0.5 ? 'before' : 'after';
  return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'inside';
}
