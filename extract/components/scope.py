"""Scope and attribution of figures and terms: where, when, which agency says so, which operation.

Reads `figures`, `terms`, `agencies`, `operations`, `places` and the model's DATE entities;
writes its own group `doc.spans["scope"]`: one span per figure or term, at the same offsets
under the label `scope:<label>`, whose `_.opf` is a `ScopeInfo` (where, when, attributed_to,
operation). It never edits another component's payload.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.common import make_span, sentence_of, set_group
from extract.components.payloads import FigureInfo, ScopeInfo, TermInfo
from extract.rules_loader import load_rules

CALENDAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)


@Language.factory("opf_scope", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_scope(nlp: Language, name: str, rules_dir: str | None) -> ScopeFinder:
    return ScopeFinder(name, rules_dir=rules_dir)


class ScopeFinder:
    def __init__(self, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        places = load_rules(rules_dir).places
        self.aliases = places.aliases
        self.worldwide = sorted(places.worldwide, key=len, reverse=True)
        self.place_preps = set(places.place_preps)
        self.time_preps = set(places.time_preps)
        self.say_lemmas = set(places.say_lemmas)

    def __call__(self, doc: Doc) -> Doc:
        places = list(doc.spans.get("places", []))
        times = [e for e in doc.ents if e.label_ == "DATE"]
        agencies = list(doc.spans.get("agencies", []))
        ops = list(doc.spans.get("operations", []))
        single_op = len({o._.opf.name.lower() for o in ops}) == 1
        figures = list(doc.spans.get("figures", []))
        # a place a list pairs with one count ("six in the UK, seven in the US") is not another count's scope
        owned = {sp._.opf.place_start for sp in figures} - {None}
        free = [p for p in places if p.start not in owned]
        where: dict[tuple[str, int, int], str | None] = {}
        for span in [*figures, *doc.spans.get("terms", [])]:
            data = span._.opf
            anchors = self._anchors(doc, data)
            where[_key(span)] = (
                getattr(data, "place", None)
                or getattr(data, "demonym", None)
                or self._where(doc, span, data, anchors, free)
                or self._fronted_place(doc, span, places)
            )
        self._share_sentence_place(doc, figures, where, free)
        out = []
        for span in [*figures, *doc.spans.get("terms", [])]:
            anchors = self._anchors(doc, span._.opf)
            info = ScopeInfo(
                where=where[_key(span)],
                when=self._when(span, anchors, times),
                attributed_to=self._attribution(span, agencies),
                operation=self._operation(span, ops, single_op),
            )
            out.append(make_span(doc, span.start, span.end, scope_label(span), info))
        set_group(doc, "scope", out)
        return doc

    def _share_sentence_place(
        self, doc: Doc, figures: list[Span], where: dict[tuple[str, int, int], str | None], free: list[Span]
    ) -> None:
        """Counts chained in one sentence share its only place ("7,250 identified in the UK, of whom 3,537 ...")."""
        by_sent: dict[int, list[Span]] = {}
        for span in figures:
            by_sent.setdefault(sentence_of(doc, span.start).start, []).append(span)
        for start, spans in by_sent.items():
            sent = sentence_of(doc, start)
            # a place a list gave one count ("6 in the UK") stays that count's alone
            mentions = {p.text.lower() for p in free if sent.start <= p.start < sent.end}
            wheres = {where[_key(sp)] for sp in spans if where[_key(sp)]}
            if len(mentions) == 1 and len(wheres) == 1 and not any(sp._.opf.place for sp in spans):
                for sp in spans:
                    where[_key(sp)] = where[_key(sp)] or next(iter(wheres))

    def _anchors(self, doc: Doc, data: FigureInfo | TermInfo) -> list[Token]:
        if isinstance(data, TermInfo):
            idx = [data.unit_tok]
        else:
            idx = [data.noun, data.trigger, data.num_end - 1]
        return [doc[i] for i in idx if i is not None and i >= 0]

    def _fronted_place(self, doc: Doc, span: Span, places: list[Span]) -> str | None:
        """A sentence that opens with its place scopes every count in it ("In Peru, 71 were found, 46 held")."""
        sent = sentence_of(doc, span.start)
        words = [t for t in sent if not t.is_space]
        if len(words) < 3 or words[0].lower_ not in {"in", "within", "across", "throughout"}:
            return None
        for p in places:
            if p.start == words[1].i or p.start == words[2].i and words[1].lower_ == "the":
                if p.end < sent.end and doc[p.end].text in {",", "there"}:
                    return self.aliases.get(p.text.lower(), p.text)
        return None

    def _besides(self, doc: Doc, span: Span, data: FigureInfo | TermInfo, places: list[Span]) -> str | None:
        """'the US and 13 other countries' -> 13 countries 'besides the US' (ANNOTATION.md)."""
        noun = doc[data.noun] if getattr(data, "noun", None) is not None else None
        if span.label_ != "countries" or noun is None or not any(c.lower_ == "other" for c in noun.children):
            return None
        sent = sentence_of(doc, span.start)
        before = [p for p in places if sent.start <= p.start and p.end <= span.start]
        if not before:
            return None
        p = before[-1]
        the = "the " if p.start > 0 and doc[p.start - 1].lower_ == "the" else ""
        return f"besides {the}{p.text}"

    def _where(
        self, doc: Doc, span: Span, data: FigureInfo | TermInfo, anchors: list[Token], places: list[Span]
    ) -> str | None:
        sent = sentence_of(span.doc, span.start)
        other = self._besides(doc, span, data, places)
        if other is not None:
            return other
        for anchor in anchors:
            for tok in [anchor, *anchor.children, anchor.head]:
                # a place written after the word wins over a fronted one ("In Europe, 75 were held in Sweden")
                for child in sorted(tok.children, key=lambda c: (c.i < tok.i, c.i)):
                    if child.dep_ == "prep" and child.lower_ in self.place_preps:
                        for obj in child.children:
                            place = self._place_of(obj, places)
                            if place:
                                return f"outside {place}" if child.lower_ in {"outside", "besides"} else place
                    if child.dep_ == "advmod" and child.lower_ in {
                        "worldwide",
                        "globally",
                        "internationally",
                        "world-wide",
                    }:
                        return "worldwide"
        noun = doc[data.noun] if getattr(data, "noun", None) is not None else None
        if noun is not None:
            nested = self._of_chain_place(noun, places)
            if nested:
                return nested
        seg = sent.text[
            span.start_char - sent.start_char : min(sent.end_char, span.end_char + 40) - sent.start_char
        ].lower()
        for phrase in self.worldwide:
            if phrase in seg and phrase != "in total":
                return "worldwide"
        return None

    def _of_chain_place(self, noun: Token, places: list[Span]) -> str | None:
        """'1,000 victims of grooming gangs in Rotherham': a place inside the noun's own of-phrase."""
        tok = noun
        for _ in range(2):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None:
                return None
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout", "within"}:
                    for g in c.children:
                        place = self._place_of(g, places)
                        if place:
                            return place
            tok = obj
        return None

    def _place_of(self, tok: Token, places: list[Span]) -> str | None:
        """The place at `tok`; a coordinated list of places is kept whole ("Canada, the US and the UK")."""
        for p in places:
            if p.start <= tok.i < p.end:
                listed = [q for q in places if any(q.start <= c.i < q.end for c in p.root.conjuncts)]
                if listed:
                    first = min([p, *listed], key=lambda q: q.start)
                    last = max([p, *listed], key=lambda q: q.end)
                    return tok.doc[first.start : last.end].text
                text = p.text
                return self.aliases.get(text.lower(), self.aliases.get(f"the {text.lower()}", text))
        if tok.lower_ in {"world", "globe"}:
            return "worldwide"
        return None

    def _when(self, span: Span, anchors: list[Token], times: list[Span]) -> str | None:
        for anchor in anchors:
            for tok in [anchor, anchor.head]:
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ in self.time_preps:
                        for obj in _own_tokens(child):
                            for t in times:
                                if t.start <= obj.i < t.end and CALENDAR.search(t.text):
                                    return _time_text(child.lower_, t.text)
        return self._fronted_time(span, times)

    def _fronted_time(self, span: Span, times: list[Span]) -> str | None:
        """A sentence that opens with its time scopes every count in it ("In a separate case in 2023, ...")."""
        sent = sentence_of(span.doc, span.start)
        words = [t for t in sent if not t.is_space]
        comma = next((t.i for t in words[:12] if t.text == ","), None)
        if not words or comma is None or words[0].lower_ not in self.time_preps | {"on", "during", "after", "before"}:
            return None
        for t in times:
            if words[0].i <= t.start and t.end <= comma and CALENDAR.search(t.text):
                prep = span.doc[t.start - 1].lower_ if t.start > 0 else ""
                return _time_text(prep if prep in self.time_preps else "in", t.text)
        return None

    def _attribution(self, span: Span, agencies: list[Span]) -> str | None:
        sent = sentence_of(span.doc, span.start)
        in_sent = [a for a in agencies if sent.start <= a.start < sent.end]
        if not in_sent:
            return None
        for a in in_sent:
            head = a.root.head
            says = self.say_lemmas | {"accord", "by"}
            if a.root.dep_ in {"nsubj", "nsubjpass", "pobj"} and head.lemma_.lower() in says:
                return a._.opf.name
        for a in in_sent:
            if a.root.dep_ == "nsubj":
                return a._.opf.name
        return min(in_sent, key=lambda a: abs(a.start - span.start))._.opf.name

    def _operation(self, span: Span, ops: list[Span], single: bool) -> str | None:
        if not ops:
            return None
        if single:
            return ops[0]._.opf.name
        before = [o for o in ops if o.start <= span.start]
        return (before[-1] if before else ops[0])._.opf.name


def scope_label(span: Span) -> str:
    """The label of a figure's or term's scope span: same offsets, own label, so payloads never collide."""
    return f"scope:{span.label_}"


def _key(span: Span) -> tuple[str, int, int]:
    return span.label_, span.start, span.end


def _time_text(prep: str, text: str) -> str:
    """'since 2014', 'between 2019 and 2021', '2012' (a plain 'in' adds nothing)."""
    if prep == "in" or text.lower().startswith(prep + " "):
        return text
    return f"{prep} {text}"


def _own_tokens(prep: Token) -> list[Token]:
    """The prepositional phrase without relative clauses ("during the probe, which began in 2021")."""
    skip: set[int] = set()
    for t in prep.subtree:
        if t.dep_ in {"relcl", "acl", "advcl", "ccomp"}:
            skip.update(x.i for x in t.subtree)
    return [t for t in prep.subtree if t.i not in skip]
