// For the JVM tests: loads the compiled engine (target/teavm/engine.js, the module the site bundles) and prints
// what its settings() and functions() exports answer, one per line, as the web transport receives them.
import {pathToFileURL} from "node:url";

const engine = await import(pathToFileURL(process.argv[2]).href);
process.stdout.write(engine.settings() + "\n" + engine.functions() + "\n");
