"""opf_dates on hand-built Docs: explicit dates at the precision written, resolved against publication."""

from __future__ import annotations

import pytest
from handdocs import parsed_doc, plain_doc, run


def dates(nlp, words, *, ents=(), pos=None, published=None):
    doc = run(nlp, plain_doc(nlp.vocab, words, ents=ents, pos=pos, published=published), until="opf_dates")
    return [
        (sp.label_, sp._.opf.iso, sp._.opf.precision, sp._.opf.resolved, sp._.opf.text) for sp in doc.spans["dates"]
    ]


@pytest.mark.parametrize(
    "words,published,expected",
    [
        ("held on 12 March 2021 in Spain", None, [("DATE", "2021-03-12", "day", False, "12 March 2021")]),
        ("held on March 12 , 2021 in Spain", None, [("DATE", "2021-03-12", "day", False, "March 12, 2021")]),
        ("held in March 2021", None, [("DATE", "2021-03", "month", False, "March 2021")]),
        ("held in 2019", None, [("DATE", "2019", "year", False, "2019")]),
        ("held on 5/3/2020", None, [("DATE", "2020-03-05", "day", False, "5/3/2020")]),
        ("held on 2020-03-05", None, [("DATE", "2020-03-05", "day", False, "2020-03-05")]),
        # no year: the latest such day on or before publication
        ("held on March 12", "2021-05-01", [("DATE", "2021-03-12", "day", True, "March 12")]),
        ("held on June 12", "2021-05-01", [("DATE", "2020-06-12", "day", True, "June 12")]),
        ("held on March 12", None, []),  # no publication date: nothing to resolve against
    ],
    ids=[
        "day_month_year",
        "month_day_year",
        "month_year",
        "year",
        "numeric_day_first",
        "iso",
        "resolved",
        "resolved_previous_year",
        "unresolvable",
    ],
)
def test_dates_explicit(nlp, words, published, expected):
    assert dates(nlp, words, published=published) == expected


def test_dates_ranges_give_two_spans(nlp):
    assert dates(nlp, "between 2019 - 2021 police held 40") == [
        ("DATE", "2019", "year", False, "2019-2021"),
        ("DATE_END", "2021", "year", False, "2019-2021"),
    ]
    assert dates(nlp, "from 3 - 5 May 2022 police held 40") == [
        ("DATE", "2022-05-03", "day", False, "3-5 May 2022"),
        ("DATE_END", "2022-05-05", "day", False, "3-5 May 2022"),
    ]
    assert dates(nlp, "from June to November 2016 police held 40") == [
        ("DATE", "2016-06", "month", False, "June to November 2016"),
        ("DATE_END", "2016-11", "month", False, "June to November 2016"),
    ]


@pytest.mark.parametrize(
    "words,ents,pos,expected",
    [
        # a month alone is a date only inside the model's DATE entity and as a noun
        (
            "he was held in June",
            [(4, 5, "DATE")],
            ["PRON", "AUX", "VERB", "ADP", "PROPN"],
            [("DATE", "2020-06", "month", True, "June")],
        ),
        ("he was held in June", [], ["PRON", "AUX", "VERB", "ADP", "PROPN"], []),
        ("they may march", [(1, 2, "DATE")], ["PRON", "AUX", "VERB"], []),
        # "in May last year"
        (
            "he was held in May last year",
            [(4, 7, "DATE")],
            ["PRON", "AUX", "VERB", "ADP", "PROPN", "ADJ", "NOUN"],
            [("DATE", "2020-05", "month", False, "May")],
        ),
    ],
    ids=["month_in_date_entity", "month_without_entity", "verb_may", "last_year"],
)
def test_dates_month_only(nlp, words, ents, pos, expected):
    assert dates(nlp, words, ents=ents, pos=pos, published="2021-05-01") == expected


def test_dates_future_cue_points_ahead(nlp):
    # "They will be charged in November": the next November after publication
    found = dates(
        nlp,
        "they will be charged in November",
        ents=[(5, 6, "DATE")],
        pos=["PRON", "AUX", "AUX", "VERB", "ADP", "PROPN"],
        published="2021-05-01",
    )
    assert found == [("DATE", "2021-11", "month", True, "November")]


def test_dates_year_that_counts_people_is_no_date(nlp):
    # "2000 people were held": a count, not a year (needs the parse)
    rows = [
        ("2000", 1, "nummod", "NUM"),
        ("people", 3, "nsubjpass", "NOUN"),
        ("were", 3, "auxpass", "AUX", "be"),
        ("held", 3, "ROOT", "VERB", "hold"),
    ]
    doc = run(nlp, parsed_doc(nlp.vocab, rows), until="opf_dates")
    assert list(doc.spans["dates"]) == []
