"""opf_scope: places that are not a plain "in <country>" after the count.

Sets of places named by a noun, adverbs of scope, the body that acts, relative "where",
"the US and 13 other countries", clauses that keep their own place, and datelines.
Sentences are our own, parsed by hand (no model).
"""

from __future__ import annotations

import pytest
from handdocs import parsed_doc, run

from extract.text import place_key

P = "PUNCT"


def wheres(nlp, rows) -> list[tuple[str, str | None]]:
    doc = run(nlp, parsed_doc(nlp.vocab, rows), until="opf_scope")
    return [(sp.label_.removeprefix("scope:"), sp._.opf.where) for sp in doc.spans["scope"]]


def arrested_40(place_rows: list[tuple]) -> list[tuple]:
    """'Police arrested 40 people <place rows>.' with the place rows' heads written absolutely."""
    return [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),  # 1
        ("40", 3, "nummod", "NUM"),
        ("people", 1, "dobj", "NOUN"),  # 3
        *place_rows,
        (".", 1, "punct", P),
    ]


@pytest.mark.parametrize(
    "place_rows,where",
    [
        # "in 19 U.S. states"
        (
            [
                ("in", 1, "prep", "ADP"),
                ("19", 7, "nummod", "NUM"),
                ("U.S.", 7, "compound", "PROPN", None, "GPE"),
                ("states", 4, "pobj", "NOUN", "state"),
            ],
            "19 U.S. states",
        ),
        # "from other parts of Canada"
        (
            [
                ("from", 1, "prep", "ADP"),
                ("other", 6, "amod", "ADJ"),
                ("parts", 4, "pobj", "NOUN", "part"),
                ("of", 6, "prep", "ADP"),
                ("Canada", 7, "pobj", "PROPN", None, "GPE"),
            ],
            "other parts of Canada",
        ),
        # "across eight southeastern states"
        (
            [
                ("across", 1, "prep", "ADP"),
                ("eight", 7, "nummod", "NUM"),
                ("southeastern", 7, "amod", "ADJ"),
                ("states", 4, "pobj", "NOUN", "state"),
            ],
            "eight southeastern states",
        ),
        # "in the Leeds area"
        (
            [
                ("in", 1, "prep", "ADP"),
                ("the", 7, "det", "DET"),
                ("Leeds", 7, "compound", "PROPN", None, "GPE"),
                ("area", 4, "pobj", "NOUN"),
            ],
            "Leeds area",
        ),
        # "in 30 countries": how many, not which: no scope
        ([("in", 1, "prep", "ADP"), ("30", 6, "nummod", "NUM"), ("countries", 4, "pobj", "NOUN", "country")], None),
        # "across 14 African countries": the reach of the whole operation, not a part of it
        (
            [
                ("across", 1, "prep", "ADP"),
                ("14", 7, "nummod", "NUM"),
                ("African", 7, "amod", "ADJ", None, "NORP"),
                ("countries", 4, "pobj", "NOUN", "country"),
            ],
            None,
        ),
        ([("nationwide", 1, "advmod", "ADV")], "nationwide"),
        ([("overseas", 1, "advmod", "ADV")], "overseas"),
        # "in the US and 13 other countries": everywhere it was counted
        (
            [
                ("in", 1, "prep", "ADP"),
                ("the", 6, "det", "DET"),
                ("US", 4, "pobj", "PROPN", None, "GPE"),
                ("and", 6, "cc", "CCONJ"),
                ("13", 10, "nummod", "NUM"),
                ("other", 10, "amod", "ADJ"),
                ("countries", 6, "conj", "NOUN", "country"),
            ],
            None,
        ),
        # "in an operation in America": one phrase down
        (
            [
                ("in", 1, "prep", "ADP"),
                ("an", 6, "det", "DET"),
                ("operation", 4, "pobj", "NOUN"),
                ("in", 6, "prep", "ADP"),
                ("America", 7, "pobj", "PROPN", None, "GPE"),
            ],
            "United States",
        ),
    ],
    ids=[
        "us_states",
        "other_parts_of",
        "compass_states",
        "city_area",
        "how_many_countries",
        "african_countries",
        "nationwide",
        "overseas",
        "us_and_other_countries",
        "nested_in_in",
    ],
)
def test_scope_reads_sets_of_places_and_scope_words(nlp, place_rows, where):
    got = [(k, w) for k, w in wheres(nlp, arrested_40(place_rows)) if k == "arrested"]
    assert got == [("arrested", where)]


