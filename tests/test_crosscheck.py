"""Cross-check on hand-built records: every verdict rule, every grouping rule, clusters and case figures."""

from __future__ import annotations

import json

import pytest

from extract.crosscheck import case_figure, crosscheck, verdict
from extract.grouping import alias_pairs, group_cases, reprint_groups, split_phase
from extract.text import figure_display as display
from extract.text import normalise_operation


def f(value, q="exact", where=None, when=None, kind="arrested", agency=None, text=None):
    return {
        "kind": kind,
        "value": value,
        "qualifier": q,
        "where": where,
        "when": when,
        "attributed_to": agency,
        "evidence": {"text": text or str(value), "sentence": text or str(value)},
    }


def term(lo, hi=None, q="exact", person=None, aggregate=False, life=False):
    return {
        "kind": "sentence",
        "value": None,
        "min": lo,
        "max": lo if hi is None and not life else hi,
        "life": life,
        "qualifier": q,
        "person": person,
        "aggregate": aggregate,
        "evidence": {"text": "jailed", "sentence": "jailed"},
    }


def rec(doc_id, text="", ops=(), figures=(), outlet=None, published=None, url=None, agencies=()):
    return {
        "doc_id": doc_id,
        "text": text or f"Article {doc_id} with its own words about nothing in particular number {doc_id}.",
        "operations": [{"name": o, "mentions": 1} if isinstance(o, str) else o for o in ops],
        "agencies": [{"name": a, "aliases": []} for a in agencies],
        "figures": list(figures),
        "dates": [],
        "outlet": outlet or doc_id,
        "published": published,
        "url": url,
    }


def case_of(result):
    return dict(zip(result.cases_df.doc_id, result.cases_df.case_id, strict=True))


# -- verdict rules on pairs of figures ---------------------------------------------------


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
        (term(472), term(468, q="more_than"), "compatible"),
        (term(120), term(180), "conflict"),
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


def test_crosscheck_one_known_agency_is_no_evidence_of_scope():
    v, _ = verdict(f(23, kind="rescued"), f(25, kind="rescued", agency="Guardia Civil"), {"Guardia Civil": "ES"})
    assert v == "conflict"


def test_crosscheck_counts_far_apart_are_different_populations():
    v, why = verdict(f(15), f(2864), {})
    assert v == "different_scope" and "times apart" in why
    assert verdict(f(12, kind="countries"), f(38, kind="countries"), {})[0] == "conflict"


def test_crosscheck_place_short_forms_are_one_place():
    assert verdict(f(4, where="Britain"), f(4, where="United Kingdom"), {})[0] == "agree"
    assert verdict(f(40, where="UK"), f(41, where="United Kingdom"), {})[0] == "compatible"


def test_crosscheck_terms_read_in_years_and_months():
    assert display(term(472)) == "39 years 4 months"
    assert display(term(12)) == "1 year"
    assert display(term(30, 720)) == "2 years 6 months to 60 years"
    assert display(term(28, life=True)) == "2 years 4 months to life"
    assert display(term(1704, aggregate=True)) == "142 years in total"
    assert display(f(2517)) == "2,517"


# -- names ---------------------------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("cross country viii", ("cross country", "viii")),
        ("pangea xi", ("pangea", "xi")),
        ("liberterra ii", ("liberterra", "ii")),
        ("h", ("h", None)),
        ("spector", ("spector", None)),
        ("dark huntor", ("dark huntor", None)),
    ],
)
def test_grouping_numbered_phase_is_split_from_its_series(key, expected):
    assert split_phase(key) == expected


# -- grouping rules ----------------------------------------------------------------------


def test_grouping_phase_joins_series_only_when_a_text_says_so():
    both = rec("kpbs", ops=["Operation Cross Country VIII", "Operation Cross Country"], published="2014-06-23")
    series_same_year = rec("wire", ops=["Operation Cross Country"], published="2014-06-24")
    series_later = rec("later", ops=["Operation Cross Country"], published="2019-07-01")
    res = crosscheck([both, series_same_year, series_later])
    cases = case_of(res)
    assert cases["kpbs"] == cases["wire"] != cases["later"]


