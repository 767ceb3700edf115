// GLTFExporter / GLTFLoader under Node 20: Node has Blob but no FileReader; the loader wants `self`.
import { Buffer } from 'node:buffer';
import { GLTFExporter } from 'three/examples/jsm/exporters/GLTFExporter.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

if (typeof globalThis.FileReader === 'undefined') {
  // Just enough of FileReader for GLTFExporter: it sets onloadend after calling read*, so finish async.
  globalThis.FileReader = class FileReader {
    readAsArrayBuffer(blob) {
      blob.arrayBuffer().then((buffer) => this.#done(buffer));
    }

    readAsDataURL(blob) {
      blob.arrayBuffer().then((buffer) => this.#done(`data:${blob.type || 'application/octet-stream'};base64,${Buffer.from(buffer).toString('base64')}`));
    }

    #done(result) {
      this.result = result;
      this.onload?.({ target: this });
      this.onloadend?.({ target: this });
    }
  };
}
if (typeof globalThis.self === 'undefined') globalThis.self = globalThis;

/** Binary glTF of a scene graph, as a Node Buffer. Node transforms are written as TRS. */
export async function exportGlb(object) {
  const buffer = await new GLTFExporter().parseAsync(object, { binary: true, trs: true, onlyVisible: true });
  return Buffer.from(buffer);
}

/** Parses a .glb (Buffer) into a three.js scene. */
export async function parseGlb(bytes) {
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const gltf = await new GLTFLoader().parseAsync(ab, '');
  return gltf.scene;
}
