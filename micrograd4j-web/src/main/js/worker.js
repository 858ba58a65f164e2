// The training lab's Web Worker: the compiled engine and its loop. The page's first message brings the
// engine's WebAssembly module ({op: "engine", bytes}); the questions that arrive while it loads wait for it.
import {fromBytes} from "./wasm-engine.js";
import {runner} from "./lab-runner.js";

let waiting = [];
self.onmessage = async (e) => {
  if (e.data.op !== "engine") { waiting.push(e.data); return; }
  let engine;
  try {
    engine = await fromBytes(e.data.bytes);
  } catch (failure) {
    // thrown outside the promise, so that the page's onerror sees it and moves the run into the page
    setTimeout(() => { throw failure; }, 0);
    return;
  }
  runner(engine, (m) => self.postMessage(m), (handler) => {
    self.onmessage = (m) => handler(m.data);
    for (const m of waiting) { handler(m); }
    waiting = null;
  });
};