def test_grouping_editions_of_a_series_in_different_years_are_different_cases():
    res = crosscheck(
        [
            rec("wco", ops=["Operation Pangea VIII"], published="2015-06-18"),
            rec("ht", ops=["Pangea XI"], published="2018-10-23"),
            rec("ip", ops=["Operation Pangea XI"], published="2018-11-06"),
        ]
    )
    cases = case_of(res)
    assert cases["ht"] == cases["ip"] != cases["wco"]


def test_grouping_two_names_written_together_link_their_cases():
    text = "Police said Operation Trojan Shield, known in Europe as Operation Ironside, led to 800 arrests."
    linked = rec("ap", text, ops=["Operation Trojan Shield", "Operation Ironside"])
    assert alias_pairs(linked) == [("ironside", normalise_operation("Trojan Shield"))]
    res = crosscheck([linked, rec("eu", ops=["Operation Ironside"]), rec("us", ops=["Operation Trojan Shield"])])
    assert len(set(case_of(res).values())) == 1


@pytest.mark.parametrize(
    "gap",
    [" (also called ", " / ", ", dubbed ", ", also known as ", " (", ", or "],
)
def test_grouping_alias_patterns(gap):
    text = f"The raid, Operation Alpha{gap}Operation Beta, ended with arrests."
    assert alias_pairs(rec("x", text, ops=["Operation Alpha", "Operation Beta"])) == [("alpha", "beta")]


def test_grouping_a_name_mentioned_in_passing_is_no_alias():
    text = "Operation Sunflower, part of the wider Operation Predator, ended with 245 arrests."
    r = rec(
        "x", text, ops=[{"name": "Operation Sunflower", "mentions": 2}, {"name": "Operation Predator", "mentions": 1}]
    )
    assert alias_pairs(r) == []
    res = crosscheck([r, rec("y", ops=["Operation Predator"], published="2003-09-26")])
    cases = case_of(res)
    assert cases["x"] != cases["y"]


def test_grouping_a_name_run_together_joins_its_spaced_form():
    # one outlet writes "Bluewater", another "Blue Water": one operation; an unrelated one-word name stays apart
    res = crosscheck(
        [
            rec("a", ops=["Operation Blue Water"]),
            rec("b", ops=["Operation Bluewater"]),
            rec("c", ops=["Operation Bluefin"]),
            rec("d", ops=["Operation Waterblue"]),
        ]
    )
    cases = case_of(res)
    assert cases["a"] == cases["b"]
    assert len({cases["a"], cases["c"], cases["d"]}) == 3


def test_grouping_a_name_other_articles_share_wins_a_tie():
    stray = rec(
        "sputnik",
        ops=[{"name": "Cross-Border Operation", "mentions": 2}, {"name": "Blackwrist Operation", "mentions": 2}],
    )
    res = crosscheck([stray, rec("upi", ops=["Operation Blackwrist"])])
    assert case_of(res)["sputnik"] == case_of(res)["upi"]


def test_grouping_unnamed_attaches_by_text_and_stays_alone_when_nothing_is_close():
    t1 = "Police in Ruritania arrested 31 men in a dark web forum probe involving the Bluefin marketplace servers."
    t2 = "The Bluefin marketplace servers were seized and 31 men arrested in Ruritania, police said of the probe."
    t3 = "A bakery in Lisbon won a prize for its custard tarts and plans to open a second shop next spring."
    res = crosscheck([rec("a", t1, ["Operation Bluefin"], [f(31)]), rec("b", t2, [], [f(31)]), rec("c", t3)])
    cases = case_of(res)
    assert cases["a"] == cases["b"] != cases["c"]
    assert set(res.comparisons.verdict) == {"agree"}


def test_grouping_unnamed_articles_form_their_own_case_and_are_titled_by_headline():
    t1 = "Detectives in Ruritania charged nine members of the Wonderland chat ring after raids in Glenbrook and Upton."
    t2 = "Nine members of the Wonderland chat ring were charged after raids in Glenbrook and Upton, Ruritania police said."
    a = {**rec("a", t1), "title": "Wonderland ring charged"}
    res = crosscheck([a, rec("b", t2), rec("c", "A bakery in Lisbon won a prize for its custard tarts this spring.")])
    cases = {c.case_id: c for c in res.cases}
    case_a = cases[case_of(res)["a"]]
    assert case_of(res)["b"] == case_a.case_id != case_of(res)["c"]
    assert not case_a.named and case_a.name.startswith("Wonderland ring charged")


