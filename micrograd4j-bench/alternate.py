#!/usr/bin/env python3
"""Times whole commands alternately: round after round, each command once per round.

    micrograd4j-bench/alternate.py ROUNDS COMMAND [COMMAND ...]

Each COMMAND is run through `sh -c`, output discarded, after 3 untimed warm-up runs of each. Running
them in turn, rather than all runs of one command and then the next (as hyperfine does), spreads a
shared machine's slow and fast minutes over every command alike, so two builds compare fairly. Prints,
per command, the median, mean, 10th and 90th percentile wall time and the median CPU time (user +
system of the command and its children) in ms.

Example, the previous round's launcher against this one (a second checkout in /tmp/old):

    micrograd4j-bench/alternate.py 40 "/tmp/old/micrograd grad 'a=2; L=a*a'" "./micrograd grad 'a=2; L=a*a'"
"""
import resource
import statistics
import subprocess
import sys
import time


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000
    return wall, cpu


def main():
    if len(sys.argv) < 3 or not sys.argv[1].isdigit():
        sys.exit("usage: alternate.py ROUNDS COMMAND [COMMAND ...]")
    rounds, commands = int(sys.argv[1]), sys.argv[2:]
    for command in commands:
        for _ in range(3):
            run(command)
    walls = [[] for _ in commands]
    cpus = [[] for _ in commands]
    for _ in range(rounds):
        for k, command in enumerate(commands):
            wall, cpu = run(command)
            walls[k].append(wall)
            cpus[k].append(cpu)
    print(f"{'median':>8} {'mean':>8} {'p10':>8} {'p90':>8} {'cpu':>8}  command ({rounds} rounds, ms)")
    for k, command in enumerate(commands):
        w = sorted(walls[k])
        print(f"{statistics.median(w):8.1f} {statistics.mean(w):8.1f} {w[len(w) // 10]:8.1f} "
              f"{w[len(w) * 9 // 10]:8.1f} {statistics.median(cpus[k]):8.1f}  {command}")


if __name__ == "__main__":
    main()
