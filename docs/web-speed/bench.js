// The web edition's speed page (docs/web-speed.sh): in one page, in the same browser, micrograd4j's engine as the
// web edition compiles it (JavaScript and WebAssembly-GC), and TensorFlow Playground's nn.ts compiled by TypeScript, each training the demo's
// network on the same points for the same number of full-batch steps. No drawing: the engines alone.
import * as nn from "./build/nn.js";
import * as engine from "micrograd4j:engine";
import wasmBytes from "micrograd4j:engine.wasm";
import {load} from "teavm:wasm-gc-runtime";

// TensorFlow Playground's own loop (playground.ts oneStep): forward and back per point, then one update.
// Its engine has squared error only, and a tanh output, as its classification demos use.
window.tfPlayground = function (points, steps, lr, reg) {
  const net = nn.buildNetwork([2, 16, 16, 1], nn.Activations.RELU, nn.Activations.TANH,
    nn.RegularizationFunction.L2, ["x1", "x2"], false);
  const t0 = performance.now();
  let loss = 0;
  for (let s = 0; s < steps; s++) {
    loss = 0;
    for (const p of points) {
      const out = nn.forwardProp(net, [p[0], p[1]]);
      loss += nn.Errors.SQUARE.error(out, p[2]);
      nn.backProp(net, p[2], nn.Errors.SQUARE);
    }
    nn.updateWeights(net, lr, reg);
  }
  return {stepsPerSecond: steps / ((performance.now() - t0) / 1000), loss: loss / points.length};
};

// micrograd4j's: the training lab's run (the demo's settings), all steps in one slice, then one frame; with the
// engine as TeaVM's JavaScript output (engine.js) or its WebAssembly-GC output (engine.wasm), which the site uses.
function train(compiled, steps) {
  compiled.trainStart(JSON.stringify({page: "speedpage", settings: {steps: String(steps)}, play: true}));
  const t0 = performance.now();
  const frame = JSON.parse(compiled.trainTick(1e9));
  return {stepsPerSecond: frame.step / ((performance.now() - t0) / 1000), loss: frame.loss};
}
window.micrograd4j = (steps) => train(engine, steps);
window.micrograd4jWasm = (steps) => train(window.wasmEngine, steps);
load(wasmBytes).then((teavm) => { window.wasmEngine = teavm.exports; });
