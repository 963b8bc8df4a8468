"""Helpers shared by the components: span extensions and number-word parsing.

Span attributes hold small frozen dataclasses of plain data (`span._.opf`, see
`payloads.py`) so Docs survive pickling between worker processes, as scispaCy's
abbreviation detector keeps plain data. spaCy
keys span extension values by offsets only, so two groups with a span at the
same offsets would overwrite each other: the data is kept in `doc.user_data`
under (label, start, end) and `_.opf` is a getter over it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num


def _get_opf(span: Span) -> Any:
    return span.doc.user_data.get(("opf", span.label_, span.start, span.end))


if not Span.has_extension("opf"):
    Span.set_extension("opf", getter=_get_opf)

MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}
_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+$|^\d+$")
_DECIMAL = re.compile(r"^\d+\.\d+$")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """Value of a number as written: digits with separators or English number words.

    Number words go through text2num (a maintained library); only "dozen", which
    it does not know, is handled here.
    """
    t = text.strip().lower().replace("\u2011", "-").replace("\u2013", "-")
    t = re.sub(r"^(a|an)\s+", "one ", t)
    t = re.sub(r"-(dozen|hundred|thousand|million)$", r" \1", t)  # "two-dozen"
    if not t:
        return None
    words = t.split()
    mult = 1
    if words[-1] in MULTIPLIERS and len(words) >= 1:
        if words[-1] == "dozen" or (words[0][:1].isdigit()):
            mult = MULTIPLIERS[words[-1]]
            words = words[:-1] or ["one"]
    t = " ".join(words)
    if _DIGITS.match(t):
        return int(re.sub(r"\D", "", t)) * mult
    if _DECIMAL.match(t) and mult > 1:
        return int(float(t) * mult)
    try:
        return int(text2num(t, "en")) * mult
    except (ValueError, TypeError, IndexError):
        return None


def set_group(doc: Doc, name: str, spans: list[Span]) -> None:
    doc.spans[name] = spans


def make_span(doc: Doc, start: int, end: int, label: str, data: Any) -> Span:
    span = Span(doc, start, end, label=label)
    doc.user_data[("opf", label, start, end)] = data
    return span


def update_payload(span: Span, **changes: Any) -> None:
    """A component refining its own span's payload (payloads are frozen: replaced, never edited)."""
    key = ("opf", span.label_, span.start, span.end)
    span.doc.user_data[key] = replace(span.doc.user_data[key], **changes)


def sentence_of(doc: Doc, tok_i: int) -> Span:
    """The sentence holding token `tok_i`.

    `Token.sent` walks every sentence of the Doc on each call; components ask
    thousands of times per article, so the boundaries are computed once and
    kept in `doc.user_data` (plain ints: the Doc still pickles).
    """
    starts = doc.user_data.get(_SENTS)
    if starts is None:
        starts = [s.start for s in doc.sents] or [0]
        doc.user_data[_SENTS] = starts
    k = bisect_right(starts, tok_i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k] : end]


_SENTS = "opf_sentence_starts"

BULLET_CHARS = "-\u2022*\u2013\u2014\u00b7"
# a line of a list: a bullet, or a label then a colon then a number ("Las Vegas: 14", "J. Doe (Ohio): 250 months")
# a count written as a word, ending the item or followed by a unit ("nine years"), not a sentence ("One man was")
NUMBER_WORD = (
    r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?(?:[ \t]+[a-z]+)?\s*$"
)
LIST_ITEM = re.compile(rf"^\s*(?:[{BULLET_CHARS}]\s*\S|[A-Z][^:\n]{{0,60}}:\s*(?:\d|{NUMBER_WORD}))")


