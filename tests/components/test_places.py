"""opf_places on hand-built Docs: NER places plus ISO country names and short forms."""

from __future__ import annotations

import pytest
from handdocs import plain_doc, run


def places(nlp, words, ents=()):
    doc = run(nlp, plain_doc(nlp.vocab, words, ents=ents), until="opf_places")
    return [(sp.text, sp.label_) for sp in doc.spans["places"]]


@pytest.mark.parametrize(
    "words,ents,expected",
    [
        ("police in Paraguay held 40", [], [("Paraguay", "GPE")]),  # ISO name the model missed
        ("police in Paraguay held 40", [(2, 3, "ORG")], [("Paraguay", "GPE")]),  # or mislabelled as an ORG
        ("police in Britain held 40", [], [("Britain", "GPE")]),  # short form from places.yaml
        ("police in the UK and the US held 40", [], [("UK", "GPE"), ("US", "GPE")]),
        ("police in Bolivia held 40", [], [("Bolivia", "GPE")]),  # "Bolivia, Plurinational State of" -> Bolivia
        ("police in South Korea held 40", [], [("South Korea", "GPE")]),
        ("police across Europe held 40", [(2, 3, "LOC")], [("Europe", "LOC")]),  # the model's LOC is kept
        ("police in Springfield held 40", [(2, 3, "GPE")], [("Springfield", "GPE")]),  # and its GPE
        ("Jordan Smith was held", [(0, 2, "PERSON")], []),  # a person stays a person
        ("he was held in May", [(4, 5, "DATE")], []),
    ],
    ids=[
        "iso_name",
        "mislabelled_org",
        "alias",
        "short_forms",
        "official_name_prefix",
        "two_words",
        "ner_loc",
        "ner_gpe",
        "person",
        "date",
    ],
)
def test_places_found(nlp, words, ents, expected):
    assert places(nlp, words, ents) == expected


def test_places_operation_names_are_no_places(nlp):
    assert places(nlp, "police said Operation Jamaica found 40 in Chile") == [("Chile", "GPE")]


def test_places_ner_place_inside_an_operation_is_dropped(nlp):
    assert places(nlp, "police said Operation Jamaica found 40", ents=[(3, 4, "GPE")]) == []
