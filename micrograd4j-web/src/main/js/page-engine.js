// The page's compiled engine. The WebAssembly-GC module is built into the page's script (gzip, then base64:
// about 0.48 MB for its 0.87 MB), so that a page opened from file:// needs no fetch; it is unpacked once, and
// its bytes also go to the training lab's Web Worker. A browser without WebAssembly GC (before Chrome 119,
// Firefox 120, Safari 18.2) gets engine-js.js instead, TeaVM's JavaScript output of the same classes, from
// its own file: slower (docs/PERFORMANCE.md), the same numbers.
import wasmGzipBase64 from "micrograd4j:engine.wasm";
import {fromBytes} from "./wasm-engine.js";

let bytes = null;
let engine = null;

async function gunzip(base64) {
  const gz = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const stream = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Loads a classic script of the site (a file beside the page: this works from file:// too, where fetch does not). */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(src + " did not load"));
    document.head.appendChild(script);
  });
}

// which engine runs, on the page's root element (data-engine="wasm-gc" or "javascript"): for the tests and the curious
function running(kind, exports) {
  document.documentElement.dataset.engine = kind;
  return exports;
}

async function load() {
  try {
    const wasm = await gunzip(wasmGzipBase64);
    const exports = await fromBytes(wasm);
    bytes = wasm;
    return running("wasm-gc", exports);
  } catch (e) {
    console.warn("micrograd4j: no WebAssembly GC here (" + e + "); using the JavaScript engine");
    await loadScript("engine-js.js");
    return running("javascript", globalThis.micrograd4jEngineJs);
  }
}

/** The engine's functions, loaded on first use. */
export function pageEngine() {
  engine = engine || load();
  return engine;
}

/** A copy of the WebAssembly module's bytes for a Web Worker, or null where the page runs the JavaScript engine. */
export async function engineBytes() {
  await pageEngine();
  return bytes === null ? null : bytes.slice();
}
