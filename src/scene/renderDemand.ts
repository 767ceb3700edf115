/**
 * What the on-demand renderer (RenderOnDemand.tsx) needs from the rest of the scene: until when the user's
 * hand on the controls (and the damping after it) asks for every frame, and when the last frame was drawn.
 */
export const renderDemand = {
  /** performance.now() ms until which every frame is drawn (input and its damping). */
  inputUntilMs: 0,
  lastRenderAtMs: -Infinity,
  /** The simulated instant of the last frame drawn, Unix ms. */
  lastRenderSimMs: NaN,
};
