"""Cross-check: cases, claim clusters, verdicts and consolidated case figures.

Grouping (which articles report one case, which are reprints) lives in `extract.grouping`.

Within a case, the figures of one kind are aligned article by article against the claim
clusters built so far, in order of publication: the same value first, then a value a
qualifier or rounding allows, then the same stated scope; each article's largest
unmatched figure is set against the largest cluster it has not joined (the headline
numbers of two reports of one event are about the same thing until a scope says
otherwise). Cost per article is its figures times the clusters of its case, so work grows
with the articles, never with their pairs.

A cluster holds one entry per article and figure. Its verdict is the most serious one
between its distinct values, counted over independent sources only (reprints and one
outlet's several articles are one source). Comparisons (pairs of distinct values) and
case figures (low / best / high) are derived from the clusters.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from extract.grouping import Case, group_cases, slug
from extract.text import figure_display, place_key
from schemas import CaseFigure, ClaimCluster, ClaimEntry, Comparison

__all__ = ["Case", "CrossCheck", "crosscheck", "slug", "verdict"]

MAGNITUDE = 5  # unscoped counts this many times apart describe different populations, not one fact
ROUNDING = 0.05  # two exact counts this close are a rounding difference
APPROX = 0.10  # "about N" covers ±10 %
SEVERITY = {"agree": 0, "compatible": 1, "different_scope": 2, "conflict": 3}
OFFICIAL_OUTLET = re.compile(r"\b(press release|news release|media release|statement|press office)\b", re.I)
OFFICIAL_HOST = re.compile(r"(\.gov|\.gov\.[a-z]{2}|\.gc\.ca|\.europa\.eu|\.police\.uk|\.int|\.mil)$", re.I)


@dataclass
class CrossCheck:
    """Everything the cross-check produces; tables are DataFrames, clusters pydantic models."""

    comparisons: pd.DataFrame
    cases_df: pd.DataFrame
    cases: list[Case]
    clusters: list[ClaimCluster]
    case_figures: pd.DataFrame
    reprint_of: dict[str, str]
    sources: dict[str, str]

    def __iter__(self):  # noqa: ANN204 - lets `comp, cases_df, cases = crosscheck(...)` keep working
        return iter((self.comparisons, self.cases_df, self.cases))


# -- figures as people read them -------------------------------------------------------


def _value(f: dict[str, Any]) -> int | None:
    return f.get("value") if f.get("value") is not None else f.get("min")


def _interval(f: dict[str, Any]) -> tuple[float, float]:
    """What the written figure allows: 'more than 240' is (240, inf), 'about 200' is (180, 220)."""
    v = float(_value(f) or 0)
    top = float(f["max"]) if f["kind"] == "sentence" and f.get("max") is not None else v
    if f["kind"] == "sentence" and f.get("max") is None and f.get("life"):
        top = float("inf")
    q = f.get("qualifier", "exact")
    if q in ("more_than", "at_least"):
        return v, float("inf")
    if q == "up_to":
        return 0.0, top
    if q == "approx":
        return v * (1 - APPROX), top * (1 + APPROX)
    return v, top


# -- verdict between two figures --------------------------------------------------------


def compatible(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two different written values can both be true, or None."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return None
    la, ha = _interval(a)
    lb, hb = _interval(b)
    if la <= hb and lb <= ha and (ha > la or hb > lb) and a["kind"] == "sentence":
        return f"{figure_display(a)} and {figure_display(b)} overlap: a term within a range of terms"
    if la <= hb and lb <= ha and (a["qualifier"] != "exact" or b["qualifier"] != "exact"):
        return f"{figure_display(a)} and {figure_display(b)} overlap once the qualifier is taken into account"
    if (
        a["qualifier"] == b["qualifier"] == "exact"
        and max(va, vb)
        and abs(va - vb) / max(va, vb) <= ROUNDING
        and abs(va - vb) <= 5
    ):
        return (
            f"{figure_display(a)} and {figure_display(b)} differ by less than {int(ROUNDING * 100)} %: "
            "a rounding or late-count difference"
        )
    return None


# scopes relative to the teller: "20 arrested overseas" may be the other outlet's "22 in the US and Canada"
RELATIVE_PLACES = {"overseas", "abroad"}
# scopes that say how wide, not where: "1,700 arrests nationwide" is the other outlet's "in the United States"
WIDE_SCOPES = {"nationwide", "worldwide", "countrywide", "global", "globally", "international", "internationally"}


def norm_place(w: str | None) -> str:
    return place_key(w)


def scope_of(f: dict[str, Any], agency_country: dict[str, str]) -> tuple[str, str]:
    """Explicit where/when, else the reporting agency's country for national counts."""
    where = norm_place(f.get("where"))
    if not where and f["kind"] != "countries" and f.get("attributed_to"):
        c = agency_country.get(f["attributed_to"])
        if c and c != "INT":
            where = f"agency:{c.lower()}"
    return where, (f.get("when") or "").lower()


