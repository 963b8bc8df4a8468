"""Paragraph breaks are sentence breaks: a headline never runs into the first paragraph.

Runs before the parser, which keeps boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("opf_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "\n" or tok.text.count("\n")):
            nxt.is_sent_start = True
        elif tok.like_num and nxt.is_lower and nxt.is_alpha:
            nxt.is_sent_start = False  # "- 1771 suspects were arrested": a count never ends a sentence before its noun
    return doc
