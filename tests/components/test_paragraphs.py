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
