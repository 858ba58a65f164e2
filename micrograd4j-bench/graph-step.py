#!/usr/bin/env python3
"""Times one object-graph demo step where a learner runs it, against JMH's figure for the same step.

    micrograd4j-bench/graph-step.py [--rounds N] [--jmh-forks N] [--no-jmh] [--no-kernel]

The step is DemoTrainingBenchmark.objectGraphForwardBackward's: GraphEngine.evaluate() on micrograd's
demo (MLP 2-16-16-1, 100 moons, max-margin + 1e-4 L2; 65,481 values built, zeroed, backpropagated).
It is timed in:

  jmh     the JMH benchmark, run with micrograd4j-core's loop-jvm-options.txt, as the launcher runs
          the commands below (needs micrograd4j-bench/target/micrograd4j-benchmarks.jar);
  shell   `./micrograd shell` with the snippet below piped in (JShell, local execution);
  kernel  the Jupyter kernel (`./micrograd jupyter install` into a temporary folder, started and
          driven with jupyter_client), the same snippet as one cell; skipped without jupyter_client;
  train   `./micrograd train --engine graph`: the time it reports for 1,100 steps minus that for
          100 steps, over the 1,000 steps between (so JVM start and warm-up cancel out; a train
          step also updates the 337 parameters and prints a line).

The snippet warms up as JMH does, shorter: 100 steps (their mean is printed as `first 100`, what a
learner's first loop sees), then 3 s more, then 5 iterations of 1 s whose mean is the figure.
Rounds alternate the environments, so a busy machine's slow minutes fall on all of them alike.
Prints the load (uptime) before and after, each environment's figures per round, and the ratio of
each to JMH's mean (the goal: within 1.5x).
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "micrograd")
OPTIONS = os.path.join(ROOT, "micrograd4j-core/src/main/resources/io/github/micrograd4j/core/loop-jvm-options.txt")
JMH_JAR = os.path.join(ROOT, "micrograd4j-bench/target/micrograd4j-benchmarks.jar")

SNIPPET = """
var step = new io.github.micrograd4j.nn.train.GraphEngine(new io.github.micrograd4j.nn.train.Objective(
    io.github.micrograd4j.nn.MicrogradDemo.model(new java.util.Random(1338)),
    io.github.micrograd4j.nn.data.Datasets.moons(100, 0.1, new java.util.Random(1337)),
    io.github.micrograd4j.nn.loss.ClassificationLoss.MAX_MARGIN, 1e-4));
long t0 = System.nanoTime();
for (int i = 0; i < 100; i++) step.evaluate();
double first = (System.nanoTime() - t0) / 1e6 / 100;
t0 = System.nanoTime();
while (System.nanoTime() - t0 < 3_000_000_000L) step.evaluate();
double[] its = new double[5];
for (int k = 0; k < its.length; k++) {
    long s = System.nanoTime(); int n = 0;
    do { step.evaluate(); n++; } while (System.nanoTime() - s < 1_000_000_000L);
    its[k] = (System.nanoTime() - s) / 1e6 / n;
}
System.out.println("GRAPHSTEP first100=" + first + " mean=" + java.util.Arrays.stream(its).average().getAsDouble()
    + " iterations=" + java.util.Arrays.toString(its));
"""


def loop_options():
    options = []
    if not os.path.exists(OPTIONS):  # a checkout from before issue 25: the launcher runs the JVM's defaults
        return options
    with open(OPTIONS) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                options += line.split()
    return options


def parse_step(text, where):
    m = re.search(r"GRAPHSTEP first100=([0-9.Ee+-]+) mean=([0-9.Ee+-]+)", text)
    if not m:
        sys.exit(f"{where}: no GRAPHSTEP line in its output:\n{text[-3000:]}")
    return float(m.group(1)), float(m.group(2))


def run_shell():
    p = subprocess.run([LAUNCHER, "shell"], input=SNIPPET, capture_output=True, text=True, timeout=300)
    return parse_step(p.stdout + p.stderr, "shell")


def run_train():
    seconds = {}
    for steps in (100, 1100):
        p = subprocess.run([LAUNCHER, "train", "--engine", "graph", "--steps", str(steps)], capture_output=True,
                           text=True, timeout=600)
        m = re.search(r"; ([0-9.]+) s, [0-9.]+ steps/s \(graph engine\)", p.stdout)
        if p.returncode != 0 or not m:
            sys.exit(f"train --steps {steps}: exit {p.returncode}, no time in its output:\n{p.stdout[-2000:]}{p.stderr}")
        seconds[steps] = float(m.group(1))
    return None, (seconds[1100] - seconds[100]) * 1000 / 1000


KERNEL_DRIVER = """
import sys, jupyter_client
code = sys.stdin.read()
km, kc = jupyter_client.manager.start_new_kernel(kernel_name="micrograd4j", startup_timeout=120)
out = []
def hook(msg):
    if msg["msg_type"] == "stream":
        out.append(msg["content"]["text"])
    elif msg["msg_type"] == "error":
        out.append("\\n".join(msg["content"]["traceback"]))
