"""Every module under ``advocacy`` imports on its own, first, in a fresh interpreter state.

A module-level import cycle only shows when the cycle is entered from one particular side, so a
module that sits on a cycle of import-time imports is imported with no ``advocacy`` module loaded
before it. Which modules those are is read from the source (the statements that run at import:
module and class bodies, not function bodies); every other module cannot fail that way, and one
interpreter imports them all once. No module may need a fallback (``except ImportError``) to load:
the package ships whole.
"""
import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import advocacy

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, sys, traceback
failed = []
fresh = sys.argv[1] == "fresh"  # each module with no advocacy module loaded before it
for name in sys.argv[2:]:
    if fresh:
        for loaded in [m for m in sys.modules if m == "advocacy" or m.startswith("advocacy.")]:
            del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception:
        failed.append(name + "\\n" + traceback.format_exc(limit=-3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def all_modules() -> list[str]:
    return ["advocacy"] + sorted(info.name for info in pkgutil.walk_packages(advocacy.__path__, "advocacy."))


def _source(name: str) -> tuple[Path, bool]:
    base = ROOT / Path(*name.split("."))
    return (base / "__init__.py", True) if (base / "__init__.py").exists() else (base.with_suffix(".py"), False)


def _import_time_nodes(node):
    """The statements of a body that run when the module is imported (not inside functions)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        yield child
        yield from _import_time_nodes(child)


def import_time_graph(modules: list[str]) -> dict[str, set[str]]:
    """module → the ``advocacy`` modules (and their parent packages) it imports at import time."""
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name in modules:
        path, is_package = _source(name)
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _import_time_nodes(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")
                    parent = parent[:len(parent) - (node.level - 1)]
                    base = ".".join(parent + ([base] if base else []))
                targets.add(base)
                targets.update(f"{base}.{alias.name}" for alias in node.names)
        edges = set()
        for target in targets:
            parts = target.split(".")
            edges.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
        graph[name] = {t for t in edges if t in known and t != name}
    return graph


def modules_on_cycles(graph: dict[str, set[str]]) -> set[str]:
    """Modules in a strongly connected component of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[str] = set()
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.update(component)
    return found


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert modules_on_cycles(graph) == {"a", "b", "c"}
    assert modules_on_cycles({"a": {"b"}, "b": set()}) == set()


def test_the_graph_reads_relative_and_parent_imports():
    graph = import_time_graph(all_modules())
    assert "advocacy" in graph["advocacy.kpi"] or "advocacy.extensions" in graph["advocacy.kpi.services"]
    assert any(target.startswith("advocacy.core") for target in graph["advocacy.kpi.services"])


def test_every_module_imports_first_and_alone():
    modules = all_modules()
    assert len(modules) > 100 and "advocacy.cron" in modules and "advocacy.jobs" in modules
    on_cycles = modules_on_cycles(import_time_graph(modules))
    assert "advocacy.charter.views.editing" in on_cycles  # the blueprint ↔ views pattern is a cycle
    runs = [["once", *modules],  # every module once, in one interpreter: each must import
            ["fresh", *sorted(on_cycles)]]  # a module on a cycle: entered first, from its own side
    for run in runs:
        done = subprocess.run([sys.executable, "-c", SCRIPT, *run], cwd=ROOT, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, done.stdout + done.stderr


def test_no_import_fallbacks_in_the_package():
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "advocacy").rglob("*.py")
                 if "except ImportError" in path.read_text() or "except ModuleNotFoundError" in path.read_text()]
    assert offenders == []


LAZY = ("saml2", "advocacy.auth.saml_protocol", "advocacy.disclosure.lexicon", "advocacy.disclosure.engine",
        "scim2_server", "advocacy.auth.scim.service")

LAZY_SCRIPT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from tests.conftest import test_environ
from advocacy import create_app
create_app({"ENVIRON": test_environ(), "INSTANCE_PATH": sys.argv[2]})
print(json.dumps(sorted(name for name in sys.modules if name in sys.argv[3:])))
"""


def test_app_creation_leaves_the_heavy_libraries_for_their_first_use(tmp_path):
    """pysaml2, the disclosure lexicon and scim2-server take about a second each to load: every
    process creates the app (web, worker, cron, CLI), few use them, so they load at first use
    (``bench/app_start.py`` measures the start)."""
    done = subprocess.run([sys.executable, "-c", LAZY_SCRIPT, str(ROOT), str(tmp_path), *LAZY], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
