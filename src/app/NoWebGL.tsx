/** Shown instead of the scene when the browser has no WebGL 2. */
export function NoWebGL() {
  return (
    <main className="no-webgl" data-testid="no-webgl">
      <h1>Common Orbit needs WebGL</h1>
      <p>
        This browser could not start WebGL 2, which draws the 3D Earth and the space station. Try a current
        Chrome, Edge, Firefox or Safari, turn on hardware acceleration in the browser's settings, or update the
        graphics driver.
      </p>
    </main>
  );
}
