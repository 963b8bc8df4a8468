"""Cross-check: group records into cases, align figures between outlets, give verdicts.

Grouping: records naming an operation group by its normalised name; records
naming none attach to the case they are most similar to (TF-IDF cosine over
the text, plus shared figures and agencies), or start a case of their own.

Alignment, per case, per kind, per pair of articles: equal values first,
then values a qualifier or rounding allows, then same-scope differences; the
remaining top-line figures of each side are compared last (different scope
or conflict); anything left is `single_source`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from schemas import Comparison

OP_PREFIX = re.compile(r"^(operation|project|opération|operación|operazione|op\.)\s+", re.I)
NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zA-Z]+(?:[A-Z][a-z]+)*")
YEAR_PENALTY = 0.01
CANDIDATES = 25
CALENDAR_WORDS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
}
MAGNITUDE = 5  # unscoped counts this many times apart describe different populations, not one fact
ROUNDING = 0.05  # two exact counts this close are a rounding difference
APPROX = 0.10  # "about N" covers ±10 %
COMMON_AGENCIES = {
    "International Criminal Police Organization",
    "European Union Agency for Law Enforcement Cooperation",
    "Federal Bureau of Investigation",
}
QUAL_WORDS = {"exact": "", "more_than": "more than ", "at_least": "at least ", "approx": "about ", "up_to": "up to "}


def normalise_operation(name: str) -> str:
    n = re.sub(r"[\"'“”‘’]", "", name).strip().lower()
    n = OP_PREFIX.sub("", n)
    n = re.sub(r"\s+(operation)$", "", n)
    return re.sub(r"[^a-z0-9]+", " ", n).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "case"


@dataclass
class Case:
    case_id: str
    name: str
    doc_ids: list[str]


# -- grouping ---------------------------------------------------------------------------


def primary_operation(rec: dict[str, Any]) -> str | None:
    ops = rec.get("operations") or []
    if not ops:
        return None
    best = max(ops, key=lambda o: (o.get("mentions", 1), -ops.index(o)))
    return best["name"]


def group_cases(records: list[dict[str, Any]], threshold: float = 0.16) -> list[Case]:
    """Assign every record to a case; deterministic for a given set of records."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    recs = sorted(records, key=lambda r: r["doc_id"])
    if not recs:
        return []
    keys: dict[str, str] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    for r in recs:
        op = primary_operation(r)
        if op:
            k = normalise_operation(op)
            keys[r["doc_id"]] = k
            names[k][op] += 1
    texts = [r.get("text", "") for r in recs]
    # words say what the story is about; capitalised names (sites, suspects, towns) say which story it is
    # only unnamed records need comparing: rows for them alone keep memory at u x n, not n x n
    rows = [i for i, r in enumerate(recs) if r["doc_id"] not in keys]
    words = _similarity(texts, rows, TfidfVectorizer(stop_words="english", sublinear_tf=True))
    proper = _similarity(
        [_story_names(r) for r in recs], rows, TfidfVectorizer(lowercase=False, token_pattern=r"\S+", sublinear_tf=True)
    )
    sim = 0.5 * words + 0.5 * proper
    years = [_year(r) for r in recs]
    idx = {r["doc_id"]: i for i, r in enumerate(recs)}
    # unnamed records: attach to the best-scoring record, named first
    for r in recs:
        if r["doc_id"] in keys:
            continue
        ri = idx[r["doc_id"]]
        i = rows.index(ri)
        best, best_score = None, threshold
        # the most similar texts only: bonuses are small, and this keeps thousands of records fast
        top = np.argsort(-sim[i])[: CANDIDATES + 1]
        for j in (int(x) for x in top):
            other = recs[j]
            if other is r:
                continue
            score = float(sim[i, j]) + 0.04 * _shared_figures(r, other) + 0.01 * _shared_agencies(r, other)
            if years[ri] and years[j]:
                score -= YEAR_PENALTY * min(5, abs(years[ri] - years[j]))  # stories years apart are rarely one case
            if other["doc_id"] not in keys:
                score -= 0.02  # prefer joining a named case
            if score > best_score:
                best, best_score = other, score
        if best is not None and best["doc_id"] in keys:
            keys[r["doc_id"]] = keys[best["doc_id"]]
        elif best is not None:
            k = keys.setdefault(best["doc_id"], f"unnamed:{best['doc_id']}")
            keys[r["doc_id"]] = k
        else:
            keys[r["doc_id"]] = f"unnamed:{r['doc_id']}"
    cases: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        cases[keys[r["doc_id"]]].append(r["doc_id"])
    out = []
    for k, docs in sorted(cases.items()):
        if k.startswith("unnamed:"):
            name = _unnamed_name([r for r in recs if r["doc_id"] in docs])
        else:
            name = names[k].most_common(1)[0][0]
        out.append(
            Case(
                case_id=slug(name if not k.startswith("unnamed:") else k.removeprefix("unnamed:")),
                name=name,
                doc_ids=docs,
            )
        )
    return out


