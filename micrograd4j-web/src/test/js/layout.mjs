// For the JVM tests: lays out the ELK graph on standard input with elkjs, as the web edition's page does, and
// prints it flattened as the page hands it back to the engine.
import ELK from "elkjs/lib/elk.bundled.js";
import {flatten} from "../../main/js/elk-flat.js";

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const laid = await new ELK().layout(JSON.parse(input));
  process.stdout.write(JSON.stringify(flatten(laid)));
});
