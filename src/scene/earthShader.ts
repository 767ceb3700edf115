/**
 * The Earth in one pass (fill rate is the budget: see STYLE.md): day imagery lit by the Sun, relief by
 * a derivative bump map, specular glint on water only, clouds lit and shading the lights below them,
 * city lights fading in across the terminator, and an atmosphere rim — from three textures:
 * day (sRGB), night (sRGB) and a data mask (R water, G relief height, B cloud density).
 * Lighting is done in world space; `sunDirection` is a world-space unit vector.
 */
export const earthVertexShader = /* glsl */ `
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vPositionW;
void main() {
  vUv = uv;
  vec4 world = modelMatrix * vec4(position, 1.0);
  vPositionW = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * normal);
  gl_Position = projectionMatrix * viewMatrix * world;
}
`;

export const earthFragmentShader = /* glsl */ `
uniform sampler2D dayMap;
uniform sampler2D nightMap;
uniform sampler2D maskMap;
uniform vec3 sunDirection;
uniform float bumpScale;
varying vec2 vUv;
varying vec3 vNormalW;
varying vec3 vPositionW;

// Bump mapping with screen-space derivatives (Mikkelsen 2010, "Bump Mapping Unparametrized Surfaces").
vec3 perturbNormal(vec3 position, vec3 normal, vec2 dHdxy) {
  vec3 sigmaX = dFdx(position);
  vec3 sigmaY = dFdy(position);
  vec3 r1 = cross(sigmaY, normal);
  vec3 r2 = cross(normal, sigmaX);
  float det = dot(sigmaX, r1);
  vec3 grad = sign(det) * (dHdxy.x * r1 + dHdxy.y * r2);
  return normalize(abs(det) * normal - grad);
}

void main() {
  vec3 n = normalize(vNormalW);
  vec3 mask = texture2D(maskMap, vUv).rgb;
  float water = mask.r;
  float cloud = mask.b;
  vec2 dH = vec2(dFdx(mask.g), dFdy(mask.g)) * bumpScale * (1.0 - water);
  vec3 nBump = perturbNormal(vPositionW, n, dH);

  vec3 L = sunDirection;
  vec3 V = normalize(cameraPosition - vPositionW);
  float cosSun = dot(n, L);
  float dayMix = smoothstep(-0.10, 0.10, cosSun);
  float diffuse = max(dot(nBump, L), 0.0) * smoothstep(-0.05, 0.05, cosSun);

  // Fill rate is the cost: each side of the terminator fetches only the image it shows. The gradients
  // and the mip level are taken outside the branches (derivatives are undefined in non-uniform control
  // flow); day and night images have the same size.
  vec2 texels = vUv * vec2(textureSize(dayMap, 0));
  vec2 texelsDx = dFdx(texels);
  vec2 texelsDy = dFdy(texels);
  float lod = 0.5 * log2(max(dot(texelsDx, texelsDx), dot(texelsDy, texelsDy)));
  vec3 color = vec3(0.0);
  if (cosSun > -0.06) {
    vec3 day = textureLod(dayMap, vUv, lod).rgb;
    vec3 halfway = normalize(L + V);
    // cos^80 by squaring (pow is exp2(80·log2 x): dearer on software renderers): x^64 · x^16.
    float c2 = max(dot(n, halfway), 0.0);
    c2 *= c2;
    float c4 = c2 * c2;
    float c16 = c4 * c4;
    c16 *= c16;
    float c64 = c16 * c16;
    c64 *= c64;
    float glint = c64 * c16 * water * (1.0 - cloud) * dayMix;
    color = day * (diffuse + 0.015) + vec3(1.0, 0.92, 0.8) * glint * 0.7;
  } else {
    // Deep night: the day image would add only its 1.5 % ambient; the mask gives ocean or land tone.
    color = mix(vec3(0.0022, 0.0025, 0.0030), vec3(0.0008, 0.0012, 0.0030), water);
  }
  color = mix(color, vec3(0.96) * (diffuse + 0.01), cloud * 0.9);
  if (dayMix < 1.0) {
    // The night image's moonlit ground is blue with almost no red (below sRGB 20 in 98 % of texels);
    // the city lights are the red above that. Mip levels average the small lights with dark ground,
    // hence the gain: a lit texel shows bright up close and a lit region glows from afar.
    vec3 night = textureLod(nightMap, vUv, lod).rgb;
    float lights = max(night.r - 0.007, 0.0) * 5.0;
    color += vec3(1.0, 0.8, 0.5) * lights * (1.0 - dayMix) * (1.0 - cloud);
  }

  float rim = 1.0 - max(dot(n, V), 0.0);
  rim *= rim;
  rim *= rim;
  color += vec3(0.30, 0.55, 1.0) * rim * smoothstep(-0.25, 0.35, cosSun) * 0.9;

  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;
