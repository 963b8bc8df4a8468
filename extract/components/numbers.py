"""Numbers and qualifiers: every written count ("2,864", "Thirty-three", "a dozen", "50+").

Writes `doc.spans["numbers"]`; each span's `_.opf` is a `NumberInfo` (value, qualifier,
qstart: first token of the qualifier words, ent: the NER label around it).
"""

from __future__ import annotations

import calendar
import re
from functools import cache

import pycountry
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.common import MULTIPLIERS, make_span, parse_number, set_group
from extract.components.payloads import NumberInfo
from extract.rules_loader import load_rules

NUMBER_WORD = {"LIKE_NUM": True}
YEAR = re.compile(r"^(1[89]|20)\d\d$")
VAGUE_MULTIPLES = {"hundred", "thousand", "dozen", "million"}
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
VAGUE_WORDS = {"several", "few", "many", "some", "hundreds", "thousands", "dozens"}
SKIP_ENTS = {"MONEY", "PERCENT", "TIME", "ORDINAL"}


WEEKDAYS = {d.lower() for d in calendar.day_name}


@Language.factory("opf_numbers", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_numbers(nlp: Language, name: str, rules_dir: str | None) -> NumberFinder:
    return NumberFinder(nlp, name, rules_dir=rules_dir)


class NumberFinder:
    """Finds number expressions with token patterns and reads their qualifier."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        rules = load_rules(rules_dir).qualifiers
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add(
            "NUM",
            [
                [NUMBER_WORD, {"ORTH": {"IN": ["-", "\u2011", "\u2013"]}}, NUMBER_WORD],
                [{"LOWER": {"IN": TENS}}, {"LOWER": {"IN": UNITS}}],  # "twenty seven", the hyphen left out
                [NUMBER_WORD, {"LOWER": {"IN": ["hundred", "thousand", "million", "dozen"]}}],
                # British "two hundred and eight", "one hundred and twenty-five"
                [
                    NUMBER_WORD,
                    {"LOWER": {"IN": ["hundred", "thousand"]}},
                    {"LOWER": "and"},
                    {"LOWER": {"IN": TENS + UNITS + TEENS}},
                ],
                [
                    NUMBER_WORD,
                    {"LOWER": {"IN": ["hundred", "thousand"]}},
                    {"LOWER": "and"},
                    {"LOWER": {"IN": TENS}},
                    {"ORTH": {"IN": ["-", "\u2011"]}, "OP": "?"},
                    {"LOWER": {"IN": UNITS}},
                ],
                # "two-dozen arrests"
                [NUMBER_WORD, {"ORTH": {"IN": ["-", "\u2011"]}}, {"LOWER": {"IN": ["dozen", "hundred"]}}],
                [{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": {"IN": ["dozen", "hundred", "thousand"]}}],
                [NUMBER_WORD],
                # thousands grouped by a space, as many European releases write them: "1 374"
                [{"TEXT": {"REGEX": r"^\d{1,3}$"}, "SPACY": True}, {"TEXT": {"REGEX": r"^\d{3}$"}}],
            ],
            greedy="LONGEST",
        )
        self.before = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.qual_of: dict[str, str] = {}
        for q in rules.before:
            key = f"B|{q.words}"
            self.qual_of[key] = q.qualifier
            self.before.add(key, [nlp.make_doc(q.words)])
        self.after = {q.words: q.qualifier for q in rules.after}
        self.currency = set(rules.currency_words)

    def __call__(self, doc: Doc) -> Doc:
        qual_end: dict[int, tuple[int, str]] = {}
        for mid, s, e in self.before(doc):
            key = doc.vocab.strings[mid]
            prev = qual_end.get(e)
            if prev is None or s < prev[0]:
                qual_end[e] = (s, self.qual_of[key])
        spans = []
        for span in filter_spans([_not_into_a_range(doc[s:e]) for _, s, e in self.matcher(doc)]):
            data = self._read(doc, span.start, span.end, qual_end)
            if data is None:
                continue
            spans.append(make_span(doc, span.start, span.end, "NUM", data))
        set_group(doc, "numbers", spans)
        return doc

    def _money_written(self, doc: Doc, start: int, end: int) -> bool:
        """A currency sign, code or name in or next to the MONEY entity that holds the number."""
        ent = next((e for e in doc.ents if e.label_ == "MONEY" and e.start <= start < e.end), doc[start:end])
        lo, hi = max(0, ent.start - 1), min(len(doc), ent.end + 1)
        if any(t.is_currency or t.text.rstrip(".") in self.currency or _currency_after(t) for t in doc[lo:hi]):
            return True
        # no currency: a count only when a noun it counts follows ("THREE hundred and seventy-one Filipinos")
        counted = doc[ent.end] if ent.end < len(doc) else None
        return counted is None or not (counted.pos_ in {"NOUN", "PROPN"} or counted.ent_type_ == "NORP")

    def _read(self, doc: Doc, start: int, end: int, qual_end: dict[int, tuple[int, str]]) -> NumberInfo | None:
        text = doc[start:end].text
        skipped = {t.ent_type_ for t in doc[start:end]} & SKIP_ENTS
        if skipped and not (skipped == {"MONEY"} and not self._money_written(doc, start, end)):
            return None  # "THREE hundred and seventy-one Filipinos": MONEY with no currency is a count
        before = doc[start - 1].text if start > 0 else ""
        if before == "." and start > 1:
            before = doc[start - 2].text  # "Rs. 12 million": the tokenizer splits the abbreviation's full stop
        if before in self.currency or before.rstrip(".") in self.currency:
            return None  # "Rs 2.2 million": money the model did not mark
        if end < len(doc) and _currency_after(doc[end]):
            return None  # "fined 1 million naira", "630 USD": an amount the model did not mark as money
        if (
            end - start == 1
            and text.lower() in SCALE_WORDS
            and start > 0
            and any(c.isdigit() for c in doc[start - 1].text)
        ):
            return None  # "N9 billion", "R5 million": a sum whose currency letter the tokenizer kept on the digits
        if start > 1 and doc[start - 1].text == "(" and doc[start - 2].lower_ in WEEKDAYS:
            return None  # "on Friday (14)": the day of the month, as some outlets write it
        if "." in text and not text.replace(".", "").isdigit() and text.split()[-1].lower() not in MULTIPLIERS:
            return None  # "2.5" alone is no count; "2.5 million" is
        value = parse_number(text)
        if value is None:
            return None
        prev = doc[start - 1].lower_ if start > 0 else ""
        if doc[start].lower_ in VAGUE_MULTIPLES and prev in VAGUE_WORDS:
            return None  # "several hundred", "a few thousand": no number is written
        qualifier, qstart = "exact", start
        if start in qual_end:
            qstart, qualifier = qual_end[start]
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text in self.after:
            qualifier = self.after[nxt.text]
        elif end + 1 < len(doc) and f"{doc[end].lower_} {doc[end + 1].lower_}" in self.after:
            qualifier = self.after[f"{doc[end].lower_} {doc[end + 1].lower_}"]
        ent = doc[end - 1].ent_type_
        is_year = (
            bool(YEAR.match(text)) and ent in {"DATE", ""} and "," not in text and not _counts_a_plural(doc[end - 1])
        )
        return NumberInfo(value=value, qualifier=qualifier, qstart=qstart, ent=ent, is_year=is_year, text=text)


# words that qualify a count, never a year ("over 1800 people", "nearly 2000 suspects")
QUALIFIED = {"over", "about", "around", "nearly", "almost", "than", "least", "approximately", "roughly", "some"}


def _counts_a_plural(tok: Token) -> bool:
    """'laid 2031 charges', '- 2044 firearm charges': a year-like number that counts a plural noun.

    Not after a determiner or preposition ("the 2020 elections", "in 2019 police ...").
    """
    head = tok.head
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if prev is not None and prev.lower_ in QUALIFIED and nxt is not None and nxt.tag_ == "NNS":
        return True  # "over 1800 people were arrested", however the parser linked the number
    return (
        tok.dep_ == "nummod"
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and 0 < head.i - tok.i <= 4
        and (prev is None or prev.pos_ not in {"DET", "ADP", "PRON", "SCONJ"})
    )


def _not_into_a_range(span: Span) -> Span:
    """'between one hundred and two hundred': 'and' joined two counts, not the units of one."""
    doc = span.doc
    ands = [t.i for t in span if t.lower_ == "and"]
    if ands and span.end < len(doc) and doc[span.end].lower_ in SCALE_WORDS:
        return doc[span.start : ands[0]]
    return span


# last words of currency names that are also plain English words ("the 300 mark", "won", "a real")
_NOT_CURRENCY = frozenset({"mark", "gold", "real", "sum", "won", "colon", "sol", "oro", "omani", "pound"})


@cache
def _currency_words() -> tuple[frozenset[str], frozenset[str]]:
    """Names (singular, lower case) and ISO codes of circulating currencies, from pycountry's ISO 4217 table."""
    live = [c for c in pycountry.currencies if not c.alpha_3.startswith("X")]
    names = {c.name.split()[-1].lower() for c in live} - _NOT_CURRENCY
    return frozenset(n for n in names if n.isalpha()), frozenset(c.alpha_3 for c in live)


def _currency_after(tok: Token) -> bool:
    names, codes = _currency_words()
    word = tok.lower_
    return tok.text in codes or word in names or word.endswith("s") and word[:-1] in names
