"""opf_agencies on hand-built Docs: gazetteer, defined acronyms, ORG entities and name shapes."""

from __future__ import annotations

import pytest
from handdocs import plain_doc, run


def agencies(nlp, words, ents=(), pos=None):
    doc = run(nlp, plain_doc(nlp.vocab, words, ents=ents, pos=pos), until="opf_agencies")
    return [(sp.text, sp._.opf) for sp in doc.spans["agencies"]]


def test_agencies_gazetteer_name_with_its_fields(nlp):
    ((text, info),) = agencies(nlp, "a spokesman for the National Crime Agency said")
    assert text == "National Crime Agency"
    assert (info.name, info.form, info.source, info.acronym, info.country, info.type) == (
        "National Crime Agency",
        "National Crime Agency",
        "gazetteer",
        "NCA",
        "GB",
        "police",
    )


@pytest.mark.parametrize(
    "words,name,form",
    [
        ("the FBI said 40 were held", "Federal Bureau of Investigation", "FBI"),
        ("the NCA said 40 were held", "National Crime Agency", "NCA"),
        ("the UK National Crime Agency said", "National Crime Agency", "UK National Crime Agency"),  # an alias
        (
            "the federal bureau of investigation said",
            "Federal Bureau of Investigation",
            "federal bureau of investigation",
        ),
    ],
    ids=["acronym", "acronym_nca", "alias", "name_in_lower_case"],
)
def test_agencies_gazetteer_acronym_and_alias(nlp, words, name, form):
    assert [(i.name, i.form, i.source) for _, i in agencies(nlp, words)] == [(name, form, "gazetteer")]


@pytest.mark.parametrize(
    "words,found",
    [
        ("the AFP said 40 were held", []),  # an ambiguous acronym alone is the news agency
        ("the AFP said police held 40", ["Australian Federal Police"]),  # a context word confirms it
        ("AFP officers in Canberra held 40", ["Australian Federal Police"]),
        # a rank held in the body right after the acronym names it, with no context word in the sentence
        ("AFP Commander Ann Lee said 40 were held", ["Australian Federal Police"]),
        ("AFP reported that 40 were held", []),
    ],
)
def test_agencies_ambiguous_acronym_needs_context(nlp, words, found):
    assert [i.name for _, i in agencies(nlp, words)] == found


def test_agencies_acronym_defined_in_brackets_after_an_org_entity(nlp):
    words = "the Northland Serious Crime Unit ( NSCU ) said the NSCU held 40"
    found = agencies(nlp, words, ents=[(1, 5, "ORG")])
    assert [(t, i.name, i.form, i.source) for t, i in found] == [
        ("Northland Serious Crime Unit", "Northland Serious Crime Unit", "Northland Serious Crime Unit", "ner"),
        ("NSCU", "Northland Serious Crime Unit", "NSCU", "defined"),
    ]


def test_agencies_new_acronym_for_a_gazetteer_name(nlp):
    found = agencies(nlp, "the National Crime Agency ( UKNCA ) said")
    assert [(t, i.name, i.form, i.source, i.acronym) for t, i in found] == [
        ("National Crime Agency", "National Crime Agency", "National Crime Agency", "gazetteer", "NCA"),
        ("UKNCA", "National Crime Agency", "UKNCA", "defined", "NCA"),
    ]


@pytest.mark.parametrize(
    "words,ents,expected",
    [
        # ORG entity ending in a head noun; a title and the person after it are cut off
        ("said Northland Crime Bureau Superintendent Ann Lee", [(1, 7, "ORG")], ["Northland Crime Bureau"]),
        # a day after the name is cut off
        ("said the Northland Crime Bureau Thursday", [(2, 5, "ORG"), (5, 6, "DATE")], ["Northland Crime Bureau"]),
        # an ORG without a head noun is no agency, nor is an outlet
        ("said Acme Widgets Limited", [(1, 4, "ORG")], []),
        ("told Reuters on Monday", [(1, 2, "ORG")], []),
    ],
    ids=["title_and_person", "day_after", "no_head_noun", "outlet"],
)
def test_agencies_from_org_entities_trimmed(nlp, words, ents, expected):
    assert [i.name for _, i in agencies(nlp, words, ents=ents)] == expected


@pytest.mark.parametrize(
    "words,expected",
    [
        ("a spokesman for Wexmoor Police said", ["Wexmoor Police"]),
        ("officers of the Child Exploitation Task Force said", ["Child Exploitation Task Force"]),
        # (a short sentence of capitalised words would be read as a headline)
        (
            "the Kentucky Attorney General 's Office said that the case was closed",
            ["Kentucky Attorney General's Office"],
        ),
    ],
    ids=["x_police", "task_force", "possessive_office"],
)
def test_agencies_name_shape_without_ner(nlp, words, expected):
    found = agencies(nlp, words)
    assert [(i.name, i.source) for _, i in found] == [(e, "ner") for e in expected]


def test_agencies_name_shape_skips_a_title_case_headline(nlp):
    assert agencies(nlp, "Wexmoor Police Arrest Eleven Suspects After Lengthy Investigation") == []


def test_agencies_owner_country_before_a_name_is_cut_off(nlp):
    found = agencies(nlp, "police said Ruritania 's Ministry of Public Order held 40", ents=[(2, 3, "GPE")])
    assert [(t, i.name) for t, i in found] == [("Ministry of Public Order", "Ministry of Public Order")]


def test_agencies_office_written_with_its_parent_body(nlp):
    # the gazetteer's "FBI" inside the longer name gives way to it; the office is named as itself
    found = agencies(nlp, "agents of the FBI Washington Field Office said")
    assert [(t, i.name, i.aliases) for t, i in found] == [
        ("FBI Washington Field Office", "Washington Field Office", ("FBI Washington Field Office",)),
    ]


@pytest.mark.parametrize(
    "words,found",
    [
        ("the Railway Protection Force rescued 40 children", ["Railway Protection Force"]),
        ("the RPF rescued 40 children at the railway station", ["Railway Protection Force"]),
        ("the RPF said 40 were held", []),
        ("officers of the Nigeria Police Force held 40", ["Nigeria Police Force"]),
        ("the Colombian police held 40", []),
    ],
    ids=["name", "acronym_with_context", "acronym_alone", "national_force", "nationality_police"],
)
def test_agencies_national_gazetteer(nlp, words, found):
    assert [i.name for _, i in agencies(nlp, words)] == found