def test_grouping_reprints_are_grouped_and_never_split_a_case():
    story = " ".join(f"word{i}" for i in range(300))
    edited = "Reposted from the wire. " + story + " Share this story."
    other = " ".join(f"term{i}" for i in range(300))
    recs = [rec("orig", story, published="2020-01-01")]
    recs += [rec(f"copy{n}", story, published="2020-01-02") for n in range(5)]
    recs += [rec("edited", edited, published="2020-01-03"), rec("other", other)]
    rep = reprint_groups(recs)
    assert {rep[f"copy{n}"] for n in range(5)} == {"orig"} and rep["edited"] == "orig" and rep["other"] == "other"
    cases, _ = group_cases(recs)
    assert len({c.case_id for c in cases if "orig" in c.doc_ids}) == 1
    assert next(c for c in cases if "orig" in c.doc_ids).doc_ids == sorted(
        ["orig", "edited", *(f"copy{n}" for n in range(5))]
    )


# -- claim clusters --------------------------------------------------------------------------


def test_clusters_single_source_listed_per_figure():
    res = crosscheck(
        [rec("a", ops=["Operation Q"], figures=[f(3, kind="rescued")]), rec("b", ops=["Operation Q"], figures=[f(9)])]
    )
    assert [c.verdict for c in res.clusters] == ["single_source", "single_source"]
    assert res.comparisons.empty


def test_clusters_reprints_are_not_confirmations():
    story = " ".join(f"word{i}" for i in range(200)) + " 245 arrested."
    recs = [rec(f"copy{n}", story, ["Operation Q"], [f(245)], outlet=f"Site {n}") for n in range(4)]
    res = crosscheck(recs)
    (cl,) = res.clusters
    assert cl.verdict == "single_source" and cl.sources == 1 and len(cl.entries) == 4
    assert sum(e.reprint_of is None for e in cl.entries) == 1
    # one independent outlet more turns it into an agreement of two sources, not five
    res = crosscheck([*recs, rec("indep", ops=["Operation Q"], figures=[f(245)], outlet="Other")])
    (cl,) = res.clusters
    assert cl.verdict == "agree" and cl.sources == 2
    assert res.comparisons.iloc[0].sources_a + res.comparisons.iloc[0].sources_b == 2


def test_clusters_copies_of_one_story_that_disagree_are_compared():
    story = " ".join(f"word{i}" for i in range(200))
    recs = [
        rec("copy1", story + " 40 charged.", ["Operation Q"], [f(40, kind="charged")], outlet="Site 1"),
        rec("copy2", story + " 52 charged.", ["Operation Q"], [f(52, kind="charged")], outlet="Site 2"),
    ]
    res = crosscheck(recs)
    assert res.reprint_of["copy2"] == res.reprint_of["copy1"]  # one story, one source
    (row,) = res.comparisons.itertuples()
    assert (row.verdict, sorted([row.value_a, row.value_b])) == ("conflict", [40, 52])
    assert "copies of one story" in row.reason
    # the same figure in both copies is still no confirmation
    same = [rec(f"c{n}", story, ["Operation Q"], [f(40, kind="charged")], outlet=f"S{n}") for n in range(2)]
    assert crosscheck(same).comparisons.empty


def test_clusters_grow_with_distinct_values_not_with_outlets():
    recs = [rec(f"o{n}", ops=["Operation Q"], figures=[f(245)], outlet=f"Outlet {n}") for n in range(40)]
    recs.append(rec("odd", ops=["Operation Q"], figures=[f(240, "more_than")], outlet="Odd"))
    res = crosscheck(recs)
    assert len(res.clusters) == 1 and res.clusters[0].sources == 41
    assert sorted(res.comparisons.verdict) == ["agree", "compatible"]


