// The compiled engine from its WebAssembly-GC module's bytes: TeaVM's own loader (wasm-gc-module-runtime.js,
// from teavm-core's jar) instantiates it, and its exports are WebEngine's @JSExport methods, the same functions
// as engine.js, TeaVM's JavaScript output. Shared by the page and the training lab's Web Worker.
import {load} from "teavm:wasm-gc-runtime";

/** The engine's functions ({grad, graph, answer, functions, settings, trainStart, ...}) from the module's bytes. */
export async function fromBytes(bytes) {
  // bytes, not a path: the runtime then fetches nothing (a page opened from file:// may not fetch)
  const teavm = await load(bytes);
  return teavm.exports;
}
