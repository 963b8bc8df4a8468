"""opf_parse_repairs: a count word the parser read as an adjective becomes a number modifier."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.components.repairs import parse_repairs


def _doc(nlp, words, tags, pos, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize(
    "words,tags,pos,deps,heads,expected",
    [
        # "Sixty people were arrested": the model's parse, the count word an adjective
        (
            ["Sixty", "people", "were", "arrested"],
            ["JJ", "NNS", "VBD", "VBN"],
            ["ADJ", "NOUN", "AUX", "VERB"],
            ["amod", "nsubjpass", "auxpass", "ROOT"],
            [1, 3, 3, 3],
            ("NUM", "nummod"),
        ),
        # a real adjective stays one
        (
            ["Many", "people", "were", "arrested"],
            ["JJ", "NNS", "VBD", "VBN"],
            ["ADJ", "NOUN", "AUX", "VERB"],
            ["amod", "nsubjpass", "auxpass", "ROOT"],
            [1, 3, 3, 3],
            ("ADJ", "amod"),
        ),
        # a count word on a singular noun is no count of it ("one main suspect" is read elsewhere)
        (
            ["One", "suspect", "was", "arrested"],
            ["JJ", "NN", "VBD", "VBN"],
            ["ADJ", "NOUN", "AUX", "VERB"],
            ["amod", "nsubjpass", "auxpass", "ROOT"],
            [1, 3, 3, 3],
            ("ADJ", "amod"),
        ),
    ],
    ids=["count_word_as_adjective", "real_adjective", "singular_noun"],
)
def test_repairs_count_word_read_as_adjective(nlp, words, tags, pos, deps, heads, expected):
    doc = parse_repairs(_doc(nlp, words, tags, pos, deps, heads))
    assert (doc[0].pos_, doc[0].dep_) == expected


def test_repairs_an_ordinal_stays_an_adjective(nlp):
    doc = Doc(
        nlp.vocab,
        words=["The", "first", "suspects", "were", "arrested"],
        tags=["DT", "JJ", "NNS", "VBD", "VBN"],
        pos=["DET", "ADJ", "NOUN", "AUX", "VERB"],
        deps=["det", "amod", "nsubjpass", "auxpass", "ROOT"],
        heads=[2, 2, 4, 4, 4],
    )
    assert (parse_repairs(doc)[1].pos_, doc[1].dep_) == ("ADJ", "amod")
