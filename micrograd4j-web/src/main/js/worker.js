// The training lab's Web Worker: the compiled engine and its loop.
import * as engine from "micrograd4j:engine";
import {runner} from "./lab-runner.js";

runner(engine, (m) => self.postMessage(m), (handler) => { self.onmessage = (e) => handler(e.data); });
