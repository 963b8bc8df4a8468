"""Scoring of ANNOTATION.md: one-to-one matching per article and field, P/R/F1."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from extract.errors import E_GOLD_JSON, E_NO_CORPUS, GoldFileError, format_validation
from extract.text import fold_operation_name, place_key
from schemas import ExpectedVerdict, FigureKind, GoldDoc

KINDS = [k.value for k in FigureKind]


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.tp + self.fn,
        }


@dataclass
class Scores:
    figures: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    micro: PRF = field(default_factory=PRF)
    qualifier_right: int = 0
    qualifier_total: int = 0
    operations: PRF = field(default_factory=PRF)
    agencies: PRF = field(default_factory=PRF)
    dates: PRF = field(default_factory=PRF)
    where_right: int = 0
    where_total: int = 0
    aggregate_right: int = 0
    aggregate_total: int = 0
    by_rule: dict[str, PRF] = field(default_factory=dict)
    docs: int = 0
    missing_predictions: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def qualifier_accuracy(self) -> float:
        return self.qualifier_right / self.qualifier_total if self.qualifier_total else 1.0

    @property
    def where_accuracy(self) -> float:
        return self.where_right / self.where_total if self.where_total else 1.0

    @property
    def aggregate_accuracy(self) -> float:
        return self.aggregate_right / self.aggregate_total if self.aggregate_total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "figures": {"micro": self.micro.as_dict(), "per_kind": {k: v.as_dict() for k, v in self.figures.items()}},
            "qualifier_accuracy": round(self.qualifier_accuracy, 4),
            "qualifier_matched": self.qualifier_total,
            "where_accuracy": round(self.where_accuracy, 4),
            "where_matched": self.where_total,
            "aggregate_accuracy": round(self.aggregate_accuracy, 4),
            "aggregate_matched": self.aggregate_total,
            "by_rule": {
                r: {"produced": v.tp + v.fp, "tp": v.tp, "fp": v.fp, "precision": round(v.precision, 4)}
                for r, v in sorted(self.by_rule.items(), key=lambda x: (-(x[1].tp + x[1].fp), x[0]))
            },
            "operations": self.operations.as_dict(),
            "agencies": self.agencies.as_dict(),
            "dates": self.dates.as_dict(),
            "missing_predictions": self.missing_predictions,
            **self.extra,
        }


# -- loading ----------------------------------------------------------------------------


def load_gold(path: Path) -> GoldDoc:
    """One gold file; problems become a GoldFileError naming the file and field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFileError(E_GOLD_JSON.format(path=path, detail=exc)) from None
    try:
        return GoldDoc.model_validate(data)
    except ValidationError as exc:
        raise GoldFileError(format_validation(path, exc)) from None


def load_gold_dir(corpus: Path) -> dict[str, GoldDoc]:
    gold_dir = corpus / "gold"
    if not gold_dir.is_dir() or not (corpus / "articles").is_dir():
        raise GoldFileError(E_NO_CORPUS.format(path=corpus))
    errors, out = [], {}
    for p in sorted(gold_dir.glob("*.json")):
        try:
            g = load_gold(p)
        except GoldFileError as exc:
            errors.append(str(exc))
            continue
        out[g.doc_id] = g
    if errors:
        raise GoldFileError("\n".join(errors))
    return out


def load_expected_verdicts(corpus: Path) -> list[ExpectedVerdict]:
    path = corpus / "crosscheck.json"
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [ExpectedVerdict.model_validate(d) for d in data]
    except json.JSONDecodeError as exc:
        raise GoldFileError(E_GOLD_JSON.format(path=path, detail=exc)) from None
    except ValidationError as exc:
        raise GoldFileError(format_validation(path, exc)) from None


# -- matching ---------------------------------------------------------------------------


def figure_key(f: Mapping[str, Any]) -> tuple[str, int | None, int | None] | None:
    """(kind, min, max); None for a term with no month value (a life term is not scored)."""
    kind = f["kind"]
    if f.get("value") is not None:
        return kind, f["value"], f["value"]
    lo, hi = f.get("min"), f.get("max")
    if lo is None and hi is None:
        return None
    return kind, lo, hi


