"""opf_terms on hand-built parses: prison terms handed down, in months."""

from __future__ import annotations

import pytest
from handdocs import parsed_doc, run

P = "PUNCT"


def terms(nlp, rows):
    doc = run(nlp, parsed_doc(nlp.vocab, rows), until="opf_terms")
    return doc, [sp._.opf for sp in doc.spans["terms"]]


def jailed_for(number_rows: list[tuple], unit: str = "years", verb=("jailed", "jail"), after=()) -> list[tuple]:
    """'He was <verb> for <number words> <unit> <after>.': the number rows hang on the unit (index filled in)."""
    n = len(number_rows)
    unit_i = 4 + n
    rows = [
        ("He", 2, "nsubjpass", "PRON"),
        ("was", 2, "auxpass", "AUX", "be"),
        (verb[0], 2, "ROOT", "VERB", verb[1], None, "VBN"),  # 2
        ("for", 2, "prep", "ADP"),  # 3
    ]
    rows += [(w, unit_i, dep, pos, *rest) for w, dep, pos, *rest in number_rows]
    rows.append((unit, 3, "pobj", "NOUN", unit.rstrip("s")))
    rows += [(w, unit_i, dep, pos) for w, dep, pos in after]
    rows.append((".", 2, "punct", P))
    return rows


@pytest.mark.parametrize(
    "rows,expected",
    [
        (jailed_for([("15", "nummod", "NUM")]), (180, 180, "exact", "term")),
        (jailed_for([("fifteen", "nummod", "NUM")]), (180, 180, "exact", "term")),
        (jailed_for([("18", "nummod", "NUM")], unit="months"), (18, 18, "exact", "term")),
        (
            jailed_for([("more", "amod", "ADJ"), ("than", "quantmod", "ADP"), ("10", "nummod", "NUM")]),
            (120, 120, "more_than", "term"),
        ),
        (
            jailed_for([("15", "nummod", "NUM"), ("to", "quantmod", "ADP"), ("40", "nummod", "NUM")]),
            (180, 480, "exact", "term:range"),
        ),
        (jailed_for([("15", "nummod", "NUM")], verb=("imprisoned", "imprison")), (180, 180, "exact", "term")),
    ],
    ids=["digits", "number_word", "months", "qualifier", "range_to", "imprisoned"],
)
def test_terms_single_and_range(nlp, rows, expected):
    _, found = terms(nlp, rows)
    assert [(t.min, t.max, t.qualifier, t.rule) for t in found] == [expected]
    assert found[0].life is False and found[0].aggregate is False


def test_terms_years_and_months_add_up(nlp):
    # "He was jailed for 22 years and five months."
    rows = [
        ("He", 2, "nsubjpass", "PRON"),
        ("was", 2, "auxpass", "AUX", "be"),
        ("jailed", 2, "ROOT", "VERB", "jail", None, "VBN"),  # 2
        ("for", 2, "prep", "ADP"),  # 3
        ("22", 5, "nummod", "NUM"),
        ("years", 3, "pobj", "NOUN", "year"),  # 5
        ("and", 5, "cc", "CCONJ"),
        ("five", 8, "nummod", "NUM"),
        ("months", 5, "conj", "NOUN", "month"),
        (".", 2, "punct", P),
    ]
    doc, found = terms(nlp, rows)
    assert [(t.min, t.max, t.rule, t.unit_tok) for t in found] == [(269, 269, "term", 5)]
    assert doc.spans["terms"][0].text == "jailed for 22 years and five months"


def test_terms_between_months_and_years_is_a_range(nlp):
    # "They were sentenced to between 30 months and 60 years."
    rows = [
        ("They", 2, "nsubjpass", "PRON"),
        ("were", 2, "auxpass", "AUX", "be"),
        ("sentenced", 2, "ROOT", "VERB", "sentence", None, "VBN"),  # 2
        ("to", 2, "prep", "ADP"),  # 3
        ("between", 6, "quantmod", "ADP"),
        ("30", 6, "nummod", "NUM"),
        ("months", 3, "pobj", "NOUN", "month"),  # 6
        ("and", 6, "cc", "CCONJ"),
        ("60", 9, "nummod", "NUM"),
        ("years", 6, "conj", "NOUN", "year"),
        (".", 2, "punct", P),
    ]
    _, found = terms(nlp, rows)
    assert [(t.min, t.max, t.rule) for t in found] == [(30, 720, "term:range")]


