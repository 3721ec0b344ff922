"""Consent tests: remove the export files a test wrote."""
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _clean_exports(request):
    if not any(name in request.fixturenames for name in ("app", "client", "committed", "make_member")):
        yield
        return
    app = request.getfixturevalue("_app")
    folder = Path(app.instance_path) / "exports"
    before = set(folder.glob("*")) if folder.is_dir() else set()
    yield
    if folder.is_dir():
        for path in set(folder.glob("*")) - before:
            path.unlink(missing_ok=True)
