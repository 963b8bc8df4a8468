"""The scorer of ANNOTATION.md on hand-built cases, then floors on real and sample corpora."""

from __future__ import annotations

import json

import pytest

from extract.errors import GoldFileError
from extract.evaluate import evaluate_corpus, load_gold, match_agencies, score
from schemas import GoldDoc


def gold(**kw) -> GoldDoc:
    return GoldDoc(**{"doc_id": "d", "event": "E", **kw})


def fig(kind, value=None, q="exact", **kw):
    return {"kind": kind, "value": value, "qualifier": q, "evidence": "x", **kw}


def test_evaluate_figures_are_multisets_on_kind_min_max():
    g = gold(figures=[fig("arrested", 5), fig("arrested", 5), fig("rescued", 3)])
    p = {"figures": [fig("arrested", 5), fig("arrested", 7), fig("rescued", 3, "approx")]}
    s = score({"d": p}, {"d": g})
    assert (s.figures["arrested"].tp, s.figures["arrested"].fp, s.figures["arrested"].fn) == (1, 1, 1)
    assert s.micro.tp == 2 and s.qualifier_total == 2 and s.qualifier_right == 1


def test_evaluate_life_terms_left_out_on_both_sides():
    g = gold(
        figures=[
            {"kind": "sentence", "min": None, "max": None, "life": True, "evidence": "x"},
            {"kind": "sentence", "min": 28, "max": None, "life": True, "evidence": "y"},
        ]
    )
    p = {
        "figures": [
            {"kind": "sentence", "life": True, "qualifier": "exact"},
            {"kind": "sentence", "min": 28, "max": None, "qualifier": "exact"},
        ]
    }
    s = score({"d": p}, {"d": g})
    assert (s.figures["sentence"].tp, s.figures["sentence"].fp, s.figures["sentence"].fn) == (1, 0, 0)


def test_evaluate_agencies_match_by_alias_one_to_one():
    gold_ag = [{"name": "National Crime Agency", "aliases": ["NCA"]}, {"name": "Europol", "aliases": []}]
    pred = [{"name": "the NCA", "aliases": []}, {"name": "Nca", "aliases": []}, {"name": "FBI", "aliases": []}]
    assert match_agencies(pred, gold_ag) == (1, 2, 1)


def test_evaluate_operations_ignore_case_and_quotes():
    s = score({"d": {"operations": [{"name": "\u201cOperation H\u201d"}]}}, {"d": gold(operations=["OPERATION h"])})
    assert s.operations.tp == 1 and s.operations.fp == 0


def test_evaluate_missing_prediction_counts_as_misses():
    s = score({}, {"d": gold(figures=[fig("arrested", 1)], dates=["2020"])})
    assert s.micro.fn == 1 and s.dates.fn == 1 and s.missing_predictions == ["d"]


def test_evaluate_broken_gold_names_file_and_field(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text(
        json.dumps({"doc_id": "d", "event": "E", "figures": [{"kind": "arrests", "value": 1, "evidence": "x"}]})
    )
    with pytest.raises(GoldFileError, match=r"bad.json: \[figures.0.kind\]"):
        load_gold(p)
    p.write_text("{not json")
    with pytest.raises(GoldFileError, match="not valid JSON"):
        load_gold(p)


# Floors just under the scores measured when they were set (see README); a regression fails CI.
SAMPLE_FLOORS = {
    "figures": 0.97,
    "operations": 0.99,
    "agencies": 0.95,
    "dates": 0.99,
    "grouping": 0.99,
    "verdicts": 0.99,
    "qualifier": 0.95,
}
# Reset once when the corpus grew from 38 to 80 articles (42 of them never seen by the rules): just under
# the scores measured on all 80 then. From here they only go up (raised with every gain since).
CORPUS_FLOORS = {
    "figures": 0.970,
    "operations": 0.995,
    "agencies": 0.958,
    "dates": 0.975,
    "grouping": 0.985,
    "verdicts": 0.97,
    "qualifier": 0.99,
    "where": 0.905,
}
# every kind with at least 5 gold items stays at or above its own floor (measured on 80, minus a little)
PER_KIND_FLOORS = {
    "arrested": 0.97,
    "charged": 0.95,
    "charges": 0.99,
    "convicted": 0.965,
    "suspects_identified": 0.9,
    "rescued": 0.945,
    "victims_identified": 0.975,
    "countries": 0.975,
    "sentence": 0.98,
}


def _check(scores, floors):
    d = scores.as_dict()
    assert d["grouping_x6"]["f1"] >= floors["grouping"], "copies of articles split or merge cases"
    got = {
        "figures": d["figures"]["micro"]["f1"],
        "operations": d["operations"]["f1"],
        "agencies": d["agencies"]["f1"],
        "dates": d["dates"]["f1"],
        "grouping": d["grouping"]["f1"],
        "verdicts": d["verdicts"]["accuracy"],
        "qualifier": d["qualifier_accuracy"],
        "where": d["where_accuracy"],
    }
    low = {k: (round(got[k], 3), v) for k, v in floors.items() if got[k] < v}
    assert not low, f"below floor (score, floor): {low}"


def test_evaluate_samples_above_floors(samples):
    _check(evaluate_corpus(samples), SAMPLE_FLOORS)


def test_evaluate_corpus_above_floors(corpus):
    scores = evaluate_corpus(corpus)
    _check(scores, CORPUS_FLOORS)
    weak = {
        k: (round(v.f1, 3), PER_KIND_FLOORS.get(k, 0.85))
        for k, v in scores.figures.items()
        if v.tp + v.fn >= 5 and v.f1 < PER_KIND_FLOORS.get(k, 0.85)
    }
    assert not weak, f"kinds below their floor (score, floor): {weak}"


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (None, None, True),
        (None, "worldwide", True),
        ("across the globe", None, True),
        ("U.S.", "United States", True),
        ("the UK", "Britain", True),
        ("Wales", "United Kingdom", True),
        ("Holland", "the Netherlands", True),
        ("Canada, the US and the UK", "United States", True),
        ("San Diego area", "San Diego", True),
        ("Germany", "Paraguay", False),
        ("Germany", None, False),
        ("Europe", "US", False),
    ],
)
def test_evaluate_where_agreement_follows_annotation(a, b, agree):
    from extract.evaluate import where_agrees

    assert where_agrees(a, b) is agree
    assert where_agrees(b, a) is agree


