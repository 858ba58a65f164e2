#!/bin/bash
# Alternates the benchmark jars of before (split, bb6887e) and after (branch optable) under the same load.
# JARS: folder holding before.jar and after.jar; OUT: where the raw output and the load log go.
B="DemoTrainingBenchmark.(objectGraphForwardBackward|tape100Steps)$|ForwardModeBenchmark.(reverseObjectGraph|reverseTape)$"
H="HeatMapBenchmark.forwardOnly$"
for r in ${ROUNDS:-1 2}; do
  for v in before after; do
    echo "$v round $r start $(date -u +%H:%M:%S) $(uptime)" >> ${OUT:-/tmp/jmh}/log.txt
    java -jar ${JARS:-/tmp}/$v.jar "$B" -f 3 -wi 5 -i 5 -r 1 -w 1 -rf text -rff ${OUT:-/tmp/jmh}/$v-r$r.txt \
      > ${OUT:-/tmp/jmh}/$v-r$r.log 2>&1
    java -jar ${JARS:-/tmp}/$v.jar "$H" -p threads=1 -p tile=256 -f 2 -wi 5 -i 5 -rf text \
      -rff ${OUT:-/tmp/jmh}/$v-heatmap-r$r.txt > ${OUT:-/tmp/jmh}/$v-heatmap-r$r.log 2>&1
    echo "$v round $r end $(date -u +%H:%M:%S) $(uptime)" >> ${OUT:-/tmp/jmh}/log.txt
  done
done
echo done >> ${OUT:-/tmp/jmh}/log.txt
