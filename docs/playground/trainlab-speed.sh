#!/usr/bin/env bash
# Measures the training lab's speed figures (docs/PERFORMANCE.md, "The training lab") and retakes docs/PLAYGROUND.md's
# screenshot (docs/playground/training-lab.png). Needs Debian's chromium and chromium-driver in /usr/bin.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q ${MVN_OFFLINE:--o} -pl micrograd4j-bench -am compile dependency:build-classpath \
  -Dmaven.javadoc.skip -Dmdep.includeScope=compile -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "micrograd4j-bench/target/classes:$(cat "$cp")" \
  io.github.micrograd4j.bench.playground.TrainingLabSpeed "${@:-docs/playground/training-lab.png}"
