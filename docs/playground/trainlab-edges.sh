#!/usr/bin/env bash
# Measures how long the training lab takes to draw its edges for wide layers (docs/PERFORMANCE.md, "The training
# lab"), in headless Chromium. Needs Debian's chromium and chromium-driver in /usr/bin.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
mvn -B -q ${MVN_OFFLINE:--o} -pl micrograd4j-bench -am compile dependency:build-classpath \
  -Dmaven.javadoc.skip -Dmdep.includeScope=compile -Dmdep.outputFile="$cp" >/dev/null
exec java -cp "micrograd4j-bench/target/classes:$(cat "$cp")" \
  io.github.micrograd4j.bench.playground.TrainingLabEdges "$@"
