"""Repairs of parses the small English model gets wrong in a way every later rule would trip on.

Runs after the parser and the entity recogniser. It relabels, and moves a head only onto a token
outside the moved token's subtree, so the tree stays a tree.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

ORDINAL_ENDING = re.compile(r"(first|second|third|th)$")


@Language.component("opf_parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """Every rule reads counts from `nummod` arcs: fix the arcs once here rather than in each rule."""
    for tok in doc:
        if _number_word_read_as_adjective(tok):
            tok.pos_, tok.tag_, tok.dep_ = "NUM", "CD", "nummod"
    for ent in list(doc.ents):
        if ent.label_ == "DATE":
            _split_date_from_partitive(doc, ent)
    for tok in doc:
        _conjunct_after_dashes(doc, tok)
    for tok in doc:
        _count_cut_from_its_noun(doc, tok)
    return doc


def _count_cut_from_its_noun(doc: Doc, tok: Token) -> None:
    """A count written right before a plural noun phrase with no count of its own counts it.

    "arrested locally and three area cells were targeted": the parser joins "three" to the word before it.
    """
    if tok.pos_ != "NUM" or tok.dep_ not in {"conj", "appos", "npadvmod", "dep"} or tok.i + 1 >= len(doc):
        return
    i = tok.i + 1
    while i < len(doc) and doc[i].dep_ == "compound" and doc[i].pos_ == "NOUN" and doc[i].head.i > i:
        i += 1  # "area" in "three area cells"
    noun = doc[i] if i < len(doc) else None
    if noun is None or noun.tag_ != "NNS" or any(t.head.i != noun.i for t in doc[tok.i + 1 : i]):
        return
    if any(c.dep_ == "nummod" for c in noun.children) or noun.i in {t.i for t in tok.subtree}:
        return
    tok.head = noun
    tok.dep_ = "nummod"


DASHES = {"\u2014", "\u2013", "--", "-"}


def _conjunct_after_dashes(doc: Doc, tok: Token) -> None:
    """'sentenced Tom Hart — who ran a home — and five others': "others" joins the noun before the aside.

    The parser joins the conjunct to a word inside the dashes.
    """
    if tok.dep_ != "conj" or not tok.i or tok.head.i > tok.i:
        return
    close = next((t for t in reversed(doc[tok.head.i : tok.i]) if t.text in DASHES), None)
    if close is None or not any(t.lower_ in {"and", "or"} for t in doc[close.i : tok.i]):
        return
    sent = tok.sent
    opening = next((t for t in reversed(doc[sent.start : tok.head.i]) if t.text in DASHES), None)
    if opening is None or opening.i < 1 or opening.i + 1 >= close.i:
        return
    before = doc[opening.i - 1]
    if before.pos_ not in {"NOUN", "PROPN"} or before.i in {t.i for t in tok.subtree} or before == tok.head:
        return
    if before.pos_ != tok.pos_ and not (tok.pos_ == "NOUN" and before.pos_ == "PROPN"):
        return
    for cc in [c for c in tok.head.children if c.dep_ == "cc" and close.i < c.i < tok.i]:
        cc.head = before
    tok.head = before


def _split_date_from_partitive(doc: Doc, ent: Span) -> None:
    """'On Friday 3 of the men were charged': the model reads "Friday 3" as one date.

    A number ending a DATE entity and followed by "of" and a group ("of them", "of the men") is the
    subject of the clause, not a day. "the 12th of March" and "March 12 of this year" keep their date:
    what follows "of" there is a date itself. The number becomes the subject of the date's verb and
    leaves the entity.
    """
    num = ent[-1]
    if len(ent) < 2 or not num.like_num or num.i + 2 >= len(doc) or doc[num.i + 1].lower_ != "of":
        return
    after = doc[num.i + 2]
    if after.ent_type_ == "DATE" or after.like_num or after.pos_ not in {"PRON", "DET", "NOUN", "ADJ"}:
        return
    end = num.i  # the date's own words: "June 20 after two" keeps "June 20"
    while end > ent.start and doc[end - 1].pos_ in {"ADP", "SCONJ", "CCONJ", "PUNCT"}:
        end -= 1
    if ent.start <= num.head.i < ent.end:  # the parser read the number as the date's day too
        verb = ent[0]
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return
        num.head = verb
        num.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        num.pos_, num.tag_ = "NUM", "CD"
        of = doc[num.i + 1]
        if of.head.i != num.i:
            of.head = num
    kept = [Span(doc, ent.start, end, label="DATE")] if end > ent.start else []
    doc.ents = [e for e in doc.ents if e != ent] + kept


def _number_word_read_as_adjective(tok: Token) -> bool:
    """'Sixty people were arrested': a count word opening a sentence, read as an adjective.

    Only a cardinal that modifies a plural noun after it. spaCy's `like_num` holds for ordinals too
    ("The first suspects"), so their ending rules them out.
    """
    head = tok.head
    return (
        tok.dep_ == "amod"
        and tok.ent_type_ != "ORDINAL"
        and not ORDINAL_ENDING.search(tok.lower_)
        and tok.pos_ == "ADJ"
        and tok.like_num
        and tok.is_alpha
        and head.tag_ in {"NNS", "NNPS"}
        and 0 < head.i - tok.i <= 3
    )
