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
    figures = pd.read_csv(out / "figures.csv")
    assert figures["case_id"].notna().all() and {"url", "title", "published"} <= set(figures.columns)


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


def one_line_error(res, code=2):
    """A user mistake: the given exit code, one `opfacts: ...` line, no traceback."""
    assert res.exit_code == code, res.output
    err = res.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("opfacts: "), res.stderr
    assert "Traceback" not in res.output and res.exception is None or isinstance(res.exception, SystemExit)
    return err[0]


def test_cli_run_missing_path_is_a_usage_error(tmp_path, samples):
    out = tmp_path / "X"
    res = runner.invoke(app, ["run", str(samples.parent / "sample" / "articles"), "--out", str(out)])
    assert "no such file or folder" in one_line_error(res)
    assert not (out / "report.html").exists()


def test_cli_extract_missing_path_is_a_usage_error(tmp_path, inputs):
    res = runner.invoke(app, ["extract", str(inputs), str(tmp_path / "typo"), "-o", str(tmp_path / "r.jsonl")])
    assert "typo" in one_line_error(res) and not (tmp_path / "r.jsonl").exists()


def test_cli_run_empty_folder_warns(tmp_path):
    (tmp_path / "empty").mkdir()
    res = runner.invoke(app, ["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 0 and "warning: no article files" in res.stderr


@pytest.mark.parametrize(
    ("records_name", "output_name", "needle"),
    [
        ("records.csv", "cmp.csv", "records file must end in .jsonl"),
        ("records.jsonl", "cmp.xlsx", "output must end in"),
        ("records.jsonl", "cmp.csv", "line 2 is not an opfacts record"),
        ("missing.jsonl", "cmp.csv", "no such records file"),
    ],
)
def test_cli_crosscheck_user_mistakes_are_one_line(tmp_path, records_name, output_name, needle):
    rec = tmp_path / records_name
    if records_name != "missing.jsonl":
        rec.write_text(
            '{"doc_id": "a", "figures": []}\n{"doc_id": "b", "fig\n' if ".jsonl" in records_name else "a,b\n1,2\n"
        )
    res = runner.invoke(app, ["crosscheck", str(rec), "-o", str(tmp_path / output_name)])
    assert needle in one_line_error(res)
    assert not (tmp_path / output_name).exists()


def test_cli_failed_model_load_is_one_line_and_leaves_nothing(tmp_path, inputs):
    out = tmp_path / "o"
    out.mkdir()
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(out / "r.jsonl"), "--model", "en_core_web_no_such"])
    line = one_line_error(res)
    assert "could not be loaded" in line and ".." not in line
    assert list(out.iterdir()) == []


def test_cli_dask_extra_missing_is_one_line(tmp_path, inputs, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "dask" else real(name, *a))
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "r.jsonl"), "--engine", "dask"])
    assert "opfacts[dask]" in one_line_error(res)


def test_cli_unexpected_error_is_one_line_exit_1(tmp_path, inputs, monkeypatch):
    import extract.run

    def boom(*a, **k):
        raise RuntimeError("disk\nexploded")

    monkeypatch.setattr(extract.run, "run_extract", boom)
    res = runner.invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "r.jsonl")])
    assert "internal error: RuntimeError: disk exploded" in one_line_error(res, code=1)


@pytest.mark.parametrize(("what", "needle"), [("folder", "a folder"), ("missing.txt", "no such file")])
def test_cli_show_folder_or_missing_file_is_a_usage_error(tmp_path, what, needle):
    target = tmp_path / what
    if what == "folder":
        target.mkdir()
    assert needle in one_line_error(runner.invoke(app, ["show", str(target)]))


def test_cli_every_option_has_help_and_help_is_not_cut():
    import typer.main

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        for param in cmd.params:
            assert getattr(param, "help", None), f"{name} {param.name} has no help text"
    for args in [["--help"], *([name, "--help"] for name in group.commands)]:
        res = runner.invoke(app, args, terminal_width=80)
        body = [line for line in res.stdout.splitlines() if not line.startswith("Usage:")]
        assert res.exit_code == 0 and not [line for line in body if "..." in line or len(line) > 80], res.stdout