def _is_range(f: dict[str, Any]) -> bool:
    return f.get("min") != f.get("max")


def _same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        _value(a) == _value(b)
        and a.get("max") == b.get("max")
        and bool(a.get("life")) == bool(b.get("life"))
        and bool(a.get("aggregate")) == bool(b.get("aggregate"))
    )


def verdict(a: dict[str, Any], b: dict[str, Any], agency_country: dict[str, str]) -> tuple[str, str]:
    va, vb = _value(a), _value(b)
    sa, sb = scope_of(a, agency_country), scope_of(b, agency_country)
    explicit_a, explicit_b = norm_place(a.get("where")), norm_place(b.get("where"))
    if _same_value(a, b):
        if a["qualifier"] == b["qualifier"]:
            return "agree", f"both report {figure_display(a)}"
        return "compatible", f"same number, written {figure_display(a)!r} and {figure_display(b)!r}"
    relative = {explicit_a, explicit_b} & RELATIVE_PLACES
    if explicit_a and explicit_b and explicit_a != explicit_b and not relative:
        return "different_scope", f"{figure_display(a)} is for {a['where']}, {figure_display(b)} for {b['where']}"
    why = compatible(a, b)
    if why:
        return "compatible", why
    if sa[0].startswith("agency:") != sb[0].startswith("agency:") and not (explicit_a or explicit_b):
        # only one side's agency is known: that is no evidence of a different scope
        sa, sb = ("", sa[1]), ("", sb[1])
    if sa != sb and (sa[0] or sb[0] or sa[1] or sb[1]):
        pa = ", ".join(x for x in (a.get("where"), a.get("when")) if x) or "no stated scope"
        pb = ", ".join(x for x in (b.get("where"), b.get("when")) if x) or "no stated scope"
        if explicit_a != explicit_b or sa[1] != sb[1]:
            return "different_scope", f"{figure_display(a)} is for {pa}, {figure_display(b)} for {pb}"
        return "different_scope", (
            f"{figure_display(a)} and {figure_display(b)} come from agencies of different countries "
            f"({a.get('attributed_to')} / {b.get('attributed_to')}): likely national vs total"
        )
    lo, hi = sorted((va or 0, vb or 0))
    if lo and hi / lo >= MAGNITUDE:
        return "different_scope", (
            f"{figure_display(a)} and {figure_display(b)} are {hi / lo:.0f} times apart: almost surely "
            "different populations (one force vs the whole operation), though no scope is stated"
        )
    return "conflict", f"{figure_display(a)} vs {figure_display(b)} for the same scope: both cannot be true"


# -- claim clusters ---------------------------------------------------------------------


