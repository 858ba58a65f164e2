#!/usr/bin/env python3
"""Starts Jupyter kernels again and again and counts the starts that do not answer kernel_info in time.

Each start: launch the kernel from its spec, wait up to --timeout seconds for its reply to kernel_info_request
(jupyter_client's wait_for_ready, what nbclient and Jupyter wait for), run one cell, shut it down. A start
whose kernel is still running without having answered counts as hung: its threads are saved (jstack) and it is
killed. A start whose kernel exits before answering counts as died, with its exit code.

With several kernels (--kernels a,b) the starts alternate between them: a, b, a, b, ... so both see the same
machine load. --make-unpatched NAME first writes the spec NAME-unpatched beside NAME: the same command with the
patched rapaio classes taken out of micrograd4j-rapaio-patch.jar (its logging settings stay), which is rapaio
3.0.1 as released with the same logging, for a side-by-side measurement:

  ./micrograd jupyter install --data-dir /tmp/mg-jupyter
  JUPYTER_PATH=/tmp/mg-jupyter JUPYTER_DATA_DIR=/tmp/mg-jupyter /usr/bin/python3 \\
      micrograd4j-jupyter/kernel-starts.py --make-unpatched micrograd4j \\
      --kernels micrograd4j,micrograd4j-unpatched -n 400 --timeout 20 --out /tmp/kernel-starts

Writes OUT/starts.csv (one row a start, written as it goes), OUT/start-NNN-KERNEL.log (the kernel's stdout and
stderr), OUT/start-NNN-KERNEL.threads.txt (a hung kernel's jstack), and prints a summary per kernel;
--summarize OUT/starts.csv prints it again from the CSV.
"""
import argparse
import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time
import zipfile

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

PATCH_JAR = "micrograd4j-rapaio-patch.jar"
PATCHED_PACKAGE = "org/rapaio/jupyter/kernel/channels/"
# what the kernel's log says when one of the races is hit: not fatal, fatal (the shell's thread ends)
LOG_SIGNS = {
    "unhandled": "Unhandled message: kernel_info_request",
    "npe": "NullPointerException",
    "uncaught": "Exception in thread",
    "port_taken": "Address already in use",
}


def make_unpatched(name):
    """Writes the spec NAME-unpatched: NAME's command with the patched classes left out of the patch jar."""
    source = KernelSpecManager().get_kernel_spec(name)
    target_dir = os.path.join(os.path.dirname(source.resource_dir), name + "-unpatched")
    os.makedirs(target_dir, exist_ok=True)
    with open(os.path.join(source.resource_dir, "kernel.json")) as f:
        spec = json.load(f)
    argv = spec["argv"]
    cp = argv.index("-cp") + 1
    entries = argv[cp].split(os.pathsep)
    patch = [e for e in entries if os.path.basename(e) == PATCH_JAR]
    if len(patch) != 1:
        sys.exit("%s's class path has no %s: install it with this version of micrograd4j" % (name, PATCH_JAR))
    stripped = os.path.join(target_dir, "logging-only.jar")
    kept = []
    with zipfile.ZipFile(patch[0]) as zin, zipfile.ZipFile(stripped, "w") as zout:
        for item in zin.infolist():
            if not item.filename.startswith(PATCHED_PACKAGE):
                zout.writestr(item, zin.read(item))
                kept.append(item.filename)
    entries[entries.index(patch[0])] = stripped
    argv[cp] = os.pathsep.join(entries)
    spec["display_name"] += " (rapaio as released)"
    with open(os.path.join(target_dir, "kernel.json"), "w") as f:
        json.dump(spec, f, indent=1)
    print("wrote %s: %s holds %s" % (target_dir, os.path.basename(stripped), ", ".join(kept)), flush=True)


def loop_threads(dump):
    """The channel loop threads alive in a jstack dump, and the channel main waits on."""
    names = sorted(re.findall(r'^"((?:Shell|Heartbeat)-\d+)"', dump, re.M))
    waits = re.search(r"at org\.rapaio\.jupyter\.kernel\.channels\.(\w+)\.joinUntilClose", dump)
    return "alive: %s; main joins %s" % (" ".join(names) or "none", waits.group(1) if waits else "?")


