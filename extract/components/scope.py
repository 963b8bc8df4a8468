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

from extract.components.common import beside_other_places, make_span, other_places_after, sentence_of, set_group
from extract.components.payloads import FigureInfo, ScopeInfo, TermInfo
from extract.components.places import (
    BULLETS,
    country_names,
    demonym_places,
    main_places,
    province_names,
    town_names,
)
from extract.rules_loader import load_rules
from extract.text import place_key

# a place scope that was read and found to be the whole ("the US and 13 other countries"): no place
NO_SCOPE = ""
RELATIVE = {"who", "that", "which"}
SUBJECTS = {"nsubj", "agent"}
COUNTRY_KEYS = {place_key(c) for c in country_names()} | {"united kingdom", "united states"}
COURT_WORDS = {"court", "judge", "jury", "magistrate", "tribunal"}
# words that open a force's name and are also a town somewhere ("Federal", Argentina): no place
FORCE_MODIFIERS = {"federal", "national", "state", "central", "royal", "metropolitan", "general"}
# "across the country / state / continent": the one the article names most (ScopeFinder._whole_of)
WHOLE_NOUNS = {
    "country": "country",
    "nation": "country",
    "state": "state",
    "province": "state",
    "continent": "continent",
}
MAIN_PLACES = "opf_main_places"
SERIES_NOUNS = {"series", "wave", "string", "spate", "round"}
EVENT_PREPS = {"during", "in"}  # "arrested during a sting that happened in ..."
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
        self.site_nouns = set(places.site_nouns)
        self.time_preps = set(places.time_preps)
        self.say_lemmas = set(places.say_lemmas)
        self.event_nouns = set(places.event_nouns)
        self.demonyms = demonym_places(places.demonyms)
        self.region_nouns = set(places.region_nouns)
        self.compass = set(places.compass_words)
        self.scope_adverbs = set(places.scope_adverbs)
        self.actor_nouns = set(places.actor_nouns)

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
            if isinstance(data, FigureInfo) and data.trigger is not None and _partitive_whole(doc, span, figures):
                anchors = [a for a in anchors if a.i != data.trigger]  # the verb's place is the part's
            found = getattr(data, "place", None)
            if found is None:
                found = self._where(doc, span, data, anchors, free)
            if getattr(data, "demonym", None) and (found is None or found == "worldwide"):
                # a nationality ("47 Canadians") scopes the count unless its own clause says where
                # ("seven Nigerian girls rescued in Mali")
                found = data.demonym
            if found is None:
                found = self._arresting_force_place(doc, data, anchors, agencies)
            if found is None:
                found = self._actor_place(doc, data, anchors, free, agencies)
            if found is None:
                found = self._fronted_place(doc, span, places)
            if found is None:
                found = self._relative_place(doc, anchors, free)
            if found is None and getattr(data, "rule", "") == "label":
                found = self._intro_place(doc, span, places)
            if found is None and span.label_ == "countries":
                found = self._other_than_home(doc, data, places)
            where[_key(span)] = found
        self._share_sentence_place(doc, figures, where, free)
        self._charges_of_people(doc, figures, where)
        self._definite_back_reference(doc, figures, where)
        self._relative_part(doc, figures, where)
        defined = _defined_place_abbreviations(doc, places)
        for k, w in where.items():
            if w and w in defined:
                where[k] = defined[w]  # "New South Wales (NSW)" ... "six men in NSW" -> New South Wales
        out = []
        for span in [*figures, *doc.spans.get("terms", [])]:
            anchors = self._anchors(doc, span._.opf)
            info = ScopeInfo(
                where=where[_key(span)] or None,
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

            # a place a list gave one count ("6 in the UK") stays that count's alone, and so does a place
            # written on one count's noun ("... and two US army officers")
            def own_places(sp: Span) -> set[int]:
                n = getattr(sp._.opf, "noun", None)
                return {p.start for p in free if n is not None and doc[n].left_edge.i <= p.start and p.end <= n}

            own = set().union(*(own_places(sp) for sp in spans))
            mentions = {p.text.lower() for p in free if sent.start <= p.start < sent.end and p.start not in own}
            wheres = {where[_key(sp)] for sp in spans if where[_key(sp)] and not own_places(sp)}
            if len(mentions) == 1 and len(wheres) == 1 and not any(sp._.opf.place for sp in spans):
                source = next(sp for sp in spans if where[_key(sp)] and not own_places(sp))
                for sp in spans:
                    if where[_key(sp)] is not None or _partitive_whole(doc, sp, spans):
                        continue
                    if self._separate_clauses(doc, sp, source):
                        continue  # "42 were found elsewhere, and ten children were found in Mexico"
                    if sp.start < source.start and (
                        source._.opf.rule in {"anaphor", "partitive"} or _part_word(doc, source) is not None
                    ):
                        # "29 arrests, of which 11 in the Philippines", "64 were arrested, 29 of them in the
                        # Free State": the whole is not where its part is
                        continue
                    where[_key(sp)] = next(iter(wheres))

    def _charges_of_people(self, doc: Doc, figures: list[Span], where: dict[tuple[str, int, int], str | None]) -> None:
        """Charges laid on counted people share their place.

        "16 people in Leeds were charged with 500 offences", "96 charges against 23 people arrested in York".
        """
        people = [sp for sp in figures if sp.label_ in {"charged", "arrested", "convicted"} and where[_key(sp)]]
        for sp in figures:
            data = sp._.opf
            if sp.label_ != "charges" or where[_key(sp)] or data.noun is None:
                continue
            noun = doc[data.noun]
            near = {noun.head.head.i} if noun.head.lower_ == "with" else set()  # "charged with 500 offences"
            for c in noun.children:  # "500 charges against 16 people"
                if c.dep_ == "prep" and c.lower_ == "against":
                    near.update(g.i for g in c.children)
            verb = noun.head if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
            for c in verb.children if verb is not None else []:  # "500 charges were laid against 16 people"
                if c.dep_ == "prep" and c.lower_ == "against":
                    near.update(g.i for g in c.children)
            for other in people:
                o = other._.opf
                if o.trigger in near or o.noun in near:
                    where[_key(sp)] = where[_key(other)]
                    break

    def _definite_back_reference(
        self, doc: Doc, figures: list[Span], where: dict[tuple[str, int, int], str | None]
    ) -> None:
        """'The six men have been charged': a definite count names a group counted just before, with its place.

        'Police arrested six men in NSW. The six men have been charged with 43 offences.'
        """
        for sp in figures:
            data = sp._.opf
            if where[_key(sp)] is not None or data.num_start == 0:
                continue
            if doc[data.qstart - 1].lower_ not in {"the", "these", "those"}:
                continue
            sent = sentence_of(doc, data.num_start)
            lo = sent.start
            for _ in range(2):
                lo = sentence_of(doc, lo - 1).start if lo > 0 else lo
            earlier = [
                f
                for f in figures
                if lo <= f._.opf.num_start < sent.start and f._.opf.value == data.value and where[_key(f)]
            ]
            if earlier:
                where[_key(sp)] = where[_key(earlier[-1])]

    def _relative_part(self, doc: Doc, figures: list[Span], where: dict[tuple[str, int, int], str | None]) -> None:
        """'187 were in Bulgaria, of whom 127 had been charged': a relative part lies where its group does."""
        for sp in figures:
            data = sp._.opf
            if where[_key(sp)] is not None or data.qstart < 2:
                continue
            if _part_word(doc, sp) not in RELATIVE_WORDS:
                continue
            group = [f for f in figures if f._.opf.num_end <= data.qstart and where[_key(f)]]
            sent = sentence_of(doc, data.num_start)
            if group and group[-1]._.opf.num_start >= sent.start and not _partitive_whole(doc, group[-1], [sp]):
                where[_key(sp)] = where[_key(group[-1])]

    def _separate_clauses(self, doc: Doc, a: Span, b: Span) -> bool:
        """An earlier clause with its own subject does not take the place of a later one coordinated with it."""
        va = _clause_verb(self._anchors(doc, a._.opf))
        vb = _clause_verb(self._anchors(doc, b._.opf))
        if va is None or vb is None or va == vb or va.i > vb.i:
            return False  # a place flows on to later clauses ("identified in the UK, of whom 1,679 charged")
        linked = va in vb.conjuncts or vb in va.conjuncts
        # "154 arrests were made in KZN while 105 were made in Mpumalanga": a contrast clause
        contrast = vb.dep_ == "advcl" and vb.head == va and any(c.lower_ in {"while", "whereas"} for c in vb.children)
        return (linked or contrast) and _has_subject(va) and _has_subject(vb)

    def _anchors(self, doc: Doc, data: FigureInfo | TermInfo) -> list[Token]:
        if isinstance(data, TermInfo):
            idx = [data.unit_tok]
        else:
            idx = [data.noun, data.trigger, data.num_end - 1]
        return [doc[i] for i in idx if i is not None and i >= 0]

    def _relative_place(self, doc: Doc, anchors: list[Token], places: list[Span]) -> str | None:
        """'12 people who were living in Leeds': a relative clause's place, when nothing else scopes the count."""
        for anchor in anchors:
            for rel in (c for c in anchor.children if c.dep_ == "relcl" and not _own_clause(c)):
                for prep in (c for c in rel.children if c.dep_ == "prep" and c.lower_ in self.place_preps):
                    place = next(filter(None, (self._place_of(o, places) for o in prep.children)), None)
                    if place:
                        return place
        return None

    def _fronted_place(self, doc: Doc, span: Span, places: list[Span]) -> str | None:
        """A sentence that opens with its place scopes every count in it ("In Peru, 71 were found, 46 held")."""
        sent = sentence_of(doc, span.start)
        words = [t for t in sent if not t.is_space]
        while words and words[0].text in BULLETS:
            words = words[1:]
        labelled = self._place_label(doc, words)
        if labelled is not None:
            return labelled
        if len(words) < 3 or words[0].lower_ not in {"in", "within", "across", "throughout"}:
            return None
        for p in places:
            if p.start == words[1].i or p.start == words[2].i and words[1].lower_ == "the":
                # "In Peru, 71 ...", "Across Europe 147 people have been detained"
                if p.end < sent.end and (doc[p.end].text in {",", "there"} or doc[p.end].like_num):
                    return self.aliases.get(p.text.lower(), p.text)
        # "Across the province, ...", "In the Leeds commissionerate limits, ...": the phrase's own place
        obj = next((c for c in words[0].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i + 1 < sent.end and doc[obj.right_edge.i + 1].text == ",":
            place = self._whole_of(obj) or self._nested_place(obj, places)
            mods = [c for c in obj.children if c.dep_ in {"compound", "amod", "nmod"}]
            place = place or next(filter(None, (self._place_at(c, places) for c in mods)), None)
            if place and place != NO_SCOPE:
                return place
        return None

    def _place_label(self, doc: Doc, words: list[Token]) -> str | None:
        """A roundup line led by its place and a colon ("York region: Two persons were detained").

        The places component found the label, as written ("Leeds city"); here it scopes the line.
        """
        labels = {lab.start: lab for lab in doc.spans.get("place_labels", [])}
        if not labels:
            return None
        before = sentence_of(doc, words[0].i - 1) if words[0].i > 0 else None
        last = next((t for t in reversed(before) if not t.is_space), None) if before is not None else None
        if before is not None and last is not None and last.text == ":":
            words = [t for t in before if not t.is_space] + words  # the parser made "Leeds city:" a sentence
        for first in words[:2]:
            lab = labels.get(first.i)
            if lab is None:
                continue
            return self.aliases.get(lab.text.lower(), lab.text)
        return None

    def _besides(self, doc: Doc, span: Span, data: FigureInfo | TermInfo, places: list[Span]) -> str | None:
        """'the US and 13 other countries' -> 13 countries 'besides the US' (ANNOTATION.md)."""
        noun = doc[data.noun] if getattr(data, "noun", None) is not None else None
        if span.label_ != "countries" or noun is None or not any(c.lower_ == "other" for c in noun.children):
            return None
        sent = sentence_of(doc, span.start)
        before = [p for p in places if sent.start <= p.start and p.end <= span.start]
        if not before:
            # "under Danish guidance, with officials in 18 other countries": the nationality names it
            nat = [e for e in doc.ents if e.label_ == "NORP" and sent.start <= e.start and e.end <= span.start]
            country = self.demonyms.get(nat[-1].text.lower()) if nat else None
            return f"besides {country}" if country else None
        p = before[-1]
        # the whole list before the set: "Kenya, Ghana and four other countries" -> besides Kenya, Ghana
        listed = [q for q in before if any(q.start <= c.i < q.end for c in p.root.conjuncts)]
        first = min([p, *listed], key=lambda q: q.start)
        the = "the " if first.start > 0 and doc[first.start - 1].lower_ == "the" else ""
        return f"besides {the}{doc[first.start : p.end].text}"

    def _where(
        self, doc: Doc, span: Span, data: FigureInfo | TermInfo, anchors: list[Token], places: list[Span]
    ) -> str | None:
        sent = sentence_of(span.doc, span.start)
        other = self._besides(doc, span, data, places)
        if other is not None:
            return other
        noun = doc[data.noun] if getattr(data, "noun", None) is not None else None
        for anchor in anchors:
            # the subject's place is read by _actor_place, which knows a court from the police
            # a relative clause on the people ("victims who were recruited in Nigeria") is read last, in
            # _relative_place: what it says of them may be where they came from, not where the count was made
            toks = [
                anchor,
                *(c for c in anchor.children if not _own_clause(c) and c.dep_ not in SUBJECTS and c.dep_ != "relcl"),
            ]
            if not (anchor.dep_ in {"conj", "ccomp", "advcl"} and _has_subject(anchor)):
                toks.append(anchor.head)  # a clause of its own does not take the first clause's place
            if anchor.dep_ == "pcomp" and anchor.head.lower_ == "by" and anchor.head.head.pos_ == "VERB":
                toks.append(anchor.head.head)  # "dismantled the gang in Leeds by arresting 46": the means' place
            for tok in toks:
                # a place written after the word wins over a fronted one ("In Europe, 75 were held in Sweden")
                for child in sorted(tok.children, key=lambda c: (c.i < tok.i, c.i)):
                    if child.dep_ == "prep" and child.lower_ in EVENT_PREPS and span.label_ != "countries":
                        # "arrested during a sting that took place in Leeds": the event's own place
                        place = next(filter(None, (self._event_place(o, places) for o in child.children)), None)
                        if place:
                            return place
                    if child.dep_ == "prep" and child.lower_ in self.place_preps:
                        if span.label_ == "countries" and (noun is None or tok != noun):
                            continue  # the countries' own phrase ("13 countries throughout the Caribbean") only
                        for obj in child.children:
                            place = self._place_of(obj, places)
                            if place is None and child.lower_ in {"in", "from"}:
                                place = self._nested_place(obj, places)
                            if place == NO_SCOPE:
                                return NO_SCOPE
                            if place:
                                return f"outside {place}" if child.lower_ in {"outside", "besides"} else place
                    if child.dep_ == "advmod" and child.lower_ in {
                        "worldwide",
                        "globally",
                        "internationally",
                        "world-wide",
                    }:
                        return "worldwide"
                    if child.dep_ in {"advmod", "npadvmod"} and child.lower_ in self.scope_adverbs:
                        return child.lower_
        staged = self._staged_place(anchors, places) if span.label_ != "countries" else None
        if staged:
            return staged
        if noun is not None:
            described = self._described_place(noun, places, nationality=span.label_ == "countries")
            if described:
                return described
        # the noun's own of-phrase, or the complement a bare number is said to be
        # ("of which 11 were part of the group in the Philippines")
        heads = [noun] if noun is not None else []
        if noun is None and getattr(data, "num_end", None) is not None:
            num_tok = doc[data.num_end - 1]
            if num_tok.dep_ in {"nsubj", "nsubjpass"}:
                heads += [c for c in num_tok.head.children if c.dep_ in {"attr", "acomp"}]
        for head in heads:
            nested = self._of_chain_place(head, places)
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
                last = max([p, *listed], key=lambda q: q.end)
                if beside_other_places(tok.doc, last):
                    # "in the US and 13 other countries", "in Kenya, Ghana and four other countries": everywhere
                    return NO_SCOPE
                other_states = other_places_after(tok.doc, last)
                if other_states is not None:
                    first = min([p, *listed], key=lambda q: q.start)
                    return tok.doc[first.start : other_states.end].text  # "across Florida and nine other states"
                if listed:
                    first = min([p, *listed], key=lambda q: q.start)
                    last = max([p, *listed], key=lambda q: q.end)
                    return tok.doc[first.start : last.end].text
                text = p.text
                return self.aliases.get(text.lower(), self.aliases.get(f"the {text.lower()}", text))
        if tok.lower_ in {"world", "globe"}:
            return "worldwide"
        whole = self._whole_of(tok)
        if whole is not None:
            return whole
        return self._wide_place(tok, places) or self._region(tok, places) or self._site_place(tok, places)

    def _whole_of(self, tok: Token) -> str | None:
        """'across the country', 'across the state', 'across the continent': the one the article is about.

        That is the country (state, continent) the article names most often, nationalities counted
        ("Australian police ... across the country" -> Australia); none when the article names none.
        """
        kind = WHOLE_NOUNS.get(tok.lemma_.lower())
        mods = [c for c in tok.children if c.dep_ != "det" and c.lower_ not in {"whole", "entire"}]
        if kind is None or mods or not any(c.lower_ == "the" for c in tok.children):
            return None
        if "from" in {tok.head.lower_, tok.head.head.lower_}:
            return None  # "eight suspects from across the country": where they come from
        return self._main_places(tok.doc).get(kind)

    def _main_places(self, doc: Doc) -> dict[str, str]:
        cached = doc.user_data.get(MAIN_PLACES)
        if cached is None:
            nationalities = [e.text for e in doc.ents if e.label_ == "NORP"]
            places = [p.text for p in doc.spans.get("places", [])]
            cached = doc.user_data[MAIN_PLACES] = main_places(places, nationalities, self.aliases, self.demonyms)
        return cached

    def _site_place(self, tok: Token, places: list[Span]) -> str | None:
        """'at Manmad railway station', 'at the Leeds bus station': a site named after its town."""
        if tok.lemma_.lower() not in self.site_nouns:
            return None
        for c in tok.subtree:
            if c.i < tok.i and c.dep_ == "compound":
                place = self._place_at(c, places)
                if place:
                    return place
        return None

    def _wide_place(self, tok: Token, places: list[Span]) -> str | None:
        """'a UK-wide operation', 'a Canada-wide sweep': the place the event spans."""
        for c in tok.children:
            if c.lower_ == "wide" and c.dep_ == "amod":
                for g in c.children:
                    place = self._place_at(g, places)
                    if place:
                        return place
        return None

    def _intro_place(self, doc: Doc, span: Span, places: list[Span]) -> str | None:
        """Label lines ("Arrested: 2,864") take the place that leads the text introducing them.

        "The figures represent the work of UK law enforcement ... / Arrested: 2,864 / Charged: 1,571".
        """
        sent = sentence_of(doc, span.start)
        for _ in range(4):
            if sent.start == 0:
                return None
            sent = sentence_of(doc, sent.start - 1)
            named = [p for p in places if sent.start <= p.start < sent.end]
            if not named:
                continue
            keys = [place_key(p.text) for p in named]
            top = max(set(keys), key=keys.count)
            if keys.count(top) * 2 <= len(keys) or len(keys) > 1 and keys.count(top) < 2:
                return None  # no one place leads: the list is not about one of them
            return self._place_of(named[keys.index(top)].root, places)
        return None

    def _other_than_home(self, doc: Doc, data: FigureInfo | TermInfo, places: list[Span]) -> str | None:
        """'arrests in 13 other countries' with no place beside it: other than the country the story is about.

        That country is the one named most often in the article, when one clearly leads.
        """
        noun = doc[data.noun] if getattr(data, "noun", None) is not None else None
        if noun is None or not any(c.lower_ == "other" for c in noun.children):
            return None
        counts: dict[str, int] = {}
        for p in places:
            key = place_key(p.text)
            if key in COUNTRY_KEYS:
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return (
            f"besides the {ranked[0][0].title()}"
            if ranked[0][0].startswith("united")
            else f"besides {ranked[0][0].title()}"
        )

    def _region(self, tok: Token, places: list[Span]) -> str | None:
        """A set of places named by a noun: "19 U.S. states", "other parts of Canada", "the San Diego area".

        Only when a place, a nationality, a compass word or "other" says which; "in 30 countries" is no scope.
        """
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.lemma_.lower() not in self.region_nouns:
            return None
        mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nummod", "quantmod", "nmod"}]
        which = [
            c
            for c in mods
            if c.lower_ == "other"
            or c.lower_ in self.compass
            or c.ent_type_ == "NORP"
            or self._place_at(c, places) is not None
        ]
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        of_place = of is not None and any(self._place_at(g, places) for g in of.children)
        if of_place and of is not None and tok.tag_ in {"NN", "NNP"} and not any(c.lower_ == "other" for c in mods):
            # "in the province of KwaZulu-Natal", "the West African country of Senegal": the place the noun names
            return next(p for g in of.children if (p := self._place_at(g, places)))
        if not which:
            return None
        if tok.lemma_.lower() in {"country", "nation"} and not any(c.lower_ == "other" for c in mods):
            return None  # "across 14 African countries" is the reach of the whole operation
        first = min([tok.i, *(t.i for c in mods for t in c.subtree)])
        last = max(t.i for t in of.subtree) + 1 if of_place and of is not None else tok.i + 1
        return tok.doc[first:last].text

    def _place_at(self, tok: Token, places: list[Span]) -> str | None:
        """The place or nationality word at `tok`, as a place name."""
        for p in places:
            if p.start <= tok.i < p.end:
                return self.aliases.get(p.text.lower(), self.aliases.get(f"the {p.text.lower()}", p.text))
        if tok.ent_type_ == "NORP":
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            word = (ent.text if ent is not None else tok.text).lower()
            return self.demonyms.get(word) or self.demonyms.get(word.rstrip("s"))
        return None

    def _event_place(self, event: Token, places: list[Span]) -> str | None:
        """'a sting that happened in Leeds', 'an operation carried out in Kent': where the event was.

        Also an event noun's own place ("during searches throughout Belgium", "in a series of raids across
        the US").
        """
        events = [event]
        if event.lemma_.lower() in SERIES_NOUNS:  # "a series of raids": the raids (either may hold the place)
            of = next((c for c in event.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            events = [event, inner] if inner is not None and inner.lemma_.lower() in self.event_nouns else []
        elif event.lemma_.lower() not in self.event_nouns:
            events = []
        for ev in events:
            for c in ev.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "across", "throughout"}:
                    place = next(filter(None, (self._place_of(g, places) for g in c.children)), None)
                    if place and place != NO_SCOPE:
                        return place
        for clause in event.children:
            if clause.dep_ not in {"relcl", "acl"} or clause.pos_ not in {"VERB", "AUX"}:
                continue
            for c in clause.children:
                if c.dep_ == "prep" and c.lower_ == "in":  # not "involving task forces throughout the state"
                    place = next(filter(None, (self._place_of(g, places) for g in c.children)), None)
                    if place and place != NO_SCOPE:
                        return place
        return None

    def _staged_place(self, anchors: list[Token], places: list[Span]) -> str | None:
        """The place of the police action that is the clause's subject.

        "a further raid in Leeds led to the arrest of 19 people", "The raid at an estate in York saw 40 held".
        """
        # "led to the arrest of 16", "resulted in 12 arrests": up through the step noun and its preposition
        verb = _clause_verb(anchors, through_preps=True)
        while verb is not None and verb.dep_ in {"ccomp", "xcomp"} and not _has_subject(verb):
            verb = verb.head
        tops = [verb, verb.head] if verb is not None else []
        if verb is not None and verb.dep_ == "pcomp":
            tops.append(verb.head.head)  # "led to 80 people being charged"
        for top in tops:
            for subj in (c for c in top.children if c.dep_ in SUBJECTS and c.lemma_.lower() in self.event_nouns):
                # (or the span the event's name gives it: "an Ontario-wide investigation led to 100 charged")
                place = self._nested_place(subj, places) or self._wide_place(subj, places)
                if place and place != NO_SCOPE:
                    return place
        return None

    def _nested_place(self, obj: Token, places: list[Span]) -> str | None:
        """One phrase down: "detained in an operation in America", "rescued from abusers outside the US".

        Not under "across": "raids across the Caribbean" is the reach of the whole operation, not a scope.
        """
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "outside"}:
                for g in c.children:
                    place = self._place_of(g, places)
                    if place:
                        return f"outside {place}" if c.lower_ == "outside" else place
            if c.dep_ == "prep" and c.lower_ == "at" and obj.lemma_.lower() in self.event_nouns:
                # "the operation at a housing estate in Leeds": the site's town
                for g in c.children:
                    place = self._place_of(g, places) or self._nested_place(g, places)
                    if place:
                        return place
        return None

    def _described_place(self, noun: Token, places: list[Span], *, nationality: bool = False) -> str | None:
        """A place written on the counted noun or its group: "17 UK suspects", "seven of 18 UK-based users".

        A nationality counts only for countries ("19 European countries" are in Europe); "five Chinese
        nationals" arrested in South Africa were not arrested in China.
        """
        group = [noun]
        if noun.head.dep_ == "prep" and noun.head.lower_ in {"including", "among", "of"}:
            group.append(noun.head.head)
        for tok in group:
            for c in tok.children:
                if c.dep_ not in {"compound", "amod", "nmod"}:
                    continue
                for t in [c, *(g for g in c.children if g.dep_ in {"npadvmod", "compound"})]:
                    # a nationality says who they are, not where ("five Chinese nationals" held in South Africa)
                    if any(x.lower_.startswith("non") for m in tok.children for x in m.subtree):
                        return None  # "nine European and non-European countries"
                    place = self._place_at(t, places) if nationality or t.ent_type_ != "NORP" else None
                    if place:
                        return place
        return None

    def _actor_place(
        self, doc: Doc, data: FigureInfo | TermInfo, anchors: list[Token], places: list[Span], agencies: list[Span]
    ) -> str | None:
        """The place of the body that acts in the figure's clause.

        "Spanish police arrested 20", "officers working in the US had arrested 32", "arrested by
        Karnataka Police", and the place a relative "where" clause hangs on ("in Kentucky, where
        46 people were arrested").
        """
        verb = _clause_verb(anchors)
        if verb is None:
            return None
        rel = verb
        while rel.dep_ == "conj" and rel.head != rel:
            rel = rel.head  # "Kentucky, which had 46 arrests and where 21 were rescued"
        chain = [verb]
        while chain[-1].dep_ == "conj" and chain[-1].head != chain[-1]:
            chain.append(chain[-1].head)  # "where police seized $1.2m and arrested 72": "where" opens the first
        where_word = next((c for v in chain for c in v.children if c.lower_ == "where"), None)
        if where_word is not None:
            # the antecedent of "where": the relative clause's head, else the last place before it
            before = [p for p in places if verb.sent.start <= p.start and p.end <= where_word.i]
            head = rel.head if rel.dep_ == "relcl" else (before[-1].root if before else None)
            place = self._place_of(head, places) if head is not None else None
            if place:
                return place
        own = set(range(getattr(data, "num_start", -1), getattr(data, "num_end", -1)))
        own.update(t.i for t in anchors if isinstance(data, FigureInfo))
        actors: list[Token] = []
        for _ in range(3):
            # "Ghana reported ..., arresting 68 suspects": the participle's subject is Ghana's; "Police in
            # Spain managed to shut the network down and arrested 80": the subject two verbs up
            if (
                _has_subject(verb)
                or verb.dep_ not in {"advcl", "xcomp", "conj"}
                or verb.head.pos_ not in {"VERB", "AUX"}
            ):
                break
            verb = verb.head
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                actors.append(verb.head if c.lower_ in RELATIVE and verb.dep_ == "relcl" else c)
            elif c.dep_ == "agent":
                actors.extend(g for g in c.children if g.dep_ == "pobj")
        for actor in actors:
            # (a relative clause on the actor is the count's own clause: "the Ohio police, who rescued 45")
            rel_toks = {t.i for c in actor.children if c.dep_ == "relcl" for t in c.subtree}
            if own.intersection(t.i for t in actor.subtree if t.i not in rel_toks):
                continue
            wide = self._wide_place(actor, places)
            if wide:
                return wide  # "a UK-wide operation had saved 245 children"
            at = next((p for p in places if p.start <= actor.i < p.end), None)
            if at is not None and actor.sent.start > 0 and actor.dep_ == "nsubj":
                return self._place_of(actor, places) or None  # "Ghana reported 68 arrests" (not a headline)
            region = self._region(actor, places) if actor.dep_ == "nsubj" else None
            if region:
                return region  # "The York region saw the arrest of two more suspects"
            if not self._is_body(actor, agencies):
                continue  # "authorities across 19 countries" is no scope of those 19 countries
            place = self._place_of_actor(actor, places)
            if place:
                return place
            force = next((a for a in agencies if a.start <= actor.i < a.end), None)
            home = self._force_home(doc, force, actor) if force is not None and actor.dep_ == "nsubj" else None
            if home:
                return home  # "the Leeds Police Service arrested 23 people"
        return None

    def _arresting_force_place(
        self, doc: Doc, data: FigureInfo | TermInfo, anchors: list[Token], agencies: list[Span]
    ) -> str | None:
        """'16 were arrested by Kerala Police, seven by Delhi Police': the place a force named by "by" is of.

        The count's own "by" first (the items of an elided list), then its verb's. A force whose name
        opens with a place (a state, a town), or ends with "of" a country ("National Police of the
        Netherlands"); never a national body named without its country.
        """
        if not isinstance(data, FigureInfo) or data.kind not in {"arrested", "charged", "rescued"}:
            return None
        num = doc[data.num_end - 1]
        owners = [num, *([doc[data.noun]] if data.noun is not None else []), *anchors]
        for owner in owners:
            for by in (c for c in owner.children if c.lower_ == "by" and c.dep_ in {"agent", "prep"}):
                for body in (g for g in by.children if g.dep_ == "pobj"):
                    force = next((a for a in agencies if a.start <= body.i < a.end), None)
                    if force is None:
                        continue
                    return self._force_home(doc, force, body)
        return None

    def _force_home(self, doc: Doc, force: Span, head: Token) -> str | None:
        """The place a force's name gives it: a state or town it opens with, or the country it is "of"."""
        named = doc[force.start : head.i]
        while len(named) and named[0].lower_ == "the":
            named = named[1:]
        generic = len(named) == 1 and named[0].lower_ in FORCE_MODIFIERS  # "Federal Bureau ..."
        for end in range(len(named), 0, -1):  # "Leeds" of "Leeds Police Service", "Leeds City" of "... Council"
            if not generic and (named[:end].text in province_names() or named[:end].text in town_names()):
                return named[:end].text
        # "arrested by the National Police of the Netherlands": the country the force is of
        of = [t for t in doc[force.start : force.end] if t.lower_ == "of"]
        country = next(
            (p for p in doc.spans.get("places", []) if of and p.start > of[-1].i and p.end <= force.end),
            None,
        )
        if country is not None and place_key(country.text) in COUNTRY_KEYS:
            return self.aliases.get(country.text.lower(), country.text)
        return None

    def _is_body(self, tok: Token, agencies: list[Span]) -> bool:
        """Police, authorities, an agency: bodies whose place is where they act (not courts or juries)."""
        if tok.lemma_.lower() in self.actor_nouns or tok.lower_ in self.actor_nouns:
            return True
        return any(a.start <= tok.i < a.end for a in agencies) and tok.lemma_.lower() not in COURT_WORDS

    def _place_of_actor(self, actor: Token, places: list[Span]) -> str | None:
        for c in actor.children:
            if c.dep_ in {"compound", "amod", "nmod", "poss"} and not _in_dateline(c):
                place = self._place_at(c, places)
                if place:
                    return place
            preps = [c] if c.dep_ == "prep" else []
            if c.dep_ in {"acl", "appos"}:  # "officers working in the US", "agents based in Miami"
                preps = [g for g in c.children if g.dep_ == "prep"]
            for prep in preps:
                if prep.lower_ in {"in", "across", "throughout", "within"}:
                    for g in prep.children:
                        place = self._place_of(g, places)
                        if place and place != NO_SCOPE:
                            # "Police in Belgium and the Netherlands", the parser joining the second to "Police"
                            more = [p for p in places for c in actor.conjuncts if p.start <= c.i < p.end]
                            end = max((p.end for p in more), default=0)
                            if more and end > g.i and not any(t.text == ";" for t in actor.doc[g.i : end]):
                                return actor.doc[g.i : end].text
                        if place:
                            return place
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


def _own_clause(tok: Token) -> bool:
    """A clause with a subject or count of its own ("..., 16 of which were made in Spain") has its own place."""
    if tok.dep_ == "conj" and _has_subject(tok):
        return True
    return tok.dep_ in {"relcl", "advcl", "ccomp"} and any(t.like_num for t in tok.subtree)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _defined_place_abbreviations(doc: Doc, places: list[Span]) -> dict[str, str]:
    """'New South Wales (NSW)': a short form the article defines for a place it names in full."""
    out: dict[str, str] = {}
    for p in places:
        if p.end + 2 < len(doc) and doc[p.end].text == "(" and doc[p.end + 2].text == ")":
            short = doc[p.end + 1].text
            if short.isupper() and short != p.text:
                out[short] = p.text
    return out


RELATIVE_WORDS = {"whom", "which"}


def _part_word(doc: Doc, span: Span) -> str | None:
    """The word that names the group a count is taken from: '29 of them', '11 of which', 'of whom 127'."""
    data = span._.opf
    after = [t.lower_ for t in doc[data.num_end : data.num_end + 2]]
    if len(after) == 2 and after[0] == "of" and after[1] in RELATIVE_WORDS | {"them", "those", "these", "the"}:
        return after[1]
    before = [t.lower_ for t in doc[max(0, data.qstart - 2) : data.qstart]]
    return before[1] if len(before) == 2 and before[0] == "of" and before[1] in RELATIVE_WORDS else None


def _partitive_whole(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """'Of the 123 victims, 110 were identified in 19 states': the whole is not where its part is."""
    data = span._.opf
    tok = doc[data.noun] if getattr(data, "noun", None) is not None else doc[data.num_end - 1]
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of":
        return False
    fronted = of.i == sentence_of(doc, of.i).start
    parts = {i for sp in spans if sp is not span for i in range(sp._.opf.num_start, sp._.opf.num_end)}
    return fronted or of.head.i in parts


def _in_dateline(tok: Token) -> bool:
    """'LYON, France – ...', 'EL PASO, Texas (Border Report) – ...': the place an article was filed from."""
    sent = tok.sent
    head = [t for t in sent if t.i - sent.start < 12]
    dash = next((t.i for t in head if t.text in {"–", "—", "-", "--"} and t.i > tok.i), None)
    return dash is not None and not any(t.pos_ == "VERB" for t in head if t.i < dash)


def _clause_verb(anchors: list[Token], *, through_preps: bool = False) -> Token | None:
    """The verb whose clause holds the figure: the trigger's own, or the one its noun hangs on.

    `through_preps` climbs past any preposition, for the verb an event noun hangs on ("led to the arrest").
    """
    for anchor in anchors:
        tok = anchor
        for _ in range(6):
            if tok.pos_ in {"VERB", "AUX"}:
                return tok
            if tok.head == tok or tok.dep_ == "prep" and tok.lower_ != "of" and not through_preps:
                break  # "In addition to the 61 arrests, US agents shut down ...": not their count
            tok = tok.head
    return None


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