def _link_priority(f: dict[str, Any], g: dict[str, Any], agency_country: dict[str, str]) -> int | None:
    """How surely two figures of one kind are the same claim: 0 (same value and scope) .. 5, or None."""
    if f["kind"] == "sentence":
        pf, pg = f.get("person"), g.get("person")
        if (pf and pg and pf.lower() != pg.lower()) or bool(f.get("aggregate")) != bool(g.get("aggregate")):
            return None  # two people's terms, or a total beside one term, are never one claim
    sf, sg = scope_of(f, agency_country), scope_of(g, agency_country)
    same_scope = sf == sg
    if _same_value(f, g):
        # "24 in Germany" and "24 in Belgium": one number, two stated places; each outlet's own place
        # pairs first ("13 in Belgium" vs "24 in Belgium" is the claim to compare)
        return 5 if _named_apart(f, g) else 0 if same_scope else 1
    if compatible(f, g) and not (f["kind"] == "sentence" and _is_range(f) != _is_range(g)):
        return 2 if same_scope else 3  # one person's term inside a range for several is not that range
    if f["kind"] == "sentence" and f.get("person") and g.get("person"):
        return 4  # one named person's term is one claim, whatever each outlet says it is
    if f["kind"] != "sentence" and same_scope and (norm_place(f.get("where")) or sf[1]):
        return 4  # the same stated scope (an agency's country alone is too weak to pair unequal counts)
    return None


def _named_apart(f: dict[str, Any], g: dict[str, Any]) -> bool:
    """Both figures state a place, and neither place is, contains or lists the other."""
    a, b = norm_place(f.get("where")), norm_place(g.get("where"))
    if not a or not b or a == b or {a, b} & (RELATIVE_PLACES | WIDE_SCOPES):
        return False
    return a not in b and b not in a