def test_terms_respectively_gives_one_term_each(nlp):
    # "They were jailed for 18 and 20 years respectively."
    rows = [
        ("They", 2, "nsubjpass", "PRON"),
        ("were", 2, "auxpass", "AUX", "be"),
        ("jailed", 2, "ROOT", "VERB", "jail", None, "VBN"),  # 2
        ("for", 2, "prep", "ADP"),  # 3
        ("18", 7, "nummod", "NUM"),
        ("and", 4, "cc", "CCONJ"),
        ("20", 4, "conj", "NUM"),
        ("years", 3, "pobj", "NOUN", "year"),  # 7
        ("respectively", 2, "advmod", "ADV"),
        (".", 2, "punct", P),
    ]
    _, found = terms(nlp, rows)
    assert [(t.min, t.max, t.rule) for t in found] == [(216, 216, "term:each"), (240, 240, "term:each")]


def _life_rows(prep: str) -> list[tuple]:
    """'Smith was jailed <prep> life imprisonment and Jones to 28 years to life.'."""
    return [
        ("Smith", 2, "nsubjpass", "PROPN", None, "PERSON"),
        ("was", 2, "auxpass", "AUX", "be"),
        ("jailed", 2, "ROOT", "VERB", "jail", None, "VBN"),  # 2
        (prep, 2, "prep", "ADP"),  # 3
        ("life", 5, "compound", "NOUN"),
        ("imprisonment", 3, "pobj", "NOUN"),  # 5
        ("and", 2, "cc", "CCONJ"),
        ("Jones", 2, "conj", "PROPN", None, "PERSON"),  # 7
        ("to", 7, "prep", "ADP"),  # 8
        ("28", 10, "nummod", "NUM"),
        ("years", 8, "pobj", "NOUN", "year"),  # 10
        ("to", 10, "prep", "ADP"),  # 11
        ("life", 11, "pobj", "NOUN"),
        (".", 2, "punct", P),
    ]


LIFE_TERMS = [(None, None, True, "term:life"), (336, None, True, "term:range-life")]


def test_terms_life_and_range_to_life(nlp):
    _, found = terms(nlp, _life_rows("for"))
    assert [(t.min, t.max, t.life, t.rule) for t in found] == LIFE_TERMS
    assert found[0].person == "Smith"


def test_terms_sentenced_to_life(nlp):
    _, found = terms(nlp, _life_rows("to"))
    assert [(t.min, t.max, t.life, t.rule) for t in found] == LIFE_TERMS


@pytest.mark.parametrize(
    "before,expected",
    [
        ([("a", "det", "DET"), ("total", "npadvmod", "NOUN"), ("of", "prep", "ADP")], True),
        ([("a", "det", "DET"), ("combined", "amod", "VERB")], True),
        ([], False),
    ],
    ids=["a_total_of", "combined", "plain"],
)
def test_terms_aggregate_words(nlp, before, expected):
    rows = jailed_for([*before, ("142", "nummod", "NUM")])
    _, found = terms(nlp, rows)
    assert [(t.min, t.aggregate) for t in found] == [(1704, expected)]


def test_terms_sum_over_a_group_is_aggregate(nlp):
    # "In total, the five men were jailed for 142 years."
    rows = [
        ("In", 8, "prep", "ADP"),
        ("total", 0, "pobj", "NOUN"),
        (",", 8, "punct", P),
        ("the", 5, "det", "DET"),
        ("five", 5, "nummod", "NUM"),
        ("men", 8, "nsubjpass", "NOUN", "man", None, "NNS"),  # 5
        ("were", 8, "auxpass", "AUX", "be"),
        ("x", 8, "dep", "X"),
        ("jailed", 8, "ROOT", "VERB", "jail", None, "VBN"),  # 8
        ("for", 8, "prep", "ADP"),  # 9
        ("142", 11, "nummod", "NUM"),
        ("years", 9, "pobj", "NOUN", "year"),
        (".", 8, "punct", P),
    ]
    _, found = terms(nlp, rows)
    assert [(t.min, t.aggregate) for t in found] == [(1704, True)]


