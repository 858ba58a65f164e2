// Holds java.bin (MathDump.java) against this JavaScript engine's Math: how many results differ, by how many ulps.
// Run with Node (V8, the engine of Chromium): node compare.js
const fs = require("fs");
const buf = fs.readFileSync("java.bin");
const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
const names = ["exp", "tanh", "log", "pow", "sin", "cos"];
const diff = Object.fromEntries(names.map(n => [n, {n: 0, maxUlp: 0, maxRel: 0}]));
const b = new BigInt64Array(1), f = new Float64Array(b.buffer);
function bits(d) { f[0] = d; return b[0]; }
const rows = buf.byteLength / 72;
for (let i = 0; i < rows; i++) {
  const v = []; for (let k = 0; k < 9; k++) v.push(dv.getFloat64(i * 72 + k * 8));
  const [x, p, y] = v;
  const js = [Math.exp(x), Math.tanh(x), Math.log(p), Math.pow(p, y), Math.sin(x), Math.cos(x)];
  for (let k = 0; k < 6; k++) {
    const j = v[3 + k], s = js[k];
    if (!Object.is(j, s)) {
      const d = diff[names[k]]; d.n++;
      const u = Number(bits(j) - bits(s)); d.maxUlp = Math.max(d.maxUlp, Math.abs(u));
      d.maxRel = Math.max(d.maxRel, Math.abs(j - s) / Math.abs(j));
    }
  }
}
console.log(JSON.stringify({rows, diff}, null, 1));
