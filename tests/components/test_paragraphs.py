"""opf_paragraphs: a line break starts a sentence, so a headline never runs into the first paragraph."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extract.components.paragraphs import paragraphs


@pytest.mark.parametrize(
    "words,spaces,starts",
    [
        # a whitespace token holding the break
        (["Police", "Rescue", "50", "\n", "Police", "rescued", "50"], [1, 1, 0, 0, 1, 1, 0], [4]),
        (["Police", "Rescue", "50", "\n\n", "Police", "rescued", "50"], [1, 1, 0, 0, 1, 1, 0], [4]),
        # no break: nothing is set
        (["Police", "rescued", "50", "children"], [1, 1, 1, 0], []),
    ],
    ids=["newline_token", "blank_line", "one_line"],
)
def test_paragraphs_line_break_starts_a_sentence(nlp, words, spaces, starts):
    doc = paragraphs(Doc(nlp.vocab, words=words, spaces=[bool(s) for s in spaces]))
    assert [t.i for t in doc[1:] if t.is_sent_start] == starts


@pytest.mark.parametrize(
    "text,first_words",
    [
        # a title-case place with a date and a wire name; the bracket and the dash in one token
        ("Leeds, England, Nov 11 (abc-xyz).- Police have rescued 46 children.", "Police"),
        ("York, March 3 (Wire) - Officers arrested 12 people.", "Officers"),
        ("LEEDS, Aug 3 — Police arrested 12.", "Police"),
        # title case with neither a date nor a bracket: an ordinary sentence, never cut
        ("Leeds, York and Kent - three forces - arrested 12 people.", None),
        ("Leeds Police - who arrested 12 people - said so.", None),
    ],
    ids=["title_case_wire", "title_case_date", "capitals", "list_with_dashes", "aside_in_dashes"],
)
def test_paragraphs_a_dateline_in_title_case_ends_before_the_story(nlp, text, first_words):
    doc = paragraphs(nlp.make_doc(text))
    starts = [t.text for t in doc[1:] if t.is_sent_start]
    assert starts == ([first_words] if first_words else [])
