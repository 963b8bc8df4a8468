"""The one place that turns a processed Doc into an `ArticleRecord`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extract.components.common import sentence_of
from extract.components.payloads import FigureInfo, ScopeInfo, TermInfo
from extract.components.scope import scope_label
from extract.text import same_name_key
from schemas import Agency, Article, ArticleRecord, DateMention, Evidence, Figure, Operation, PipelineInfo

UNIT_OF = {"charges": "charges", "countries": "countries", "sentence": "months"}


def build_record(doc: Doc, article: Article, pipeline: PipelineInfo) -> ArticleRecord:
    return ArticleRecord(
        doc_id=article.doc_id,
        source=article.source,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        title=article.title,
        text_sha256=article.text_sha256,
        text=article.text,
        operations=_operations(doc),
        agencies=_agencies(doc),
        dates=_dates(doc),
        figures=_figures(doc),
        warnings=list(article.warnings),
        pipeline=pipeline,
    )


def _operations(doc: Doc) -> list[Operation]:
    by_key: dict[str, Operation] = {}
    for sp in doc.spans.get("operations", []):
        name = sp._.opf.name
        key = same_name_key(name)
        if key in by_key:
            by_key[key].mentions += 1
        else:
            by_key[key] = Operation(name=name, rule=sp._.opf.rule)
    return list(by_key.values())


def _agencies(doc: Doc) -> list[Agency]:
    by_name: dict[str, Agency] = {}
    for sp in doc.spans.get("agencies", []):
        d = sp._.opf
        key = d.name.lower()
        ag = by_name.get(key)
        if ag is None:
            ag = by_name[key] = Agency(
                name=d.name,
                acronym=d.acronym,
                country=d.country,
                type=d.type,
                source=d.source,
                mentions=0,
                aliases=list(d.aliases),
            )
        ag.mentions += 1
        for form in (d.form, d.acronym):
            if form and form.lower() != ag.name.lower() and form not in ag.aliases:
                ag.aliases.append(form)
    # an NER name that only restates a gazetteer alias is that agency; so is the tail of one
    # named in the same text ("the U.S. Customs Service ... according to the Customs Service")
    alias_owner = {a.lower(): k for k, ag in by_name.items() if ag.source != "ner" for a in ag.aliases}
    # a bare name that another found body gives as its own alias ("Ministry of Public Security" beside the
    # "Brazilian Ministry of Public Security" its minister's title named) is that body too
    named_alias = {a.lower(): k for k, ag in by_name.items() for a in ag.aliases if a.lower() != k}
    for key in [k for k, ag in by_name.items() if ag.source == "ner"]:
        if key not in by_name:
            continue
        owner = alias_owner.get(key) or (named_alias.get(key) if named_alias.get(key) in by_name else None)
        # ... and a found body whose alias is another's name is that one ("Brazilian Ministry of X" and "Ministry of X")
        owner = owner or next(
            (a.lower() for a in by_name[key].aliases if a.lower() in by_name and a.lower() != key), None
        )
        if owner is None and len(key.split()) >= 2:
            owner = next((o for f, o in alias_owner.items() if f.endswith(" " + key)), None)
            owner = owner or next(
                (k for k, ag in by_name.items() if ag.source != "ner" and k.endswith(" " + key)), None
            )
        if owner is not None:
            merged = by_name.pop(key)
            by_name[owner].mentions += merged.mentions
            if merged.name not in by_name[owner].aliases:
                by_name[owner].aliases.append(merged.name)
    return list(by_name.values())


def _dates(doc: Doc) -> list[DateMention]:
    seen: set[str] = set()
    out: list[DateMention] = []
    for sp in doc.spans.get("dates", []):
        d = sp._.opf
        if d.iso in seen:
            continue
        seen.add(d.iso)
        out.append(
            DateMention(iso=d.iso, precision=d.precision, text=d.text, start=d.start, end=d.end, resolved=d.resolved)
        )
    return out


def _evidence(sp: Span) -> Evidence:
    text = sp.text
    return Evidence(
        start=sp.start_char,
        end=sp.start_char + len(text),
        text=text,
        sentence=sentence_of(sp.doc, sp.start).text.strip(),
    )


def _is_headline(sp: Span) -> bool:
    """A line with no closing punctuation: a title or sub-heading restating the body."""
    s = sentence_of(sp.doc, sp.start).text.strip()
    return not re.search(r"[.!?\"”’:)]$", s)


class CountClaim(NamedTuple):
    """What makes two counts one claim: kind, value and place (compared without case)."""

    kind: str
    value: int
    where: str
    item: int = 0  # a second equal count of the same sentence: its number's token ("three X and three Y")


class TermClaim(NamedTuple):
    """What makes two prison terms one claim: the term and, when named, the person given it."""

    kind: str
    min: int | None
    max: int | None
    life: bool
    person: str | None


NO_SCOPE = ScopeInfo(where=None, when=None, attributed_to=None, operation=None)


def _figures(doc: Doc) -> list[Figure]:
    scopes = {(sp.start, sp.end, sp.label_): sp._.opf for sp in doc.spans.get("scope", [])}
    spans: Iterable[Span] = [*doc.spans.get("figures", []), *doc.spans.get("terms", [])]
    spans = sorted(spans, key=lambda sp: (_is_headline(sp), sp.start))
    out: dict[CountClaim | TermClaim, Figure] = {}
    counted_at: dict[CountClaim, tuple[int, int]] = {}  # sentence and number of a claim's first count
    for sp in spans:
        d = sp._.opf
        sc = scopes.get((sp.start, sp.end, scope_label(sp)), NO_SCOPE)
        kind = sp.label_
        if isinstance(d, TermInfo):
            claim: CountClaim | TermClaim = TermClaim(kind, d.min, d.max, d.life, d.person)
            fields = {"min": d.min, "max": d.max, "life": d.life, "aggregate": d.aggregate, "person": d.person}
        else:
            claim = CountClaim(kind, d.value, (sc.where or "").lower())
            fields = {"value": d.value}
            sent = sentence_of(doc, d.num_start).start
            seen = counted_at.setdefault(claim, (sent, d.num_start))
            other = kind not in {"countries", "charges"} and _another_group(doc, d)  # not "the US and 13 other"
            if seen[0] == sent and seen[1] != d.num_start or seen[1] != d.num_start and other:
                # two groups of one sentence, each counted, or "three other policemen": two claims
                claim = claim._replace(item=d.num_start)
        if claim in out:
            continue
        if isinstance(claim, TermClaim):
            # the same term again is the same claim, unless two different named people each received it,
            # or one is a group's longest ("up to 15 years") and the other a named person's own
            twin = next((c for c in out if isinstance(c, TermClaim) and _same_term(c, claim)), None)
            named_own = twin is not None and bool(twin.person or claim.person) and out[twin].qualifier != d.qualifier
            others = (
                twin is not None and bool(twin.person and claim.person) and not _same_person(twin.person, claim.person)
            )
            if twin is not None and not others and not named_own:
                continue
        else:
            # the same kind and value with the scope stated once and left out once is one claim
            twin = next((c for c in out if isinstance(c, CountClaim) and _same_count(c, claim)), None)
            if twin is not None and not claim.item:
                if not twin.where and claim.where:
                    out[twin] = out[twin].model_copy(update={"where": sc.where})
                continue
        out[claim] = Figure(
            kind=kind,
            unit=UNIT_OF.get(kind, "people"),
            qualifier=d.qualifier,
            where=sc.where,
            when=sc.when,
            attributed_to=sc.attributed_to,
            operation=sc.operation,
            evidence=_evidence(sp),
            rule=d.rule,
            confidence=0.6 if d.rule == "list" else 0.8,
            **fields,
        )
    return sorted(out.values(), key=lambda f: f.evidence.start)


OTHER_WORDS = {"other", "others", "another", "further", "additional"}


def _another_group(doc: Doc, d: FigureInfo) -> bool:
    """'three other policemen', 'a further 11', 'Three others': people besides a group already counted."""
    before = doc[max(0, d.num_start - 2) : d.num_start]
    after = doc[d.num_end : min(len(doc), d.num_end + 2)]
    return any(t.lower_ in OTHER_WORDS for t in (*before, *after))


def _same_person(a: str | None, b: str | None) -> bool:
    """'Tom Lee' and, later, 'Lee': a surname alone names the person named in full before."""
    return a == b or bool(a and b and a.split()[-1] == b.split()[-1] and (len(a.split()) == 1 or len(b.split()) == 1))


def _same_term(a: TermClaim, b: TermClaim) -> bool:
    return (a.kind, a.min, a.max, a.life) == (b.kind, b.min, b.max, b.life)


def _same_count(a: CountClaim, b: CountClaim) -> bool:
    return (a.kind, a.value) == (b.kind, b.value) and (not a.where or not b.where)
