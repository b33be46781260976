#!/usr/bin/env python3
"""Times `boardpack serve` from saving a paper to the new HTML being served.

    python3 bench/serve_latency.py BOARDPACK CORPUS_DIR [EDITS]

Starts serve on a free loopback port, waits for the first build, then EDITS times appends a
sentence to one paper and polls its page until the sentence is served. Prints median_ms, max_ms
and peak_rss_mib (the server's VmHWM) as key=value lines. Standard library only.
"""
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except OSError:
        return None


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(boardpack, corpus, edits):
    port = free_port()
    log = open(os.path.join(corpus, "serve.log"), "w")
    server = subprocess.Popen([boardpack, "serve", "--content", "content", "--output", "serve-out", "--port", str(port)],
                              cwd=corpus, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    try:
        page = f"http://127.0.0.1:{port}/papers/paper-00007/"
        deadline = time.time() + 120
        while fetch(page) is None:
            if time.time() > deadline or server.poll() is not None:
                raise SystemExit("serve did not start")
            time.sleep(0.05)
        paper = os.path.join(corpus, "content", "papers", "paper-00007.md")
        times = []
        for n in range(edits):
            marker = f"Serve edit number {n} {time.time_ns()}."
            start = time.perf_counter()
            with open(paper, "a", encoding="utf-8") as f:
                f.write(f"\n{marker}\n")
            while True:
                html = fetch(page)
                if html and marker in html:
                    break
                if time.perf_counter() - start > 30:
                    raise SystemExit("the edit was never served")
                time.sleep(0.002)
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.1)
        print(f"median_ms={statistics.median(times):.1f}")
        print(f"max_ms={max(times):.1f}")
        print(f"peak_rss_mib={peak_rss_mib(server.pid):.1f}")
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20)