def one_start(i, name, timeout, out):
    base = os.path.join(out, "start-%03d-%s" % (i, name))
    row = {"start": i, "kernel": name, "load1": "%.2f" % os.getloadavg()[0]}
    with open(base + ".log", "w") as log:
        km = KernelManager(kernel_name=name)
        t0 = time.monotonic()
        km.start_kernel(stdout=log, stderr=log)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=timeout)
            row["seconds"] = "%.2f" % (time.monotonic() - t0)
            try:
                reply = kc.execute_interactive("1 + 1", timeout=timeout)
                row["outcome"] = "answered"
                row["cell"] = reply["content"]["status"]
            except TimeoutError:
                row["outcome"], row["cell"] = "answered", "timeout"
        except RuntimeError as e:
            row["seconds"] = "%.2f" % (time.monotonic() - t0)
            if km.is_alive():
                row["outcome"] = "hung"
                pid = km.provisioner.process.pid
                dump = subprocess.run(["jstack", str(pid)], capture_output=True, text=True, timeout=60).stdout
                with open(base + ".threads.txt", "w") as f:
                    f.write(dump)
                row["detail"] = loop_threads(dump)
            else:
                row["outcome"] = "died"
                row["exit"] = km.provisioner.process.poll()
                row["detail"] = str(e)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    with open(base + ".log", errors="replace") as f:
        text = f.read()
    for key, sign in LOG_SIGNS.items():
        row[key] = text.count(sign)
    return row


def summary(rows, timeout):
    """One paragraph per kernel: outcomes, times, and what the failed starts' logs and threads show."""
    for name in dict.fromkeys(r["kernel"] for r in rows):
        mine = [r for r in rows if r["kernel"] == name]
        ok = sorted(float(r["seconds"]) for r in mine if r["outcome"] == "answered")
        hung = [r for r in mine if r["outcome"] == "hung"]
        died = [r for r in mine if r["outcome"] == "died"]
        npe = lambda r: int(r["npe"] or 0) > 0
        loads = [float(r["load1"]) for r in mine]
        print("%s: %d starts, %d answered kernel_info within %g s, %d hung, %d died" % (
            name, len(mine), len(ok), timeout, len(hung), len(died)))
        if ok:
            print("  answered in: median %.2f s, 95th percentile %.2f s, max %.2f s; cells not ok: %d" % (
                statistics.median(ok), ok[int(0.95 * (len(ok) - 1))], ok[-1],
                sum(1 for r in mine if r["outcome"] == "answered" and r.get("cell") != "ok")))
        print("  hung with the shell's NullPointerException in the log (race 2): %d; hung with nothing logged "
              "(race 1 if a loop thread is missing from its dump, else a start still under way): %d; "
              "died, by exit code: %s" % (
                  sum(1 for r in hung if npe(r)), sum(1 for r in hung if not npe(r)),
                  dict(sorted(((c, sum(1 for r in died if r["exit"] == c)) for c in {r["exit"] for r in died}))) or "-"))
        print("  starts whose log has 'Unhandled message: kernel_info_request' (race 2, harmless variant): %d; "
              "'Address already in use': %d; load average (1 min) %.1f-%.1f" % (
                  sum(1 for r in mine if int(r["unhandled"] or 0) > 0),
                  sum(1 for r in mine if int(r["port_taken"] or 0) > 0), min(loads), max(loads)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=20, help="how many starts in all (default 20)")
    parser.add_argument("--kernels", default="micrograd4j", help="kernel names, comma-separated, alternated")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for kernel_info (default 20)")
    parser.add_argument("--out", default="kernel-starts", help="folder for the CSV and the logs")
    parser.add_argument("--make-unpatched", metavar="NAME", help="first write the spec NAME-unpatched")
    parser.add_argument("--summarize", metavar="CSV", help="only print the summary of an earlier run's starts.csv")
    args = parser.parse_args()
    if args.summarize:
        with open(args.summarize, newline="") as f:
            summary(list(csv.DictReader(f)), args.timeout)
        return
    if args.make_unpatched:
        make_unpatched(args.make_unpatched)
    os.makedirs(args.out, exist_ok=True)
    kernels = args.kernels.split(",")
    fields = ["start", "kernel", "outcome", "seconds", "cell", "exit", "load1", "detail"] + list(LOG_SIGNS)
    rows = []
    with open(os.path.join(args.out, "starts.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        for i in range(1, args.n + 1):
            row = one_start(i, kernels[(i - 1) % len(kernels)], args.timeout, args.out)
            rows.append(row)
            writer.writerow(row)
            f.flush()
            print("start %d %s: %s in %s s%s%s" % (i, row["kernel"], row["outcome"], row["seconds"],
                  ", cell " + row["cell"] if "cell" in row else "",
                  ", " + row["detail"] if "detail" in row else ""), flush=True)
    summary(rows, args.timeout)


if __name__ == "__main__":
    main()
