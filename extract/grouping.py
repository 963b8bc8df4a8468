"""Which articles report the same case, and which articles are copies of one another.

Three steps, each near-linear in the number of articles:

1. Reprints. Articles whose texts are the same or nearly the same (MinHash over word
   shingles, LSH buckets, then a Jaccard check) are one source. Only one article of each
   reprint group (its representative) takes part in grouping; the copies follow it, so
   copies can neither split a case nor outvote it.
2. Named cases. An article naming an operation joins that operation's case. A numbered
   phase ("Cross Country VIII") is its own case; an article naming only the series joins
   the phase when some article of that year writes phase and series together. Editions
   of a series in different years are different cases. Two names joined in a text by
   "also known as", "(...)", "/" and the like name one case.
3. Unnamed articles. Average-linkage clustering over the most similar candidates only
   (TF-IDF cosine over words and over proper names, plus shared figures, agencies and a
   close publication date, minus years apart): an unnamed article attaches to a case
   only when it is close to the case as a whole, and stays alone when nothing is.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from extract.rules_loader import load_rules
from extract.text import CALENDAR_WORDS, normalise_operation, operation_words

NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zA-Z]+(?:[A-Z][a-z]+)*")
ROMAN = re.compile(r"^(?=[ivxlc]{2,}$|[vx]$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
# what may stand between two names of one operation: "A (B)", "A / B", "A, also known as B", "A, dubbed B"
ALIAS_GAP = re.compile(
    r"""^\s*[\"'“”‘’]?\s*(?:
        \(\s*(?:also\s+|or\s+|aka\s+|a\.k\.a\.\s+)?(?:(?:known|called|dubbed|named|code-?named)\s+(?:as\s+)?)?
      | /
      | ,?\s*(?:or|aka|a\.k\.a\.)
      | [,–—-]?\s*(?:also|otherwise|officially|internally)?\s*(?:known|called|dubbed|named|code-?named|referred\s+to)
        (?:\s+(?:in|by)\s+[\w.' -]{1,30}?)?(?:\s+as)?
    )\s*[\"'“”‘’]?\s*(?:the\s+)?$""",
    re.I | re.X,
)
ALIAS_GAP_MAX = 60
SHINGLE = 5  # words per shingle: long enough that two different stories rarely share one
NUM_PERM = 64
REPRINT_JACCARD = 0.7  # texts sharing this share of shingles are one text, edited (headline, byline, footer)
CANDIDATES = 25  # unnamed articles are compared with their most similar texts only
# average similarity a cluster needs to join another: midway between the weakest true link (0.155) and the
# strongest false one (0.142) measured on the development corpus
LINK_THRESHOLD = 0.148
MIN_TELLING_FIGURE = 10  # a shared count below this is a coincidence, not a sign of one story
YEAR_PENALTY = 0.02  # per year apart (up to 5): stories years apart are rarely one case
DATE_BONUS = 0.05  # published within DATE_DAYS of each other: the same news day
DATE_DAYS = 3


@dataclass
class Case:
    case_id: str
    name: str
    doc_ids: list[str]
    named: bool = True
    operations: list[str] = field(default_factory=list)


# -- names ------------------------------------------------------------------------------


def split_phase(key: str) -> tuple[str, str | None]:
    """('cross country', 'viii') for a numbered phase, (key, None) otherwise."""
    parts = key.split()
    if len(parts) >= 2 and (ROMAN.match(parts[-1]) or re.fullmatch(r"\d{1,2}|(19|20)\d\d", parts[-1])):
        return " ".join(parts[:-1]), parts[-1]
    return key, None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "case"


def year_of(rec: dict[str, Any]) -> int | None:
    """Publication year, else the latest year the text mentions."""
    if rec.get("published"):
        return int(rec["published"][:4])
    years = [int(d["iso"][:4]) for d in rec.get("dates", []) if isinstance(d, dict)]
    return max(years) if years else None


def _published(rec: dict[str, Any]) -> date | None:
    p = rec.get("published")
    if p and len(p) == 10:
        return date.fromisoformat(p)
    return None


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the smaller id represents: deterministic


# -- 1. reprints ------------------------------------------------------------------------


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def reprint_groups(records: list[dict[str, Any]], threshold: float = REPRINT_JACCARD) -> dict[str, str]:
    """doc_id -> the doc_id of its group's representative (itself when it is no copy).

    Identical texts are grouped by hash without any sketch; distinct texts get one MinHash
    each, LSH proposes near-duplicate candidates and the estimated Jaccard decides.
    """
    from datasketch import MinHash, MinHashLSH

    uf = UnionFind()
    by_hash: dict[str, str] = {}
    order = sorted(records, key=_rep_order)
    for r in order:
        h = r.get("text_sha256") or hashlib.sha256(r.get("text", "").encode()).hexdigest()
        uf.find(r["doc_id"])
        if h in by_hash:
            uf.union(by_hash[h], r["doc_id"])
        else:
            by_hash[h] = r["doc_id"]
    firsts = set(by_hash.values())
    distinct = [r for r in order if r["doc_id"] in firsts]
    shingle_sets = [_shingles(r.get("text", "")) for r in distinct]
    sketches = MinHash.bulk([sorted(s) for s in shingle_sets], num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketch_of: dict[str, Any] = {}
    for r, s, m in zip(distinct, shingle_sets, sketches, strict=True):
        if not s:
            continue
        for other in lsh.query(m):
            if m.jaccard(sketch_of[other]) >= threshold:
                uf.union(other, r["doc_id"])
        lsh.insert(r["doc_id"], m)
        sketch_of[r["doc_id"]] = m
    rank = {r["doc_id"]: i for i, r in enumerate(order)}
    groups: dict[str, list[str]] = defaultdict(list)
    for r in order:
        groups[uf.find(r["doc_id"])].append(r["doc_id"])
    out: dict[str, str] = {}
    for members in groups.values():
        rep = min(members, key=rank.__getitem__)
        for m in members:
            out[m] = rep
    return out


def _rep_order(r: dict[str, Any]) -> tuple:
    """The earliest-published article of a reprint group represents it (the original, most likely)."""
    return (r.get("published") or "9999", r["doc_id"])


# -- 2. named cases ---------------------------------------------------------------------


def _record_keys(rec: dict[str, Any]) -> dict[str, tuple[int, str]]:
    """Normalised operation key -> (mentions, a surface form); a series written beside its phase is the phase."""
    keys: dict[str, list] = {}
    for op in rec.get("operations") or []:
        k = normalise_operation(op["name"])
        if not k:
            continue
        e = keys.setdefault(k, [0, op["name"]])
        e[0] += op.get("mentions", 1)
    phases = {k: split_phase(k) for k in keys}
    out: dict[str, tuple[int, str]] = {}
    for k, (m, surface) in keys.items():
        series, num = phases[k]
        target = k
        if num is None:
            # "Operation Cross Country VIII ... Operation Cross Country": the text says the series means this phase
            written = sorted(p for p, (s, n) in phases.items() if n is not None and s == k)
            if len(written) == 1:
                target = written[0]
        prev = out.get(target)
        best_surface = surface if target == k else keys[target][1]
        out[target] = ((prev[0] if prev else 0) + m, best_surface)
    return out


def alias_pairs(rec: dict[str, Any]) -> list[tuple[str, str]]:
    """Pairs of operation names that the text writes as two names of one operation ("A, also known as B")."""
    text = rec.get("text", "")
    low = text.lower()
    names = {normalise_operation(o["name"]): o["name"] for o in rec.get("operations") or []}
    names = {k: v for k, v in names.items() if k}
    if len(names) < 2:
        return []
    spans: dict[str, list[tuple[int, int]]] = {}
    for k, surface in names.items():
        forms = {surface.lower(), k}
        spans[k] = [(m.start(), m.end()) for f in forms for m in re.finditer(re.escape(f), low)]
    out = []
    keys = sorted(names)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if split_phase(a)[0] == split_phase(b)[0]:
                continue  # a phase and its series are handled as such, not as aliases
            for (sa, ea), (sb, eb) in ((x, y) for x in spans[a] for y in spans[b]):
                first_end, second_start = (ea, sb) if ea <= sb else (eb, sa) if eb <= sa else (None, None)
                if first_end is None or second_start - first_end > ALIAS_GAP_MAX:
                    continue
                if ALIAS_GAP.match(text[first_end:second_start]):
                    out.append((a, b))
                    break
    return out


def _join_run_together(reps: list[dict[str, Any]], per_doc: dict[str, dict[str, tuple[int, str]]]) -> None:
    """'Operation Firstlight' beside 'Operation First Light': one name run together is the spaced one.

    Only when some article of the batch writes the spaced form; a one-word name alone stays as it is.
    """
    joined: dict[str, str] = {}
    for r in reps:
        for op in r.get("operations") or []:
            words = operation_words(op["name"])
            if len(words) > 1:
                joined.setdefault("".join(words), normalise_operation(op["name"]))
    if not joined:
        return
    for ks in per_doc.values():
        moved = {k: joined[k] for k in ks if " " not in k and k in joined and joined[k] != k}
        for old, new in moved.items():
            m, surface = ks.pop(old)
            prev = ks.get(new)
            ks[new] = ((prev[0] if prev else 0) + m, prev[1] if prev else surface)


def named_keys(reps: list[dict[str, Any]]) -> tuple[dict[str, str], dict[str, Counter]]:
    """doc_id -> case key for articles naming an operation, and the surface names written for each key."""
    per_doc = {r["doc_id"]: _record_keys(r) for r in reps}
    _join_run_together(reps, per_doc)
    df: Counter = Counter(k for ks in per_doc.values() for k in ks)
    years = {r["doc_id"]: year_of(r) for r in reps}
    # which phase a series means in a given year, as written by some article that names both
    phase_of: dict[tuple[str, int | None], set[str]] = defaultdict(set)
    recurring: set[str] = set()
    for r in reps:
        for op in r.get("operations") or []:
            series, num = split_phase(normalise_operation(op["name"]))
            if num is not None:
                recurring.add(series)
        for k in per_doc[r["doc_id"]]:
            series, num = split_phase(k)
            if num is not None and any(normalise_operation(o["name"]) == series for o in r.get("operations") or []):
                phase_of[(series, years[r["doc_id"]])].add(k)
    uf = UnionFind()
    for r in reps:
        for a, b in alias_pairs(r):
            uf.union(
                _resolve(a, years[r["doc_id"]], phase_of, recurring),
                _resolve(b, years[r["doc_id"]], phase_of, recurring),
            )
    keys: dict[str, str] = {}
    surfaces: dict[str, Counter] = defaultdict(Counter)
    for r in reps:
        ks = per_doc[r["doc_id"]]
        if not ks:
            continue
        # the name written most, then the one other articles share (a stray title-case phrase is no case), then order
        order = list(ks)
        best = max(order, key=lambda k: (ks[k][0], df[k], -order.index(k)))
        key = uf.find(_resolve(best, years[r["doc_id"]], phase_of, recurring))
        keys[r["doc_id"]] = key
        surfaces[key][ks[best][1]] += 1
    return keys, surfaces


def _resolve(key: str, year: int | None, phase_of: dict, recurring: set[str]) -> str:
    """A series-only name: the phase an article of that year ties it to, else the series of that year."""
    series, num = split_phase(key)
    if num is not None and re.fullmatch(r"(19|20)\d\d", num):
        return f"{series} @{num}"  # "Global Chain 2024" is the 2024 edition, as "Global Chain" written in 2024
    if num is not None or key not in recurring:
        return key
    for y in (year, None) if year is None else (year, year - 1, year + 1):
        cands = phase_of.get((key, y), set())
        if len(cands) == 1:
            return _resolve(next(iter(cands)), year, phase_of, recurring)  # "X 2019" is the edition "X @2019"
    if year is None:
        # an undated article: the one phase any article ties the series to, when there is only one
        cands = {c for (series, _), phases in phase_of.items() if series == key for c in phases}
        if len(cands) == 1:
            return _resolve(next(iter(cands)), year, phase_of, recurring)
    return f"{key} @{year}" if year else key


# -- 3. unnamed articles ----------------------------------------------------------------


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


def _top_similar(reps: list[dict[str, Any]], rows: list[int], k: int) -> list[list[tuple[int, float]]]:
    """For each row, its k most similar records (words and proper names, TF-IDF cosine), in chunks of rows."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    mats = []
    for texts, vec in (
        ([r.get("text", "") for r in reps], TfidfVectorizer(stop_words="english", sublinear_tf=True)),
        (
            [_story_names(r) for r in reps],
            TfidfVectorizer(lowercase=False, token_pattern=r"\S+", sublinear_tf=True),
        ),
    ):
        try:
            mats.append(vec.fit_transform(texts))
        except ValueError:  # no usable tokens at all
            mats.append(None)
    out: list[list[tuple[int, float]]] = []
    chunk = 256
    for c in range(0, len(rows), chunk):
        idx = rows[c : c + chunk]
        sim = np.zeros((len(idx), len(reps)))
        for m in mats:
            if m is not None:
                sim += 0.5 * (m[idx] @ m.T).toarray()
        for n, i in enumerate(idx):
            sim[n, i] = -1.0
            top = np.argpartition(-sim[n], min(k, len(reps) - 1))[: k + 1] if len(reps) > 1 else []
            out.append([(int(j), float(sim[n, j])) for j in top if j != i])
    return out


def _pair_score(a: dict[str, Any], b: dict[str, Any], sim: float) -> float:
    score = sim + 0.04 * min(3, _shared_figures(a, b)) + 0.02 * min(3, _shared_agencies(a, b))
    ya, yb = year_of(a), year_of(b)
    if ya and yb:
        score -= YEAR_PENALTY * min(5, abs(ya - yb))
    pa, pb = _published(a), _published(b)
    if pa and pb and abs((pa - pb).days) <= DATE_DAYS:
        score += DATE_BONUS
    return score


def _shared_figures(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Figures both report; small counts ("1 in France", "3 arrested") are in every story and say nothing."""

    def telling(r: dict[str, Any]) -> set[tuple]:
        return {
            (f["kind"], f.get("value"), f.get("min"))
            for f in r.get("figures", [])
            if (f.get("value") or f.get("min") or 0) >= MIN_TELLING_FIGURE
        }

    return len(telling(a) & telling(b))


def _shared_agencies(a: dict[str, Any], b: dict[str, Any]) -> int:
    everywhere = set(load_rules().agencies.everywhere)  # cached: parsed once per process
    na = {x["name"] for x in a.get("agencies", [])} - everywhere
    nb = {x["name"] for x in b.get("agencies", [])} - everywhere
    return len(na & nb)


def _average_linkage(
    clusters: dict[int, set[int]], named: set[int], edges: dict[tuple[int, int], float], threshold: float
) -> dict[int, int]:
    """Merge clusters by average similarity over member pairs (unknown pairs count 0); named never merge."""
    size = {c: len(m) for c, m in clusters.items()}
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), s in edges.items():
        if a != b:
            sums[a][b] = sums[a].get(b, 0.0) + s
            sums[b][a] = sums[b].get(a, 0.0) + s
    heap = [(-s / (size[a] * size[b]), a, b) for a, nb in sums.items() for b, s in nb.items() if a < b]
    heapq.heapify(heap)
    owner = {c: c for c in clusters}
    alive = set(clusters)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if -neg < threshold:
            break
        if a not in alive or b not in alive or b not in sums[a] or abs(sums[a][b] / (size[a] * size[b]) + neg) > 1e-12:
            continue  # stale entry
        if a in named and b in named:
            continue
        keep, gone = (a, b) if (a in named or (b not in named and a < b)) else (b, a)
        for c, s in sums.pop(gone).items():
            sums[c].pop(gone, None)
            if c == keep:
                continue
            sums[keep][c] = sums[keep].get(c, 0.0) + s
            sums[c][keep] = sums[keep][c]
        sums[keep].pop(gone, None)
        size[keep] += size[gone]
        alive.discard(gone)
        owner[gone] = keep
        for c, s in sums[keep].items():
            heapq.heappush(heap, (-s / (size[keep] * size[c]), min(keep, c), max(keep, c)))

    def root(c: int) -> int:
        while owner[c] != c:
            c = owner[c]
        return c

    return {c: root(c) for c in clusters}


def group_cases(
    records: Iterable[dict[str, Any]], threshold: float = LINK_THRESHOLD
) -> tuple[list[Case], dict[str, str]]:
    """(cases, doc_id -> reprint representative); deterministic for a given set of records."""
    recs = sorted(records, key=lambda r: r["doc_id"])
    if not recs:
        return [], {}
    rep_of = reprint_groups(recs)
    reps = [r for r in recs if rep_of[r["doc_id"]] == r["doc_id"]]
    keys, surfaces = named_keys(reps)
    # cluster ids: one per named key, one per unnamed representative
    key_ids = {k: n for n, k in enumerate(sorted(set(keys.values())))}
    cluster_of: list[int] = []
    for i, r in enumerate(reps):
        k = keys.get(r["doc_id"])
        cluster_of.append(key_ids[k] if k is not None else len(key_ids) + i)
    clusters: dict[int, set[int]] = defaultdict(set)
    for i, c in enumerate(cluster_of):
        clusters[c].add(i)
    named = set(key_ids.values())
    rows = [i for i, r in enumerate(reps) if r["doc_id"] not in keys]
    edges: dict[tuple[int, int], float] = {}
    if rows:
        for i, cands in zip(rows, _top_similar(reps, rows, CANDIDATES), strict=True):
            for j, sim in cands:
                s = _pair_score(reps[i], reps[j], sim)
                if s <= 0:
                    continue
                edges.setdefault((min(i, j), max(i, j)), s)  # a pair seen from both sides counts once
    cluster_edges: dict[tuple[int, int], float] = defaultdict(float)
    for (i, j), s in edges.items():
        a, b = sorted((cluster_of[i], cluster_of[j]))
        if a != b:
            cluster_edges[(a, b)] += s
    final = _average_linkage(clusters, named, cluster_edges, threshold)
    members: dict[int, list[str]] = defaultdict(list)
    rep_cluster = {r["doc_id"]: final[cluster_of[i]] for i, r in enumerate(reps)}
    for r in recs:
        members[rep_cluster[rep_of[r["doc_id"]]]].append(r["doc_id"])
    by_id = {r["doc_id"]: r for r in recs}
    inv_key = {v: k for k, v in key_ids.items()}
    cases, used = [], set()
    for c, docs in sorted(members.items(), key=lambda kv: min(kv[1])):
        key = inv_key.get(c)
        if key is not None:
            name = surfaces[key].most_common(1)[0][0]
            year = key.rsplit(" @", 1)[1] if " @" in key else None
            name = f"{name} ({year})" if year else name
            ops = sorted({o["name"] for d in docs for o in by_id[d].get("operations") or []})
        else:
            name = unnamed_name([by_id[d] for d in docs])
            ops = []
        cid = slug(name if key is not None else f"unnamed {min(docs)}")
        while cid in used:
            cid += "-2"
        used.add(cid)
        cases.append(Case(case_id=cid, name=name, doc_ids=sorted(docs), named=key is not None, operations=ops))
    return cases, rep_of


def unnamed_name(recs: list[dict[str, Any]]) -> str:
    """A case with no operation name is titled by what it is about: a headline, else its first sentence."""
    recs = sorted(recs, key=_rep_order)
    title = next((r["title"] for r in recs if r.get("title")), None)
    if not title:
        text = re.sub(r"\s+", " ", recs[0].get("text", "")).strip()
        title = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(title) > 90:
        title = title[:90].rsplit(" ", 1)[0] + "…"
    years = sorted({y for r in recs if (y := year_of(r))})
    return title + (f" ({years[0]})" if years else "")
