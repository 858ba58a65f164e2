#!/usr/bin/env bash
# Start-up of ./micrograd as a whole process, against `java -version` in the same run.
#
#   micrograd4j-bench/startup.sh [RUNS]            # default 20 runs of each command, 3 warm-ups
#   OLD_JAR=/path/to/old-cli-all.jar micrograd4j-bench/startup.sh   # also time an older jar, as
#                                                  # the old launcher ran it (java -jar, no archive)
#
# Uses hyperfine when it is installed (apt-get install hyperfine), else a loop with `date +%s%N`.
# Prints the load (uptime) before and after, and the median, mean and range of each command's wall
# time in ms, and (hyperfine only) its mean CPU time, user + system, which a busy machine disturbs less.
# Targets (issue 12): `grad` ≤ 150 ms median, `grad --svg` of the walkthrough ≤ 300 ms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-20}"
cd "$root"
jar="$root/micrograd4j-cli/target/micrograd4j-cli-all.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
walkthrough='a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f'

./micrograd --version >/dev/null   # builds the jar and the archive if needed: not part of the timing

names=() cmds=()
add() { names+=("$1"); cmds+=("$2"); }
add "java -version" "java -version"
add "grad" "./micrograd grad 'a=2; L=a*a'"
add "grad --svg (walkthrough)" "./micrograd grad '$walkthrough' --svg $out/g.svg"
add "grad, no archive (MICROGRAD_CDS=0)" "env MICROGRAD_CDS=0 ./micrograd grad 'a=2; L=a*a'"
add "grad, java -jar (no archive, C2)" "java -jar $jar grad 'a=2; L=a*a'"
add "grad --svg, java -jar (no archive, C2)" "java -jar $jar grad '$walkthrough' --svg $out/g.svg"
if [ -n "${OLD_JAR:-}" ]; then
  add "grad, OLD_JAR via java -jar" "java -jar $OLD_JAR grad 'a=2; L=a*a'"
  add "grad --svg, OLD_JAR via java -jar" "java -jar $OLD_JAR grad '$walkthrough' --svg $out/g.svg"
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "load before: $(uptime)"
printf '%-42s %8s %8s %15s %10s\n' command median mean "min-max" "user+sys"
if command -v hyperfine >/dev/null; then
  hyperfine -N -w 3 -r "$runs" --export-json "$out/h.json" "${cmds[@]}" >/dev/null 2>&1
  python3 - "$out/h.json" "${names[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for name, r in zip(sys.argv[2:], results):
    span = f"{r['min']*1000:.0f}-{r['max']*1000:.0f}"
    print(f"{name:42s} {r['median']*1000:8.0f} {r['mean']*1000:8.0f} {span:>15s} {(r['user'] + r['system'])*1000:10.0f}")
PY
else
  for i in "${!cmds[@]}"; do
    times=()
    for ((k = 0; k < runs + 3; k++)); do
      t0=$(date +%s%N); eval "${cmds[$i]}" >/dev/null 2>&1; t1=$(date +%s%N)
      [ "$k" -ge 3 ] && times+=($(((t1 - t0) / 1000000)))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    n=${#sorted[@]}; sum=0; for t in "${sorted[@]}"; do sum=$((sum + t)); done
    printf '%-42s %8s %8s %7s-%s\n' "${names[$i]}" "${sorted[$((n / 2))]}" "$((sum / n))" "${sorted[0]}" "${sorted[$((n - 1))]}"
  done
fi
echo "load after:  $(uptime)"