def test_evaluate_where_and_aggregate_accuracy_and_rules_over_matched_pairs():
    gold = GoldDoc.model_validate(
        {
            "doc_id": "d",
            "event": "e",
            "figures": [
                fig("arrested", 5, where="Spain"),
                fig("arrested", 5, where="Italy"),
                {"kind": "sentence", "min": 120, "max": 120, "qualifier": "exact", "aggregate": True, "evidence": "x"},
            ],
        }
    )
    pred = {
        "figures": [
            {**fig("arrested", 5, where="Italy"), "rule": "breakdown"},
            {**fig("arrested", 5, where=None), "rule": "trigger:arrest"},
            {**fig("arrested", 9), "rule": "trigger:arrest"},
            {"kind": "sentence", "min": 120, "max": 120, "qualifier": "exact", "aggregate": False, "rule": "term"},
        ]
    }
    s = score({"d": pred}, {"d": gold})
    # the Italy prediction pairs with the Italy gold item, so only the unscoped one disagrees
    assert (s.where_right, s.where_total) == (2, 3)
    assert (s.aggregate_right, s.aggregate_total) == (0, 1)
    assert (s.by_rule["trigger:arrest"].tp, s.by_rule["trigger:arrest"].fp) == (1, 1)
    assert (s.by_rule["breakdown"].tp, s.by_rule["breakdown"].fp) == (1, 0)


def test_evaluate_gold_terms_may_be_fractional_months():
    """'over 414.6 years' is 4975.2 months: a valid gold term, scored like any other."""
    g = gold(figures=[{"kind": "sentence", "min": 4975.2, "max": 4975.2, "qualifier": "more_than", "evidence": "x"}])
    assert g.figures[0].min == 4975.2
    s = score({"d": {"figures": []}}, {"d": g})
    assert s.figures["sentence"].fn == 1


def test_evaluate_an_expected_verdict_may_carry_an_annotators_note():
    from pydantic import ValidationError

    from schemas.models import ExpectedVerdict

    entry = {"event": "E", "kind": "arrested", "values": [3, 3], "verdicts": ["agree"]}
    assert ExpectedVerdict.model_validate({**entry, "note": "both outlets say three"}).values == (3, 3)
    with pytest.raises(ValidationError):
        ExpectedVerdict.model_validate({**entry, "verdicts": ["maybe"]})


def test_verdict_scores_compare_values_when_a_comparison_has_no_value():
    """A life term has no month value: its row holds NA, which must not stop the scoring."""
    import pandas as pd

    from extract.evaluate import verdict_scores
    from schemas import ExpectedVerdict

    docs = {"a": gold(doc_id="a"), "b": gold(doc_id="b")}
    rows = pd.DataFrame(
        {
            "kind": ["sentence", "arrested"],
            "doc_a": ["a", "a"],
            "doc_b": ["b", "b"],
            "value_a": pd.array([pd.NA, 12], dtype="Int64"),
            "value_b": pd.array([180, 14], dtype="Int64"),
            "verdict": ["conflict", "conflict"],
        }
    )
    expected = [
        ExpectedVerdict(event="E", kind="arrested", values=(14, 12), verdicts=["conflict"]),
        ExpectedVerdict(event="E", kind="sentence", values=(180, 180), verdicts=["agree"]),
    ]
    got = verdict_scores(rows, docs, expected)
    assert (got["right"], got["total"]) == (1, 2)
    assert got["misses"][0]["kind"] == "sentence"