def test_cli_run_has_big_folder_options(tmp_path, samples):
    out = tmp_path / "out"
    summary = tmp_path / "s.json"
    args = ["run", str(samples / "articles"), "--out", str(out), "--model", "blank", "--max-bytes", "100000"]
    res = runner.invoke(app, [*args, "--summary-json", str(summary)])
    assert res.exit_code == 0, res.output
    first = json.loads(summary.read_text())
    res = runner.invoke(app, [*args, "--resume"])
    assert res.exit_code == 0, res.output
    again = json.loads((out / "summary.json").read_text())
    assert again["skipped"] == again["resumed"] == first["records"] and again["records"] == 0
    assert "warning" not in res.stderr  # all done is not "no article files"
    assert len((out / "records.jsonl").read_text().splitlines()) == first["records"]


def test_cli_show_reads_in_a_pipe_at_80_columns(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(
        "Police said 79 people were arrested in Operation Tern across the county on Monday. "
        "The ringleader was jailed for 12 years and six months, and his brother for between 18 months and "
        "nine years, the Crown Prosecution Service said.\n"
    )
    res = runner.invoke(app, ["show", str(art)], env={"COLUMNS": "80", "TERM": "dumb"})
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "\x1b[" not in out and max(len(line) for line in out.splitlines()) <= 80
    assert "arrested[1]" in out and "[1] arrested  79" in out
    assert "12 years 6 months" in out and "1 year 6 months to 9 years" in out and "150" not in out


@pytest.mark.parametrize(
    ("lo", "hi", "life", "words"),
    [
        (144, 144, False, "12 years"),
        (18, 108, False, "1 year 6 months to 9 years"),
        (180, 480, False, "15 to 40 years"),
        (6, 6, False, "6 months"),
        (28, None, True, "2 years 4 months to life"),
        (None, None, True, "life"),
    ],
)
def test_show_terms_in_years_and_months(lo, hi, life, words):
    from extract.text import term_in_words
    from schemas import Figure

    ev = {"start": 0, "end": 1, "text": "x", "sentence": "x"}
    assert term_in_words(Figure(kind="sentence", min=lo, max=hi, life=life, evidence=ev, rule="t")) == words


def test_cli_evaluate_by_rule_lists_rules_with_their_matches(samples):
    from typer.testing import CliRunner

    from cli import app

    res = CliRunner().invoke(app, ["evaluate", str(samples), "--by-rule"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "figures by rule" in res.output and "where accuracy" in res.output
    assert "trigger:arrest" in res.output


def test_cli_show_explain_lists_every_number_with_figure_or_reason(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    art = tmp_path / "a.txt"
    art.write_text(
        "Police arrested 40 people in Leeds on Tuesday.\n"
        "Officers seized 12 kilograms of cocaine.\n"
        "A second man, 58, from York, was also arrested.\n"
    )
    res = CliRunner().invoke(app, ["show", "--explain", str(art)], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "arrested 40 in Leeds" in res.output
    assert "counts things, not people (kilograms)" in res.output
    assert "no figure: age" in res.output


def test_cli_show_empty_file_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from cli import app

    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    res = CliRunner().invoke(app, ["show", str(empty)])
    assert res.exit_code == 2, res.output
    assert "empty" in res.output


def test_cli_crosscheck_csv_keeps_terms_as_integers(tmp_path, samples):
    import pandas as pd
    from typer.testing import CliRunner

    from cli import app

    recs = tmp_path / "r.jsonl"
    assert CliRunner().invoke(app, ["extract", str(samples / "articles"), "-o", str(recs)]).exit_code == 0
    out = tmp_path / "cmp.csv"
    assert CliRunner().invoke(app, ["crosscheck", str(recs), "-o", str(out)]).exit_code == 0
    text = out.read_text()
    cols = pd.read_csv(out).columns
    assert "min_a" in cols and ".0," not in text
