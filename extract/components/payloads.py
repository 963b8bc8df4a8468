"""What each component writes on its spans: small frozen dataclasses of plain data.

A component reads the Doc and earlier components' span groups, and writes its own group with
one of these payloads per span (`span._.opf`). Typed fields make a new field a visible change
rather than a silent key in a dict; plain data keeps Docs picklable for worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NumberInfo:
    """A written count ("2,864", "a dozen") and the qualifier written before or after it."""

    value: int
    qualifier: str
    qstart: int  # first token of the qualifier words (the number's own start without any)
    ent: str  # NER label on the number's last token
    is_year: bool
    text: str


@dataclass(frozen=True, slots=True)
class FigureInfo:
    """A count of one kind, with the tokens that made it (for scope, evidence and `show --explain`)."""

    kind: str
    value: int
    qualifier: str
    rule: str
    num_start: int
    num_end: int
    qstart: int
    noun: int | None = None  # the counted noun's token
    trigger: int | None = None  # the trigger's token
    demonym: str | None = None  # "47 Canadians" -> Canada
    place: str | None = None  # the place a breakdown list pairs with the count
    place_start: int | None = None  # that place's first token: no other count's scope


@dataclass(frozen=True, slots=True)
class TermInfo:
    """A prison term handed down, in months (life terms have no month value of their own)."""

    min: int | None
    max: int | None
    qualifier: str
    aggregate: bool
    life: bool
    person: str | None
    rule: str
    unit_tok: int | None = None  # the "years"/"months" token


@dataclass(frozen=True, slots=True)
class ScopeInfo:
    """Where and when a figure or term applies, who says so, which operation it belongs to."""

    where: str | None
    when: str | None
    attributed_to: str | None
    operation: str | None


@dataclass(frozen=True, slots=True)
class OperationInfo:
    name: str
    rule: str


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    """A body: canonical name, the form written here, and where the name came from."""

    name: str
    form: str
    source: str  # gazetteer | defined | ner
    acronym: str | None = None
    country: str | None = None
    type: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DateInfo:
    iso: str
    precision: str
    text: str
    start: int
    end: int
    resolved: bool
