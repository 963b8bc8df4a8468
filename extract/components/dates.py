"""Explicit calendar dates, normalised at the precision written (YYYY, YYYY-MM, YYYY-MM-DD).

Candidates come from the model's DATE entities and one date regex; each
candidate string goes through dateparser once (cached), never over whole
texts. A day or month without a year takes its latest occurrence on or
before `doc.user_data["published"]` and is marked `resolved`.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.components.common import make_span, sentence_of, set_group
from extract.components.payloads import DateInfo
from extract.text import MONTH_ABBREVIATIONS, MONTH_NAMES

MONTHS = "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS)  # one list of month names, in extract/text.py
M = rf"(?:{MONTHS})\.?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
CANDIDATE = re.compile(
    rf"\b(?:{M}\s*(?:to|and|until|through|-|–)\s*{M}\s+{YEAR}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:[-–]|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+{M}(?:,?\s+{YEAR})?"
    rf"|{M}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through|and)\s*\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?"
    rf"|{M}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR})?"
    rf"|{M}\s+of\s+{YEAR}"
    rf"|{M}(?:,?\s+{YEAR})?"
    rf"|\d{{1,2}}/\d{{1,2}}/{YEAR}|{YEAR}-\d\d-\d\d"
    rf"|{YEAR}(?:\s*[-–/]\s*(?:{YEAR}|\d\d))?)\b",
    re.IGNORECASE,
)
MONTH_ONLY = re.compile(rf"^{M}$", re.IGNORECASE)
LAW_WORDS = {"Act", "Bill", "Code", "Regulations", "Ordinance", "Rules", "Law", "Directive"}
DAY_RANGE = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|and|to)\s*(\d{{1,2}})(?:st|nd|rd|th)?\s+({M}(?:,?\s+{YEAR})?)$", re.I
)
YEAR_RANGE = re.compile(rf"^({YEAR})\s*[-–/]\s*({YEAR}|\d\d)$")
NUMERIC = re.compile(rf"^(\d{{1,2}})/(\d{{1,2}})/({YEAR})$")
FUTURE_CUES = {"will", "next", "upcoming", "due", "scheduled", "shall"}
SET_FOR = re.compile(r"\bset\s+for\b", re.I)  # "hearings are set for April 2"
RELATIVE_YEAR = re.compile(r"^\s+(last|this)\s+year\b")
MONTH_DAY_RANGE = re.compile(
    rf"^({M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|to|until|through|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?((?:,?\s+{YEAR})?)$",
    re.I,
)
# "September 29 to October 4, 2024", "12 March to 2 April 2023": the first end takes the second's year
THAT_YEAR = re.compile(r"\s+(?:of\s+)?that\s+year\b", re.I)
RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*", re.I)
MONTH_RANGE = re.compile(rf"^({M})\s*(?:to|and|until|through|-|–)\s*({M})\s+({YEAR})$", re.I)


@Language.factory("opf_dates", default_config={"day_first": True}, assigns=["doc.spans"])
def make_dates(nlp: Language, name: str, day_first: bool) -> DateFinder:
    return DateFinder(name, day_first=day_first)


@lru_cache(maxsize=8192)
def parse_date(text: str, base: str | None, day_first: bool = True, ahead: bool = False) -> tuple[str, str] | None:
    """(iso, precision) of one candidate string; cached because outlets repeat dates."""
    parser = _parser(base, day_first, ahead)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data["period"]
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return d.date().isoformat(), "day"


@lru_cache(maxsize=256)
def _parser(base: str | None, day_first: bool, ahead: bool):  # noqa: ANN202 - dateparser type
    """Building a DateDataParser costs more than parsing: one per (base date, order, direction)."""
    import dateparser  # slow import: only when a date is actually parsed

    settings = {
        "PREFER_DATES_FROM": "future" if ahead else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "REQUIRE_PARTS": [],
    }
    if base:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime.fromisoformat(base)
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


class DateFinder:
    def __init__(self, name: str, *, day_first: bool = True) -> None:
        self.name = name
        self.day_first = day_first

    def __call__(self, doc: Doc) -> Doc:
        published: str | None = doc.user_data.get("published")
        spans: list[Span] = []
        regions = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
        seen: set[tuple[int, int]] = set()
        full = doc.text  # Doc.text joins every token on each access: read it once
        last_year: str | None = None
        for m in CANDIDATE.finditer(full):
            s, e = m.start(), m.end()
            if (s, e) in seen:
                continue
            seen.add((s, e))
            text = m.group(0)
            in_ent = any(a <= s and e <= b for a, b in regions)
            if not self._plausible(doc, s, e, text, in_ent):
                continue
            tail = full[e : e + 12].lower()
            text = re.sub(r"\s+of\s+", " ", text) if re.search(rf"\bof\s+{YEAR}$", text) else text  # "July of 2017"
            if not re.search(YEAR, text):
                text = _year_from_range_end(full, e, text)
            if MONTH_ONLY.match(text) and THAT_YEAR.match(full, e) and last_year:
                text = f"{text} {last_year}"  # "In August of that year": the year written last before it
            if MONTH_ONLY.match(text) and published and RELATIVE_YEAR.match(tail):
                # "in May last year", "in January this year"
                year = int(published[:4]) - (1 if tail.lstrip().startswith("last") else 0)
                text = f"{text} {year}"
            # "will be charged in November": the text points ahead, so the next November
            before = doc[sentence_of(doc, span_start(doc, s)).start : span_start(doc, s)]
            ahead = any(t.lower_ in FUTURE_CUES for t in before) or bool(SET_FOR.search(before.text))
            for n, (iso, precision, resolved) in enumerate(self._normalise(text, published, ahead)):
                if not resolved:
                    last_year = iso[:4]
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                # a range gives two dates on one span: distinct labels keep both (span data is keyed by label)
                spans.append(
                    make_span(
                        doc,
                        span.start,
                        span.end,
                        "DATE" if n == 0 else "DATE_END",
                        DateInfo(iso=iso, precision=precision, resolved=resolved, start=s, end=e, text=full[s:e]),
                    )
                )
        set_group(doc, "dates", spans)
        return doc

    def _plausible(self, doc: Doc, s: int, e: int, text: str, in_ent: bool) -> bool:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return False
        if MONTH_ONLY.match(text):
            # "May" the verb, "March" the noun: trust only the model's DATE entities
            return in_ent and span[0].pos_ in {"PROPN", "NOUN"}
        if re.fullmatch(YEAR, text):
            tok = span[0]
            if tok.i > 0 and doc[tok.i - 1].text in LAW_WORDS:
                return False  # "the J.J Act 2015": the year of a law's name, not a date in the story
            if tok.i > 1 and doc[tok.i - 1].lower_ == "of" and doc[tok.i - 2].text in LAW_WORDS:
                return False  # "the Cybercrime Prevention Act of 2012"
            # a year is a date unless it is a count ("2000 people") or part of a figure
            if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.ent_type_ != "DATE":
                return False
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.like_num:
                return False
        return True

    def _normalise(self, text: str, published: str | None, ahead: bool = False) -> list[tuple[str, str, bool]]:
        t = text.strip()
        m = YEAR_RANGE.match(t)
        if m:
            a, b = m.group(1), m.group(2)
            if len(b) == 2:
                b = a[:2] + b
            return [(a, "year", False), (b, "year", False)] if int(b) > int(a) else []
        m = MONTH_RANGE.match(t)
        if m:  # "from June to November 2016": both ends take the year
            return self._normalise(f"{m.group(1)} {m.group(3)}", published, ahead) + self._normalise(
                f"{m.group(2)} {m.group(3)}", published, ahead
            )
        m = MONTH_DAY_RANGE.match(t)
        if m:  # "Mar 21-25", "March 21-25, 2022"
            out = []
            for day in (m.group(2), m.group(3)):
                out += self._normalise(f"{m.group(1)} {day}{m.group(4)}", published, ahead)
            return out
        m = DAY_RANGE.match(t)
        if m:
            out = []
            for day in (m.group(1), m.group(2)):
                out += self._normalise(f"{day} {m.group(3)}", published, ahead)
            return out
        m = NUMERIC.match(t)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            day, month = (a, b) if self.day_first or b > 12 else (b, a)
            try:
                return [(date(y, month, day).isoformat(), "day", False)]
            except ValueError:
                return []
        has_year = re.search(YEAR, t) is not None
        if not has_year and not published:
            return []
        parsed = parse_date(t, published if not has_year else None, self.day_first, ahead and not has_year)
        if parsed is None:
            return []
        iso, precision = parsed
        if not has_year and published and not ahead and iso > published[: len(iso)]:
            return []  # ANNOTATION: the most recent occurrence on or before publication
        return [(iso, precision, not has_year)]


def _year_from_range_end(full: str, end: int, text: str) -> str:
    """The first end of a range written without its year takes the year of the second end."""
    link = RANGE_LINK.match(full, end)
    if not link:
        return text
    nxt = CANDIDATE.match(full, link.end())
    year = re.search(YEAR, nxt.group(0)) if nxt else None
    return f"{text} {year.group(0)}" if year else text


def span_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
