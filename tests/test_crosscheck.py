"""Verdict rules on hand-built pairs; grouping; the fictional multi-outlet samples."""

from __future__ import annotations

import json

import pytest

from extract.crosscheck import crosscheck, normalise_operation, verdict


def f(value, q="exact", where=None, when=None, kind="arrested", agency=None):
    return {
        "kind": kind,
        "value": value,
        "qualifier": q,
        "where": where,
        "when": when,
        "attributed_to": agency,
        "evidence": {"text": str(value), "sentence": str(value)},
    }


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (f(245), f(245), "agree"),
        (f(245), f(240, "more_than"), "compatible"),
        (f(12), f(12, "approx"), "compatible"),
        (f(196), f(200, "approx"), "compatible"),
        (f(119), f(121), "compatible"),
        (f(259, "at_least"), f(296), "compatible"),
        (f(79, where="UK"), f(153, where="worldwide"), "different_scope"),
        (f(20, when="2012"), f(50), "different_scope"),
        (f(12, kind="countries"), f(13, kind="countries"), "conflict"),
        (f(500, "up_to"), f(520), "conflict"),
    ],
)
def test_crosscheck_verdict_rules(a, b, expected):
    assert verdict(a, b, {})[0] == expected


def test_crosscheck_agency_country_separates_national_from_total():
    v, why = verdict(
        f(79, agency="National Crime Agency"),
        f(153, agency="Toronto Police Service"),
        {"National Crime Agency": "GB", "Toronto Police Service": "CA"},
    )
    assert v == "different_scope" and "countries" in why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Operation Sunflower", "Sunflower"),
        ("“Project Mercury”", "project mercury"),
        ("Blackwrist Operation", "Operation Blackwrist"),
    ],
)
def test_crosscheck_operation_names_normalise(a, b):
    assert normalise_operation(a) == normalise_operation(b)


def rec(doc_id, text, ops=(), figures=()):
    return {
        "doc_id": doc_id,
        "text": text,
        "operations": [{"name": o, "mentions": 1} for o in ops],
        "agencies": [],
        "figures": list(figures),
        "outlet": doc_id,
    }


def test_crosscheck_groups_named_and_attaches_unnamed_by_similarity():
    t1 = "Police in Ruritania arrested 31 men in a dark web forum probe involving the Bluefin marketplace servers."
    t2 = "The Bluefin marketplace servers were seized and 31 men arrested in Ruritania, police said of the probe."
    t3 = "A bakery in Lisbon won a prize for its custard tarts and plans to open a second shop next spring."
    comp, cases_df, cases = crosscheck(
        [rec("a", t1, ["Operation Bluefin"], [f(31)]), rec("b", t2, [], [f(31)]), rec("c", t3)]
    )
    case_of = dict(zip(cases_df.doc_id, cases_df.case_id, strict=True))
    assert case_of["a"] == case_of["b"] != case_of["c"]
    assert set(comp[comp.doc_b.notna()].verdict) == {"agree"}


def test_crosscheck_single_source_listed():
    comp, _, _ = crosscheck(
        [rec("a", "x y z", ["Operation Q"], [f(3, kind="rescued")]), rec("b", "x y z", ["Operation Q"], [f(9)])]
    )
    assert set(comp.verdict) == {"single_source"} and len(comp) == 2


def test_crosscheck_samples_verdicts(tmp_path, samples):
    from typer.testing import CliRunner

    from cli import app

    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["run", str(samples / "articles"), "--out", str(out)]).exit_code == 0
    import pandas as pd

    comp = pd.read_csv(out / "crosscheck.csv")
    expected = json.loads((samples / "crosscheck.json").read_text())
    lantern = comp[comp.case_id == "operation-lantern"]

    def verdicts(kind, values):
        rows = lantern[(lantern.kind == kind)]
        return {r.verdict for r in rows.itertuples() if sorted([r.value_a, r.value_b]) == sorted(values)}

    assert verdicts("arrested", [212, 212]) == {"agree"}
    assert verdicts("countries", [19, 21]) == {"conflict"}
    assert "compatible" in verdicts("arrested", [43, 40])
    assert "different_scope" in verdicts("rescued", [64, 12])
    assert expected  # the same expectations are scored by `opfacts evaluate data/samples`


def test_crosscheck_one_known_agency_is_no_evidence_of_scope():
    v, _ = verdict(f(23, kind="rescued"), f(25, kind="rescued", agency="Guardia Civil"), {"Guardia Civil": "ES"})
    assert v == "conflict"


def test_crosscheck_counts_far_apart_are_different_populations():
    v, why = verdict(f(15), f(2864), {})
    assert v == "different_scope" and "times apart" in why
    assert verdict(f(12, kind="countries"), f(38, kind="countries"), {})[0] == "conflict"
