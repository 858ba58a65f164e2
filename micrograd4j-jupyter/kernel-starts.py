#!/usr/bin/env python3
"""Starts a Jupyter kernel N times and counts the starts that never answer.

Each start: launch the kernel from its spec, wait up to TIMEOUT seconds for its reply to
kernel_info_request (what nbclient waits for), run one cell, shut it down. A start with no reply in
time counts as hung and is killed.

  JUPYTER_PATH=DIR python3 kernel-starts.py [N] [KERNEL] [TIMEOUT]     (default 20 micrograd4j 30)

With DUMP_DIR set, a hung kernel's threads are saved there (jstack) before it is killed.
"""
import os
import subprocess
import sys
import time

from jupyter_client.manager import KernelManager

n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
name = sys.argv[2] if len(sys.argv) > 2 else "micrograd4j"
timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 30.0
hung, times = 0, []
for i in range(1, n + 1):
    km = KernelManager(kernel_name=name)
    t0 = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=timeout)
        times.append(time.monotonic() - t0)
        reply = kc.execute_interactive("1 + 1", timeout=timeout)
        status = "answered in %.1f s, cell %s" % (times[-1], reply["content"]["status"])
    except (RuntimeError, TimeoutError) as e:
        hung += 1
        status = "HUNG (%s)" % e
        dump = os.environ.get("DUMP_DIR")
        pid = getattr(getattr(km, "provisioner", None), "pid", None)
        if dump and pid and km.is_alive():
            with open(os.path.join(dump, "start-%d.txt" % i), "w") as out:
                subprocess.run(["jstack", str(pid)], stdout=out, stderr=subprocess.STDOUT, timeout=60)
            status += ", threads in %s/start-%d.txt" % (dump, i)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    print("start %d: %s" % (i, status), flush=True)
print("%d starts, %d hung; answered starts took %.1f-%.1f s" % (n, hung, min(times or [0]), max(times or [0])))
