"""``bench/load.py`` runs in CI too: a short mixed load against the live gunicorn must see zero
errors (the figures are printed, never asserted; the 60-second run is for people)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_short_mixed_load_has_zero_errors(live_server, capsys):
    from bench.load import main

    code = main(["--url", live_server.url, "--database-url", live_server.env["ADVOCACY_DATABASE_URL"],
                 "--redis-url", live_server.env["ADVOCACY_REDIS_URL"], "--duration", "6", "--baseline", "2",
                 "--concurrency", "4"])
    out = capsys.readouterr().out
    print(out)
    assert "mixed traffic" in out and "redirect" in out and "checker" in out and "feed" in out, out
    assert code == 0, out
