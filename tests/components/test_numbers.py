"""opf_numbers on hand-built Docs: values, qualifiers and years."""

from __future__ import annotations

import pytest
from handdocs import plain_doc, run


def numbers(nlp, words, ents=()):
    doc = run(nlp, plain_doc(nlp.vocab, words, ents=ents), until="opf_numbers")
    return [
        (sp.text, sp._.opf.value, sp._.opf.qualifier, sp._.opf.qstart, sp._.opf.is_year) for sp in doc.spans["numbers"]
    ]


@pytest.mark.parametrize(
    "words,expected",
    [
        ("police arrested 2,864 people", [("2,864", 2864, "exact", 2, False)]),
        ("Thirty - three men were held", [("Thirty-three", 33, "exact", 0, False)]),
        ("a dozen men were held", [("a dozen", 12, "exact", 0, False)]),
        ("police held 1 374 people", [("1 374", 1374, "exact", 2, False)]),
        ("fifteen men were held", [("fifteen", 15, "exact", 0, False)]),
        ("more than 40 were held", [("40", 40, "more_than", 0, False)]),
        ("at least 5 were held", [("5", 5, "at_least", 0, False)]),
        ("about 300 were held", [("300", 300, "approx", 0, False)]),
        ("up to 30 were held", [("30", 30, "up_to", 0, False)]),
        ("50 + were held", [("50", 50, "more_than", 0, False)]),
        ("20 or more were held", [("20", 20, "at_least", 0, False)]),
        ("in 2019 police held 40", [("2019", 2019, "exact", 1, True), ("40", 40, "exact", 4, False)]),
        ("several hundred were held", []),
        ("police held 3.5 tonnes", []),
    ],
    ids=[
        "digits_with_commas",
        "hyphenated_words",
        "a_dozen",
        "space_grouped_thousands",
        "number_word",
        "more_than",
        "at_least",
        "about",
        "up_to",
        "plus_after",
        "or_more_after",
        "year",
        "several_hundred_is_vague",
        "decimal_is_no_count",
    ],
)
def test_numbers_value_and_qualifier(nlp, words, expected):
    assert numbers(nlp, words) == expected


@pytest.mark.parametrize("label", ["MONEY", "PERCENT", "TIME", "ORDINAL"])
def test_numbers_skip_amounts_the_model_labelled(nlp, label):
    assert numbers(nlp, "they paid 500 there", ents=[(2, 3, label)]) == []


def test_numbers_year_in_a_non_date_entity_is_a_count(nlp):
    # "2000 people" the model calls a CARDINAL: no year
    assert numbers(nlp, "police held 2000 people", ents=[(2, 3, "CARDINAL")]) == [("2000", 2000, "exact", 2, False)]


def test_numbers_payload_keeps_the_ner_label(nlp):
    doc = run(nlp, plain_doc(nlp.vocab, "police held 40 people", ents=[(2, 3, "CARDINAL")]), until="opf_numbers")
    assert doc.spans["numbers"][0]._.opf.ent == "CARDINAL"


def test_numbers_decimal_with_a_multiplier(nlp):
    assert numbers(nlp, "police held 2.5 million people") == [("2.5 million", 2_500_000, "exact", 2, False)]