def list_header(doc: Doc, char: int) -> Span | None:
    """The header line ("... were sentenced:") of the list whose item holds character `char`.

    None when that line is no list item, or the lines above it lead to no line ending in a colon
    and no short subheading.
    """
    text = doc.text
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    if not LIST_ITEM.match(text[start : len(text) if end < 0 else end]):
        return None
    pos = start - 1
    while pos > 0:  # walk back over the other items of the list (and blank lines)
        begin = text.rfind("\n", 0, pos) + 1
        line = text[begin:pos].strip()
        if line and not LIST_ITEM.match(line):
            header = line.endswith(":") or _subheading(line)
            return doc.char_span(begin, pos, alignment_mode="expand") if header else None
        pos = begin - 1
    return None


def _subheading(line: str) -> bool:
    """A short title line with no closing stop heads a list too ("The terms handed down").

    Not a byline ("By Ann Lee") or a one-word page label ("Advertisement").
    """
    words = line.split()
    return (
        2 <= len(words) <= 8
        and words[0].lower() != "by"
        and not any(c.isdigit() for c in line)
        and line[-1] not in '.!?"\u201d,;'
        and line[0].isupper()
    )


def surface_forms(lemmas: set[str] | list[str]) -> dict[str, str]:
    """Inflected forms -> lemma, for pipelines without a lemmatizer (rules-only mode).

    Regular English inflection only; irregular forms are simply not found there.
    """
    # a listed word is its own lemma ("accused" is not a form of "accuse" here); other clashes go to the
    # first lemma in sorted order, so the map is the same in every process whatever the hash seed
    out: dict[str, str] = {lemma: lemma for lemma in lemmas}
    for lemma in sorted(lemmas):
        forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
        if lemma.endswith("e"):
            forms |= {lemma[:-1] + "ing", lemma + "d"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
        for f in forms:
            out.setdefault(f, lemma)
    return out


def lemma_of(tok: Token, forms: dict[str, str]) -> str:
    """The model's lemma, or the regular-inflection guess when there is no lemmatizer.

    A title-case word the model took for a name ("Interpol Rescues 50 Children") keeps its
    own text as lemma, so the regular-inflection guess is used for it too.
    """
    if tok.lemma_ and tok.pos_ != "PROPN":
        return tok.lemma_.lower()
    return forms.get(tok.lower_, tok.lemma_.lower() or tok.lower_)


COUNTRY_SETS = {"country", "nation", "jurisdiction"}


def other_places_after(doc: Doc, place: Span) -> Span | None:
    """'the US and 13 other countries', 'Florida and nine other states': the set named beside a place.

    The span from the place to the set's noun (or to "other" when no noun follows). Read on the
    words, not the parse: the model hangs "countries" on the verb as often as on the place.
    """
    toks = [t for t in doc[place.end : min(len(doc), place.end + 6)] if not t.is_space]
    if not toks or toks[0].lower_ not in {"and", ","}:
        return None
    for i, t in enumerate(toks[1:], start=1):
        if t.lower_ == "other":
            noun = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].pos_ in {"NOUN", "PROPN"} else t
            return doc[place.start : noun.i + 1]
        if not (t.like_num or t.lower_ in {"more", "than", "over", "about", "some", "nearly", "almost", "at", "least"}):
            return None
    return None


def beside_other_places(doc: Doc, place: Span) -> bool:
    """A place named as one of many countries: the count it goes with is the whole operation's.

    "Florida and nine other states" is a part of one country instead: a scope, not everywhere.
    """
    named = other_places_after(doc, place)
    return named is not None and (named[-1].lower_ == "other" or named[-1].lemma_.lower() in COUNTRY_SETS)


def title_case(sent: Span) -> bool:
    """A headline in title case ("Police Arrest 9 Suspects, Rescue 50 Children"): the parser reads it as names."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 5 or sum(t.is_title or t.is_upper for t in words) < 0.8 * len(words):
        return False
    # a long name in an ordinary sentence is capitalised too: the words outside names decide
    plain = [t for t in words if t.ent_type_ not in {"ORG", "GPE", "PERSON", "NORP", "LOC", "FAC"}]
    return len(plain) < 3 or sum(t.is_title or t.is_upper for t in plain) >= 0.8 * len(plain)
