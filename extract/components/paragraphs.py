"""Paragraph breaks are sentence breaks: a headline never runs into the first paragraph.

A dateline ("LEEDS, Aug 3 —", "EL PASO, Texas (Wire) –") is a sentence of its own too: the parser
otherwise makes its place the subject of the first sentence and loses that sentence's verb.
Runs before the parser, which keeps boundaries that are already set.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

DASHES = {"—", "–", "-", "--"}
MONTHS = {
    *("january february march april may june july august september october november december".split()),
    *("jan feb mar apr jun jul aug sep sept oct nov dec".split()),
}
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
    """A paragraph opening with a place, then only names, dates and a bracket, up to a dash.

    "LEEDS, Aug 3 —" in capitals; a title-case place ("Leeds, England, Nov 11 (abc-xyz).-") only with a
    date or a bracketed wire name before the dash, so that no ordinary sentence is cut.
    """
    upper = first.is_upper and first.is_alpha and len(first) > 1
    if not (upper or first.is_title and first.is_alpha):
        return
    depth = 0
    marked = False  # a month or a bracket seen: what makes a title-case opening a dateline
    for tok in doc[first.i + 1 : min(len(doc) - 1, first.i + DATELINE_WORDS)]:
        if "\n" in tok.text:
            return
        text = tok.text
        if text in {"(", "["}:
            depth += 1
            marked = True
        elif depth > 0 and (")" in text or "]" in text):
            depth -= text.count(")") + text.count("]")
            if depth == 0 and text.rstrip("-–—") != text and (upper or marked):
                _start_after(doc, tok)  # "(abc-xyz).-": the bracket and the dash in one token
                return
        elif depth == 0 and text in DASHES and tok.i > first.i:
            if upper or marked:
                _start_after(doc, tok)
            return
        elif depth == 0 and not (tok.is_upper or tok.is_title or tok.is_punct or tok.like_num):
            return  # a lower-case word: a sentence, not a dateline
        if tok.lower_.rstrip(".") in MONTHS:
            marked = True


def _start_after(doc: Doc, dash: Token) -> None:
    nxt = doc[dash.i + 1]
    if nxt.is_title or nxt.is_upper or nxt.like_num:
        nxt.is_sent_start = True
