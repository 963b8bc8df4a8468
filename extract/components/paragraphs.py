"""Paragraph breaks are sentence breaks: a headline never runs into the first paragraph.

A dateline ("LEEDS, Aug 3 —", "EL PASO, Texas (Wire) –") is a sentence of its own too: the parser
otherwise makes its place the subject of the first sentence and loses that sentence's verb.
Runs before the parser, which keeps boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DASHES = {"—", "–", "-", "--"}
DATELINE_WORDS = 14  # "WASHINGTON, D.C., March 3, 2024 (Wire Service) —"


@Language.component("opf_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if "\n" in tok.text_with_ws and (tok.is_space or tok.whitespace_ == "\n" or tok.text.count("\n")):
            nxt.is_sent_start = True
        elif tok.like_num and nxt.is_lower and nxt.is_alpha:
            nxt.is_sent_start = False  # "- 1771 suspects were arrested": a count never ends a sentence before its noun
    for tok in doc:
        if tok.i == 0 or tok.is_sent_start:
            _end_dateline(doc, tok)
    return doc


def _end_dateline(doc: Doc, first: Token) -> None:
    """A paragraph opening with a place in capitals, then only names, dates and a bracket, up to a dash."""
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return
    depth = 0
    for tok in doc[first.i + 1 : min(len(doc) - 1, first.i + DATELINE_WORDS)]:
        if "\n" in tok.text:
            return
        if tok.text in {"(", "["}:
            depth += 1
        elif tok.text in {")", "]"}:
            depth -= 1
        elif depth == 0 and tok.text in DASHES and tok.i > first.i:
            nxt = doc[tok.i + 1]
            if nxt.is_title or nxt.is_upper or nxt.like_num:
                nxt.is_sent_start = True
            return
        elif depth == 0 and not (tok.is_upper or tok.is_title or tok.is_punct or tok.like_num):
            return  # a lower-case word: a sentence, not a dateline
