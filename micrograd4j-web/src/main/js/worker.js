// The training lab's Web Workers: the compiled engine and the loop of the worker's role, the run's ("train") or
// its maps' ("maps"). The page's first message brings the engine's WebAssembly module and the role
// ({op: "engine", role, bytes}); the questions that arrive while it loads wait for it.
import {fromBytes} from "./wasm-engine.js";
import {runner, mapsHandler} from "./lab-runner.js";

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
  const send = (m) => self.postMessage(m);
  const listen = (handler) => {
    self.onmessage = (m) => handler(m.data);
    for (const m of waiting) { handler(m); }
    waiting = null;
  };
  if (e.data.role === "maps") {
    listen(mapsHandler(engine, send));
  } else {
    runner(engine, send, listen);
  }
};