def _similarity(texts: list[str], rows: list[int], vectorizer: Any) -> Any:
    """Cosine similarity of the given rows against every text (TF-IDF fitted on all texts)."""
    import numpy as np
    from sklearn.metrics.pairwise import cosine_similarity

    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # no usable tokens at all: nothing to compare by
        return np.zeros((len(rows), len(texts)))
    return cosine_similarity(matrix[rows], matrix) if rows else np.zeros((0, len(texts)))


def _story_names(rec: dict[str, Any]) -> str:
    """Capitalised words that name this story (sites, people, towns), not the agencies every story names."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    agency_words = {
        w.lower() for a in rec.get("agencies", []) for form in [a["name"], *a.get("aliases", [])] for w in form.split()
    }
    return " ".join(
        w
        for w in NAME.findall(rec.get("text", ""))
        if w.lower() not in agency_words and w.lower() not in ENGLISH_STOP_WORDS and w.lower() not in CALENDAR_WORDS
    )


def _year(rec: dict[str, Any]) -> int | None:
    """Publication year, else the latest year the text mentions."""
    if rec.get("published"):
        return int(rec["published"][:4])
    years = [int(d["iso"][:4]) for d in rec.get("dates", []) if isinstance(d, dict)]
    return max(years) if years else None


def _shared_figures(a: dict[str, Any], b: dict[str, Any]) -> int:
    fa = {(f["kind"], f.get("value"), f.get("min")) for f in a.get("figures", [])}
    fb = {(f["kind"], f.get("value"), f.get("min")) for f in b.get("figures", [])}
    return len(fa & fb)


def _shared_agencies(a: dict[str, Any], b: dict[str, Any]) -> int:
    na = {x["name"] for x in a.get("agencies", [])} - COMMON_AGENCIES
    nb = {x["name"] for x in b.get("agencies", [])} - COMMON_AGENCIES
    return len(na & nb)


def _unnamed_name(recs: list[dict[str, Any]]) -> str:
    ag = Counter(a["name"] for r in recs for a in r.get("agencies", []))
    years = sorted({(r.get("published") or "")[:4] for r in recs} - {""})
    who = ag.most_common(1)[0][0] if ag else "unnamed case"
    return f"{who} case" + (f" ({years[0]})" if years else "")


# -- verdicts ---------------------------------------------------------------------------


def _value(f: dict[str, Any]) -> int | None:
    return f.get("value") if f.get("value") is not None else f.get("min")


def display(f: dict[str, Any]) -> str:
    if f["kind"] == "sentence":
        if f.get("life") and f.get("min") is None:
            return "life"
        lo, hi = f.get("min"), f.get("max")
        if hi is None:
            return f"{QUAL_WORDS[f['qualifier']]}{lo} months to life"
        body = f"{lo} months" if lo == hi else f"{lo}–{hi} months"
        return QUAL_WORDS[f["qualifier"]] + body + (" (total)" if f.get("aggregate") else "")
    return f"{QUAL_WORDS[f['qualifier']]}{f['value']}"


def _interval(f: dict[str, Any]) -> tuple[float, float]:
    v = float(_value(f) or 0)
    q = f.get("qualifier", "exact")
    if q == "more_than":
        return v, float("inf")
    if q == "at_least":
        return v, float("inf")
    if q == "up_to":
        return 0.0, v
    if q == "approx":
        return v * (1 - APPROX), v * (1 + APPROX)
    return v, v


def compatible(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two different written values can both be true, or None."""
    va, vb = _value(a), _value(b)
    if va is None or vb is None:
        return None
    la, ha = _interval(a)
    lb, hb = _interval(b)
    if la <= hb and lb <= ha and (a["qualifier"] != "exact" or b["qualifier"] != "exact"):
        return f"{display(a)} and {display(b)} overlap once the qualifier is taken into account"
    if (
        a["qualifier"] == b["qualifier"] == "exact"
        and max(va, vb)
        and abs(va - vb) / max(va, vb) <= ROUNDING
        and abs(va - vb) <= 5
    ):
        return f"{va} and {vb} differ by less than {int(ROUNDING * 100)} %: a rounding or late-count difference"
    return None


