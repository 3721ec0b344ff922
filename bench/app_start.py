"""App start benchmark (issue 18): wall time of ``create_app()`` in a fresh interpreter, as every
web worker, RQ worker, cron tick and CLI command pays it.

    .venv/bin/python bench/app_start.py [rounds] [--root PATH]

pysaml2 (``advocacy.auth.saml_protocol``) and the disclosure lexicon (``advocacy.disclosure.lexicon``)
load at their first use, not at app creation. Each round starts a fresh interpreter that times
``create_app()``, then, in the same process, the first use of both (loading what app creation
used to load). The baseline is their sum: what ``create_app()`` cost when it loaded them itself.
The ratio ``create_app / baseline`` is printed (lower is better); ``--root`` measures another
checkout (e.g. ``/work/main`` before the change: there the second figure is ~0).
The database and Redis are not contacted (the test settings name them; nothing connects).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import importlib, importlib.util, json, sys, time
sys.path.insert(0, sys.argv[1])
from tests.conftest import test_environ
started = time.perf_counter()
from advocacy import create_app
app = create_app({"ENVIRON": test_environ(), "INSTANCE_PATH": sys.argv[2]})
created = time.perf_counter()
with app.app_context():
    for name in ("advocacy.auth.saml_protocol", "advocacy.disclosure.lexicon"):
        if importlib.util.find_spec(name):
            importlib.import_module(name)
    from advocacy.disclosure import check
    check("Fier de notre nouveau produit ! #partenariat", "linkedin")
first_use = time.perf_counter()
print(json.dumps({"create_app": created - started, "first_use": first_use - created}))
"""


def one_round(root: Path, instance: str) -> dict:
    env = dict(os.environ)
    env.setdefault("ADVOCACY_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/bench_app_start")
    env.setdefault("ADVOCACY_TEST_REDIS_URL", "redis://127.0.0.1:6379/5")
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), instance], env=env, cwd=root, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> None:
    root = ROOT
    if "--root" in argv:
        index = argv.index("--root")
        root = Path(argv[index + 1]).resolve()
        del argv[index:index + 2]
    rounds = int(argv[0]) if argv else 5
    with tempfile.TemporaryDirectory() as instance:
        runs = [one_round(root, instance) for _i in range(rounds)]
    app = statistics.median(r["create_app"] for r in runs)
    first = statistics.median(r["first_use"] for r in runs)
    baseline = statistics.median(r["create_app"] + r["first_use"] for r in runs)
    print(f"root: {root}  rounds: {rounds}  load average: {os.getloadavg()[0]:.2f}")
    print(f"create_app():                          {app * 1000:7.0f} ms (median)")
    print(f"first SAML + checker use afterwards:   {first * 1000:7.0f} ms")
    print(f"baseline (create_app loading both):    {baseline * 1000:7.0f} ms")
    print(f"ratio create_app / baseline:           {app / baseline:7.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
