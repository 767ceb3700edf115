// In-page frame timing shared by the benchmark and the profiler: pass these to page.evaluate.
/* global window, performance */

/** Runs in the page: pauses (or resumes) its render loop; frames are then timed by hand. */
export function pauseLoop(paused = true) {
  window.__commonOrbit.three().setFrameloop(paused ? 'never' : 'always');
}

/**
 * Runs in the page, its loop paused: the cost of each of `n` frames, measured synchronously. Each frame is
 * advanced by hand (every useFrame callback, then the render) and finished with a 1-pixel readPixels,
 * which waits for the GPU. Animation-frame timing would also count the compositor's pacing; this counts
 * only the work of the frame.
 */
export function timeFrames(n) {
  const state = window.__commonOrbit.three();
  const gl = state.gl.getContext();
  const pixel = new Uint8Array(4);
  const costs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    state.advance(t0);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    costs.push(performance.now() - t0);
  }
  return costs;
}