class _Cluster:
    """A claim cluster while it is built: entries, and the distinct figures they hold."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.items: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (record, figure)
        self.variants: dict[tuple, dict[str, Any]] = {}
        self.docs: set[str] = set()

    def add(self, rec: dict[str, Any], f: dict[str, Any], agency_country: dict[str, str]) -> None:
        self.items.append((rec, f))
        self.docs.add(rec["doc_id"])
        self.variants.setdefault(_variant_key(f, agency_country), f)

    def top(self) -> float:
        return max(float(_value(f) or 0) for f in self.variants.values())


def _variant_key(f: dict[str, Any], agency_country: dict[str, str]) -> tuple:
    return (
        _value(f),
        f.get("max"),
        bool(f.get("life")),
        bool(f.get("aggregate")),
        f.get("qualifier"),
        scope_of(f, agency_country),
        (f.get("person") or "").lower(),
    )


def _best_link(f: dict[str, Any], c: _Cluster, agency_country: dict[str, str]) -> tuple[int, float] | None:
    """The surest link between a figure and any distinct figure of a cluster: (priority, distance)."""
    best = None
    for v in c.variants.values():
        p = _link_priority(f, v, agency_country)
        if p is not None:
            cand = (p, abs(float(_value(f) or 0) - float(_value(v) or 0)))
            best = cand if best is None or cand < best else best
    return best


def _ratio(a: float, b: float) -> float:
    lo, hi = sorted((max(a, 1.0), max(b, 1.0)))
    return hi / lo


def _align(
    rec: dict[str, Any], figs: list[dict[str, Any]], clusters: list[_Cluster], agency_country: dict[str, str]
) -> None:
    """Put one article's figures of one kind into clusters, in four steps.

    1. one-to-one links by value: the same value, or values a qualifier or rounding allows;
    2. headline: when the article's largest figure found no link and the case's largest
       cluster has nothing from this article, the article's figure closest to that cluster
       joins it (two reports' top numbers are about one thing until a scope says otherwise);
    3. one-to-one links by the same stated scope ("in Germany: 42" and "in Germany: 45");
    4. what is left restates a claim it is compatible with and names no other place (a
       headline "nearly 300" beside "288") and joins it, or starts a cluster of its own.
    """
    kind = figs[0]["kind"]
    links = {
        (i, c_i): link
        for i, f in enumerate(figs)
        for c_i, c in enumerate(clusters)
        if (link := _best_link(f, c, agency_country)) is not None
    }
    used_f: set[int] = set()
    used_c = {c_i for c_i, c in enumerate(clusters) if rec["doc_id"] in c.docs}

    def link(max_priority: int) -> None:
        for (_, _), i, c_i in sorted((v, i, c_i) for (i, c_i), v in links.items() if v[0] <= max_priority):
            if i not in used_f and c_i not in used_c:
                used_f.add(i)
                used_c.add(c_i)
                clusters[c_i].add(rec, figs[i], agency_country)

    link(3)
    top_f = max(range(len(figs)), key=lambda j: _value(figs[j]) or 0)
    if kind != "sentence" and clusters and top_f not in used_f:
        c_i = max(range(len(clusters)), key=lambda j: clusters[j].top())
        if c_i not in used_c:
            ref = clusters[c_i].top()
            left = [
                j for j in range(len(figs)) if j not in used_f and not _explicitly_elsewhere(figs[j], clusters[c_i])
            ]
            if left:
                i = min(left, key=lambda j: (_ratio(float(_value(figs[j]) or 0), ref), j))
                used_f.add(i)
                used_c.add(c_i)
                clusters[c_i].add(rec, figs[i], agency_country)
    link(4)
    link(5)
    for i in sorted(range(len(figs)), key=lambda j: -(_value(figs[j]) or 0)):
        if i in used_f:
            continue
        # two terms in one article are two people's, never a restatement
        same_scope = (
            []
            if kind == "sentence"
            else [
                (lk, c_i)
                for c_i, c in enumerate(clusters)
                if (lk := _best_link(figs[i], c, agency_country)) is not None
                and lk[0] <= 3
                and not _explicitly_elsewhere(figs[i], c)
            ]
        )
        if same_scope:
            clusters[min(same_scope)[1]].add(rec, figs[i], agency_country)
        else:
            c = _Cluster(kind)
            c.add(rec, figs[i], agency_country)
            clusters.append(c)


def _explicitly_elsewhere(f: dict[str, Any], c: _Cluster) -> bool:
    """The figure names a place and the cluster's figures name other places only."""
    place = norm_place(f.get("where"))
    others = {norm_place(v.get("where")) for v in c.variants.values()}
    return bool(place) and "" not in others and place not in others


def is_official(rec: dict[str, Any]) -> bool:
    """The article is a release of an agency acting in the case (its own site, or its name as the outlet)."""
    outlet = rec.get("outlet") or ""
    if OFFICIAL_OUTLET.search(outlet):
        return True
    host = urlparse(rec.get("url") or "").hostname or ""
    if OFFICIAL_HOST.search(host):
        return True
    low = outlet.lower()
    for a in rec.get("agencies", []):
        for form in [a["name"], *a.get("aliases", []), a.get("acronym") or ""]:
            if len(form) >= 3 and re.search(rf"(?<!\w){re.escape(form.lower())}(?!\w)", low):
                return True
    return False


def source_ids(records: list[dict[str, Any]], reprint_of: dict[str, str]) -> dict[str, str]:
    """doc_id -> independent source: reprints of one text, and one outlet's articles, are one source."""
    from extract.grouping import UnionFind

    uf = UnionFind()
    outlet_first: dict[str, str] = {}
    for r in sorted(records, key=lambda r: r["doc_id"]):
        d = r["doc_id"]
        uf.union(d, reprint_of.get(d, d))
        o = (r.get("outlet") or "").strip().lower()
        if o:
            uf.union(outlet_first.setdefault(o, d), d)
    return {r["doc_id"]: uf.find(r["doc_id"]) for r in records}


def _entry(
    rec: dict[str, Any], f: dict[str, Any], source: str, reprint_of: dict[str, str], official: bool
) -> ClaimEntry:
    lo, hi = _interval(f) if _value(f) is not None or f.get("max") is not None else (None, None)
    ev = f["evidence"]
    rep = reprint_of.get(rec["doc_id"], rec["doc_id"])
    return ClaimEntry(
        doc_id=rec["doc_id"],
        outlet=rec.get("outlet"),
        source=source,
        reprint_of=None if rep == rec["doc_id"] else rep,
        published=rec.get("published"),
        url=rec.get("url"),
        title=rec.get("title"),
        value=f.get("value"),
        min=f.get("min"),
        max=f.get("max"),
        life=bool(f.get("life")),
        aggregate=bool(f.get("aggregate")),
        person=f.get("person"),
        qualifier=f.get("qualifier") or "exact",
        low=lo,
        high=None if hi is None or hi == float("inf") else hi,
        display=figure_display(f),
        where=f.get("where"),
        when=f.get("when"),
        attributed_to=f.get("attributed_to"),
        official=official,
        evidence=ev["text"],
        sentence=ev.get("sentence") or ev["text"],
        evidence_start=ev.get("start"),
        evidence_end=ev.get("end"),
    )


def _label(rec: dict[str, Any]) -> str:
    return rec.get("outlet") or rec["doc_id"]


def _finish(
    case: Case,
    n: int,
    c: _Cluster,
    sources: dict[str, str],
    reprint_of: dict[str, str],
    official: dict[str, bool],
    agency_country: dict[str, str],
) -> tuple[ClaimCluster, list[Comparison]]:
    """Verdict of one cluster, and its comparison rows (pairs of distinct values, agreement rows)."""
    entries = [_entry(r, f, sources[r["doc_id"]], reprint_of, official[r["doc_id"]]) for r, f in c.items]
    by_variant: dict[tuple, list[tuple[dict, dict]]] = defaultdict(list)
    for r, f in c.items:
        by_variant[_variant_key(f, agency_country)].append((r, f))
    variants = list(by_variant.items())
    all_sources = {sources[r["doc_id"]] for r, _ in c.items}
    rows: list[Comparison] = []
    worst: tuple[int, str, str, list[str], list[str]] | None = None
    cid = f"{case.case_id}:{c.kind}:{n}"
    for _key, items in variants:
        srcs = _sources_in(items, sources)
        if len(srcs) >= 2:
            a_items = [x for x in items if sources[x[0]["doc_id"]] == srcs[0]]
            b_items = [x for x in items if sources[x[0]["doc_id"]] != srcs[0]]
            why = f"{len(srcs)} independent outlets report {figure_display(items[0][1])}"
            rows.append(_row(case, cid, c.kind, a_items, b_items, "agree", why, sources))
            if worst is None:
                worst = (0, "agree", why, _outlets(a_items), _outlets(b_items))
    for i, (_ka, ia) in enumerate(variants):
        for _kb, ib in variants[i + 1 :]:
            sa, sb = set(_sources_in(ia, sources)), set(_sources_in(ib, sources))
            docs = {r["doc_id"] for r, _ in ia} | {r["doc_id"] for r, _ in ib}
            if len(sa | sb) < 2 and len(docs) < 2:
                continue  # one article against itself (a headline rounding its own body): nothing to check
            fa, fb = ia[0][1], ib[0][1]
            v, why = verdict(fa, fb, agency_country)
            if len(sa | sb) < 2:
                why += "; both are copies of one story (or one outlet's articles), which disagree"
            if v == "conflict":
                why += _dated_rise(ia, ib)
            rows.append(_row(case, cid, c.kind, ia, ib, v, why, sources))
            if worst is None or SEVERITY[v] > worst[0]:
                worst = (SEVERITY[v], v, why, _outlets(ia), _outlets(ib))
    where, when = _scope_summary(c)
    values = list(dict.fromkeys(e.display for e in entries))
    if len(all_sources) < 2 or worst is None:
        copies = len({r["doc_id"] for r, _ in c.items})
        why = (
            "only one outlet reports this figure"
            if copies == 1
            else f"{copies} articles report it, all from one source (reprints or one outlet)"
        )
        verdict_, reason, side_a, side_b = "single_source", why, sorted({e.outlet or e.doc_id for e in entries}), []
    else:
        _, verdict_, reason, side_a, side_b = worst
    cluster = ClaimCluster(
        cluster_id=cid,
        case_id=case.case_id,
        case_name=case.name,
        kind=c.kind,
        where=where,
        when=when,
        entries=entries,
        sources=len(all_sources),
        verdict=verdict_,
        reason=reason,
        side_a=side_a,
        side_b=side_b,
        values=values,
    )
    return cluster, rows


def _dated_rise(ia: list[tuple[dict, dict]], ib: list[tuple[dict, dict]]) -> str:
    """'; the higher figure was published later (2 Oct -> 3 Oct): possibly an updated count'.

    A conflict stays a conflict; the reader is told when the dates suggest an update, the same
    reading the case figures use when they take the latest of rising figures as best.
    """
    (lo, lo_items), (hi, hi_items) = sorted(((float(_value(x[0][1]) or 0), x) for x in (ia, ib)), key=lambda t: t[0])
    lo_days = [r.get("published") for r, _ in lo_items]
    hi_days = [r.get("published") for r, _ in hi_items]
    if hi <= lo or not all(lo_days + hi_days) or max(lo_days) >= min(hi_days):
        return ""
    return f"; the higher figure was published later ({max(lo_days)} -> {min(hi_days)}): possibly an updated count"


def _sources_in(items: list[tuple[dict, dict]], sources: dict[str, str]) -> list[str]:
    return list(dict.fromkeys(sources[r["doc_id"]] for r, _ in items))


def _outlets(items: list[tuple[dict, dict]]) -> list[str]:
    return list(dict.fromkeys(_label(r) for r, _ in items))


def _scope_summary(c: _Cluster) -> tuple[str | None, str | None]:
    wh = Counter(f.get("where") for _, f in c.items if f.get("where"))
    wn = Counter(f.get("when") for _, f in c.items if f.get("when"))
    return (wh.most_common(1)[0][0] if wh else None), (wn.most_common(1)[0][0] if wn else None)


def _row(
    case: Case,
    cid: str,
    kind: str,
    ia: list[tuple[dict, dict]],
    ib: list[tuple[dict, dict]],
    v: str,
    why: str,
    sources: dict[str, str],
) -> Comparison:
    ra, a = ia[0]
    # side B's representative comes from another source than side A's when there is one
    rb, b = next(((r, f) for r, f in ib if sources[r["doc_id"]] != sources[ra["doc_id"]]), ib[0])
    return Comparison(
        case_id=case.case_id,
        case_name=case.name,
        kind=kind,
        doc_a=ra["doc_id"],
        doc_b=rb["doc_id"],
        outlet_a=ra.get("outlet"),
        outlet_b=rb.get("outlet"),
        value_a=_value(a),
        value_b=_value(b),
        display_a=figure_display(a),
        display_b=figure_display(b),
        qualifier_a=a.get("qualifier") or "exact",
        qualifier_b=b.get("qualifier") or "exact",
        where_a=a.get("where"),
        where_b=b.get("where"),
        when_a=a.get("when"),
        when_b=b.get("when"),
        verdict=v,
        reason=why,
        evidence_a=a["evidence"]["text"],
        evidence_b=b["evidence"]["text"],
        sentence_a=a["evidence"].get("sentence") or a["evidence"]["text"],
        sentence_b=b["evidence"].get("sentence") or b["evidence"]["text"],
        cluster_id=cid,
        outlets_a="; ".join(_outlets(ia)),
        outlets_b="; ".join(_outlets(ib)),
        sources_a=len(_sources_in(ia, sources)),
        sources_b=len(_sources_in(ib, sources)),
        min_a=a.get("min"),
        max_a=a.get("max"),
        min_b=b.get("min"),
        max_b=b.get("max"),
        life_a=bool(a.get("life")),
        life_b=bool(b.get("life")),
        aggregate_a=bool(a.get("aggregate")),
        aggregate_b=bool(b.get("aggregate")),
        person_a=a.get("person"),
        person_b=b.get("person"),
        url_a=ra.get("url"),
        url_b=rb.get("url"),
        published_a=ra.get("published"),
        published_b=rb.get("published"),
    )


# -- consolidated case figures ----------------------------------------------------------


def case_figures(cl: ClaimCluster) -> list[CaseFigure]:
    """One row per scope: a cluster that pairs a UK count with a worldwide one gives two consolidations.

    Low / best / high only ever range over figures of one stated scope, so a scoped low never sits
    beside an unscoped best.
    """
    groups: dict[tuple[str, str], list[ClaimEntry]] = defaultdict(list)
    for e in cl.entries:
        groups[(norm_place(e.where), (e.when or "").lower())].append(e)
    if len(groups) < 2:
        return [case_figure(cl)]
    out = []
    for members in groups.values():
        sub = cl.model_copy(
            update={
                "entries": members,
                "where": members[0].where,
                "when": members[0].when,
                "sources": len({e.source for e in members}),
            }
        )
        out.append(case_figure(sub))
    return out


def case_figure(cl: ClaimCluster) -> CaseFigure:
    """Low / best / high of one cluster, each with its sources.

    low and high are the smallest and largest figures written (a qualifier is kept in the
    display); best is, in this order: the figure of an official release, the latest of
    figures that rose over time (revisions, always listed), the figure most independent
    outlets report (ties: an exact figure, then the lower one, ACLED's most conservative choice).
    """
    ents = [e for e in cl.entries if e.reprint_of is None] or cl.entries

    def num(e: ClaimEntry) -> int:
        return e.value if e.value is not None else (e.min if e.min is not None else (e.max or 0))

    def top(e: ClaimEntry) -> int:
        return e.value if e.value is not None else (e.max if e.max is not None else (e.min or 0))

    def names(es: Iterable[ClaimEntry]) -> str:
        return "; ".join(dict.fromkeys(e.outlet or e.doc_id for e in es))

    of_cluster = {
        "case_id": cl.case_id,
        "case_name": cl.case_name,
        "kind": cl.kind,
        "where": cl.where,
        "when": cl.when,
        "cluster_id": cl.cluster_id,
    }
    with_value = [e for e in ents if e.value is not None or e.min is not None or e.max is not None]
    if not with_value:  # life terms only
        return CaseFigure(
            **of_cluster,
            best_display=ents[0].display,
            best_sources=names(ents),
            rule="life terms have no month value",
            sources=cl.sources,
            verdict=cl.verdict,
        )
    lo_v = min(num(e) for e in with_value)
    hi_v = max(top(e) for e in with_value)
    lows = [e for e in with_value if num(e) == lo_v]
    highs = [e for e in with_value if top(e) == hi_v]
    revisions = _revisions(with_value, num)
    official = [e for e in with_value if e.official]
    if revisions and not official:
        latest = max(with_value, key=lambda e: (e.published or "", num(e)))
        best = [e for e in with_value if e.display == latest.display]
        rule = "revision: the latest figure, as they rose over time"
    else:
        pool = official or with_value
        count: dict[str, set[str]] = defaultdict(set)
        for e in pool:
            count[e.display].add(e.source)
        pick = max(
            count,
            key=lambda d: (
                len(count[d]),
                next(e for e in pool if e.display == d).qualifier == "exact",
                -num(next(e for e in pool if e.display == d)),
            ),
        )
        best = [e for e in pool if e.display == pick]
        rule = (
            "official release"
            if official
            else ("most reported value" if len(count[pick]) > 1 else "the lowest exact figure (most conservative)")
        )
        if len(count) == 1:
            rule = "official release" if official else ("agreed" if len(count[pick]) > 1 else "single source")
    b = best[0]
    return CaseFigure(
        **of_cluster,
        low=lo_v,
        best=num(b),
        high=hi_v,
        low_display=lows[0].display,
        best_display=b.display,
        high_display=highs[0].display,
        low_sources=names(lows),
        best_sources=names(best),
        high_sources=names(highs),
        rule=rule,
        revisions=revisions,
        sources=cl.sources,
        verdict=cl.verdict,
    )


def _revisions(ents: list[ClaimEntry], num: Any) -> str | None:
    """'200 (2020-01-02) → 230 (2020-01-09)' when later dates only ever bring higher figures."""
    dated = sorted({(e.published, num(e), e.display) for e in ents if e.published})
    days = sorted({d for d, _, _ in dated})
    if len(days) < 2:
        return None
    per_day = [(d, [x for x in dated if x[0] == d]) for d in days]
    lows = [min(v for _, v, _ in xs) for _, xs in per_day]
    highs = [max(v for _, v, _ in xs) for _, xs in per_day]
    if any(lows[i + 1] < highs[i] for i in range(len(days) - 1)) or highs[-1] <= lows[0]:
        return None
    return " → ".join(f"{xs[-1][2]} ({d})" for d, xs in per_day)


# -- the whole cross-check --------------------------------------------------------------


def crosscheck(
    records: Iterable[dict[str, Any]],
    agency_country: dict[str, str] | None = None,
) -> CrossCheck:
    """Cases, claim clusters, comparisons and case figures; records gain `case_id`."""
    recs = list(records)
    agency_country = agency_country or _agency_countries(recs)
    cases, reprint_of = group_cases(recs)
    by_id = {r["doc_id"]: r for r in recs}
    sources = source_ids(recs, reprint_of)
    official = {r["doc_id"]: is_official(r) for r in recs}
    rows: list[Comparison] = []
    clusters: list[ClaimCluster] = []
    for case in cases:
        for d in case.doc_ids:
            by_id[d]["case_id"] = case.case_id
        # in order of publication: a cluster starts from the earliest report of a claim
        docs = sorted(case.doc_ids, key=lambda d: (by_id[d].get("published") or "9999", d))
        per_kind: dict[str, list[_Cluster]] = defaultdict(list)
        for d in docs:
            figs: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for f in by_id[d]["figures"]:
                figs[f["kind"]].append(f)
            for kind, fs in figs.items():
                _align(by_id[d], fs, per_kind[kind], agency_country)
        for kind in sorted(per_kind):
            for n, c in enumerate(per_kind[kind]):
                cl, rs = _finish(case, n, c, sources, reprint_of, official, agency_country)
                clusters.append(cl)
                rows.extend(rs)
            rows.extend(_scope_links(case, per_kind[kind], sources, agency_country))
    comp = pd.DataFrame([r.model_dump() for r in rows], columns=list(Comparison.model_fields))
    comp = comp.astype({c: "Int64" for c in ("value_a", "value_b", "min_a", "max_a", "min_b", "max_b")})
    cases_df = pd.DataFrame(
        [{"case_id": c.case_id, "doc_id": d, "case_name": c.name} for c in cases for d in c.doc_ids],
        columns=["case_id", "doc_id", "case_name"],
    )
    figs_df = pd.DataFrame(
        [cf.model_dump() for cl in clusters for cf in case_figures(cl)], columns=list(CaseFigure.model_fields)
    ).astype({"low": "Int64", "best": "Int64", "high": "Int64"})
    return CrossCheck(comp, cases_df, cases, clusters, figs_df, reprint_of, sources)


def _scope_links(
    case: Case, kind_clusters: list[_Cluster], sources: dict[str, str], agency_country: dict[str, str]
) -> list[Comparison]:
    """Say how a part relates to the whole: each cluster against the case's main cluster of its kind.

    Clusters of one kind that describe different things (the total and "16 in Ecuador"; this
    year's arrests and last year's; a sum of terms and one person's term) are never merged, so
    no pair inside a cluster compares them. When another outlet reports the part, one row says
    `different_scope` with the reason; a pair with no stated difference gets no row (the
    cross-check does not invent conflicts between figures it judged to be different claims).
    Linear: one row at most per cluster.
    """
    if len(kind_clusters) < 2:
        return []

    def whole(c: _Cluster) -> tuple[int, float]:
        unscoped = all(not f.get("where") and not f.get("when") and not f.get("person") for f in c.variants.values())
        return int(unscoped), c.top()

    main = max(kind_clusters, key=lambda c: (whole(c), len(c.docs)))
    rows: list[Comparison] = []
    main_sources = {sources[r["doc_id"]] for r, _ in main.items}
    for c in kind_clusters:
        if c is main:
            continue
        other = [(r, f) for r, f in c.items if sources[r["doc_id"]] not in main_sources or len(main_sources) > 1]
        if not other:
            continue
        a_items, b_items = main.items, other
        v, why = verdict(a_items[0][1], b_items[0][1], agency_country)
        if v == "different_scope":
            rows.append(_row(case, f"{case.case_id}:{c.kind}:scope", c.kind, a_items, b_items, v, why, sources))
    return rows


def _agency_countries(recs: list[dict[str, Any]]) -> dict[str, str]:
    return {a["name"]: a["country"] for r in recs for a in r.get("agencies", []) if a.get("country")}