def test_scope_nationality_of_the_acting_body(nlp):
    # "Spanish police arrested 40 people."
    rows = [
        ("Spanish", 1, "amod", "ADJ", None, "NORP"),
        ("police", 2, "nsubj", "NOUN"),
        ("arrested", 2, "ROOT", "VERB", "arrest", None, "VBD"),  # 2
        ("40", 4, "nummod", "NUM"),
        ("people", 2, "dobj", "NOUN"),
        (".", 2, "punct", P),
    ]
    assert wheres(nlp, rows) == [("arrested", "Spain")]


def test_scope_nationality_of_the_people_is_no_place(nlp):
    # "Police arrested 40 Chinese nationals.": who they are, not where they were arrested
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),
        ("40", 4, "nummod", "NUM"),
        ("Chinese", 4, "amod", "ADJ", None, "NORP"),
        ("nationals", 1, "dobj", "NOUN", "national"),
        (".", 1, "punct", P),
    ]
    assert wheres(nlp, rows) == [("arrested", None)]


def test_scope_place_of_the_body_through_a_participle(nlp):
    # "Officers working in Kenya had arrested 40 people."
    rows = [
        ("Officers", 5, "nsubj", "NOUN", "officer"),
        ("working", 0, "acl", "VERB", "work", None, "VBG"),  # 1
        ("in", 1, "prep", "ADP"),
        ("Kenya", 2, "pobj", "PROPN", None, "GPE"),
        ("had", 5, "aux", "AUX", "have"),
        ("arrested", 5, "ROOT", "VERB", "arrest", None, "VBN"),  # 5
        ("40", 7, "nummod", "NUM"),
        ("people", 5, "dobj", "NOUN"),
        (".", 5, "punct", P),
    ]
    assert wheres(nlp, rows) == [("arrested", "Kenya")]


def test_scope_a_court_place_is_no_scope_of_who_it_sentences(nlp):
    # "A court in Leeds convicted 40 people."
    rows = [
        ("A", 1, "det", "DET"),
        ("court", 4, "nsubj", "NOUN"),  # 1
        ("in", 1, "prep", "ADP"),
        ("Leeds", 2, "pobj", "PROPN", None, "GPE"),
        ("convicted", 4, "ROOT", "VERB", "convict", None, "VBD"),  # 4
        ("40", 6, "nummod", "NUM"),
        ("people", 4, "dobj", "NOUN"),
        (".", 4, "punct", P),
    ]
    assert wheres(nlp, rows) == [("convicted", None)]


def test_scope_relative_where_takes_its_antecedent(nlp):
    # "Most arrests came in Ohio, where 40 people were arrested."
    rows = [
        ("Most", 1, "amod", "ADJ"),
        ("arrests", 2, "nsubj", "NOUN", "arrest"),
        ("came", 2, "ROOT", "VERB", "come", None, "VBD"),  # 2
        ("in", 2, "prep", "ADP"),
        ("Ohio", 3, "pobj", "PROPN", None, "GPE"),  # 4
        (",", 4, "punct", P),
        ("where", 10, "advmod", "SCONJ"),
        ("40", 8, "nummod", "NUM"),
        ("people", 10, "nsubjpass", "NOUN"),  # 8
        ("were", 10, "auxpass", "AUX", "be"),
        ("arrested", 4, "relcl", "VERB", "arrest", None, "VBN"),  # 10
        (".", 2, "punct", P),
    ]
    assert wheres(nlp, rows) == [("arrested", "Ohio")]


