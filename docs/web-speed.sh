#!/usr/bin/env bash
# The web edition's speed, side by side in one headless Chromium (docs/PERFORMANCE.md, "The web edition"):
#  0. first paint of index.html and train.html from a local static server;
#  1. the training lab's steps/s: the static site (the engine compiled by TeaVM, in a Web Worker) against the
#     served playground (the engine on the JVM), both training the demo (MLP(2, [16, 16, 1]), 100 moons, SVM
#     loss, full batch), alternated round by round;
#  2. the engines alone in one page: micrograd4j's as TeaVM compiles it (JavaScript and WebAssembly-GC, the site's), and TensorFlow Playground's nn.ts
#     (docs/web-speed/nn.ts, Apache-2.0) compiled by TypeScript from npm, on the same network and points.
# Needs Chromium + chromedriver, Node 18+ and npm. Usage: docs/web-speed.sh [STEPS] [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
steps="${1:-3000}"
rounds="${2:-3}"
uptime
# the site first (it holds engine.js), then the engines' page from it
mvn -B -q -pl micrograd4j-web -am package -DskipTests
(cd docs/web-speed && npm ci --no-audit --no-fund --silent && node build.mjs ../../micrograd4j-web/target/teavm/engine.js)
mvn -B -pl micrograd4j-web -am verify -Dteavm.phase=none -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=WebSpeedRun -Dfailsafe.failIfNoSpecifiedTests=false -Dweb.speed=true \
  -Dweb.speed.args="$steps $rounds $(pwd)/docs/web-speed" | grep -E "round|paint|Tests run|BUILD"
uptime