def _norm_agency(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def _norm_date(d: Any) -> str:
    return str(d.get("iso") if isinstance(d, Mapping) else d)


def _multiset(pred: Iterable[Any], gold: Iterable[Any]) -> tuple[int, int, int]:
    p, g = Counter(pred), Counter(gold)
    tp = sum((p & g).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


def match_agencies(pred: list[Mapping[str, Any]], gold: list[Mapping[str, Any]]) -> tuple[int, int, int]:
    """Maximum one-to-one matching by shared name/alias (augmenting paths: small inputs)."""
    pforms = [{_norm_agency(x) for x in [p["name"], *p.get("aliases", [])]} for p in pred]
    gforms = [{_norm_agency(x) for x in [g["name"], *g.get("aliases", [])]} for g in gold]
    owner: dict[int, int] = {}

    def assign(gi: int, seen: set[int]) -> bool:
        for pi, forms in enumerate(pforms):
            if pi in seen or not (forms & gforms[gi]):
                continue
            seen.add(pi)
            if pi not in owner or assign(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    tp = sum(assign(gi, set()) for gi in range(len(gold)))
    return tp, len(pred) - tp, len(gold) - tp


def score_doc(scores: Scores, pred: Mapping[str, Any], gold: GoldDoc) -> None:
    scores.docs += 1
    g = gold.model_dump()
    gfig = [f for f in g["figures"] if figure_key(f) is not None]
    pfig = [f for f in pred.get("figures", []) if figure_key(f) is not None]
    for kind in KINDS:
        pk = [figure_key(f) for f in pfig if f["kind"] == kind]
        gk = [figure_key(f) for f in gfig if f["kind"] == kind]
        tp, fp, fn = _multiset(pk, gk)
        scores.figures[kind].add(tp, fp, fn)
        scores.micro.add(tp, fp, fn)
    _score_matched_pairs(scores, pfig, gfig)
    pred_ops = {fold_operation_name(o) for o in pred.get("operations", [])}
    scores.operations.add(*_multiset(pred_ops, {fold_operation_name(o) for o in g["operations"]}))
    scores.agencies.add(*match_agencies(list(pred.get("agencies", [])), g["agencies"]))
    scores.dates.add(*_multiset({_norm_date(d) for d in pred.get("dates", [])}, set(g["dates"])))


def _place(text: str | None) -> str | None:
    """A `where` as compared (extract.text.place_key); None for no place scope."""
    return place_key(text) or None


def where_agrees(a: str | None, b: str | None) -> bool:
    """ANNOTATION.md: both unscoped, or the same place, a place of a list, or one text inside the other."""
    pa, pb = _place(a), _place(b)
    if pa is None or pb is None:
        return pa is None and pb is None

    def parts(p: str) -> set[str]:
        return {q for x in re.split(r",|;|\band\b|\(|\)", p) if (q := _place(x))} | {p}

    return bool(parts(pa) & parts(pb)) or pa in pb or pb in pa


def _score_matched_pairs(scores: Scores, pfig: list[Mapping[str, Any]], gfig: list[Mapping[str, Any]]) -> None:
    """Pair predictions with gold of the same key (preferring an agreeing `where`, then qualifier).

    Gives qualifier, `where` and `aggregate` accuracy over the pairs, and TP/FP per producing rule.
    """
    pool: dict[tuple, list[Mapping[str, Any]]] = {}
    for g in gfig:
        pool.setdefault(figure_key(g), []).append(g)
    for f in pfig:
        cands = pool.get(figure_key(f)) or []
        rule = scores.by_rule.setdefault(str(f.get("rule") or "unknown"), PRF())
        if not cands:
            rule.fp += 1
            continue
        rule.tp += 1
        g = max(
            cands,
            key=lambda c: (where_agrees(f.get("where"), c.get("where")), f.get("qualifier", "exact") == c["qualifier"]),
        )
        cands.remove(g)
        scores.qualifier_total += 1
        scores.qualifier_right += f.get("qualifier", "exact") == g["qualifier"]
        scores.where_total += 1
        scores.where_right += where_agrees(f.get("where"), g.get("where"))
        if f["kind"] == "sentence":
            scores.aggregate_total += 1
            scores.aggregate_right += bool(f.get("aggregate")) == bool(g.get("aggregate"))


def score(predictions: Mapping[str, Mapping[str, Any]], gold: Mapping[str, GoldDoc]) -> Scores:
    s = Scores()
    for doc_id, gdoc in sorted(gold.items()):
        pred = predictions.get(doc_id)
        if pred is None:
            s.missing_predictions.append(doc_id)
            pred = {}
        score_doc(s, pred, gdoc)
    return s


# -- whole corpus (the `opfacts evaluate` command) --------------------------------------


def predict_corpus(corpus: Path, model: str | None = None) -> dict[str, dict[str, Any]]:
    from extract.extractor import Extractor
    from extract.ingest import read_inputs
    from schemas import Article

    ex = Extractor(model, quiet=True)
    arts = [a for a in read_inputs([corpus / "articles"]) if isinstance(a, Article)]
    return {r.doc_id: r.model_dump(mode="json") for r in ex.pipe(arts)}


def grouping_scores(case_of: Mapping[str, str], gold: Mapping[str, GoldDoc]) -> PRF:
    """Pairwise: two docs are a positive pair when their gold `event` is the same."""
    from itertools import combinations

    prf = PRF()
    for a, b in combinations(sorted(gold), 2):
        g = gold[a].event == gold[b].event
        p = a in case_of and case_of.get(a) == case_of.get(b)
        prf.add(int(g and p), int(p and not g), int(g and not p))
    return prf


def _event_key(name: str) -> str:
    """'Operation Pangea XI (2018)' and 'Operation Pangea XI' name one event: the note in brackets is no part of it."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip().lower()


def _sorted_values(values: Iterable[Any]) -> list[Any]:
    """Compared values in order; a missing one (a life term, pandas NA) sorts last instead of raising."""
    clean = [None if v is None or pd.isna(v) else v for v in values]
    return sorted(clean, key=lambda v: (v is None, v if v is not None else 0))


def verdict_scores(comparisons: Any, gold: Mapping[str, GoldDoc], expected: list[ExpectedVerdict]) -> dict[str, Any]:
    """An entry is right when some comparison of that kind and those values has an accepted verdict."""
    right, misses = 0, []
    for e in expected:
        docs = {d for d, g in gold.items() if g.event == e.event}
        if not docs:  # expected verdicts may name the event without the gold's bracketed note
            docs = {d for d, g in gold.items() if _event_key(g.event) == _event_key(e.event)}
        sub = comparisons[
            (comparisons["kind"] == e.kind) & comparisons["doc_a"].isin(docs) & comparisons["doc_b"].isin(docs)
        ]
        want = _sorted_values(e.values)
        found = [r.verdict for r in sub.itertuples() if _sorted_values([r.value_a, r.value_b]) == want]
        ok = any(v in e.verdicts for v in found)
        right += ok
        if not ok:
            misses.append(
                {"event": e.event, "kind": e.kind, "values": list(e.values), "expected": e.verdicts, "got": found}
            )
    return {
        "right": right,
        "total": len(expected),
        "accuracy": round(right / len(expected), 4) if expected else 1.0,
        "misses": misses,
    }


def with_copies(preds: Mapping[str, dict[str, Any]], gold: Mapping[str, GoldDoc], copies: int) -> tuple[dict, dict]:
    """Every article and its gold `copies` times over (reposted wire stories): grouping must not split them."""
    p2, g2 = {}, {}
    for d, rec in preds.items():
        for n in range(copies):
            cid = d if n == 0 else f"{d}~copy{n}"
            p2[cid] = {**rec, "doc_id": cid}
    for d, g in gold.items():
        for n in range(copies):
            cid = d if n == 0 else f"{d}~copy{n}"
            g2[cid] = g.model_copy(update={"doc_id": cid})
    return p2, g2


def evaluate_corpus(corpus: Path, model: str | None = None) -> Scores:
    from extract.crosscheck import crosscheck

    gold = load_gold_dir(corpus)
    expected = load_expected_verdicts(corpus)
    preds = predict_corpus(corpus, model)
    s = score(preds, gold)
    res = crosscheck([dict(r) for r in preds.values()])
    case_of = dict(zip(res.cases_df["doc_id"], res.cases_df["case_id"], strict=True))
    s.extra["grouping"] = grouping_scores(case_of, gold).as_dict()
    s.extra["verdicts"] = verdict_scores(res.comparisons, gold, expected)
    # the same corpus with every article posted 6 times: copies must neither split cases nor count as outlets
    p6, g6 = with_copies(preds, gold, 6)
    res6 = crosscheck(list(p6.values()))
    case6 = dict(zip(res6.cases_df["doc_id"], res6.cases_df["case_id"], strict=True))
    s.extra["grouping_x6"] = grouping_scores(case6, g6).as_dict()
    s.extra["cases"] = len(res.cases)
    s.extra["cases_x6"] = len(res6.cases)
    return s
