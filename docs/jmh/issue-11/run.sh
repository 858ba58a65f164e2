#!/bin/bash
# alternates the benchmark jars of before (805923c) and after, under the same load
B="DemoTrainingBenchmark.(objectGraphForwardBackward|tape100Steps)$|ForwardModeBenchmark.(reverseObjectGraph|reverseTape)$"
for r in 1 2; do
  for v in before after; do
    echo "$v round $r start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> ${OUT:-/tmp/jmh}/log.txt
    java -jar ${JARS:-/tmp}/$v.jar "$B" -rf text -rff ${OUT:-/tmp/jmh}/$v-r$r.txt > ${OUT:-/tmp/jmh}/$v-r$r.log 2>&1
  done
done
echo done >> ${OUT:-/tmp/jmh}/log.txt
