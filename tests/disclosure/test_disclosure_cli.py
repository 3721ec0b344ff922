"""``flask disclosure check``: JSON lines, stdin, CSV, labels, single text."""
from __future__ import annotations

import json
from pathlib import Path

from advocacy.disclosure.cli import cli

CORPUS = Path(__file__).with_name("corpus.jsonl")


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_check_file_prints_one_result_per_line_in_order_and_the_agreement(runner, tmp_path):
    # every 12th corpus case (about 230, both verdicts, every network): the file mode's order and summary; the whole
    # corpus's agreement is test_disclosure_corpus's (through the CLI it took two minutes of CI for nothing more)
    corpus = CORPUS.read_text(encoding="utf-8").splitlines()[::12]
    sample = tmp_path / "sample.jsonl"
    sample.write_text("\n".join(corpus) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["check", str(sample)])
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    corpus = [json.loads(line) for line in corpus]
    assert {"pass", "fail"} <= {c["expected"] for c in corpus}
    assert len(out) == len(corpus)
    assert [o["expected"] for o in out] == [c["expected"] for c in corpus]
    assert all(o["verdict"] in ("pass", "warn", "fail") and "suggested_text" in o for o in out)
    assert "agreement:" in result.stderr and "breaches judged pass: 0" in result.stderr


def test_stdin_malformed_line_yields_an_error_and_the_rest_go_on(runner):
    data = "\n".join([
        json.dumps({"text": "#ad Great headphones", "network": "x", "context": {"rewarded": True}}),
        "{not json",
        json.dumps({"text": "Great headphones", "network": "myspace"}),
        json.dumps({"network": "x"}),
        json.dumps({"text": "Great headphones", "network": "x", "context": {"rewarded": True}}),
    ])
    result = runner.invoke(cli, ["check", "-"], input=data)
    assert result.exit_code == 0
    out = _lines(result.stdout)
    assert len(out) == 5
    assert out[0]["verdict"] == "pass"
    assert "error" in out[1] and out[1]["line"] == 2
    assert out[2]["verdict"] == "warn" and out[2]["findings"][0]["rule"] == "network_unknown"
    assert "text" in out[3]["error"]
    assert out[4]["verdict"] == "fail" and out[4]["findings"][0]["rule"] == "commercial_missing"


def test_csv_with_flat_columns_and_labels(runner, tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text(
        "text,network,lang,rewarded,employee,brand,expected\n"
        '"Publicité — nouvelle offre",linkedin,fr,true,,Acme,pass\n'
        '"Nouvelle offre #sp",instagram,fr,1,,Acme,fail\n'
        '"I work at Acme, our app is out",x,en,false,true,Acme,pass\n'
        '"Our app is out",x,en,false,true,Acme,pass\n', encoding="utf-8")
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    out = _lines(result.stdout)
    assert [o["verdict"] for o in out] == ["pass", "fail", "pass", "fail"]
    assert [o["agrees"] for o in out] == [True, True, True, False]
    assert "agreement: 3/4" in result.stderr
    assert "BREACH JUDGED PASS" not in result.stderr


def test_breach_judged_pass_is_listed(runner):
    data = json.dumps({"text": "Nice day", "network": "x", "context": {"rewarded": False}, "expected": "fail"})
    result = runner.invoke(cli, ["check", "-"], input=data)
    assert "BREACH JUDGED PASS line 1" in result.stderr


def test_single_text_option_and_stdin_text(runner):
    result = runner.invoke(cli, ["check", "--text", "Great headphones #sp", "--network", "x", "--rewarded",
                                 "--brand", "Acme"])
    out = json.loads(result.stdout)
    assert out["verdict"] == "fail" and out["findings"][0]["rule"] == "commercial_insufficient"
    assert out["suggested_text"].startswith("Ad: partnership with Acme")
    result = runner.invoke(cli, ["check", "--text", "-", "--network", "linkedin", "--employee", "--lang", "fr",
                                 "--output", "table"], input="Notre nouvelle offre est là, découvrez-la !")
    assert result.exit_code == 0
    assert "fail" in result.stdout and "relationship_missing" in result.stdout and "suggested:" in result.stdout
    result = runner.invoke(cli, ["check", "--text", "x"])
    assert result.exit_code != 0 and "--network" in result.output


def test_summary_counts_prints_figures_per_category_and_never_a_text(runner):
    data = "\n".join(json.dumps(d) for d in [
        {"text": "Secret breach text", "network": "x", "context": {"rewarded": False}, "expected": "fail",
         "category": "denial"},
        {"text": "#ad Great headphones from Acme", "network": "x", "context": {"rewarded": True}, "expected": "pass",
         "category": "plain"},
        {"text": "Great headphones from Acme", "network": "x", "context": {"rewarded": True}, "expected": "pass",
         "category": "plain"},
    ])
    result = runner.invoke(cli, ["check", "-", "--summary", "counts", "--output", "jsonl"], input=data)
    assert result.exit_code == 0
    assert "Secret" not in result.stderr and "headphones" not in result.stderr
    assert "agreement: 1/3" in result.stderr
    assert "breaches judged pass: 1" in result.stderr
    assert "sound judged fail: 1/2 = 50.0%" in result.stderr
    assert "category denial: 0/1" in result.stderr and "category plain: 1/2" in result.stderr
    result = runner.invoke(cli, ["check", "-", "--no-summary"], input=data)
    assert result.stderr == ""


def test_unknown_sector_is_an_error_line_with_the_known_values(runner):
    data = "\n".join([json.dumps({"text": "#ad ok", "network": "x", "context": {"sector": "stationeryx"}}),
                      json.dumps({"text": "#ad ok", "network": "x", "sector": "wine"})])
    result = runner.invoke(cli, ["check", "-"], input=data)
    out = _lines(result.stdout)
    assert out[0]["line"] == 1 and "unknown sector" in out[0]["error"] and "gambling" in out[0]["error"]
    assert out[1]["verdict"] in ("pass", "warn", "fail")
    result = runner.invoke(cli, ["check", "--text", "#ad ok", "--network", "x", "--sector", "nope"])
    assert result.exit_code != 0 and "known values" in result.output
