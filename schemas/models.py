"""Pydantic v2 models for every record opfacts reads or writes.

Validation only: the models reject nonsense (negative counts, min > max,
unknown kinds, offsets that do not slice the text) so that a bug in a rule
surfaces as a validation error instead of a wrong number in a report.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    NonNegativeInt,
    field_validator,
    model_validator,
)

ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class FigureKind(StrEnum):
    """The counted things of ANNOTATION.md; the names are the contract."""

    arrested = "arrested"
    charged = "charged"
    charges = "charges"
    convicted = "convicted"
    suspects_identified = "suspects_identified"
    rescued = "rescued"
    victims_identified = "victims_identified"
    countries = "countries"
    sentence = "sentence"


class Qualifier(StrEnum):
    """How the written number bounds the real one."""

    exact = "exact"
    at_least = "at_least"
    more_than = "more_than"
    approx = "approx"
    up_to = "up_to"


class Unit(StrEnum):
    people = "people"
    children = "children"
    charges = "charges"
    countries = "countries"
    months = "months"


class Strict(BaseModel):
    """Base for our own output: unknown fields are a bug, not data."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True)


def _check_iso(value: str) -> str:
    if not ISO_DATE.match(value):
        raise ValueError(f"{value!r} is not an ISO date at year, month or day precision")
    if len(value) == 10:
        date.fromisoformat(value)  # rejects 2021-02-30
    return value


