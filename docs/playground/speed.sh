#!/usr/bin/env bash
# Measures the playground's speed figures (docs/PERFORMANCE.md, "Playground") and retakes docs/PLAYGROUND.md's
# screenshot (docs/playground/expression-lab.png). Needs Debian's chromium and chromium-driver in /usr/bin.
# Prints a Markdown table of medians; asserts nothing. `speed.sh --screenshot-only FILE` only retakes the picture.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q ${MVN_OFFLINE:--o} -pl micrograd4j-bench -am compile dependency:build-classpath \
  -Dmaven.javadoc.skip -Dmdep.includeScope=compile -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "micrograd4j-bench/target/classes:$(cat "$cp")" \
  io.github.micrograd4j.bench.playground.PlaygroundSpeed "${@:-docs/playground/expression-lab.png}"