def test_clusters_headline_numbers_are_compared_when_nothing_links_them():
    a = rec("a", ops=["Operation Q"], figures=[f(62), f(43, where="US")], published="2011-01-02")
    b = rec("b", ops=["Operation Q"], figures=[f(52), f(9)], published="2011-01-01")
    res = crosscheck([a, b])
    rows = {tuple(sorted((r.value_a, r.value_b))): r.verdict for r in res.comparisons.itertuples()}
    assert rows[(52, 62)] == "conflict"
    # the parts (43 in the US, a count 5x smaller) are linked to the whole as different scope, never as conflicts
    assert {k: v for k, v in rows.items() if k != (52, 62)} == {(43, 52): "different_scope", (9, 52): "different_scope"}


def test_clusters_an_article_restating_its_figure_is_compared_with_others():
    a = rec("a", ops=["Operation Q"], figures=[f(70, "more_than", kind="charged"), f(72, kind="charged")])
    b = rec("b", ops=["Operation Q"], figures=[f(72, kind="charged")])
    res = crosscheck([a, b])
    rows = {tuple(sorted((r.value_a, r.value_b))): r.verdict for r in res.comparisons.itertuples()}
    assert rows == {(72, 72): "agree", (70, 72): "compatible"}
    assert res.clusters[0].verdict == "compatible"


def test_clusters_breakdowns_by_place_stay_apart():
    a = rec("a", ops=["Operation Q"], figures=[f(8, where="Netherlands"), f(8, where="Germany"), f(179)])
    b = rec("b", ops=["Operation Q"], figures=[f(8, where="Netherlands"), f(179)])
    res = crosscheck([a, b])
    by_place = {c.where: c.verdict for c in res.clusters}
    assert by_place["Netherlands"] == "agree" and by_place["Germany"] == "single_source"


def test_clusters_terms_of_different_people_are_never_one_claim():
    a = rec("a", ops=["Operation Q"], figures=[term(120, person="Smith"), term(96, person="Jones")])
    b = rec("b", ops=["Operation Q"], figures=[term(120, person="Smith"), term(90, person="Jones")])
    res = crosscheck([a, b])
    verdicts = sorted((c.entries[0].person, c.verdict) for c in res.clusters)
    assert verdicts == [("Jones", "conflict"), ("Smith", "agree")]


# -- consolidated case figures ---------------------------------------------------------


def test_case_figures_best_is_the_official_release():
    release = rec(
        "ice", ops=["Operation Q"], figures=[f(1007)], outlet="U.S. Immigration and Customs Enforcement (news release)"
    )
    res = crosscheck(
        [release]
        + [rec(f"n{n}", ops=["Operation Q"], figures=[f(1000, "more_than")], outlet=f"Paper {n}") for n in range(3)]
    )
    (cf,) = res.case_figures.itertuples()
    assert (cf.low, cf.best, cf.high) == (1000, 1007, 1007)
    assert cf.rule == "official release" and cf.best_sources == release["outlet"]
    assert cf.low_display == "more than 1,000" and "Paper 0" in cf.low_sources


def test_case_figures_best_is_the_most_reported_value_without_a_release():
    recs = [rec(f"n{n}", ops=["Operation Q"], figures=[f(52)], outlet=f"Paper {n}") for n in range(3)]
    recs.append(rec("odd", ops=["Operation Q"], figures=[f(62)], outlet="Odd"))
    (cf,) = crosscheck(recs).case_figures.itertuples()
    assert (cf.low, cf.best, cf.high) == (52, 52, 62) and cf.rule == "most reported value"
    assert cf.high_sources == "Odd" and cf.verdict == "conflict"


def test_case_figures_rising_figures_are_revisions():
    recs = [
        rec("d1", ops=["Operation Q"], figures=[f(200, kind="rescued")], published="2020-03-01", outlet="A"),
        rec("d2", ops=["Operation Q"], figures=[f(210, kind="rescued")], published="2020-03-05", outlet="B"),
        rec("d3", ops=["Operation Q"], figures=[f(230, kind="rescued")], published="2020-03-09", outlet="C"),
    ]
    res = crosscheck(recs)
    cf = case_figure(res.clusters[0])
    assert cf.best == 230 and cf.rule.startswith("revision")
    assert cf.revisions == "200 (2020-03-01) → 210 (2020-03-05) → 230 (2020-03-09)"