class Evidence(Strict):
    """Where a claim was read: offsets slice `ArticleRecord.text` to `text`."""

    start: NonNegativeInt
    end: NonNegativeInt
    text: str = Field(min_length=1)
    sentence: str = Field(description="The whole sentence holding the evidence.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end <= self.start:
            raise ValueError(f"evidence end {self.end} must be after start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError("evidence text length does not match its offsets")
        return self


class Figure(Strict):
    """One claimed number: a count of people/charges/countries or a prison term."""

    kind: FigureKind
    value: NonNegativeInt | None = Field(None, description="The number as written (counts).")
    min: NonNegativeInt | None = Field(None, description="Lower end; months for sentences.")
    max: NonNegativeInt | None = Field(None, description="Upper end; months for sentences.")
    unit: Unit = Unit.people
    qualifier: Qualifier = Qualifier.exact
    life: bool = Field(False, description="A life term: no month value, left out of scoring.")
    aggregate: bool = Field(False, description="A sentence summed over several people.")
    where: str | None = None
    when: str | None = None
    attributed_to: str | None = Field(None, description="Canonical name of the reporting agency.")
    operation: str | None = None
    person: str | None = Field(None, description="The sentenced person, when named.")
    evidence: Evidence
    rule: str = Field(description="Which rule produced the figure, for explanations.")
    confidence: float = Field(0.8, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _consistent(self) -> Figure:
        if self.kind == FigureKind.sentence:
            if self.value is not None:
                raise ValueError("a sentence uses min/max in months, not value")
            if self.min is None and self.max is None and not self.life:
                raise ValueError("a sentence needs min/max months or life=true")
        else:
            if self.value is None:
                raise ValueError(f"a {self.kind} figure needs a value")
            if self.life or self.aggregate:
                raise ValueError("life/aggregate apply to sentences only")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} > max {self.max}")
        return self


class Agency(Strict):
    name: str = Field(min_length=1, description="Canonical full name.")
    aliases: list[str] = Field(default_factory=list)
    acronym: str | None = None
    country: str | None = None
    type: str | None = None
    source: Literal["gazetteer", "defined", "ner"] = "gazetteer"
    mentions: NonNegativeInt = 1


class Operation(Strict):
    name: str = Field(min_length=1)
    mentions: NonNegativeInt = 1
    rule: str = "operation"


class DateMention(Strict):
    iso: str
    precision: Literal["year", "month", "day"]
    text: str
    start: NonNegativeInt
    end: NonNegativeInt
    resolved: bool = Field(False, description="Year or date filled in from `published`.")

    @field_validator("iso")
    @classmethod
    def _iso(cls, v: str) -> str:
        return _check_iso(v)

    @model_validator(mode="after")
    def _precision(self) -> DateMention:
        expected = {4: "year", 7: "month", 10: "day"}[len(self.iso)]
        if expected != self.precision:
            raise ValueError(f"precision {self.precision} does not match {self.iso}")
        return self


class PipelineInfo(Strict):
    model: str
    version: str
    rules_hash: str


class Article(Strict):
    """An input document after ingest, before NLP."""

    doc_id: str = Field(min_length=1)
    text: str
    source: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    text_sha256: str
    language: str | None = Field(None, description="ISO 639-1 code detected from the text; None when unsure.")
    warnings: list[str] = Field(default_factory=list)

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        return None if v is None else _check_iso(v)


class ArticleRecord(Strict):
    """Everything extracted from one article; the unit of `records.jsonl`."""

    doc_id: str
    source: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    text_sha256: str
    text: str
    language: str | None = Field(None, description="ISO 639-1 code detected from the text; None when unsure.")
    case_id: str | None = None
    operations: list[Operation] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    pipeline: PipelineInfo

    @model_validator(mode="after")
    def _evidence_slices_text(self) -> ArticleRecord:
        n = len(self.text)
        for f in self.figures:
            ev = f.evidence
            if ev.end > n or self.text[ev.start : ev.end] != ev.text:
                raise ValueError(f"evidence {ev.start}:{ev.end} does not slice the text to {ev.text!r}")
        for d in self.dates:
            if d.end > n or self.text[d.start : d.end] != d.text:
                raise ValueError(f"date {d.start}:{d.end} does not slice the text to {d.text!r}")
        return self


class IngestError(Strict):
    """An input that yielded no record, with a reason a person can act on."""

    path: str
    doc_id: str | None = None
    reason: Literal[
        "empty",
        "binary",
        "undecodable",
        "too_large",
        "unreadable",
        "invalid_json",
        "missing_text",
        "no_article_text",
        "symlink_loop",
        "extraction_failed",
        "unsupported",
    ]
    detail: str


class Comparison(Strict):
    """One cross-check row: two outlets' figures of one kind in one case."""

    case_id: str
    case_name: str
    kind: FigureKind
    doc_a: str
    doc_b: str | None = None
    outlet_a: str | None = None
    outlet_b: str | None = None
    value_a: NonNegativeInt | None = Field(None, description="value, or min months for a term")
    value_b: NonNegativeInt | None = None
    display_a: str = Field(description="The figure as a person reads it: 'more than 240'.")
    display_b: str | None = None
    qualifier_a: Qualifier
    qualifier_b: Qualifier | None = None
    where_a: str | None = None
    where_b: str | None = None
    when_a: str | None = None
    when_b: str | None = None
    verdict: Literal["agree", "compatible", "different_scope", "conflict", "single_source"]
    reason: str
    evidence_a: str
    evidence_b: str | None = None
    sentence_a: str
    sentence_b: str | None = None
    cluster_id: str | None = Field(None, description="The claim cluster this pair was drawn from.")
    outlets_a: str | None = Field(None, description="Every outlet reporting side A's value, '; '-separated.")
    outlets_b: str | None = None
    sources_a: NonNegativeInt = Field(1, description="Independent sources behind side A (reprints count once).")
    sources_b: NonNegativeInt = 0
    min_a: NonNegativeInt | None = None
    max_a: NonNegativeInt | None = None
    min_b: NonNegativeInt | None = None
    max_b: NonNegativeInt | None = None
    life_a: bool = False
    life_b: bool = False
    aggregate_a: bool = False
    aggregate_b: bool = False
    person_a: str | None = None
    person_b: str | None = None
    url_a: str | None = None
    url_b: str | None = None
    published_a: str | None = None
    published_b: str | None = None


Verdict = Literal["agree", "compatible", "different_scope", "conflict", "single_source"]


class ClaimEntry(Strict):
    """One outlet's figure inside a claim cluster, with everything a reader needs to check it."""

    doc_id: str
    outlet: str | None = None
    source: str = Field(description="Independent source: reprints and one outlet's articles share it.")
    reprint_of: str | None = Field(None, description="doc_id of the article this one copies, if any.")
    published: str | None = None
    url: str | None = None
    title: str | None = None
    value: NonNegativeInt | None = None
    min: NonNegativeInt | None = None
    max: NonNegativeInt | None = None
    life: bool = False
    aggregate: bool = False
    person: str | None = None
    qualifier: Qualifier
    low: float | None = Field(None, description="Lower end of what the written figure allows.")
    high: float | None = Field(None, description="Upper end (null: unbounded, as in 'more than').")
    display: str
    where: str | None = None
    when: str | None = None
    attributed_to: str | None = None
    official: bool = Field(False, description="The article is the release of an agency acting in the case.")
    evidence: str
    sentence: str
    evidence_start: NonNegativeInt | None = None
    evidence_end: NonNegativeInt | None = None


class ClaimCluster(Strict):
    """All outlets' figures of one kind and scope in one case: the unit the cross-check judges."""

    cluster_id: str
    case_id: str
    case_name: str
    kind: FigureKind
    where: str | None = None
    when: str | None = None
    entries: list[ClaimEntry]
    sources: NonNegativeInt = Field(description="Independent sources in the cluster.")
    verdict: Verdict
    reason: str
    side_a: list[str] = Field(default_factory=list, description="Outlets on one side of the verdict.")
    side_b: list[str] = Field(default_factory=list, description="Outlets on the other side.")
    values: list[str] = Field(default_factory=list, description="The distinct figures as written.")


class CaseFigure(Strict):
    """The consolidated figure of a case, kind and scope: low / best / high with their sources."""

    case_id: str
    case_name: str
    kind: FigureKind
    where: str | None = None
    when: str | None = None
    cluster_id: str
    low: NonNegativeInt | None = None
    best: NonNegativeInt | None = None
    high: NonNegativeInt | None = None
    low_display: str | None = None
    best_display: str | None = None
    high_display: str | None = None
    low_sources: str = ""
    best_sources: str = ""
    high_sources: str = ""
    rule: str = Field(description="Why `best` is the best: official release, revision, most reported.")
    revisions: str | None = Field(None, description="Figures of this scope that rose over time, in order.")
    sources: NonNegativeInt = 0
    verdict: Verdict


# ---- gold annotations (ANNOTATION.md) -------------------------------------------------


class GoldAgency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)


class GoldFigure(BaseModel):
    # annotators may add notes (e.g. minimum_term_months); known fields are still checked
    model_config = ConfigDict(extra="allow", use_enum_values=True)
    kind: FigureKind
    value: NonNegativeInt | None = None
    # a term written in fractional years ("414.6 years") is a fractional number of months
    min: NonNegativeInt | NonNegativeFloat | None = None
    max: NonNegativeInt | NonNegativeFloat | None = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.exact
    aggregate: bool = False
    life: bool = False
    where: str | None = None
    when: str | None = None
    evidence: str = Field(min_length=1)

    @model_validator(mode="after")
    def _shape(self) -> GoldFigure:
        if self.kind == FigureKind.sentence:
            if self.value is not None:
                raise ValueError("a sentence uses min/max, not value")
        elif self.value is None:
            raise ValueError(f"a {self.kind} figure needs a value")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} > max {self.max}")
        return self


class GoldDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_id: str = Field(min_length=1)
    event: str = Field(min_length=1)
    operations: list[str] = Field(default_factory=list)
    agencies: list[GoldAgency] = Field(default_factory=list)
    figures: list[GoldFigure] = Field(default_factory=list)
    dates: list[Annotated[str, Field(pattern=ISO_DATE.pattern)]] = Field(default_factory=list)


class ExpectedVerdict(BaseModel):
    # annotators may add a note on why a verdict is expected; the known fields are still checked
    model_config = ConfigDict(extra="allow")
    event: str
    kind: FigureKind
    values: tuple[int, int]
    verdicts: list[Literal["agree", "compatible", "different_scope", "conflict"]]


def model_json_schema_of(model: type[BaseModel]) -> dict[str, Any]:
    """The published schema; one function so the golden-file test and the CLI agree."""
    return model.model_json_schema(mode="serialization")
