#!/usr/bin/env python3
"""Starts rapaio's kernel N times with one port of its connection file already taken, and says what became of it.

Jupyter chooses five free ports, writes them into the connection file and starts the kernel; a process that takes
one of them before the JVM binds it makes the bind fail. This holds the iopub port with a listening socket, starts
the kernel (MainApp, as a kernel spec does) with the given class path, and reports after 30 s whether it exited
(and with which status) or is still running, and which channels it had bound (from its log).

  python3 port-taken.py CLASSPATH [N]      (default N 6)

  CLASSPATH: rapaio's jar alone for the kernel as released; micrograd4j-rapaio-patch.jar (or
  micrograd4j-jupyter/target/classes) before it for the patched kernel.
"""
import json
import socket
import subprocess
import sys
import tempfile
import os

classpath = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 6
work = tempfile.mkdtemp(prefix="port-taken-")
for i in range(1, n + 1):
    socks = [socket.socket() for _ in range(5)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks[:1] + socks[2:]:
        s.close()
    socks[1].listen(1)
    conn = os.path.join(work, "connection-%d.json" % i)
    with open(conn, "w") as f:
        json.dump({"shell_port": ports[0], "iopub_port": ports[1], "stdin_port": ports[2], "control_port": ports[3],
                   "hb_port": ports[4], "ip": "127.0.0.1", "transport": "tcp", "signature_scheme": "hmac-sha256",
                   "key": ""}, f)
    log_path = os.path.join(work, "kernel-%d.log" % i)
    with open(log_path, "w") as log:
        p = subprocess.Popen(["java", "-cp", classpath, "org.rapaio.jupyter.kernel.MainApp", conn], stdout=log, stderr=log)
        try:
            outcome = "exited with status %d" % p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            outcome = "still running after 30 s"
            p.kill()
            p.wait()
    socks[1].close()
    with open(log_path, errors="replace") as f:
        text = f.read()
    bound = [line.split("]:")[0].split("[")[-1] for line in text.splitlines() if "Binding" in line]
    print("start %d: %s; bound %s%s" % (i, outcome, ", ".join(bound) or "nothing",
          "; log says Address already in use" if "Address already in use" in text else ""), flush=True)
print("logs in", work)