def test_crosscheck_samples_verdicts(tmp_path, samples):
    from typer.testing import CliRunner

    from cli import app

    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["run", str(samples / "articles"), "--out", str(out)]).exit_code == 0
    import pandas as pd

    comp = pd.read_csv(out / "crosscheck.csv")
    lantern = comp[comp.case_id == "operation-lantern"]

    def verdicts(kind, values):
        rows = lantern[(lantern.kind == kind)]
        return {r.verdict for r in rows.itertuples() if sorted([r.value_a, r.value_b]) == sorted(values)}

    assert verdicts("arrested", [212, 212]) == {"agree"}
    assert verdicts("countries", [19, 21]) == {"conflict"}
    assert "compatible" in verdicts("arrested", [43, 40])
    assert "different_scope" in verdicts("rescued", [64, 12])
    clusters = [json.loads(x) for x in (out / "clusters.jsonl").read_text().splitlines()]
    assert {c["verdict"] for c in clusters} >= {"agree", "conflict", "single_source"}
    figs = pd.read_csv(out / "case_figures.csv")
    assert {"low", "best", "high", "best_sources", "rule"} <= set(figs.columns)
    valued = figs.dropna(subset=["low", "best", "high"])  # life terms have no month value
    assert len(valued) and (valued.low <= valued.best).all() and (valued.best <= valued.high).all()
    assert (out / "case_figures.parquet").exists()
    for col in ("min_a", "max_a", "life_a", "aggregate_a", "person_a", "url_a", "published_a", "outlets_b"):
        assert col in comp.columns


def test_clusters_one_term_inside_a_range_of_terms_is_not_that_range():
    a = rec("a", ops=["Operation Q"], figures=[term(12, 30), term(18), term(12)])
    b = rec("b", ops=["Operation Q"], figures=[term(12, 30)])
    res = crosscheck([a, b])
    ranges = [c for c in res.clusters if any(e.min != e.max for e in c.entries)]
    assert len(ranges) == 1 and ranges[0].verdict == "agree"
    assert all(e.min != e.max for e in ranges[0].entries)
    assert sorted(c.verdict for c in res.clusters) == ["agree", "single_source", "single_source"]


def test_grouping_a_year_written_in_the_name_is_that_years_edition():
    recs = [
        rec("a", "Police in 30 countries ...", ops=["Operation Harbour Net 2023"], published="2023-06-20"),
        rec("b", "Officers in 30 countries ...", ops=["Operation Harbour Net"], published="2023-06-22"),
        rec("c", "A new round ...", ops=["Operation Harbour Net"], published="2025-06-01"),
    ]
    cases, _ = group_cases(recs)
    by_doc = {d: c.case_id for c in cases for d in c.doc_ids}
    assert by_doc["a"] == by_doc["b"] != by_doc["c"]


def test_grouping_small_shared_counts_do_not_join_unnamed_stories():
    from extract.grouping import _shared_figures

    a = rec("a", figures=[f(1, where="France"), f(3), f(2, kind="charged"), f(140)])
    b = rec("b", figures=[f(1, where="Spain"), f(3), f(2, kind="charged"), f(140)])
    assert _shared_figures(a, b) == 1


def test_clusters_a_part_is_compared_with_the_whole_as_different_scope():
    res = crosscheck(
        [
            rec("a", ops=["Operation Kite"], figures=[f(216)], outlet="Interpol", published="2021-12-01"),
            rec(
                "b",
                ops=["Operation Kite"],
                figures=[f(216), f(16, where="Ecuador")],
                outlet="Dialogo",
                published="2021-12-03",
            ),
            rec(
                "c",
                ops=["Operation Kite"],
                figures=[f(16, where="Ecuador")],
                outlet="El Comercio",
                published="2021-12-04",
            ),
        ]
    )
    rows = res.comparisons
    part = rows[(rows["kind"] == "arrested") & ({16, 216} == rows[["value_a", "value_b"]].apply(set, axis=1))]
    assert list(part["verdict"]) == ["different_scope"]


