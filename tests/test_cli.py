"""The CLI through typer's runner: outputs by suffix, summaries, exit codes."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app

runner = CliRunner()
TEXT = "Police said 58 children have been safeguarded and 79 people were arrested in Operation Tern."


@pytest.fixture()
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(TEXT)
    (d / "b.txt").write_text("")
    (d / "c.jsonl").write_text(json.dumps({"id": "c", "text": TEXT.replace("79", "80")}) + "\n{bad\n")
    return d


def test_cli_schema_prints_article_record_schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.stdout)
    assert "figures" in schema["properties"] and "Figure" in schema["$defs"]


def test_cli_schema_unknown_model_is_usage_error():
    assert runner.invoke(app, ["schema", "Nope"]).exit_code == 2


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_cli_extract_formats_and_error_rows(tmp_path, inputs, suffix):
    out = tmp_path / f"records{suffix}"
    summary = tmp_path / "summary.json"
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--summary-json", str(summary)])
    assert res.exit_code == 0, res.output
    s = json.loads(summary.read_text())
    assert (s["inputs"], s["records"], s["errors"], s["skipped"]) == (4, 2, 2, 0)
    errors = [json.loads(x) for x in (tmp_path / "records.errors.jsonl").read_text().splitlines()]
    assert {e["reason"] for e in errors} == {"empty", "invalid_json"}
    if suffix == ".jsonl":
        recs = [json.loads(x) for x in out.read_text().splitlines()]
        assert [r["doc_id"] for r in recs] == ["a", "c"]
        assert {(f["kind"], f["value"]) for f in recs[0]["figures"]} >= {("rescued", 58), ("arrested", 79)}
    else:
        df = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
        assert set(df["doc_id"]) == {"a", "c"} and 80 in set(df["value"])
    assert not list(tmp_path.glob("*.partial.jsonl"))


def test_cli_extract_strict_exits_1_on_errors(tmp_path, inputs):
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "r.jsonl"), "--strict"])
    assert res.exit_code == 1


def test_cli_extract_bad_suffix_is_usage_error(tmp_path, inputs):
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "r.xlsx")])
    assert res.exit_code == 2 and "jsonl" in res.output


def test_cli_broken_rules_folder_is_a_clear_error(tmp_path, inputs):
    import shutil

    from rules import RULES_DIR

    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    (rules / "figures.yaml").write_text("triggers: [{kind: arrests, lemmas: [arrest]}]\n")
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "r.jsonl"), "--rules", str(rules)])
    assert res.exit_code == 2
    assert "figures.yaml: [triggers.0.kind]" in res.output and "Traceback" not in res.output


def test_cli_run_writes_every_output(tmp_path, samples):
    out = tmp_path / "out"
    res = runner.invoke(app, ["run", str(samples / "articles"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    for name in ("records.jsonl", "figures.csv", "errors.jsonl", "crosscheck.csv", "cases.csv", "report.html"):
        assert (out / name).exists(), name
    recs = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    assert all(r["case_id"] for r in recs)
    cases = pd.read_csv(out / "cases.csv")
    assert list(cases.columns) == ["case_id", "doc_id", "case_name"]


def test_cli_evaluate_json_and_min_f1(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    (corpus / "gold").mkdir()
    (corpus / "articles" / "d.txt").write_text(TEXT)
    gold = {
        "doc_id": "d",
        "event": "E",
        "operations": ["Operation Tern"],
        "figures": [
            {"kind": "rescued", "value": 58, "evidence": "58 children"},
            {"kind": "countries", "value": 9, "evidence": "not in the text"},
        ],
    }
    (corpus / "gold" / "d.json").write_text(json.dumps(gold))
    res = runner.invoke(app, ["evaluate", str(corpus), "--json"])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["figures"]["per_kind"]["countries"]["fn"] == 1 and data["figures"]["per_kind"]["rescued"]["tp"] == 1
    assert runner.invoke(app, ["evaluate", str(corpus), "--min-f1", "0.9"]).exit_code == 1
    assert runner.invoke(app, ["evaluate", str(corpus), "--min-f1", "0.1"]).exit_code == 0


def test_cli_evaluate_not_a_corpus_is_usage_error(tmp_path):
    res = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert res.exit_code == 2 and "articles/ and gold/" in res.output


def test_cli_show_highlights_figures(samples):
    res = runner.invoke(app, ["show", str(samples / "articles" / "bramble-rcmp.txt")])
    assert res.exit_code == 0 and "charges" in res.stdout and "142" in res.stdout


def test_cli_evaluate_by_rule_lists_rules_with_their_matches(samples):
    from typer.testing import CliRunner

    from cli import app

    res = CliRunner().invoke(app, ["evaluate", str(samples), "--by-rule"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "figures by rule" in res.output and "where accuracy" in res.output
    assert "trigger:arrest" in res.output
