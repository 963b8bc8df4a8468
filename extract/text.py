"""Text helpers shared by grouping, cross-check, evaluation and `show`: one definition each.

Operation names folded to keys, calendar words, and figures written as a reader says them
("more than 1,000", "12 years 6 months", "2 years 4 months to life"). Two figure readings exist
on purpose: the cross-check's (thousands grouped, "in total" for a summed term, shown side by side
in the report and the CSVs) and `show`'s (the bare value, the named person), both built on the same
qualifier words and years-and-months.

The dates component (`extract/components/dates.py`) keeps its own `MONTHS` regex alternation;
it equals `MONTH_NAMES` + `MONTH_ABBREVIATIONS` here, and a test holds the two together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "approx": "about ",
    "up_to": "up to ",
}
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# capitalised, these are not names of places, people or stories
CALENDAR_WORDS = frozenset(WEEKDAY_NAMES + MONTH_NAMES)

OP_PREFIX = re.compile(r"^(operation|project|opération|operación|operazione|operatie|ops?\.?)\s+", re.I)
NUMBERED = re.compile(r"^(\d+|(?=[ivxlc])c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3}))$")  # "8", "viii"
QUOTES = re.compile(r"[\"'“”‘’]")
QUOTES_AND_GUILLEMETS = re.compile(r"[\"'“”‘’«»]")


# -- operation names ---------------------------------------------------------------------


def normalise_operation(name: str) -> str:
    """The key of an operation's case: 'Operation “Tern”' and 'TERN operation' are both 'tern'.

    Quotes, the word operation (and its European forms) and punctuation go, so outlets that write
    the name differently still land in one case.
    """
    words = operation_words(name)
    # "Op Lantern Mega", "Ops Mega Lantern": outlets swap the words; a phase's number stays last
    # ("cross country 8"), so that a series and its phase keep one key ("country cross")
    if words and NUMBERED.match(words[-1]):
        return " ".join([*sorted(words[:-1]), words[-1]])
    return " ".join(sorted(words))


def operation_words(name: str) -> list[str]:
    """The words of an operation's name in written order, without quotes, punctuation or 'Operation'."""
    n = QUOTES.sub("", name).strip().lower()
    n = OP_PREFIX.sub("", n)
    n = re.sub(r"\s+(operation)$", "", n)
    return re.sub(r"[^a-z0-9]+", " ", n).split()


def fold_operation_name(name: Any) -> str:
    """An operation name (or its record entry) as gold is matched: quotes gone, lower case.

    Lighter than `normalise_operation` on purpose: evaluation scores the name the extractor
    wrote, so 'Operation Tern' and 'Tern' must stay different.
    """
    if isinstance(name, Mapping):
        name = name.get("name", "")
    return QUOTES_AND_GUILLEMETS.sub("", str(name)).strip().lower()


def same_name_key(name: str) -> str:
    """Two mentions of one name within an article: case and spacing folded, nothing else.

    Lighter still: within one article 'Operation Tern' and 'Tern' are two written names.
    """
    return " ".join(name.lower().split())


# -- figures as people read them ---------------------------------------------------------


def months_in_words(months: int) -> str:
    """144 → '12 years', 18 → '1 year 6 months', 6 → '6 months'."""
    years, rest = divmod(int(months), 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _field(f: Any, name: str) -> Any:
    """A figure's field, from a record's dict or a `Figure` model alike."""
    return f.get(name) if isinstance(f, Mapping) else getattr(f, name, None)


def term_in_words(f: Any) -> str:
    """A prison term as a reader says it: '12 years', '2 to 4 years 6 months', '28 months to life'."""
    lo, hi, life = _field(f, "min"), _field(f, "max"), _field(f, "life")
    low = months_in_words(lo) if lo is not None else None
    high = months_in_words(hi) if hi is not None else None
    if life:
        return f"{low} to life" if low else "life"
    if low and high and lo != hi:
        if lo and hi and lo % 12 == 0 and hi % 12 == 0:
            return f"{lo // 12} to {hi // 12} years"
        return f"{low} to {high}"
    return low or f"up to {high}"


def qualified(value: Any, qualifier: str | None) -> str:
    """'at least 40': the value after its qualifier's words, as `show` lists it."""
    return f"{QUALIFIER_WORDS.get(qualifier or 'exact', '')}{value}"


def figure_in_words(f: Any) -> str:
    """`show`'s reading of a figure: the term with its person, or the count with its qualifier."""
    if _field(f, "kind") == "sentence":
        text = term_in_words(f)
        summed = "summed over several people" if _field(f, "aggregate") else None
        extras = [x for x in (_field(f, "person"), summed) if x]
        return text + (f" ({', '.join(extras)})" if extras else "")
    return qualified(_field(f, "value"), _field(f, "qualifier"))


def figure_display(f: Mapping[str, Any]) -> str:
    """The cross-check's reading of a figure, as the report and the CSVs show it: 'more than 1,000'."""
    q = QUALIFIER_WORDS[f.get("qualifier") or "exact"]
    if f["kind"] == "sentence":
        lo, hi = f.get("min"), f.get("max")
        if f.get("life") and lo is None:
            return "life"
        if hi is None and lo is not None:
            return f"{q}{months_in_words(lo)} to life"
        if lo is None:
            return f"{q}up to {months_in_words(hi)}"
        body = months_in_words(lo) if lo == hi else f"{months_in_words(lo)} to {months_in_words(hi)}"
        return q + body + (" in total" if f.get("aggregate") else "")
    return f"{q}{f['value']:,}"


# -- places as compared ------------------------------------------------------------------

# ANNOTATION.md's short forms: the cross-check and the scorer compare places with these
PLACE_SHORT_FORMS: dict[str, str] = {
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "england": "united kingdom",
    "england and wales": "united kingdom",
    "wales": "united kingdom",
    "scotland": "united kingdom",
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "eu": "european union",
    "holland": "netherlands",
}
WORLD_WORDS = frozenset(
    {
        "worldwide",
        "world-wide",
        "world",
        "globally",
        "global",
        "internationally",
        "around the world",
        "across the world",
        "around the globe",
        "across the globe",
    }
)


EXCLUSION = re.compile(r"^(?:besides|other than|outside(?: of)?|excluding|except(?: for)?|apart from|beyond)\s+")


def place_key(text: str | None) -> str:
    """A place scope as compared: '' for none or the whole world, lower case, no 'the', short forms expanded.

    Every way of writing "the rest of the world beside X" ("besides the US", "other than the United
    States", "outside the US") is one key.
    """
    t = re.sub(r"^the\s+", "", " ".join(str(text or "").lower().replace("\u2019", "'").split())).strip(" ,")
    if not t or t.strip(".") in WORLD_WORDS:
        return ""
    rest = EXCLUSION.sub("", t)
    if rest != t:
        return "outside " + (place_key(rest) or rest)
    key = PLACE_SHORT_FORMS.get(t, PLACE_SHORT_FORMS.get(t.rstrip("."), t.rstrip(".")))
    return PLACE_SHORT_FORMS.get(_country_spellings().get(key, key), _country_spellings().get(key, key))


@cache
def _country_spellings() -> dict[str, str]:
    """Other spellings of a country -> its common name ("Côte d'Ivoire" -> "ivory coast"), from countryinfo."""
    from countryinfo import CountryInfo

    out: dict[str, str] = {}
    for data in CountryInfo.all().values():
        name = str(data["name"]).lower()
        for alt in data.get("altSpellings") or []:
            alt = str(alt).lower()
            if len(alt) > 3 and alt != name:  # codes ("CI", "CIV") collide with words
                out.setdefault(alt, name)
    return out