def scope_of(f: dict[str, Any], agency_country: dict[str, str]) -> tuple[str, str]:
    """Explicit where/when, else the reporting agency's country for national counts."""
    where = (f.get("where") or "").lower()
    if not where and f["kind"] != "countries" and f.get("attributed_to"):
        c = agency_country.get(f["attributed_to"])
        if c and c != "INT":
            where = f"agency:{c.lower()}"
    return where, (f.get("when") or "").lower()


def _norm_place(w: str) -> str:
    return {"worldwide": "", "globally": ""}.get(w, w)


def verdict(a: dict[str, Any], b: dict[str, Any], agency_country: dict[str, str]) -> tuple[str, str]:
    va, vb = _value(a), _value(b)
    sa, sb = scope_of(a, agency_country), scope_of(b, agency_country)
    if va == vb and (a.get("max") == b.get("max")):
        if a["qualifier"] == b["qualifier"]:
            return "agree", f"both report {display(a)}"
        return "compatible", f"same number, written {display(a)!r} and {display(b)!r}"
    explicit_a, explicit_b = (a.get("where") or "").lower(), (b.get("where") or "").lower()
    if explicit_a and explicit_b and _norm_place(explicit_a) != _norm_place(explicit_b):
        return "different_scope", f"{display(a)} is for {a['where']}, {display(b)} for {b['where']}"
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
            return "different_scope", f"{display(a)} is for {pa}, {display(b)} for {pb}"
        return "different_scope", (
            f"{display(a)} and {display(b)} come from agencies of different countries "
            f"({a.get('attributed_to')} / {b.get('attributed_to')}): likely national vs total"
        )
    lo, hi = sorted((va or 0, vb or 0))
    if lo and hi / lo >= MAGNITUDE:
        return "different_scope", (
            f"{display(a)} and {display(b)} are {hi / lo:.0f} times apart: almost surely "
            "different populations (one force vs the whole operation), though no scope is stated"
        )
    return "conflict", f"{display(a)} vs {display(b)} for the same scope: both cannot be true"


def _pairs_for(
    fa: list[dict[str, Any]], fb: list[dict[str, Any]], kind: str, agency_country: dict[str, str]
) -> list[tuple[dict, dict]]:
    """Greedy one-to-one alignment of two articles' figures of one kind."""
    cands = []
    for i, a in enumerate(fa):
        for j, b in enumerate(fb):
            same_val = _value(a) == _value(b) and a.get("max") == b.get("max")
            sa, sb = scope_of(a, agency_country), scope_of(b, agency_country)
            same_scope = _norm_place(sa[0]) == _norm_place(sb[0]) and sa[1] == sb[1]
            if same_val:
                prio = 0 if same_scope else 1
            elif kind != "sentence" and compatible(a, b):
                prio = 2 if same_scope else 3
            elif kind != "sentence" and same_scope and (sa[0] or sa[1]):
                prio = 4
            else:
                continue
            cands.append((prio, abs((_value(a) or 0) - (_value(b) or 0)), i, j))
    used_a, used_b, pairs = set(), set(), []
    for _, _, i, j in sorted(cands):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((fa[i], fb[j]))
    if kind != "sentence":
        # each article's headline number of this kind, when neither was matched: compare those two
        ia = max(range(len(fa)), key=lambda i: _value(fa[i]) or 0)
        ib = max(range(len(fb)), key=lambda j: _value(fb[j]) or 0)
        if ia not in used_a and ib not in used_b:
            pairs.append((fa[ia], fb[ib]))
    return pairs