def test_clusters_no_row_between_claims_with_no_stated_difference():
    res = crosscheck(
        [
            rec("a", ops=["Operation Kite"], figures=[f(21, kind="countries")], outlet="A", published="2021-12-01"),
            rec(
                "b",
                ops=["Operation Kite"],
                figures=[f(21, kind="countries"), f(30, kind="countries")],
                outlet="B",
                published="2021-12-02",
            ),
        ]
    )
    rows = res.comparisons
    # 30 was judged another claim (not merged) and nothing says how it differs: no row, and no invented conflict
    assert not ((rows["value_a"] == 30) | (rows["value_b"] == 30)).any(), rows[["value_a", "value_b", "verdict"]]


def test_a_conflict_that_rose_over_time_says_so():
    op = ["Operation Bluefin"]
    early = rec("early", ops=op, figures=[f(23, kind="rescued")], published="2024-03-01")
    late = rec("late", ops=op, figures=[f(25, kind="rescued")], published="2024-03-02")
    row = crosscheck([early, late]).comparisons.iloc[0]
    assert row.verdict == "conflict" and "published later (2024-03-01 -> 2024-03-02)" in row.reason
    # a fall, or no dates, gives no such note
    for a, b in [("2024-03-02", "2024-03-01"), (None, None)]:
        row = crosscheck([{**early, "published": a}, {**late, "published": b}]).comparisons.iloc[0]
        assert row.verdict == "conflict" and "published later" not in row.reason


def test_case_figures_range_over_one_scope_only():
    op = ["Operation Bluefin"]
    recs = [
        rec("a", ops=op, figures=[f(64, kind="rescued")]),
        rec("b", ops=op, figures=[f(64, kind="rescued")]),
        rec("c", ops=op, figures=[f(12, kind="rescued", where="UK")]),
    ]
    figs = crosscheck(recs).case_figures
    got = {(r.where if isinstance(r.where, str) else None, r.low, r.best, r.high) for r in figs.itertuples()}
    assert got == {(None, 64, 64, 64), ("UK", 12, 12, 12)}


def test_report_axis_labels_keep_whole_outlet_names():
    from extract.report import axis_label

    assert axis_label("BBC News") == "BBC News"
    assert (
        axis_label("National Crime Agency (via Wired-Gov)").replace("\n", " ")
        == "National Crime Agency (via Wired-Gov)"
    )
    assert axis_label("x " * 60).count("\n") == 1 and axis_label("x " * 60).endswith("…")


def test_grouping_a_release_naming_the_edition_beside_the_series_joins_the_series_only_reports():
    """'Operation Harbour Net 2023 ... Operation Harbour Net' in the release; outlets write the series only."""
    recs = [
        rec("release", ops=["Operation Harbour Net 2023", "Operation Harbour Net"], published="2023-06-20"),
        rec("paper", ops=["Operation Harbour Net"], published="2023-06-22"),
        rec("undated", ops=["Operation Harbour Net", "Operation Kelburn"]),
    ]
    cases, _ = group_cases(recs)
    by_doc = {d: c.case_id for c in cases for d in c.doc_ids}
    assert by_doc["release"] == by_doc["paper"] == by_doc["undated"]


def test_breakdowns_pair_by_their_places_not_by_equal_numbers():
    """Outlet A: 24 in Kent, 13 in York; outlet B: 24 in York, 6 in Kent. The 24s are two places' counts."""
    a = rec("a", ops=["Operation Kelburn"], figures=[f(100), f(24, where="Kent"), f(13, where="York")])
    b = rec("b", ops=["Operation Kelburn"], figures=[f(100), f(24, where="York"), f(6, where="Kent")])
    res = crosscheck([a, b])
    pairs = {
        (tuple(sorted((r.value_a, r.value_b))), r.verdict) for r in res.comparisons.itertuples() if r.doc_a != r.doc_b
    }
    assert ((13, 24), "conflict") in pairs and ((6, 24), "conflict") in pairs, pairs
    assert ((24, 24), "agree") not in pairs, pairs


def test_a_wide_scope_word_and_a_country_pair_equal_numbers():
    """'1,700 arrests nationwide' and '1,700 in the United States' are one claim."""
    a = rec("a", ops=["Operation Kelburn"], figures=[f(1700, where="nationwide")])
    b = rec("b", ops=["Operation Kelburn"], figures=[f(1700, where="United States")])
    verdicts = {r.verdict for r in crosscheck([a, b]).comparisons.itertuples() if r.doc_a != r.doc_b}
    assert verdicts == {"agree"}
