"""Repairs of parses the small English model gets wrong in a way every later rule would trip on.

Runs right after the parser. It only relabels; it never moves a head, so the tree stays a tree.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

ORDINAL_ENDING = re.compile(r"(first|second|third|th)$")


@Language.component("opf_parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """Every rule reads counts from `nummod` arcs: fix the arcs once here rather than in each rule."""
    for tok in doc:
        if _number_word_read_as_adjective(tok):
            tok.pos_, tok.tag_, tok.dep_ = "NUM", "CD", "nummod"
    return doc


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
