"""opf_operations on hand-built Docs: operation names and the rule that found them."""

from __future__ import annotations

import pytest
from handdocs import plain_doc, run


def operations(nlp, words):
    doc = run(nlp, plain_doc(nlp.vocab, words), until="opf_operations")
    return [(sp.text, sp._.opf.name, sp._.opf.rule) for sp in doc.spans["operations"]]


@pytest.mark.parametrize(
    "words,expected",
    [
        (
            "police ran Operation Pacifier last year",
            [("Operation Pacifier", "Operation Pacifier", "operation:keyword")],
        ),
        (
            "the sting , Operation Cross Country VIII , found 40",
            [("Operation Cross Country VIII", "Operation Cross Country VIII", "operation:keyword")],
        ),
        ("police ran Project Spade for years", [("Project Spade", "Project Spade", "operation:keyword")]),
        (
            "police ran Operation Reclaim and Rebuild in Texas",
            [("Operation Reclaim and Rebuild", "Operation Reclaim and Rebuild", "operation:keyword")],
        ),
        ("police said Trident Operation began", [("Trident Operation", "Trident Operation", "operation:suffix")]),
        (
            "INTERPOL 's \u201c Storm Makers 2 \u201d operation found 40",
            [("Storm Makers 2", "Storm Makers 2", "operation:quoted")],
        ),
        (
            "the probe , dubbed \u201c Broken Heart \u201d , found 40",
            [("Broken Heart", "Broken Heart", "operation:cue")],
        ),
        ("an operation called Kraken found 40", [("Kraken", "Kraken", "operation:cue")]),
        # a name before the keyword, in quotes, with a function word after it
        (
            'the " Trident Operation " led to 40 arrests',
            [("Trident Operation", "Trident Operation", "operation:suffix")],
        ),
        ("40 held in \u201c Kelburn \u201d drug operation", [("Kelburn", "Kelburn", "operation:quoted")]),
    ],
    ids=[
        "prefix",
        "series_with_numeral",
        "project",
        "and_joined",
        "suffix",
        "quoted",
        "cue_quoted",
        "cue_bare",
        "suffix_in_quotes",
        "quoted_then_descriptor",
    ],
)
def test_operations_named(nlp, words, expected):
    assert operations(nlp, words) == expected


@pytest.mark.parametrize(
    "words",
    [
        "the operation was a success",
        "the operations manager said so",
        "police said a Joint Operation began",
        "a man dubbed \u201c The Beast \u201d was held",
        "police said an Anti-Scam Operation began",
        "police said a Special Operation began",
        "in a case called United States v. Lee , 40 were held",
    ],
    ids=[
        "lower_case_keyword",
        "common_noun",
        "descriptive_suffix",
        "cue_without_operation_context",
        "against_prefix",
        "special",
        "court_case",
    ],
)
def test_operations_not_a_name(nlp, words):
    assert operations(nlp, words) == []


def test_operations_headline_name_is_cut_to_the_body_name(nlp):
    doc = plain_doc(
        nlp.vocab,
        [
            "Operation",
            "Last",
            "Mile",
            "Tracks",
            "Down",
            "Sinaloa",
            "Cartel",
            "\n",
            "Operation",
            "Last",
            "Mile",
            "ended",
            ".",
        ],
        sent_starts=[1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    )
    doc = run(nlp, doc, until="opf_operations")
    assert [sp._.opf.name for sp in doc.spans["operations"]] == ["Operation Last Mile", "Operation Last Mile"]
