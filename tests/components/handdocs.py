"""Hand-built Docs for the component tests: no statistical model is loaded.

A Doc is written as rows `(word, head, dep, pos, lemma, ent, tag)` where `head` is the absolute index
of the head token (a root points at itself); `lemma` defaults to the lower-case word, `ent` to no entity
and `tag` to a coarse guess from `pos`. An entity label written on consecutive tokens is one entity;
"B-LABEL" starts a new one. Spaces are guessed the way English is written (none before "," "." ")"
and around line breaks) unless given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "'s", "\u2019s", "\n", "%", "\u201d", "!", "?", "]"}
NO_SPACE_AFTER = {"(", "\u201c", "\n", "$", "\u00a3", "\u20ac", "["}
HYPHENS = {"-", "\u2011"}
TAG_OF_POS = {
    "NOUN": "NN",
    "PROPN": "NNP",
    "NUM": "CD",
    "ADP": "IN",
    "DET": "DT",
    "PUNCT": ".",
    "VERB": "VB",
    "AUX": "VBD",
    "ADJ": "JJ",
    "ADV": "RB",
    "PRON": "PRP",
    "CCONJ": "CC",
    "PART": "RP",
    "SPACE": "_SP",
    "SCONJ": "IN",
}


def auto_spaces(words: Sequence[str]) -> list[bool]:
    out = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        # "Thirty-three", "15-year-old"; a bullet at the start of a line keeps its space ("- 47 in Germany")
        joined = nxt in HYPHENS or w in HYPHENS and i > 0 and words[i - 1] != "\n"
        out.append(nxt is not None and nxt not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER and not joined)
    return out


def iob(labels: Sequence[str | None]) -> list[str]:
    """'GPE' on consecutive tokens is one entity; 'B-GPE' starts a new one; None / '' / 'O' is outside."""
    out: list[str] = []
    prev = None
    for lab in labels:
        if not lab or lab == "O":
            out.append("O")
            prev = None
        elif lab.startswith("B-"):
            out.append(lab)
            prev = lab[2:]
        else:
            out.append(("I-" if prev == lab else "B-") + lab)
            prev = lab
    return out


def parsed_doc(
    vocab: Any,
    rows: Sequence[tuple],
    *,
    spaces: Sequence[bool] | None = None,
    published: str | None = None,
) -> Doc:
    """A Doc with a dependency parse, POS, lemmas, tags and entities from compact rows."""
    words, heads, deps, pos, lemmas, ents, tags = [], [], [], [], [], [], []
    for i, row in enumerate(rows):
        word, head, dep, p, *rest = row
        lemma, ent, tag = (list(rest) + [None, None, None])[:3]
        assert 0 <= head < len(rows), f"row {i} ({word!r}): head {head} out of range"
        words.append(word)
        heads.append(head)
        deps.append(dep)
        pos.append(p)
        lemmas.append(lemma or word.lower())
        ents.append(ent)
        tags.append(tag or TAG_OF_POS.get(p, "XX"))
    doc = Doc(
        vocab,
        words=words,
        spaces=list(spaces) if spaces is not None else auto_spaces(words),
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=iob(ents),
    )
    if published:
        doc.user_data["published"] = published
    return doc


def plain_doc(
    vocab: Any,
    words: str | Sequence[str],
    *,
    ents: Iterable[tuple[int, int, str]] = (),
    sent_starts: Sequence[int] | None = None,
    pos: Sequence[str] | None = None,
    published: str | None = None,
) -> Doc:
    """A Doc without a parse (rules-only mode): words split on single spaces, entities as (start, end, label)."""
    words = words.split(" ") if isinstance(words, str) else list(words)
    labels: list[str | None] = [None] * len(words)
    for s, e, lab in ents:
        for k in range(s, e):
            labels[k] = ("B-" if k == s else "I-") + lab
    kwargs: dict[str, Any] = {}
    if pos is not None:
        kwargs["pos"] = list(pos)
    doc = Doc(
        vocab,
        words=words,
        spaces=auto_spaces(words),
        ents=[lab or "O" for lab in labels],
        sent_starts=[1 if v == 1 else -1 for v in sent_starts]
        if sent_starts is not None
        else [1] + [-1] * (len(words) - 1),
        **kwargs,
    )
    if published:
        doc.user_data["published"] = published
    return doc


def run(nlp: Language, doc: Doc, until: str = "opf_scope") -> Doc:
    """Run the opfacts components on a hand-built Doc in pipeline order, up to and including `until`."""
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == until:
            break
    return doc


def payloads(doc: Doc, group: str) -> list[Any]:
    return [sp._.opf for sp in doc.spans.get(group, [])]


def spans_of(doc: Doc, group: str) -> list[Span]:
    return list(doc.spans.get(group, []))