def test_terms_person_in_apposition_to_the_subject(nlp):
    # "The ringleader, Darren Hollis, was jailed for 14 years."
    rows = [
        ("The", 1, "det", "DET"),
        ("ringleader", 7, "nsubjpass", "NOUN"),  # 1
        (",", 1, "punct", P),
        ("Darren", 4, "compound", "PROPN", None, "PERSON"),
        ("Hollis", 1, "appos", "PROPN", None, "PERSON"),  # 4
        (",", 1, "punct", P),
        ("was", 7, "auxpass", "AUX", "be"),
        ("jailed", 7, "ROOT", "VERB", "jail", None, "VBN"),  # 7
        ("for", 7, "prep", "ADP"),  # 8
        ("14", 10, "nummod", "NUM"),
        ("years", 8, "pobj", "NOUN", "year"),
        (".", 7, "punct", P),
    ]
    _, found = terms(nlp, rows)
    assert [(t.min, t.person) for t in found] == [(168, "Darren Hollis")]


@pytest.mark.parametrize(
    "rows",
    [
        # "He faces up to 20 years in prison.": only possible
        [
            ("He", 1, "nsubj", "PRON"),
            ("faces", 1, "ROOT", "VERB", "face"),  # 1
            ("up", 3, "quantmod", "ADP"),
            ("to", 4, "quantmod", "ADP"),  # 3
            ("20", 5, "nummod", "NUM"),
            ("years", 1, "dobj", "NOUN", "year"),  # 5
            ("in", 5, "prep", "ADP"),
            ("prison", 6, "pobj", "NOUN"),
            (".", 1, "punct", P),
        ],
        # "He was jailed after a two-year investigation.": a compound of another noun
        [
            ("He", 2, "nsubjpass", "PRON"),
            ("was", 2, "auxpass", "AUX", "be"),
            ("jailed", 2, "ROOT", "VERB", "jail", None, "VBN"),  # 2
            ("after", 2, "prep", "ADP"),  # 3
            ("a", 8, "det", "DET"),
            ("two", 7, "nummod", "NUM"),
            ("-", 7, "punct", P),
            ("year", 8, "compound", "NOUN"),  # 7
            ("investigation", 3, "pobj", "NOUN"),  # 8
            (".", 2, "punct", P),
        ],
        jailed_for(
            [("4", "nummod", "NUM")],
            after=[("of", "prep", "ADP"), ("supervised", "amod", "ADJ"), ("release", "pobj", "NOUN")],
        ),
        jailed_for([("15", "nummod", "NUM")], after=[("old", "amod", "ADJ")]),
        # "The maximum sentence is 10 years."
        [
            ("The", 2, "det", "DET"),
            ("maximum", 2, "amod", "ADJ"),
            ("sentence", 3, "nsubj", "NOUN"),  # 2
            ("is", 3, "ROOT", "AUX", "be"),  # 3
            ("10", 5, "nummod", "NUM"),
            ("years", 3, "attr", "NOUN", "year"),
            (".", 3, "punct", P),
        ],
    ],
    ids=["faces_up_to", "two_year_investigation", "supervised_release", "age", "maximum"],
)
def test_terms_blocked_or_not_a_sentence(nlp, rows):
    _, found = terms(nlp, rows)
    assert found == []


def test_terms_qualifier_start_is_the_span_start(nlp):
    # the span runs from the term word to the unit, qualifier included
    doc, found = terms(nlp, jailed_for([("at", "advmod", "ADP"), ("least", "advmod", "ADV"), ("8", "nummod", "NUM")]))
    assert [(t.min, t.qualifier) for t in found] == [(96, "at_least")]
    assert doc.spans["terms"][0].text == "jailed for at least 8 years"
