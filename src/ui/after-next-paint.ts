/**
 * Runs `work` in a task after the next frame is painted, when layout is clean: reading a size
 * there costs nothing, where reading it in `updated()` forces a layout of the whole page
 * inside the render's task (66 ms of a settings page's first render on a throttled phone).
 */
export function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}