def test_scope_an_earlier_clause_keeps_its_own_place(nlp):
    # "40 people were arrested, and 12 were charged in Peru.": Peru is where the 12 were charged
    rows = [
        ("40", 1, "nummod", "NUM"),
        ("people", 3, "nsubjpass", "NOUN"),
        ("were", 3, "auxpass", "AUX", "be"),
        ("arrested", 3, "ROOT", "VERB", "arrest", None, "VBN"),  # 3
        (",", 3, "punct", P),
        ("and", 3, "cc", "CCONJ"),
        ("12", 8, "nsubjpass", "NUM"),  # 6
        ("were", 8, "auxpass", "AUX", "be"),
        ("charged", 3, "conj", "VERB", "charge", None, "VBN"),  # 8
        ("in", 8, "prep", "ADP"),
        ("Peru", 9, "pobj", "PROPN", None, "GPE"),
        (".", 3, "punct", P),
    ]
    assert sorted(wheres(nlp, rows)) == [("arrested", None), ("charged", "Peru")]


def test_scope_the_whole_of_a_partitive_is_not_where_its_part_is(nlp):
    # "Of the 40 victims, 12 were identified in Peru."
    rows = [
        ("Of", 7, "prep", "ADP"),  # 0
        ("the", 3, "det", "DET"),
        ("40", 3, "nummod", "NUM"),
        ("victims", 0, "pobj", "NOUN", "victim"),  # 3
        (",", 7, "punct", P),
        ("12", 7, "nsubjpass", "NUM"),  # 5
        ("were", 7, "auxpass", "AUX", "be"),
        ("identified", 7, "ROOT", "VERB", "identify", None, "VBN"),  # 7
        ("in", 7, "prep", "ADP"),
        ("Peru", 8, "pobj", "PROPN", None, "GPE"),
        (".", 7, "punct", P),
    ]
    got = dict((w, k) for k, w in wheres(nlp, rows))
    assert got == {None: "victims_identified", "Peru": "victims_identified"}


def test_scope_a_dateline_is_not_where_the_body_acts(nlp):
    # "LYON, France – Police arrested 40 people."
    rows = [
        ("LYON", 5, "npadvmod", "PROPN", None, "GPE"),
        (",", 0, "punct", P),
        ("France", 0, "appos", "PROPN", None, "GPE"),
        ("–", 5, "punct", P),
        ("Police", 5, "nsubj", "NOUN"),
        ("arrested", 5, "ROOT", "VERB", "arrest", None, "VBD"),  # 5
        ("40", 7, "nummod", "NUM"),
        ("people", 5, "dobj", "NOUN"),
        (".", 5, "punct", P),
    ]
    assert wheres(nlp, rows) == [("arrested", None)]


def test_scope_countries_named_by_a_nationality_are_in_that_region(nlp):
    # "Police in 19 European countries took part."
    rows = [
        ("Police", 5, "nsubj", "NOUN"),
        ("in", 0, "prep", "ADP"),
        ("19", 4, "nummod", "NUM"),
        ("European", 4, "amod", "ADJ", None, "NORP"),
        ("countries", 1, "pobj", "NOUN", "country"),  # 4
        ("took", 5, "ROOT", "VERB", "take"),  # 5
        ("part", 5, "dobj", "NOUN"),
        (".", 5, "punct", P),
    ]
    assert wheres(nlp, rows) == [("countries", "Europe")]
    plain = [r for r in rows if r[0] != "European"]
    plain = [(w, h - (h > 3), *rest) for w, h, *rest in plain]
    assert wheres(nlp, plain) == [("countries", None)]


@pytest.mark.parametrize(
    "a,b",
    [("besides the US", "other than the United States"), ("outside the UK", "excluding Britain")],
)
def test_place_key_reads_exclusions_alike(a, b):
    assert place_key(a) == place_key(b) != place_key("United States")


@pytest.mark.parametrize(
    "a,b",
    [("Côte d\u2019Ivoire", "Ivory Coast"), ("Czechia", "the Czech Republic"), ("Republic of Korea", "South Korea")],
)
def test_place_key_reads_other_spellings_of_a_country_alike(a, b):
    assert place_key(a) == place_key(b)