try:
    kc.execute_interactive(code, timeout=600, output_hook=hook)
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
print("".join(out))
"""


def jupyter_python():
    """A Python that has jupyter_client: this one, or the system's (Debian's packages)."""
    for python in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(python) and subprocess.run([python, "-c", "import jupyter_client"],
                                                     capture_output=True).returncode == 0:
            return python
    return None


class Kernel:
    """The micrograd4j kernel installed into a temporary Jupyter path, driven with jupyter_client."""

    def __init__(self, python):
        self.python = python
        self.dir = tempfile.mkdtemp(prefix="mg-graph-step-")
        subprocess.run([LAUNCHER, "jupyter", "install", "--data-dir", self.dir], check=True, capture_output=True)
        self.env = dict(os.environ, JUPYTER_PATH=self.dir)

    def run(self):
        for attempt in (1, 2):
            p = subprocess.run([self.python, "-c", KERNEL_DRIVER], input=SNIPPET, capture_output=True, text=True,
                               env=self.env, timeout=900)
            if "GRAPHSTEP" in p.stdout or attempt == 2:
                break
            # a start that never answered (issue 24's start-up races, or a very busy machine): said, not hidden
            print(f"kernel: start {attempt} failed ({p.stderr.strip().splitlines()[-1:]}); starting again", flush=True)
        return parse_step(p.stdout + p.stderr, "kernel")

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def run_jmh(forks):
    out = tempfile.mktemp(suffix=".json")
    # jmh.ignoreLock: on a machine shared with other people's benchmarks JMH's lock would stop this one
    cmd = ["java", "-Djmh.ignoreLock=true", "-jar", JMH_JAR, r"DemoTrainingBenchmark\.objectGraphForwardBackward$", "-f", str(forks),
           "-jvmArgsAppend", " ".join(loop_options()), "-rf", "json", "-rff", out]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    if p.returncode != 0:
        sys.exit(f"jmh: exit {p.returncode}\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    with open(out) as f:
        r = json.load(f)[0]["primaryMetric"]
    os.remove(out)
    return r["score"] / 1000, r["scoreError"] / 1000, [x / 1000 for fork in r["rawData"] for x in fork]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jmh-forks", type=int, default=1, help="JMH forks per round (default 1)")
    ap.add_argument("--no-jmh", action="store_true")
    ap.add_argument("--no-kernel", action="store_true")
    args = ap.parse_args()

    subprocess.run([LAUNCHER, "--version"], check=True, capture_output=True)  # builds the jar if needed
    envs = {"shell": run_shell, "train": run_train}
    kernel = None
    if not args.no_kernel:
        python = jupyter_python()
        if python:
            kernel = Kernel(python)
            envs["kernel"] = kernel.run
        else:
            print("kernel: skipped, no Python with jupyter_client (Debian: apt-get install python3-jupyter-client)")
    if not args.no_jmh:
        if os.path.exists(JMH_JAR):
            envs = {"jmh": None, **envs}
        else:
            print(f"jmh: skipped, no {JMH_JAR} (mvn -pl micrograd4j-bench -am package)")

    print("load before:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    print(f"loop options: {' '.join(loop_options()) or '(none: the JVM defaults)'}")
    results = {name: [] for name in envs}
    try:
        for r in range(args.rounds):
            for name, fn in envs.items():
                if name == "jmh":
                    score, error, raw = run_jmh(args.jmh_forks)
                    results[name].append(score)
                    print(f"round {r + 1} jmh     {score:.3f} ± {error:.3f} ms/step  (iterations "
                          f"{min(raw):.3f}-{max(raw):.3f})", flush=True)
                else:
                    first, mean = fn()
                    results[name].append(mean)
                    extra = "" if first is None else f"  first 100 steps {first:.3f} ms/step"
                    print(f"round {r + 1} {name:7s} {mean:.3f} ms/step{extra}", flush=True)
    finally:
        if kernel:
            kernel.close()
    print("load after: ", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    reference = statistics.mean(results["jmh"]) if "jmh" in results else None
    for name, values in results.items():
        mean = statistics.mean(values)
        ratio = f"  {mean / reference:.2f}x JMH" if reference else ""
        print(f"{name:7s} mean {mean:.3f} ms/step ({65481 / mean / 1000:.1f} M values/s), rounds "
              f"{min(values):.3f}-{max(values):.3f}{ratio}")


if __name__ == "__main__":
    main()