def crosscheck(
    records: Iterable[dict[str, Any]],
    agency_country: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, list[Case]]:
    """(comparisons, cases table, cases); records gain `case_id`."""
    recs = list(records)
    agency_country = agency_country or _agency_countries(recs)
    cases = group_cases(recs)
    by_id = {r["doc_id"]: r for r in recs}
    rows: list[Comparison] = []
    for case in cases:
        for d in case.doc_ids:
            by_id[d]["case_id"] = case.case_id
        docs = sorted(case.doc_ids)
        for kind in sorted({f["kind"] for d in docs for f in by_id[d]["figures"]}):
            compared: set[int] = set()
            for ia, da in enumerate(docs):
                for db in docs[ia + 1 :]:
                    fa = [f for f in by_id[da]["figures"] if f["kind"] == kind]
                    fb = [f for f in by_id[db]["figures"] if f["kind"] == kind]
                    if not fa or not fb:
                        continue
                    pairs = _pairs_for(fa, fb, kind, agency_country)
                    for a, b in pairs:
                        v, why = verdict(a, b, agency_country)
                        rows.append(_row(case, kind, by_id[da], a, by_id[db], b, v, why))
                        compared.update({id(a), id(b)})
            for d in docs:
                for f in by_id[d]["figures"]:
                    if f["kind"] == kind and id(f) not in compared:
                        others = [o for o in docs if o != d]
                        why = (
                            "no other article in this case reports this figure"
                            if others
                            else "the only article in this case"
                        )
                        rows.append(_row(case, kind, by_id[d], f, None, None, "single_source", why))
    comp = pd.DataFrame([r.model_dump() for r in rows], columns=list(Comparison.model_fields))
    comp = comp.astype({"value_a": "Int64", "value_b": "Int64"})
    cases_df = pd.DataFrame(
        [{"case_id": c.case_id, "doc_id": d, "case_name": c.name} for c in cases for d in c.doc_ids],
        columns=["case_id", "doc_id", "case_name"],
    )
    return comp, cases_df, cases


def _agency_countries(recs: list[dict[str, Any]]) -> dict[str, str]:
    return {a["name"]: a["country"] for r in recs for a in r.get("agencies", []) if a.get("country")}


def _row(case: Case, kind: str, ra: dict, a: dict, rb: dict | None, b: dict | None, v: str, why: str) -> Comparison:
    return Comparison(
        case_id=case.case_id,
        case_name=case.name,
        kind=kind,
        doc_a=ra["doc_id"],
        doc_b=rb and rb["doc_id"],
        outlet_a=ra.get("outlet"),
        outlet_b=rb and rb.get("outlet"),
        value_a=_value(a),
        value_b=b and _value(b),
        display_a=display(a),
        display_b=b and display(b),
        qualifier_a=a["qualifier"],
        qualifier_b=b and b["qualifier"],
        where_a=a.get("where"),
        where_b=b and b.get("where"),
        when_a=a.get("when"),
        when_b=b and b.get("when"),
        verdict=v,
        reason=why,
        evidence_a=a["evidence"]["text"],
        evidence_b=b and b["evidence"]["text"],
        sentence_a=a["evidence"]["sentence"],
        sentence_b=b and b["evidence"]["sentence"],
    )
