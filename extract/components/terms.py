"""Prison terms handed down: "jailed for fifteen years", "between 30 months and 60 years".

A duration ("N years", "N-month", "N years and M months") is a prison term
when a term lemma (sentence, jail, prison, serve...) governs it or stands
right before it, and no blocking lemma (faces, maximum, could) does. Writes
`doc.spans["terms"]` with min/max in months, qualifier, aggregate, life, person.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from extract.components.common import list_header, make_span, parse_number, sentence_of, set_group, surface_forms
from extract.components.payloads import TermInfo
from extract.rules_loader import load_rules

UNIT_MONTHS = {"decade": 120, "year": 12, "month": 1}  # "almost two decades in jail"
DAY = "day"  # days count only as one end of a range with a longer unit ("from 300 days to 12 years")
# "the other two to 20 years": a count of people before "to", not the low end of a range
PEOPLE_BEFORE = {"other", "others", "remaining", "rest"}


def _unit_of(tok: Token) -> str:
    """'years', 'year-' and 'Years' are one unit: the key of UNIT_MONTHS (or DAY)."""
    return tok.lower_.rstrip("-").rstrip("s")


def _months(value: int, unit: str) -> int:
    """Whole months, as terms are compared: days are rounded ("300 days" is 10 months)."""
    return round(value * 12 / 365) if unit == DAY else value * UNIT_MONTHS[unit]


# "carry" blocks statutory maximums ("the offence carries ten years") unless convictions carry the terms
ITEM_NAME = re.compile(r"[\s\-\u2022*\u2013]*((?:[A-Z][\w.'\u2019-]+ ){1,3}[A-Z][\w'\u2019-]+)\s*[(:,]")
DECIMAL = re.compile(r"^\d+\.\d+$")
CARRY = {"carry", "carries", "carrying", "carried"}
# a list header that says its people were convicted makes its durations prison terms
CONVICT_WORDS = {"convict", "convicted", "conviction", "convictions"}


@Language.factory("opf_terms", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_terms(nlp: Language, name: str, rules_dir: str | None) -> TermFinder:
    return TermFinder(nlp, name, rules_dir=rules_dir)


HANDED_DOWN = {"sentence", "jail", "imprison", "give", "hand", "order"}


class TermFinder:
    """Finds durations with token patterns, keeps those that are sentences handed down."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        tr = load_rules(rules_dir).terms
        # inflected forms too, so rules-only mode (no lemmatizer) still recognises "jailed", "sentenced"
        self.term = set(tr.term_lemmas) | set(surface_forms(tr.term_lemmas))
        self.block = set(tr.blocking_lemmas) | set(surface_forms(tr.blocking_lemmas))
        self.aggregate = [w.split() for w in tr.aggregate_words]
        self.group_sums = list(tr.group_sum_phrases)
        self.not_prison = set(tr.not_prison_words)
        self.time_after = set(tr.time_after_words)
        self.matcher = Matcher(nlp.vocab)
        unit = {"LOWER": {"IN": ["decade", "decades", "year", "years", "month", "months", "day", "days"]}}
        num = {"LIKE_NUM": True}
        dash = {"ORTH": {"IN": ["-", "\u2011", "\u2013"]}}
        self.matcher.add(
            "DUR",
            [
                [num, unit],
                [num, dash, num, unit],
                [num, dash, unit],
                [num, dash, num, dash, unit],
                # "two and a half years", "a two-and-a-half year term"
                [
                    num,
                    {"ORTH": "-", "OP": "?"},
                    {"LOWER": "and"},
                    {"ORTH": "-", "OP": "?"},
                    {"LOWER": "a"},
                    {"ORTH": "-", "OP": "?"},
                    {"LOWER": "half"},
                    {"ORTH": "-", "OP": "?"},
                    unit,
                ],
                [num, {"LOWER": {"IN": ["to", "and"]}}, num, unit],  # "from 15 to 40 years": both in years
                [num, {"LOWER": {"IN": ["years-", "year-", "month-"]}}],
                # "jailed for a year": read only right after a term verb and its preposition
                [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["year", "month", "decade"]}}],
            ],
            greedy="LONGEST",
        )
        self.life = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.life.add("LIFE", [nlp.make_doc(p) for p in tr.life_phrases])

    def __call__(self, doc: Doc) -> Doc:
        durations = []
        for _, s, e in self.matcher(doc):
            span = doc[s:e]
            unit_tok = next((t for t in reversed(span) if _unit_of(t) in UNIT_MONTHS or _unit_of(t) == DAY), None)
            num_toks = [t for t in span if t.like_num]
            if unit_tok is not None and not num_toks and span[0].lower_ in {"a", "an"}:
                if self._one_after_term_verb(doc, s):
                    months = UNIT_MONTHS[_unit_of(unit_tok)]
                    if [t.lower_ for t in doc[e : e + 3]] == ["and", "a", "half"]:
                        months, e = round(months * 1.5), e + 3  # "jailed for a year and a half"
                    durations.append((s, e, months, unit_tok))
                continue
            if unit_tok is None or not num_toks:
                continue
            if _unit_of(unit_tok) == DAY and (len(num_toks) != 1 or len(span) != 2):
                continue
            if len(num_toks) == 2 and span[1].lower_ in {"to", "and"}:
                lo_v, hi_v = parse_number(num_toks[0].text), parse_number(num_toks[1].text)
                low = _number_at(doc, num_toks[0].i)
                if low is not None and low._.opf.is_year and span[1].lower_ == "to" and hi_v is not None:
                    # "sentenced in October 2020 to twelve years": a year, then the term
                    durations.append((num_toks[1].i, e, hi_v * UNIT_MONTHS[_unit_of(unit_tok)], unit_tok))
                    continue
                if lo_v is None or hi_v is None or lo_v >= hi_v and self._is_range(doc, s):
                    continue
                unit = UNIT_MONTHS[_unit_of(unit_tok)]
                if s > 0 and doc[s - 1].lower_ in PEOPLE_BEFORE and span[1].lower_ == "to":
                    # "sentenced one to life and the other two to 20 years": "20 years" alone is the term
                    durations.append((num_toks[1].i, e, hi_v * unit, unit_tok))
                    continue
                durations.append((s, e, (lo_v * unit, hi_v * unit), unit_tok))
                continue
            if _unit_of(unit_tok) == DAY:
                value = parse_number(num_toks[0].text)
                if value is not None:
                    durations.append((s, e, _months(value, DAY), unit_tok))
                continue
            unit_months = UNIT_MONTHS[_unit_of(unit_tok)]
            if len(num_toks) == 1 and DECIMAL.match(num_toks[0].text):
                # "3.5 years" is 42 months; "12.3 years" (147.6 months) is written to a tenth of a year, and
                # terms are counted in whole months: 148
                durations.append((s, e, round(float(num_toks[0].text) * unit_months), unit_tok))
                continue
            value = parse_number(
                " ".join(t.text for t in num_toks) if len(num_toks) == 1 else f"{num_toks[0].text}-{num_toks[1].text}"
            )
            if value is None:
                continue
            months = value * unit_months + (unit_months // 2 if any(t.lower_ == "half" for t in span) else 0)
            durations.append((s, e, months, unit_tok))
        durations = _longest(durations)
        spans: list[Span] = []
        used: set[int] = set()
        for idx, (s, e, months, unit_tok) in enumerate(durations):
            if idx in used:
                continue
            if isinstance(months, tuple):  # "15 to 40 years"
                if self._is_term(doc, s, e, unit_tok):
                    if self._respectively(doc, e) or not self._is_range(doc, s):
                        # "18 and 20 years, respectively", "terms of 14, 16 and 20 years": one term each
                        unit = UNIT_MONTHS[_unit_of(unit_tok)]
                        for n_start, n_end, m in self._listed_before(doc, s, unit):
                            data = self._describe(doc, n_start, n_end, m, unit_tok)
                            spans.append(_term_span(doc, {**data, "rule": "term:each"}, n_end))
                        first_end = next(t.i + 1 for t in doc[s:e] if t.like_num)
                        for m, end in zip(months, (first_end, e), strict=True):
                            data = self._describe(doc, s, e, m, unit_tok)
                            spans.append(_term_span(doc, {**data, "rule": "term:each"}, end))
                        continue
                    data = self._describe(doc, s, e, months[0], unit_tok)
                    data.update(max=months[1], rule="term:range")
                    spans.append(_term_span(doc, data, e))
                continue
            total = months
            end = e
            # "22 years and five months", "5 years, 8 months", "2 years 8 months"
            if idx + 1 < len(durations):
                s2, e2, m2, u2 = durations[idx + 1]
                # "a six-year-and-nine-month term": the hyphens of a compound join the two as well
                between = [t for t in doc[e:s2] if t.text not in {"-", "\u2011"}]
                # "2 years 8 months" joins with nothing between
                if (
                    (not between or len(between) == 1 and between[0].lower_ in {"and", ","})
                    and _unit_of(unit_tok) != DAY
                    and _unit_of(u2) != DAY
                    and isinstance(m2, int)
                    and months % 12 == 0
                    and m2 < 12
                ):
                    total, end = months + m2, e2
                    used.add(idx + 1)
            if not self._is_term(doc, s, end, unit_tok):
                continue
            data = self._describe(doc, s, end, total, unit_tok)
            # "between 30 months and 60 years", "ranging from 28 months to life"
            # "ranging from three years and six months to nine years": the range starts after the joined months
            joined = end != e
            partner = self._range_partner(doc, idx + 1 if joined else idx, durations, unit_tok)
            if partner is None:
                partner = self._extremes(doc, s, end, durations, unit_tok)
            if _unit_of(unit_tok) == DAY and (
                partner is None or partner[0] < 0 or _unit_of(durations[partner[0]][3]) == DAY
            ):
                continue  # "remanded for 14 days" is no prison term; a range's low end in days is
            if partner is not None:
                j, pm = partner
                used.add(j)
                data["min"], data["max"] = min(total, pm), max(total, pm)
                end = max(end, durations[j][1]) if j >= 0 else end
                data["rule"] = "term:range"
                top = _number_at(doc, durations[j][0]) if j >= 0 else None
                if top is not None and data["qualifier"] == "exact" and top._.opf.qualifier in OPEN_ABOVE:
                    data["qualifier"] = top._.opf.qualifier  # "21 months to more than 23 years"
            elif self._range_to_life(doc, s, end):
                data["max"] = None
                data["life"] = True
                data["rule"] = "term:range-life"
            spans.append(_term_span(doc, data, end))
        for _, s, e in sorted(self.life(doc), key=lambda m: (m[1], m[2])):  # "life" before "life sentence"
            # "28 years to life" is a range (read with the years); "sentenced to life" is a life term
            after_years = s > 1 and doc[s - 1].lower_ == "to" and doc[s - 2].lower_.rstrip("s") in UNIT_MONTHS
            in_range = after_years or (e < len(doc) and doc[e].lower_ == "to")
            if in_range or any(sp.start <= s < sp.end for sp in spans) or not self._is_life_term(doc, s, e):
                continue
            data = self._describe(doc, s, e, None, doc[s])
            data.update(min=None, max=None, life=True, rule="term:life")
            spans.append(_term_span(doc, data, e))
        set_group(doc, "terms", sorted(spans, key=lambda sp: sp.start))
        return doc

    # -- tests on one duration -------------------------------------------------------
    def _path(self, tok: Token, hops: int = 4) -> list[Token]:
        out = [tok]
        while hops and tok.head != tok:
            tok = tok.head
            out.append(tok)
            hops -= 1
        return out

    def _is_term(self, doc: Doc, s: int, e: int, unit_tok: Token) -> bool:
        sent = sentence_of(doc, s)
        window = [t for t in doc[max(sent.start, s - 6) : min(sent.end, e + 4)] if not _month_name(t)]
        # "19 years and 21 years 8 months behind bars": coordinated terms share what makes them terms
        shared = [t for conj in unit_tok.conjuncts for t in conj.children]
        # "spending 19 years ... behind bars": the verb's own place phrase says where the years are spent
        head = unit_tok.head
        if unit_tok.dep_ == "dobj" and head.pos_ == "VERB":
            shared += [g for c in head.children if c.dep_ == "prep" for g in (c, *c.children)]
        path = [t for t in self._path(unit_tok) + list(unit_tok.children) + shared if not _month_name(t)]
        lemmas = {t.lemma_.lower() for t in path} | {t.lower_ for t in path}
        near = {t.lemma_.lower() for t in window} | {t.lower_ for t in window}
        blocked = (lemmas | near) & self.block
        if blocked and blocked <= CARRY and self._carried_by_convictions(window):
            blocked = set()  # "convictions carrying 300 years in prison": handed down, not a maximum
        if (
            blocked == {"minimum"}
            and not any(t.lower_ == "life" for t in window)
            and any(t.tag_ in {"VBN", "VBD"} and t.lemma_.lower() in HANDED_DOWN for t in self._path(unit_tok))
        ):
            blocked = set()  # "was sentenced to a minimum of 18 years": a minimum term handed down
        if blocked:
            return False
        if any(t.lower_ in {"old", "aged", "age"} for t in doc[e : min(len(doc), e + 2)]):
            return False
        if e < sent.end and doc[e].lower_ in self.time_after and unit_tok.dep_ == "npadvmod":
            return False  # "almost three years after the bust": when, not how long
        after = [t.lower_ for t in doc[e : min(sent.end, e + 4)]]
        # another duration joined after this one ("19 years with five years supervised release") carries
        # its own words; "12 months, suspended for two years" does not start one
        joined = next(
            (
                i
                for i, w in enumerate(after)
                if w in {"with", "plus", "followed"} or w == "and" and i + 1 < len(after) and doc[e + i + 1].like_num
            ),
            len(after),
        )
        if unit_tok.dep_ == "pobj" and unit_tok.head.head.lower_ in self.not_prison:
            return False  # "12 months, suspended for two years": how long the suspension runs
        if set(after[:joined]) & self.not_prison:
            # "four years of supervised release", "one year on licence": not a prison term; but "19 years
            # with five years supervised release" is one, and the release is another duration
            return False
        if [t.lower_ for t in doc[max(sent.start, s - 5) : s]][-1:] == ["plus"] and any(
            t.lower_ == "life" for t in doc[max(sent.start, s - 6) : s]
        ):
            return False  # "life in prison, plus 10 years": part of the life term
        head = unit_tok.head
        if (
            unit_tok.dep_ in {"compound", "amod", "nmod"}
            and 0 < head.i - unit_tok.i <= 2  # a modifier sits by its noun ("a two-year investigation")
            and head.lemma_.lower() not in self.term
        ):
            return False  # "a two-year investigation"
        if any(
            t.lower_ in {"since", "after", "ago", "within", "last", "past", "during"}
            for t in doc[max(sent.start, s - 2) : s]
        ):
            return False
        if s > 1 and doc[s - 1].lower_ == "of" and doc[s - 2].lemma_.lower() in {"course", "period", "span", "space"}:
            return False  # "over the course of 12 months": how long the crimes went on
        return bool(lemmas & self.term or near & self.term) or self._listed_under_term_header(doc, s)

    def _carried_by_convictions(self, window: list[Token]) -> bool:
        return any(
            t.lemma_.lower() in CARRY and t.head.lemma_.lower() in {"conviction", "sentence", "term"} for t in window
        )

    def _listed_under_term_header(self, doc: Doc, s: int) -> bool:
        """A list item under a header that says what its durations are ("The defendants were sentenced:")."""
        head = list_header(doc, doc[s].idx)
        if head is None:
            return False
        words = {t.lemma_.lower() for t in head} | {t.lower_ for t in head}
        return bool(words & (self.term | CONVICT_WORDS)) and not words & self.block

    def _is_life_term(self, doc: Doc, s: int, e: int) -> bool:
        sent = sentence_of(doc, s)
        near = {t.lemma_.lower() for t in doc[max(sent.start, s - 5) : s]}
        return bool(near & self.term) and not near & self.block

    def _describe(self, doc: Doc, s: int, e: int, months: int | None, unit_tok: Token) -> dict:
        qualifier, lo = "exact", s
        n = _number_at(doc, s)
        if n is not None:
            qualifier, lo = n._.opf.qualifier, min(n._.opf.qstart, s)
        sent = sentence_of(doc, s)
        before = [t.lower_ for t in doc[max(sent.start, lo - 4) : lo]]
        after = " ".join(t.lower_ for t in doc[e : min(sent.end, e + 4)])
        single = {w[0] for w in self.aggregate if len(w) == 1}
        aggregate = (
            bool(single & set(before))
            or self._sum_over_group(doc, sent, unit_tok)
            or any(t.lower_ in single for t in self._path(unit_tok))
            or any(len(w) > 1 and after.startswith(" ".join(w)) for w in self.aggregate)
            # "300 years in combined prison sentences" (but "each jailed for 12 years in total" is per person)
            or after.split()[:1] == ["in"]
            and bool(single & set(after.split()[1:2]))
            and not any(t.lower_ == "each" for t in sent)
        )
        person = self._person(unit_tok) or self._list_item_person(unit_tok)
        trig_lo = lo
        for t in doc[max(sent.start, lo - 4) : lo]:
            if t.lemma_.lower() in self.term:
                trig_lo = t.i
                break
        return {
            "min": months,
            "max": months,
            "qualifier": qualifier,
            "aggregate": aggregate,
            "life": False,
            "person": person,
            "rule": "term",
            "lo": trig_lo,
            "unit_tok": unit_tok.i,
        }

    def _sum_over_group(self, doc: Doc, sent: Span, unit_tok: Token) -> bool:
        """'In total, the five defendants were sentenced to 142 years': a sum over a group, said once in the clause."""
        text = sent.text.lower()
        if not any(f" {p} " in f" {text} " or text.startswith(p) for p in self.group_sums):
            return False
        for tok in self._path(unit_tok):
            for c in tok.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and (c.tag_ in {"NNS", "NNPS"} or c.lower_ in {"they", "them"}):
                    return not any(t.lower_ == "each" for t in sent)
        return False

    def _list_item_person(self, unit_tok: Token) -> str | None:
        """The named person a list item's term belongs to ("- J. Doe (Ohio): 250 months")."""
        doc = unit_tok.doc
        if list_header(doc, unit_tok.idx) is None:
            return None
        line_start = doc.text.rfind("\n", 0, unit_tok.idx) + 1
        named = [e for e in doc.ents if e.label_ == "PERSON" and line_start <= e.start_char < unit_tok.idx]
        if named:
            return named[0].text
        # the model missed the name: the item opens with it ("- Charles Hand (Maryland): 14 years")
        m = ITEM_NAME.match(doc.text, line_start, unit_tok.idx)
        return m.group(1) if m else None

    def _person(self, unit_tok: Token) -> str | None:
        """The named person a term is given to.

        The subject, a name in apposition to it ("The ringleader, Darren Hollis, 48, was jailed"),
        or a name between the verb and the term in a gapped clause ("X was jailed for 14 years and
        his brother Y for nine").
        """
        doc = unit_tok.doc
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        for tok in self._path(unit_tok):
            if tok.pos_ in {"VERB", "AUX"}:
                between = [e for e in people if tok.i < e.start and e.end <= unit_tok.i]
                if between:
                    return between[-1].text
            for c in tok.children:
                if c.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                    continue
                for cand in (c, *(a for a in c.children if a.dep_ == "appos")):
                    # a name the model left untyped, as a clause's subject, is a person too ("Bell got eight years")
                    untyped = (
                        cand is c
                        and c.dep_ != "dobj"
                        and cand.ent_type_ == ""
                        and cand.is_title
                        and not cand.is_sent_start  # "Head of the gang Tom Lee was jailed"
                    )
                    if cand.pos_ == "PROPN" and (cand.ent_type_ == "PERSON" or untyped):
                        ent = next((e for e in people if e.start <= cand.i < e.end), None)
                        return ent.text if ent is not None else cand.text
            if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                return None  # the clause's own subject is no name: a name further up is someone else's
        return None

    def _one_after_term_verb(self, doc: Doc, s: int) -> bool:
        """'jailed for a year', 'sentenced to a year in prison': the article is the count."""
        return (
            s > 1
            and doc[s - 1].lower_ in {"for", "to"}
            and doc[s - 2].pos_ == "VERB"
            and (doc[s - 2].lemma_.lower() in self.term or doc[s - 2].lower_ in self.term)
        )

    def _is_range(self, doc: Doc, s: int) -> bool:
        """'15 to 40 years', 'between 30 and 60 years' are ranges; '16 and 20 years' lists two terms."""
        if doc[s + 1].lower_ != "and":
            return True
        return any(t.lower_ in {"between", "from"} for t in doc[max(0, s - 3) : s])

    def _listed_before(self, doc: Doc, s: int, unit: int) -> list[tuple[int, int, int]]:
        """The bare numbers listed before 'N and M years' ("14, 16 and 20 years"): same unit, one term each."""
        out: list[tuple[int, int, int]] = []
        i = s - 1
        while i >= 1 and doc[i].text == "," and doc[i - 1].like_num:
            value = parse_number(doc[i - 1].text)
            if value is None:
                break
            out.append((i - 1, i, value * unit))
            i -= 2
        return list(reversed(out))

    def _respectively(self, doc: Doc, e: int) -> bool:
        sent = sentence_of(doc, e - 1)
        return any(t.lower_ == "respectively" for t in doc[e : sent.end])

    def _range_partner(self, doc: Doc, idx: int, durs: list, unit_tok: Token) -> tuple[int, int] | None:
        """The other end of a range ("from 21 months to (more than) 23 years"): its index and months."""
        if idx + 1 >= len(durs):
            return None
        s, e = durs[idx][0], durs[idx][1]
        s2, e2, m2, _ = durs[idx + 1]
        if not isinstance(m2, int):
            return None
        second = _number_at(doc, s2)  # "from 21 months to more than 23 years": the qualifier is the end's
        between = [t.lower_ for t in doc[e : second._.opf.qstart if second is not None else s2]]
        before = [t.lower_ for t in doc[max(0, s - 3) : s]]
        if between in (["and"], ["to"], ["-"], ["\u2013"]) and ({"between", "from"} & set(before) or between == ["to"]):
            return idx + 1, m2
        return None

    def _extremes(self, doc: Doc, s: int, e: int, durs: list, unit_tok: Token) -> tuple[int, int] | None:
        """'the shortest sentence four years and the longest 12': the two ends of the terms handed down.

        The second end may be written without its unit ("the longest 12"): it takes the first one's.
        Returns the index of the second duration (or -1 when it is a bare number) and its months.
        """
        sent = sentence_of(doc, s)
        if not any(t.lower_ in SHORTEST for t in doc[sent.start : s]):
            return None
        top = next((t for t in doc[e : sent.end] if t.lower_ in LONGEST), None)
        num = next((t for t in doc[top.i + 1 : min(sent.end, top.i + 6)] if t.like_num), None) if top else None
        if num is None:
            return None
        j = next((j for j, d in enumerate(durs) if d[0] <= num.i < d[1]), None)
        if j is not None:
            return (j, durs[j][2]) if isinstance(durs[j][2], int) else None
        value = parse_number(num.text)
        return (-1, _months(value, _unit_of(unit_tok))) if value else None

    def _range_to_life(self, doc: Doc, s: int, e: int) -> bool:
        after = [t.lower_ for t in doc[e : e + 3]]
        before = [t.lower_ for t in doc[max(0, s - 4) : s]]
        return (after[:2] == ["to", "life"]) or (before[-3:] == ["from", "life", "to"] if len(before) >= 3 else False)


SHORTEST = {"shortest", "lightest", "lowest"}  # "the shortest sentence four years and the longest 12"
LONGEST = {"longest", "heaviest", "highest"}


def _month_name(tok: Token) -> bool:
    """'in May 2020': the month, not the modal 'may' that makes a term only possible."""
    return tok.lower_ == "may" and (
        tok.ent_type_ == "DATE" or tok.pos_ == "PROPN" or tok.text == "May" and not tok.is_sent_start
    )


def _term_span(doc: Doc, data: dict[str, Any], end: int) -> Span:
    """The term's span, from its trigger (`lo`) to `end`, with its typed payload."""
    fields = {k: v for k, v in data.items() if k != "lo"}
    return make_span(doc, data["lo"], end, "sentence", TermInfo(**fields))


def _longest(durs: list[tuple[int, int, Any, Token]]) -> list[tuple[int, int, Any, Token]]:
    durs.sort(key=lambda d: (d[0], -(d[1] - d[0])))
    out: list[tuple[int, int, Any, Token]] = []
    for d in durs:
        if out and d[0] < out[-1][1]:
            continue
        out.append(d)
    return out


# a range whose top end is open ("to more than 23 years") is open too
OPEN_ABOVE = {"more_than", "at_least"}


def _number_at(doc: Doc, start: int) -> Span | None:
    """The number span that covers a token, with its qualifier."""
    return next((n for n in doc.spans.get("numbers", []) if n.start <= start < n.end), None)
