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


def _dated_doc(nlp, words: list[str], pos: list[str], deps: list[str], heads: list[int], ents: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, ents=ents)


def test_repairs_a_weekday_swallowing_a_partitive_count(nlp):
    """The model's reading of "On Friday 3 of the men were charged": "Friday 3" one DATE, 3 its nummod."""
    doc = _dated_doc(
        nlp,
        ["On", "Friday", "3", "of", "the", "men", "were", "charged"],
        ["ADP", "PROPN", "NUM", "ADP", "DET", "NOUN", "AUX", "VERB"],
        ["prep", "pobj", "nummod", "prep", "det", "pobj", "auxpass", "ROOT"],
        [7, 0, 1, 1, 5, 3, 7, 7],
        ["O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"],
    )
    doc = parse_repairs(doc)
    assert (doc[2].dep_, doc[2].head.text, doc[3].head.text) == ("nsubjpass", "charged", "3")
    assert [(e.text, e.label_) for e in doc.ents] == [("Friday", "DATE")]


def test_repairs_keep_a_date_followed_by_of_a_date(nlp):
    """'on March 12 of this year': what follows "of" is a date, so the number is the day."""
    doc = _dated_doc(
        nlp,
        ["It", "ended", "on", "March", "12", "of", "this", "year"],
        ["PRON", "VERB", "ADP", "PROPN", "NUM", "ADP", "DET", "NOUN"],
        ["nsubj", "ROOT", "prep", "pobj", "nummod", "prep", "det", "pobj"],
        [1, 1, 1, 2, 3, 3, 7, 5],
        ["O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE", "I-DATE"],
    )
    doc = parse_repairs(doc)
    assert (doc[4].dep_, doc[4].head.text) == ("nummod", "March")
    assert ("March 12", "DATE") in [(e.text, e.label_) for e in doc.ents]


def test_repairs_leave_a_right_parse_and_keep_the_date_words(nlp):
    """'on June 20 after two of them were held': one DATE over the clause; the subject arc was right."""
    doc = _dated_doc(
        nlp,
        ["seized", "on", "June", "20", "after", "two", "of", "them", "were", "held"],
        ["VERB", "ADP", "PROPN", "NUM", "SCONJ", "NUM", "ADP", "PRON", "AUX", "VERB"],
        ["ROOT", "prep", "pobj", "nummod", "mark", "nsubjpass", "prep", "pobj", "auxpass", "advcl"],
        [0, 0, 1, 2, 9, 9, 5, 6, 9, 0],
        ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O"],
    )
    doc = parse_repairs(doc)
    assert (doc[5].dep_, doc[5].head.text) == ("nsubjpass", "held")
    assert [(e.text, e.label_) for e in doc.ents] == [("June 20", "DATE")]


@pytest.mark.parametrize("closing", ["\u2014", ","])
def test_repairs_conjunct_after_a_dashed_aside_joins_the_noun_before_it(nlp, closing):
    # "The court jailed Hart — who ran a home — and five others": the parser joins "others" to "ran"
    words = ["The", "court", "jailed", "Hart", "\u2014", "who", "ran", "a", "home", closing, "and", "five", "others"]
    tags = ["DT", "NN", "VBD", "NNP", ":", "WP", "VBD", "DT", "NN", ":", "CC", "CD", "NNS"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "NUM", "NOUN"]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "cc", "nummod", "conj"]
    heads = [1, 2, 2, 2, 2, 6, 3, 8, 6, 6, 6, 12, 6]
    doc = parse_repairs(_doc(nlp, words, tags, pos, deps, heads))
    if closing == "\u2014":
        assert (doc[12].head.i, doc[10].head.i) == (3, 3)  # "others" and "and" now hang on "Hart"
    else:
        assert doc[12].head.i == 6  # no closing dash: no aside to look past, the parse stays


def test_repairs_count_cut_from_its_plural_noun(nlp):
    # "arrested locally and three area cells were targeted": the parser joins "three" to "locally"
    words = ["arrested", "locally", "and", "three", "area", "cells", "were", "targeted"]
    tags = ["VBN", "RB", "CC", "CD", "NN", "NNS", "VBD", "VBN"]
    pos = ["VERB", "ADV", "CCONJ", "NUM", "NOUN", "NOUN", "AUX", "VERB"]
    deps = ["ROOT", "advmod", "cc", "conj", "compound", "nsubjpass", "auxpass", "conj"]
    heads = [0, 0, 1, 1, 5, 7, 7, 0]
    doc = parse_repairs(_doc(nlp, words, tags, pos, deps, heads))
    assert (doc[3].head.i, doc[3].dep_) == (5, "nummod")
    # a noun that has its own count keeps it: "24 in Leeds and 3 more arrests" is not touched here
    words = ["arrested", "24", "and", "3", "10", "cells"]
    tags = ["VBN", "CD", "CC", "CD", "CD", "NNS"]
    pos = ["VERB", "NUM", "CCONJ", "NUM", "NUM", "NOUN"]
    deps = ["ROOT", "dobj", "cc", "conj", "nummod", "dobj"]
    heads = [0, 0, 1, 1, 5, 0]
    doc = parse_repairs(_doc(nlp, words, tags, pos, deps, heads))
    assert doc[3].head.i == 1
