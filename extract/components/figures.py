"""Figures: what each number counts, read from the dependency parse.

A number is attached to its counted noun ("47 Canadians", "153 arrests") or
stands for one ("arrested 184", "42 in Germany"); the kind comes from the
noun itself (charges, countries, arrests) or from the trigger lemma that
governs it (arrest, charge, convict, rescue, safeguard, identify). Writes
`doc.spans["figures"]`; `_.opf` is a `FigureInfo`: kind, value, qualifier, rule and the
token indices the scope component and the record builder need.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.common import (
    beside_other_places,
    lemma_of,
    list_header,
    make_span,
    parse_number,
    sentence_of,
    set_group,
    surface_forms,
    title_case,
    update_payload,
)
from extract.components.paragraphs import DASHES
from extract.components.payloads import FigureInfo
from extract.components.places import country_names, demonym_places, town_names
from extract.rules_loader import load_rules
from extract.text import MONTH_ABBREVIATIONS, MONTH_NAMES

NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "attr", "npadvmod", "dep", "oprd"}
PARTITIVE_HEADS = {"of"}
CLAUSE_BREAKS = {"and", ",", ";", "but", "while", "whereas", "."}
REJECTED = "opf_rejected_numbers"  # doc.user_data key: number start -> reason (plain data, pickles)
PASSIVE_AUX = {"was", "were", "been", "be", "is", "are", "has", "have", "had"}
PARTITIVE_WORDS = {"of", "them", "those", "whom", "which", "or"}
# "were able to arrest", "helped to safeguard": an infinitive under these says it was done
INTENT_HEADS = {
    "plan",
    "aim",
    "seek",
    "try",
    "attempt",
    "want",
    "hope",
    "intend",
    "expect",
    "vow",
    "work",
    "need",
    "suppose",
}
DONE_HEADS = {"able", "help", "manage", "go", "continue", "begin", "start", "succeed"}
FINAL_REASONS = {
    "not (yet) a fact",
    "someone's relatives",
    "a breakdown by sex",
    "a day of the month",
    "people at large, or a breakdown by age",
}
CUSTODY_NOUNS = {"custody", "remand", "detention"}  # "placed in police remand": held
CAPTIVITY = {"hold", "detain", "keep", "confine"}  # said of victims these are captivity, not custody
SEEK_VERBS = {"search", "look", "hunt"}  # "searching for nine more suspects": people still at large
WARRANT_NOUNS = {"warrant", "notice"}  # "warrants were issued for four suspects", "Red Notices for 12"
SUBJECT_NOUNS = {"charge", "sentence"}  # a subject who faces charges or begins sentences is counted by them
PERSONAL_PRONOUNS = {"whom", "them", "they"}
TEXT_KEY = "opf_text"  # the doc's text, joined once
MONTHS = {m.lower() for m in MONTH_NAMES}
# pronouns whose age a bound can limit ("anyone under 18")
AGE_BOUND = frozenset({"anyone", "someone", "anybody", "somebody", "one"})
LEGAL_STEPS = {"arrested", "charged", "convicted"}  # counts that coordinated verbs share
COUNTRY_WORDS = {c.lower() for c in country_names()}
PEOPLE_KINDS = {"arrested", "charged", "convicted", "rescued", "victims_identified", "suspects_identified"}
LIST_POS = {"NUM", "PUNCT", "CCONJ", "ADJ", "NOUN"}  # what stands between the items of a list of counts
PART_VERBS = {"be", "make", "carry", "lay", "file", "bring", "relate", "concern", "involve"}  # "23 were made in Kent"
POLICE_ACTS = {"lay", "file", "bring", "prefer", "issue", "hand"}  # verbs whose subject charges or sentences others
TALLY_NOUNS = {"number", "total", "tally"}
# "Arrests pass 300", "arrests reached 640": a tally noun's verb reaching a count; passing it is "more than"
PASSING_VERBS = {"pass", "top", "exceed", "surpass"}
REACH_VERBS = PASSING_VERBS | {"reach", "hit"}  # "the number of people charged rose to 12"
THINGS = "opf_counted_things"  # doc.user_data: starts of numbers that count things
TOLD = "opf_told_values"  # doc.user_data: the value of every number in the article, by position
# a list item written as a label line: "Las Vegas: 14", "- Ontario – 40"
LABEL_ITEM = re.compile(r"^\s*(?:[-\u2022*]\s*)?([A-Z][\w.'\u2019 ]{1,40}?)\s*[:\u2013-]\s*\d[\d,]*\s*$")


@Language.factory("opf_figures", default_config={"rules_dir": None, "max_hops": 4}, assigns=["doc.spans"])
def make_figures(nlp: Language, name: str, rules_dir: str | None, max_hops: int) -> FigureFinder:
    return FigureFinder(nlp, name, rules_dir=rules_dir, max_hops=max_hops)


class FigureFinder:
    """Turns numbers into typed counts using lemmas on the dependency path."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None, max_hops: int = 4) -> None:
        self.name = name
        rules = load_rules(rules_dir)
        fr = rules.figures
        self.max_hops = max_hops
        self.trigger: dict[str, tuple[str, int]] = {}
        for t in fr.triggers:
            for lemma in t.lemmas:
                self.trigger.setdefault(lemma, (t.kind, t.priority))
        self.person = set(fr.person_nouns)
        self.victim = set(fr.victim_nouns)
        self.victim_words = self.victim | {"victim"}  # the victim nouns and "victim" itself
        self.charge = set(fr.charge_nouns)
        self.country = set(fr.country_nouns)
        self.time_units = set(fr.time_units)
        self.modals = set(fr.modal_words)
        self.belief_verbs = set(fr.belief_verbs)
        self.anaphors = set(fr.anaphors)
        self.support_verbs = set(fr.support_verbs)
        self.excluded = set(fr.excluded_nouns) | self.time_units
        self.blocking = set(fr.blocking_lemmas)
        self.family = set(fr.family_lemmas)
        self.demonyms = demonym_places(rules.places.demonyms)  # "57 Vietnamese", "371 Filipinos"
        # the nationality of people arrested or charged is a scope only for the few places.yaml names
        # ("17 Britons were among those arrested"), not "arresting five Chinese nationals" in South Africa
        self.scope_demonyms = {k.lower(): v for k, v in rules.places.demonyms.items()}
        self.sex = set(fr.sex_nouns) | set(fr.age_group_nouns)  # groups a breakdown splits people into
        self.young = set(fr.young_nouns)
        self.sex_or_young = self.sex | self.young
        self.sex_only = set(fr.sex_nouns)  # not '219 vulnerable adults and 164 children': two kinds of victim
        self.size_words = set(fr.size_words)
        self.force_people = set(fr.force_people)
        self.unions = {u.lower() for u in fr.state_unions}
        self.aid_words = set(fr.aid_words)
        self.found_verbs = set(fr.found_verbs)
        self.shield_verbs = set(fr.shield_verbs)
        self.quantity_nouns = set(fr.quantity_nouns)
        self.harm_nouns = set(fr.harm_nouns)
        self.neutral_people = set(fr.neutral_people)
        self.thing_harms = set(fr.thing_harms)
        self.thing_verbs = set(fr.thing_verbs)
        self.dead = set(fr.dead_words)
        self.serving = set(fr.serving_verbs)
        self.charge_verbs = set(fr.charge_verbs) | self.serving  # "serving 25 years for 137 offences"
        self.victim_only = set(fr.victim_only_triggers)
        self.groups = set(fr.group_nouns)
        self.presence = set(fr.presence_words)
        self.membership = set(fr.membership_verbs)
        self.additive = set(fr.additive_words)
        self.prep_triggers = {k: dict(v) for k, v in fr.prep_triggers.items()}
        self.kind_nouns = dict(fr.kind_nouns)
        self.document_nouns = set(fr.document_nouns)
        self.population_nouns = set(fr.population_nouns)
        self.populated = set(fr.populated_nouns)
        self.place_aliases = dict(rules.places.aliases)
        self.links = set(fr.breakdown_links)
        self.rescue_when_victims = set(fr.rescue_when_victims)
        self.partner_nouns = set(fr.partner_nouns)
        self.harm_verbs = set(fr.harm_verbs)
        self.abuse_verbs = set(fr.abuse_verbs)
        self.harm_events = set(fr.harm_event_nouns)
        self.warrant_acts = set(fr.warrant_acts)
        self.kin = set(fr.kin_nouns)
        self.origin_verbs = set(fr.origin_verbs)
        terms = load_rules(rules_dir).terms
        # the nouns of terms.yaml's term words; custody holds the accused and the children in care alike
        self.term_words = set(terms.term_lemmas) - {
            "give", "hand", "receive", "serve", "behind", "lock", "custody", "imprison", "incarcerate"
        }  # fmt: skip
        self.term_blocking = set(terms.blocking_lemmas)
        self.owned = set(fr.owned_nouns) | self.excluded
        # the people object of these is victims: "exploited 14 men", "defrauded 90 people" (not things, not hosts)
        self.harmed = self.abuse_verbs | (set(fr.harm_verbs) - set(fr.thing_harms) - {"infect"})
        self.accused_nouns = set(fr.accused_nouns)
        self.offenders = set(fr.offender_nouns)
        self.trial_words = set(fr.trial_words)
        self.strong_kinds = set(fr.people_triggers_kinds)
        self._why = "no trigger"
        self.rank_words = set(fr.rank_words)
        # rules-only mode has no lemmatizer: map regular inflections of every listed word to it
        self.forms = surface_forms(
            set(self.trigger)
            | self.person
            | self.victim
            | self.charge
            | self.country
            | self.excluded
            | self.blocking
            | {"victim"}
        )

    # -- public -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        out: list[Span] = []
        by_token: dict[int, FigureInfo] = {}
        last: tuple[int, str, int] | None = None  # (sentence start, kind, end) of the previous figure
        parsed = doc.has_annotation("DEP")  # False in rules-only mode (blank English)
        rejected: dict[int, str] = {}  # number start -> why it is no figure (`show --explain`)
        for num in doc.spans.get("numbers", []):
            data = num._.opf
            self._why = "no trigger"
            if data.is_year or data.ent == "DATE" and self._is_duration_or_date(num):
                rejected[num.start] = "year, date or duration"
                continue
            if parsed and self._is_age(doc, num):
                rejected[num.start] = "age"
                continue
            if not parsed or title_case(sentence_of(doc, num.start)):
                found = self._classify_flat(doc, num)  # a headline's parse is not to be trusted
            else:
                found = self._classify(doc, num, by_token)
                if found is None:
                    found = self._list_continuation(doc, num, last)
                # a number the parse read and ruled out for a reason stays out ("efforts to arrest two")
                if found is None and self._why not in FINAL_REASONS and not self._rejected_by_parse(doc, num):
                    found = self._local_fallback(doc, num)
            if found is None:
                rejected[num.start] = self._why
                continue
            kind, noun, trigger, rule = found
            passed = rule == "number-of:past"  # "Arrests pass 300": more than the number written
            rule = "number-of" if passed else rule
            each = any(t.lower_ == "each" for t in doc[num.end : min(len(doc), num.end + 3)])  # "one each in A and B"
            # a part of a whole counted in the sentence is a breakdown, "one" included
            listed = (
                rule in {"list", "fronted-partitive", "further"} or noun is not None and self._nationality_list(noun)
            )
            if data.value == 1 and not listed and not each and not self._has_place(self._root(num)):
                rejected[num.start] = "one person: an anecdote, not a count"  # "one man was sentenced"
                continue
            fig = _figure(
                num,
                kind,
                rule,
                noun=noun.i if noun is not None else None,
                trigger=trigger.i if trigger is not None else None,
                demonym=self._demonym(
                    noun, None if rule == "further" else kind, doc[num.end] if num.end < len(doc) else None
                ),
            )
            if passed and fig.qualifier == "exact":
                fig = replace(fig, qualifier="more_than")  # the figure's own; the number stays as written
            by_token[num.end - 1] = fig
            sent = sentence_of(doc, num.start)
            last = (sent.start, kind, num.end)
            lo, hi = self._evidence_bounds(doc, num, data.qstart, fig.noun, fig.trigger)
            lo, hi = max(lo, sent.start), min(hi, sent.end)
            out.append(make_span(doc, lo, hi, kind, fig))
        if parsed:
            out.extend(self._parts_of_groups_after(doc, rejected, by_token))
            out.extend(self._shared_subject(doc, out))
            out.extend(self._relative_steps(doc, out))
            out.extend(self._each(doc, out))  # before lists: "each" says how a count spreads over places
            out.extend(self._breakdowns(doc, out))
        out = _without_restatements(doc, out, rejected)
        for sp in out:
            rejected.pop(sp._.opf.num_start, None)
        doc.user_data[REJECTED] = rejected
        set_group(doc, "figures", out)
        return doc

    def _each(self, doc: Doc, found: list[Span]) -> list[Span]:
        """'four each in Austria and the Netherlands', 'Austria & Netherlands: 4 arrests each'.

        A count with "each" over a list of places is that count for every place of the list.
        """
        places = list(doc.spans.get("places", []))
        out: list[Span] = []
        for sp in found:
            data = sp._.opf
            sent = sentence_of(doc, data.num_start)
            window = doc[data.num_end : min(sent.end, data.num_end + 3)]
            each = next((t for t in window if t.lower_ == "each"), None)
            if each is None or data.place is not None:
                continue
            listed = _place_run(doc, each.i + 1, places, forward=True)
            if len(listed) < 2:
                colon = next((t.i for t in doc[sent.start : data.num_start] if t.text == ":"), None)
                listed = _place_run(doc, colon, places, forward=False) if colon is not None else []
            opening = data.qstart - 1
            if len(listed) < 2 and opening > sent.start and doc[opening].text == "(":
                listed = _place_run(doc, opening, places, forward=False)  # "Austria and Spain (7 arrests each)"
            if len(listed) < 2 and each.i + 1 < sent.end and doc[each.i + 1].lemma_.lower() in self.country:
                # "raids in Austria and Czechia, with nine arrests in each country"
                listed = [p for p in places if sent.start <= p.start < data.num_start]
            if len(listed) < 2:
                continue
            first, *rest = listed
            update_payload(sp, place=self.place_aliases.get(first.text.lower(), first.text), place_start=first.start)
            for p in rest:
                name = self.place_aliases.get(p.text.lower(), p.text)
                fig = replace(data, rule="each", place=name, place_start=p.start)
                out.append(make_span(doc, p.start, p.end, sp.label_, fig))
        return out

    def _parts_of_groups_after(self, doc: Doc, rejected: dict[int, str], by_token: dict[int, FigureInfo]) -> list[Span]:
        """'139 Britons among 733 suspects': a part of people counted after it in the sentence.

        Read once every number has been read, since the group comes later than its part.
        """
        out: list[Span] = []
        nums = {n.start: n for n in doc.spans.get("numbers", [])}
        for start in list(rejected):
            num = nums.get(start)
            if num is None or num._.opf.is_year:
                continue
            root = self._root(num)
            counted = root.head if root.dep_ == "nummod" else root
            if counted.i != root.i and not self._is_people_word(counted):
                continue
            for prep in counted.children:
                if prep.dep_ != "prep" or prep.lower_ != "among":
                    continue
                for group in (g for g in prep.children if g.dep_ == "pobj"):
                    total = next((c for c in group.children if c.dep_ == "nummod"), None)
                    whole = by_token.get(total.i) if total is not None else None
                    if whole is None or whole.kind not in PEOPLE_KINDS:
                        continue
                    noun = counted if counted.i != root.i else None
                    fig = _figure(
                        num,
                        whole.kind,
                        "part-of-group",
                        noun=noun.i if noun is not None else None,
                        demonym=self._demonym(noun, whole.kind),
                    )
                    lo = min(num.start, num._.opf.qstart)
                    out.append(make_span(doc, lo, max(num.end, group.i + 1), whole.kind, fig))
                    rejected.pop(start, None)
        return out

    def _is_people_word(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return lemma in self.person or lemma in self.victim or self._demonym(tok) is not None

    def _shared_subject(self, doc: Doc, found: list[Span]) -> list[Span]:
        """One count, two steps of the legal process: "six people were arrested and charged".

        The count is the subject of coordinated trigger verbs, or the "of" people of coordinated step
        nouns ("the arrest and charging of 64 people"), so it counts for each. A verb with its own
        subject or object, or a noun with its own "of", counts its own people ("identified 670 and
        arrested 184").
        """
        have = {(sp._.opf.num_start, sp.label_) for sp in found}
        out: list[Span] = []
        for sp in found:
            data = sp._.opf
            if data.trigger is None or sp.label_ not in LEGAL_STEPS:
                continue
            trig = doc[data.trigger]
            counted = doc[data.noun] if data.noun is not None else None
            if trig.pos_ == "NOUN":  # the parser hangs "of" on the first noun only
                if counted is None or counted.head.lower_ != "of" or counted.head.head != trig:
                    continue
            elif trig.pos_ != "VERB":
                continue
            for other in trig.conjuncts:
                if _through_own_subject(trig, other):
                    continue  # "1,200 were convicted, and 4,000 have been arrested and charged"
                kind = self._conjoined_step(other, data) if trig.pos_ == "VERB" else self._conjoined_noun(other)
                lo, hi = sorted((trig.i, other.i))
                if kind is None or any(t.dep_ == "cc" and t.lower_ != "and" for t in doc[lo:hi]):
                    continue  # "arrested or convicted" is one count of either (ANNOTATION.md)
                if kind not in LEGAL_STEPS or kind == sp.label_ or (data.num_start, kind) in have:
                    continue
                have.add((data.num_start, kind))
                fig = replace(data, kind=kind, rule=f"conj:{other.lemma_.lower()}", trigger=other.i)
                start = min(sp.start, other.i) if trig.pos_ == "NOUN" else sp.start
                out.append(make_span(doc, start, max(sp.end, other.i + 1), kind, fig))
        return out

    def _relative_steps(self, doc: Doc, found: list[Span]) -> list[Span]:
        """A later step told of counted people in a relative clause: "arrested 59 people who face 302 charges".

        The clause's subject is the relative pronoun, so the same people took that step too. A clause
        in the past perfect tells their history, and one not yet done ("who could be charged") none.
        """
        have = {(sp._.opf.num_start, sp.label_) for sp in found}
        out: list[Span] = []
        for sp in found:
            data = sp._.opf
            if sp.label_ not in LEGAL_STEPS or data.noun is None:
                continue
            noun = doc[data.noun]
            if not any(c.dep_ == "nummod" and data.num_start <= c.i < data.num_end for c in noun.children):
                continue  # "Three of the 12 men who were arrested": the clause is the whole's, not the part's
            for clause in noun.children:
                if clause.dep_ != "relcl" or _background(clause) or self._not_yet(clause):
                    continue
                subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subj is None or subj.lower_ not in {"who", "that"}:
                    continue
                hit = self._trigger_of(clause) if subj.dep_ == "nsubjpass" else None
                steps = [k for k, _ in self._faced_by(clause)] or ([hit[0]] if hit is not None else [])
                for kind in steps:
                    if kind not in LEGAL_STEPS or (data.num_start, kind) in have:
                        continue
                    have.add((data.num_start, kind))
                    fig = replace(data, kind=kind, rule=f"relcl:{clause.lemma_.lower()}", trigger=clause.i)
                    out.append(make_span(doc, sp.start, max(sp.end, clause.i + 1), kind, fig))
        return out

    def _conjoined_step(self, other: Token, data: FigureInfo) -> str | None:
        """The step a verb coordinated with the count's trigger gives the same people, if any."""
        obj = next((c for c in other.children if c.dep_ == "dobj"), None)
        faced = self._faced(obj) if obj is not None else None  # "... and face a raft of charges"
        against = obj is not None and any(c.lower_ == "against" for c in (*other.children, *obj.children))
        if faced is not None and other.lemma_.lower() in POLICE_ACTS and not against:
            return None  # "arrested 60 people, laid 140 charges" (not "... and filed charges against them")
        if other.i == data.noun:
            return None  # "six accused were arrested": the participle names the people
        # "Police arrested and charged 12 men": an object shared by verbs that share their subject (the actor)
        counted = other.doc[data.noun] if data.noun is not None else other.doc[data.num_end - 1]
        shared_object = counted.dep_ == "dobj" and counted.head.dep_ == "conj" and counted.head.head == other
        if other.pos_ != "VERB" or not shared_object and any(c.dep_ in {"nsubj", "nsubjpass"} for c in other.children):
            return None
        if any(c.like_num for c in other.lefts):
            return None  # "Twenty were arrested and forty charged": the gapped verb has its own count
        if obj is not None and faced is None:
            return None
        hit = self._trigger_of(other)
        return faced or (hit[0] if hit is not None else None)

    def _conjoined_noun(self, other: Token) -> str | None:
        """The step of a noun coordinated with the count's step noun, when it has no "of" of its own."""
        if other.pos_ != "NOUN" or any(c.lower_ == "of" for c in other.children):
            return None
        hit = self._trigger_of(other)
        return hit[0] if hit is not None else None

    # -- breakdown lists -------------------------------------------------------------
    def _breakdowns(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Counts by place written as a list after a figure or trigger of people.

        "arrests in the US (65), followed by Germany (47)", "the US with 153, Britain 55",
        "18 in Denver, followed by Chicago at 13", and bullet lines under a header that ends
        with a colon ("arrested 150 people, including:" / "- 47 in Germany"). Each unclaimed
        number is paired one-to-one with the nearest place of its sentence when only list
        words (in, at, with, brackets, commas) stand between them; the kind is the one of the
        closest people figure or trigger before it.
        """
        # a place inside a body's name ("officers from the Puerto Rico Police Department") is no list item's
        bodies = [(a.start, a.end) for a in doc.spans.get("agencies", [])]
        places = [p for p in doc.spans.get("places", []) if not any(s <= p.start and p.end <= e for s, e in bodies)]
        # a count that already has its place ("four each in Austria and Spain") is no list item
        people = {sp._.opf.num_start: sp for sp in found if sp.label_ in PEOPLE_KINDS and sp._.opf.place is None}
        claimed = {i for sp in found for i in range(sp._.opf.num_start, sp._.opf.num_end)}
        found_anchors = [(start, sp.label_) for start, sp in people.items()]
        by_sent: dict[int, list[Span]] = {}
        for num in doc.spans.get("numbers", []):
            if num.start in people or (num.start not in claimed and self._list_count(doc, num)):
                by_sent.setdefault(sentence_of(doc, num.start).start, []).append(num)
        out: list[Span] = []
        for sstart, nums in by_sent.items():
            sent = sentence_of(doc, sstart)
            in_sent = [p for p in places if sent.start <= p.start < sent.end]
            if not in_sent:
                continue
            in_sent = sorted(in_sent + _bracket_list_names(doc, nums, in_sent), key=lambda p: p.start)
            sent_anchors = [a for a in found_anchors if sent.start <= a[0] < sent.end] + [
                (t.i, hit[0])
                for t in sent
                if t.pos_ in {"VERB", "NOUN", "ADJ"}
                and (hit := self._trigger_of(t)) is not None
                and hit[0] in PEOPLE_KINDS
            ]
            if not sent_anchors:  # "Other suspects included those from Peru (36), Chile (35)": who they are
                kinds = self.kind_nouns
                sent_anchors = [(t.i, kinds[t.lemma_.lower()]) for t in sent if t.lemma_.lower() in kinds]
            pairs = self._pair_items(doc, nums, in_sent)
            if len(pairs) == 1 and _comma_only(doc, *pairs[0]):
                pairs = []  # "after a bust in Salt Lake City, more than 30 were sentenced": no list
            # "40 people in the US and 13 other countries": the place is one of many, not the 40's own
            pairs = [(n, p) for n, p in pairs if not beside_other_places(doc, p)]
            paired = {q.start for _, q in pairs}
            for n, p in pairs:
                place = self._place_text(doc, p, in_sent, paired)
                if n.start in people:  # a figure already read: the list says where it belongs
                    update_payload(people[n.start], place=place, place_start=p.start)
                    continue
                before = [a for a in sent_anchors if a[0] < min(n.start, p.start)]
                kind = max(before)[1] if before else self._list_header(doc, n, found_anchors)
                if kind is None:
                    continue
                fig = _figure(n, kind, "breakdown", place=place, place_start=p.start)
                lo, hi = min(n.start, p.start, fig.qstart), max(n.end, p.end)
                out.append(make_span(doc, lo, hi, kind, fig))
        out.extend(self._label_items(doc, claimed | {i for sp in out for i in range(sp.start, sp.end)}, found_anchors))
        return out

    def _label_items(self, doc: Doc, claimed: set[int], anchors: list[tuple[int, str]]) -> list[Span]:
        """Label lines under a header ("Recoveries by field office:" / "Las Vegas: 14"): the label is the place."""
        out: list[Span] = []
        for num in doc.spans.get("numbers", []):
            if num.start in claimed:
                continue
            text = doc.text
            start = text.rfind("\n", 0, num.start_char) + 1
            end = text.find("\n", num.start_char)
            m = LABEL_ITEM.match(text[start : end if end >= 0 else len(text)])
            before = [t for t in doc[max(0, num.start - 12) : num.start] if t.idx >= start]
            if m is None or any(self._trigger_of(t) for t in before):
                continue  # "Arrested: 2,864" is a statistics line, read by the classifier
            kind = self._list_header(doc, num, anchors)
            if kind is None:
                continue
            label = m.group(1).strip()
            fig = _figure(num, kind, "breakdown:label", place=self.place_aliases.get(label.lower(), label))
            line = [t.i for t in doc[max(0, num.start - 12) : num.start] if t.idx >= start and not t.is_space]
            lo = line[0] if line else num.start
            out.append(make_span(doc, lo, num.end, kind, fig))
        return out

    def _place_text(self, doc: Doc, p: Span, places: list[Span], paired: set[int]) -> str:
        """A place as a scope: the whole coordinated list when its other places count nothing of their own."""
        listed = [q for q in places if q.start != p.start and q.root in p.root.conjuncts]
        if listed and not any(q.start in paired for q in listed):
            return doc[min(q.start for q in [p, *listed]) : max(q.end for q in [p, *listed])].text
        text = p.text.lower()
        # "two Nepali": a nationality the model took for a place names its country
        return self.place_aliases.get(text, self.place_aliases.get(f"the {text}", self.demonyms.get(text, p.text)))

    def _pair_items(self, doc: Doc, nums: list[Span], places: list[Span]) -> list[tuple[Span, Span]]:
        """One-to-one count/place pairs of a list, the tightest first.

        Each count is offered its nearest place on either side ("Britain 55", "Germany (47)",
        "47 in Germany"); a bracket costs nothing, a list word one, a separator (comma, "and")
        two, so "the US with 153, Britain 55" pairs 153 with the US, not with Britain.
        """
        offers = []
        # a place that modifies a noun ("the UK's most prolific", "UK suspects") is no list item
        places = [
            p
            for p in places
            if p.end >= len(doc) or not (doc[p.end].lower_ in {"'s", "\u2019s"} or doc[p.end].pos_ == "NOUN")
        ]
        # a list's items share one shape: when two or more read "N in <place>", a place before a count
        # belongs to the item before it ("6 in Austria 3 in Bosnia", the comma left out)
        starts = {p.start for p in places}

        def place_after(n: Span) -> bool:
            i = n.end
            if i + 1 < len(doc) and (doc[i].pos_ == "NOUN" or doc[i].lower_ in {"others", "more"}):
                i += 1  # "one arrest in Leeds", "three others in York"
            if i < len(doc) and doc[i].lower_ in {"in", "from", "at"}:
                i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
                return i in starts
            return False

        count_first = sum(place_after(n) for n in nums) >= 2
        for n in nums:
            left = [p for p in places if p.end <= n.start]
            right = [p for p in places if p.start >= n.end]
            for p in (max(left, key=lambda p: p.end, default=None), min(right, key=lambda p: p.start, default=None)):
                if p is not None and (cost := self._list_gap(doc, n, p, nums)) is not None:
                    cost += 3 if count_first and p.end <= n.start else 0
                    offers.append((cost, abs(p.start - n.start), n, p))
        pairs: list[tuple[Span, Span]] = []
        used_n: set[int] = set()
        used_p: set[int] = set()
        for _, _, n, p in sorted(offers, key=lambda o: o[:2]):
            if n.start not in used_n and p.start not in used_p:
                pairs.append((n, p))
                used_n.add(n.start)
                used_p.add(p.start)
        return pairs

    def _list_count(self, doc: Doc, num: Span) -> bool:
        """A bare count, or a count of people: not a year, a date, a rank or an amount of things."""
        data = num._.opf
        if data.is_year or data.ent == "QUANTITY":
            return False
        if any(p.start <= num.start < p.end for p in doc.spans.get("places", [])) or self._in_name(num[0]):
            return False  # "Six Nations", "Three Rivers": a number inside a name
        prev = doc[num.start - 1] if num.start > 0 else None
        if data.ent == "DATE" and any(
            t.ent_type_ == "DATE" and t.is_alpha for t in (prev, doc[num.end] if num.end < len(doc) else None) if t
        ):
            return False  # "March 10", "10 days"; a bare "Britain 55" the model calls a date is still a count
        if self._is_rank(doc, num.start) or prev is not None and prev.text in {"$", "£", "€"}:
            return False
        if num.text.lower() == "one" and num.end < len(doc) and doc[num.end].lower_ == "of":
            ahead = doc[num.end : min(len(doc), num.end + 6)]
            if any(t.tag_ in {"JJS", "RBS"} for t in ahead):
                return False  # "one of West Africa's most notorious networks": a superlative, not a count
        if prev is not None and prev.lower_ == "the" and num.start > 1 and doc[num.start - 2].lower_ == "of":
            return False  # "five of the 17 suspects": a back-reference to a group already counted
        if any(t.lower_ in {"ages", "age", "aged"} for t in doc[max(0, num.start - 5) : num.start]):
            return False  # "children between the ages of 7 and 14 were found in Leeds": an age
        if prev is not None and prev.text == "(" and num.start > 1 and doc[num.start - 2].ent_type_ == "PERSON":
            after = doc[num.end + 1] if num.end + 1 < len(doc) and doc[num.end].text == ")" else None
            if after is not None and after.lower_ in {"from", "of"}:
                return False  # "Andrew Barlow (25) from Milton Keynes": a person's age, then their home
        nxt = doc[num.end] if num.end < len(doc) else None
        while nxt is not None and (nxt.ent_type_ in {"GPE", "NORP"} or nxt.pos_ == "ADJ") and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "19 U.S. states", "19 different states": a modifier of the counted noun
        if nxt is None or not nxt.is_alpha:
            return nxt is None or nxt.text not in {"-", "\u2011", "%"}
        lemma = nxt.lemma_.lower()
        if lemma in self.blocking or lemma in self.excluded:
            return False
        if nxt.pos_ == "NOUN" and self._split_by_sex(nxt):
            return False  # "20 men, 23 women and 18 children from Leeds": a split by sex and age, no place list
        if nxt.pos_ in {"NOUN"} and nxt.ent_type_ not in {"GPE", "LOC", "NORP"}:
            return lemma in self.person or lemma in self.victim or self._demonym(nxt) is not None
        return True

    def _list_gap(self, doc: Doc, num: Span, place: Span, nums: list[Span]) -> int | None:
        """The cost of reading a count and a place as one list item, or None when they are not one."""
        after = place.start >= num.end  # "47 in Germany" rather than "Germany (47)"
        lo, hi = (num.end, place.start) if after else (place.end, num._.opf.qstart)
        # the scope of a clause ("In Europe, 75 were held", "held in Germany and one in ...") is no list label
        adverbial = place.root.dep_ == "pobj" and place.root.head.head.pos_ in {"VERB", "AUX"}
        # "in York, 9; and in Leeds, 4": a count with no verb of its own under the place's preposition is an
        # item whose verb was left out, not a clause the place opens
        adverbial = adverbial and not (num.root.dep_ == "pobj" and num.root.head == place.root.head)
        cost = words = 0
        for t in doc[lo:hi]:
            if self._is_rank(doc, t.i):
                continue  # "Jackson, Mississippi, No. 2 at 19"
            if t.like_num or any(n.start <= t.i < n.end for n in nums):
                return None  # another count stands between them
            if t.text in {"(", ")", "-", "\u2013", "\u2014", ":"}:
                continue
            if t.text in {",", ";"} or t.lower_ in {"and", "while", "followed", "with"}:
                if after or adverbial and t.lower_ != "with":
                    return None  # a count's own place follows it directly: "21, with Jackson" is the next item
                cost += 2
            elif t.lower_ in {"the", "a"}:
                continue
            elif (
                t.lower_ in self.links
                or t.lemma_.lower() in self.person | self.victim
                or after
                and t.lower_ in self.additive | {"others", "more"}  # "three others in York"
                or after
                and (
                    t.lower_ in PARTITIVE_WORDS | PASSIVE_AUX
                    or self._trigger_of(t) is not None
                    and t.pos_ in {"NOUN", "VERB"}
                )
            ):
                cost += 1  # list words, the counted noun ("65 suspects in the US"), "121 of them in the UK"
            else:
                return None
            words += not t.is_punct
        return cost if words <= 3 and cost <= 5 else None

    def _is_rank(self, doc: Doc, i: int) -> bool:
        """'No. 2', 'number 3': a position in a ranking, not a count."""
        t = doc[i]
        if t.text == "." and i > 0:
            return doc[i - 1].lower_ in self.rank_words
        prev = [doc[j] for j in (i - 1, i - 2) if j >= 0 and doc[j].text != "."]
        return t.like_num and bool(prev) and prev[0].lower_ in self.rank_words or t.lower_ in self.rank_words

    def _list_header(self, doc: Doc, num: Span, anchors: list[tuple[int, str]]) -> str | None:
        """The kind announced by the header line of a bullet list ("... arrested 150 people, including:")."""
        head = list_header(doc, num.start_char)
        if head is None:
            return None
        hits = [a for a in anchors if head.start <= a[0] < head.end]
        if hits:
            return max(hits)[1]
        # "the number of recoveries or identifications": the strongest trigger names the list
        trig = [(h[1], t.i, h[0]) for t in head if (h := self._trigger_of(t)) and h[0] in PEOPLE_KINDS]
        return max(trig)[2] if trig else None

    # -- classification ------------------------------------------------------------
    def _classify_flat(self, doc: Doc, num: Span) -> tuple[str, Token | None, Token | None, str] | None:
        """Rules-only mode: no parse, so the counted noun is the next word and the trigger the nearest one."""
        sent = sentence_of(doc, num.start)
        after = [t for t in doc[num.end : min(sent.end, num.end + 3)] if not t.is_punct or t.text == "-"]
        if after and (after[0].text == "-" or lemma_of(after[0], self.forms) in self.blocking):
            return None
        noun: Token | None = None
        for t in after:
            lem = lemma_of(t, self.forms)
            if lem in self.excluded or lem in self.time_units:
                return None
            if lem in self.charge and not t.lower_.endswith("ed"):  # "13 Charged in ...": people, not charges
                faced = t.i > num.end and lemma_of(doc[t.i - 1], self.forms) == "face"
                if faced:
                    return "charged", None, doc[t.i - 1], "flat:face"  # "100 Face Charges": people facing them
                return "charges", t, None, "flat:charges"
            if lem in self.country:
                return "countries", t, None, "flat:countries"
            if lem in self.person or lem in self.victim or lem == "victim" or t.lower_.rstrip("s") in self.demonyms:
                nxt = doc[t.i + 1] if t.i + 1 < sent.end else None
                if nxt is not None and lemma_of(nxt, self.forms) in self.country:
                    return "countries", nxt, None, "flat:countries"  # "19 African Countries"
                noun = t
                break
            if lem in self.trigger and self.trigger[lem][0] != "suspects_identified" and lem.endswith(("st", "ion")):
                return self.trigger[lem][0], t, t, f"flat:{lem}"  # "153 arrests", "33 convictions"
        window = range(max(sent.start, num.start - 6), min(sent.end, num.end + 8))

        def distance(i: int) -> int:
            lo, hi = (i, num.start) if i < num.start else (num.end, i)
            crosses = any(t.lower_ in CLAUSE_BREAKS for t in doc[lo + 1 : hi])  # prefer the number's own clause
            return abs(i - num.start) + (10 if crosses else 0)

        hits = [
            (distance(i), -self.trigger[lemma_of(doc[i], self.forms)][1], i)
            for i in window
            if lemma_of(doc[i], self.forms) in self.trigger and not (num.start <= i < num.end)
        ]
        victim = noun is not None and lemma_of(noun, self.forms) in self.victim | {"victim"}
        saving = [h for h in hits if self.trigger[lemma_of(doc[h[2]], self.forms)][0] not in LEGAL_STEPS]
        if victim and saving:
            hits = saving  # "Two Held As Forty Victims Freed": victims are not the arrested
        if not hits or (noun is None and min(hits)[0] > 2) or min(hits)[0] > 10:
            return None
        _, _, i = min(hits)
        kind = self.trigger[lemma_of(doc[i], self.forms)][0]
        if victim and kind == "suspects_identified":
            kind = "victims_identified"
        return kind, noun, doc[i], f"flat:{lemma_of(doc[i], self.forms)}"

    def _local_fallback(self, doc: Doc, num: Span) -> tuple[str, Token | None, Token | None, str] | None:
        """When the parse links the number to nothing: its trigger written right beside it.

        "106 arrested, 308 charges laid" (a participle right after), "the arrest 281 pimps"
        (an event noun right before, the counted people after).
        """
        nxt = doc[num.end] if num.end < len(doc) else None
        hit = self._trigger_of(nxt) if nxt is not None and nxt.tag_ in {"VBN", "VBD"} else None
        adjective = num.end + 1 < len(doc) and doc[num.end + 1].pos_ in {"NOUN", "PROPN"}  # "2,600 protected species"
        if adjective:
            return None
        same_line = "\n" not in doc[num.start].whitespace_
        named = self._participle_people(doc, num) if hit is not None else None
        if named is not None:
            return named[0], named[1], named[2], f"local:{named[2].lemma_.lower()}"
        if hit is not None and hit[0] == "rescued" and nxt.lemma_.lower() in self.victim_only:
            hit = None  # "a further three released under investigation" are suspects let go, not rescued
        if hit is not None and hit[0] != "suspects_identified" and same_line:
            return hit[0], None, nxt, f"local:{nxt.lemma_.lower()}"  # the parse may even split them apart
        found = self._classify_flat(doc, num)
        if found is None:
            return None
        kind, noun, trigger, _ = found
        if trigger is None or kind == "suspects_identified":
            return None
        if (
            kind == "rescued"
            and trigger.lemma_.lower() in self.victim_only
            and not (noun is not None and self._victims_noun(noun))
        ):
            return None  # "the location of 12 suspects": found, not rescued
        after = trigger.i == num.end and trigger.tag_ in {"VBN", "VBD"}
        before = trigger.i == num.start - 1 or trigger.i == num.start - 2 and doc[num.start - 1].lower_ in {"of", "the"}
        if after or before and noun is not None:
            return kind, noun, trigger, f"local:{trigger.lemma_.lower()}"
        return None

    def _participle_people(self, doc: Doc, num: Span) -> tuple[str, Token, Token] | None:
        """'36 accused have been identified and arrested': a participle after the number names the people.

        It is the subject of its own verb; that verb (or one joined to it) says what happened to them.
        """
        part = doc[num.end] if num.end < len(doc) else None
        if part is None or part.tag_ not in {"VBN", "VBD"}:
            return None
        if part.dep_ not in {"nsubj", "nsubjpass"} and part.lower_ == "accused":
            # "six accused were arrested", parsed with "accused" as the verb: the next step verb
            sent = sentence_of(doc, part.i)
            for v in doc[part.i + 1 : min(sent.end, part.i + 5)]:
                hit = self._trigger_of(v) if v.tag_ in {"VBN", "VBD"} else None
                if hit is not None and hit[0] in LEGAL_STEPS:
                    return hit[0], part, v
            return None
        if part.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verbs = [part.head, *(c for c in part.head.children if c.dep_ == "conj")]
        steps = [(h[0], v) for v in verbs if (h := self._trigger_of(v)) is not None and h[0] in LEGAL_STEPS]
        return (steps[-1][0], part, steps[-1][1]) if steps else None

    def _same_verb_before(self, doc: Doc, num_tok: Token, seen: dict[int, FigureInfo]) -> str | None:
        """A bare number as the subject of the verb an earlier count of the sentence had: that count's kind."""
        if num_tok.dep_ not in {"nsubj", "nsubjpass"} or num_tok.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = num_tok.head
        sent = sentence_of(doc, num_tok.i)
        for i, f in sorted(seen.items(), reverse=True):
            if not (sent.start <= i < num_tok.i) or f.noun is None or f.kind not in PEOPLE_KINDS:
                continue
            subject = doc[f.noun]
            if subject.dep_ in {"nsubj", "nsubjpass"} and subject.head.lemma_ == verb.lemma_ and subject.head != verb:
                return f.kind
        return None

    @staticmethod
    def _list_head(noun: Token) -> Token:
        """The first item of a coordinated list of nouns: '432 nationals, 371 Filipinos, ... two Rwandans'."""
        while noun.dep_ in {"conj", "appos"} and _list_noun(noun.head):
            noun = noun.head
        return noun

    def _people_found(self, trigger: Token, noun: Token | None) -> bool:
        """People found, located or discovered in a raid, named as no offenders, are people rescued.

        "found 432 Chinese nationals at the site", "30 children have been discovered at the station";
        never "found 12 suspects" nor "traced 40 fugitives".
        """
        if noun is None or trigger.lemma_.lower() not in self.found_verbs or trigger.tag_ not in {"VBN", "VBD"}:
            return False
        noun = self._list_head(noun)  # "found 432 Chinese nationals, 371 Filipinos, ..."
        if noun.head != trigger or noun.dep_ not in {"dobj", "nsubjpass"}:
            return False  # "discovered the names of 40,000 Americans", "found that ... by two individuals"
        lemma = noun.lemma_.lower()
        return lemma in self.neutral_people or noun.ent_type_ == "NORP" or self._demonym(noun) is not None

    def _legal_context(self, noun: Token) -> bool:
        """Offences are charges only under a legal step: 'charged with 43 offences', 'admitted 12 offences'."""
        for anc in [noun, *list(noun.ancestors)[:4]]:
            hit = self._trigger_of(anc)
            if hit is not None and hit[0] in LEGAL_STEPS or anc.lemma_.lower() in self.charge_verbs:
                return True
        # a bullet item under a header that names the step ("The seven men convicted were:" / "- Ann Lee,
        # 64, of York - 20 offences")
        head = list_header(noun.doc, noun.idx)
        return head is not None and any(
            (hit := self._trigger_of(t)) is not None and hit[0] in LEGAL_STEPS for t in head
        )

    def _faced(self, obj: Token) -> str | None:
        """What a subject's object makes them: charges faced -> charged, sentences begun -> convicted.

        A quantity noun is looked through: "a raft of charges", "a string of sentences".
        """
        if obj.lemma_.lower() in self.quantity_nouns:
            obj = next((g for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), obj)
        lemma = obj.lemma_.lower()
        if lemma == "charge":
            return "charged"
        return "convicted" if lemma == "sentence" or self._sentence_object(obj) else None

    def _referral(self, verb: Token) -> str | None:
        """What a referral says of its people: 'as (potential) victims' identified, 'to' care safeguarded.

        Referred to a prosecutor or a court is no step of ours.
        """
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "refer":
            return None
        # the words after the verb, however the parser hung them ("to child protection services" read as
        # an infinitive)
        after = [t for t in verb.doc[verb.i + 1 : min(verb.sent.end, verb.i + 10)]]
        for i, t in enumerate(after):
            words = {w.lemma_.lower() for w in after[i + 1 : i + 5]}
            if t.lower_ == "as" and words & {"victim", "survivor"}:
                return "victims_identified"  # "30 people were referred as potential victims of slavery"
            if t.lower_ == "to" and words & REFERRAL_CARE:
                return "rescued"  # "referred 122 children to child protection services"
        return None

    def _harm_event(self, people: Token) -> Token | None:
        """The crime noun whose "of" the people are: 'the sexual exploitation of 40 women'."""
        if people.dep_ != "pobj" or people.head.lower_ != "of" or not self._may_name_people(people):
            return None
        event = people.head.head
        if event.pos_ != "NOUN" or event.lemma_.lower() not in self.harm_events:
            return None
        shown = event.head.head if event.dep_ == "pobj" and event.head.lower_ == "of" else None
        if shown is not None and shown.lemma_.lower() in MEDIA_NOUNS:
            return None  # "photos of abuse of 11 boys": what the material shows, not victims found
        return event

    def _on_trial(self, anchor: Token) -> Token | None:
        """People a trial is of or involves, or who were tried: prosecuted, so charged (ANNOTATION.md).

        Not victims or witnesses at a trial, and not a trial still to come.
        """
        if self._victims_noun(anchor) or anchor.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
            return None
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_ in self.quantity_nouns:
            anchor = anchor.head.head  # "A total of 17 people were tried"
        head = anchor.head
        if anchor.dep_ == "nsubjpass" and head.lemma_.lower() == "try" and not self._not_yet(head):
            return head  # "A total of 17 people were tried"
        if anchor.dep_ == "pobj" and head.lower_ == "of" or anchor.dep_ == "dobj" and head.lemma_ == "involve":
            trial = head.head
            if trial.pos_ == "NOUN" and trial.lemma_.lower() == "trial" and not self._not_yet_clause(trial):
                return trial  # "the trial of 17 suspects", "trials involving 32 men"
        return None

    def _part_by_age_or_sex(self, num_tok: Token) -> bool:
        """'53 of whom were minors', '30 of which were under 18': a part of a group told by age or sex.

        ANNOTATION.md: breakdowns by age or sex are no figures. The part is "N of which/whom/them"
        and its clause only says what they are (a form of "be", perhaps under "confirm").
        """
        of = next((c for c in num_tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or not any(g.lower_ in {"which", "whom", "them"} for g in of.children):
            return False
        verb = num_tok.head
        if num_tok.dep_ not in {"nsubj", "nsubjpass"}:
            return False
        be = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be")]
        if not any(b.lemma_ == "be" for b in be):
            return False
        said = [g for b in be for c in b.children if c.dep_ in {"attr", "acomp", "prep"} for g in c.subtree]
        words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
        return bool(words & (self.sex_or_young | {"underage", "under-age", "under", "aged"}))

    def _faced_by(self, verb: Token) -> list[tuple[str, Token]]:
        """The step a form of "face" says its people took, from its object ("facing 30 charges")."""
        if verb.lemma_.lower() != "face":
            return []
        faced = ((self._faced(obj), obj) for obj in verb.children if obj.dep_ == "dobj")
        return [(kind, obj) for kind, obj in faced if kind is not None]

    def _from_harm(self, verb: Token) -> bool:
        """'... from (coming to) harm', '... from abuse': what the people were kept from."""
        return any(
            c.dep_ == "prep" and c.lower_ == "from" and any(t.lemma_.lower() in self.harm_nouns for t in c.subtree)
            for c in verb.children
        )

    def _aided(self, noun: Token) -> Token | None:
        """'aided 4,414 victims', 'the assistance of 500 victims': victims taken into care are rescued."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        while noun.dep_ == "conj" and head.i < noun.i and head.pos_ == "NOUN":
            noun, head = head, head.head  # "helped 519 vulnerable adults and 364 children"
        ok = noun.dep_ in {"dobj", "nsubjpass", "pobj"} and head.lemma_.lower() in self.aid_words
        return head if ok else None

    def _people_after_name(self, doc: Doc, noun: Token | None) -> Token | None:
        """The people noun right after a body's name the parser took for the counted noun."""
        if noun is None:
            return None
        body = next((a for a in doc.spans.get("agencies", []) if a.start <= noun.i < a.end), None)
        if body is None or body.end >= len(doc):
            return None
        after = doc[body.end]
        return after if after.lemma_.lower() in self.person | self.force_people else None

    def _believed(self, tok: Token, num: Span) -> bool:
        """A count that is what someone believes; not a group named again ("believe the 12 men arrested ...")."""
        if _named_again(tok.doc, num):
            return False
        verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.belief_verbs

    def _victims_referred_to(self, pronoun: Token) -> bool:
        """'The children were aged 2 to 15, and 16 of them were identified': 'them' are the children.

        The antecedent is the nearest plural noun of people before the pronoun, in its sentence or the one before.
        """
        if pronoun.lower_ not in {"them", "whom"}:
            return False
        sent = sentence_of(pronoun.doc, pronoun.i)
        lo = sentence_of(pronoun.doc, sent.start - 1).start if sent.start > 0 else sent.start

        def people(a: int, b: int) -> list[Token]:
            words = self.person | self.victim_words
            return [
                t
                for t in reversed(pronoun.doc[a:b])
                if t.pos_ == "NOUN" and t.tag_ == "NNS" and t.lemma_.lower() in words
            ]

        # the nearest group of its own sentence; else the sentence before's counted group ("arrested 12
        # traffickers who held children. Ten of them ..."), else its nearest
        here = people(sent.start, pronoun.i)
        before = people(lo, sent.start)
        counted = [t for t in before if any(c.dep_ == "nummod" for c in t.children)]
        ante = (here or counted or before or [None])[0]
        return ante is not None and ante.lemma_.lower() in self.victim_words

    def _shared_victim_noun(self, noun: Token) -> bool:
        """'3,000 adult and child victims': the parser counts the first word; the noun both share is 'victims'."""
        if noun.lemma_.lower() not in self.sex | {"child", "adult", "male", "female"}:
            return False  # "12 traffickers and their victims": two groups
        return any(
            c.dep_ == "conj"
            and c.lemma_.lower() in self.victim_words
            and not any(g.dep_ in {"nummod", "det", "poss"} or g.like_num for g in c.children)
            for c in noun.children
        )

    def _list_item_of(
        self, noun: Token | None, seen: dict[int, FigureInfo], as_noun: Token | None = None
    ) -> str | None:
        """One more item of a list of people: it takes the counted group's kind.

        "60 officers, 16 municipal police and 12 prison officials". `as_noun` names the people
        when the list position is held by a name the parser misread.
        """
        if noun is None:
            return None
        group = self._included_in(noun)  # "90 foreigners, including 60 Chinese nationals, 20 Filipinos"
        if group is None and (noun.dep_ not in {"conj", "appos"} or not _list_noun(noun.head)):
            # the list's first item, cut from its group at a dash: "were foreign nationals — 207 Chinese, 132 ..."
            items = [t for t in noun.subtree if t.dep_ in {"conj", "appos"} and any(c.like_num for c in t.children)]
            cut = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].is_punct
            if len(items) >= 2 and self._demonym(noun) is not None and cut:
                return self._named_group_kind(noun)
            return None
        if any(c.dep_ in {"acl", "relcl"} for c in noun.children):
            return None  # "82 victims rescued, 67 suspects arrested": each item says its own step
        said = as_noun if as_noun is not None else noun
        lemma = said.lemma_.lower()
        people = lemma in self.person | self.force_people or said.ent_type_ == "NORP"
        # "charged 25 people, including 9 nurses": what a counted group of people includes is people,
        # whatever the word (not "things")
        people = people or group is not None and self._may_name_people(said)
        if not (people or self._demonym(said) is not None):
            return None  # "19 men and 13 children", "175 arrests and 127 FIRs": not one list of people
        if group is not None and lemma not in self.sex:  # "191 people, including 47 women": a split by sex
            return next((f.kind for f in seen.values() if f.noun == group.i and f.kind in PEOPLE_KINDS), None)
        if group is not None:
            return None
        # a list, not a pair: the group head has two or more counted items coordinated with it
        first = self._list_head(noun)
        counted = [t for t in first.subtree if any(c.like_num or c.dep_ == "nummod" for c in t.children)]
        items = [t for t in counted if t.dep_ in {"conj", "appos"}]  # "a dozen ... officers" too
        if len(items) < 2 or first.lemma_.lower() in self.trigger:
            return None
        kind = next((f.kind for f in seen.values() if f.noun == first.i and f.kind in PEOPLE_KINDS), None)
        return kind or self._named_group_kind(first)

    def _named_group_kind(self, head: Token) -> str | None:
        """'Those arrested were foreigners: 90 Chinese, 40 Vietnamese, ...': the uncounted group a list splits.

        The list's head is what a group named by a step ("those arrested", "the majority of the people
        rescued", "the detainees") is said to be; its items take that step.
        """
        edge = head.left_edge.i
        if head.dep_ != "attr" and edge > 1 and head.doc[edge - 1].text in DASHES | {":"}:
            head = head.doc[edge - 2]  # "were foreign nationals — 207 Chinese, ...": the parser cut at the dash
        if head.dep_ != "attr" or head.head.lemma_ != "be":
            return None
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        while subj is not None and not self._trigger_of(subj):
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            step = next((c for c in subj.children if c.dep_ in {"acl", "relcl"} and self._trigger_of(c)), None)
            if step is not None:
                hit = self._trigger_of(step)
                return hit[0] if hit is not None and hit[0] in PEOPLE_KINDS else None
            subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        hit = self._trigger_of(subj) if subj is not None else None
        return hit[0] if hit is not None and hit[0] in PEOPLE_KINDS else None

    def _included_in(self, noun: Token) -> Token | None:
        """The counted group a list of people is taken from: '90 foreigners, including 60 Chinese, 20 ...'."""
        first = self._list_head(noun)
        if first.dep_ == "pobj" and first.head.lower_ == "including" and first.head.head.pos_ == "NOUN":
            group = first.head.head
            # "arrested 162 nationals working at the farm, including 83 Chinese": the parser hangs the list
            # on the nearest noun; the group is the counted one the phrase describes
            climb = group
            for _ in range(6):  # "... nationals who were found working at the farm, including ..."
                if any(c.dep_ == "nummod" for c in climb.children) or climb.head == climb:
                    break
                if climb.dep_ not in {"pobj", "prep", "acl", "relcl", "xcomp"}:
                    break
                climb = climb.head
            if climb.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in climb.children):
                return climb
            return group
        return None

    def _population(self, noun: Token) -> bool:
        """'a suburb of 775,000 residents', 'a city of two million people': how many live in a place."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        lives = noun.lemma_.lower() in self.population_nouns
        return lives and noun.head.head.lemma_.lower() in self.populated  # not "arrests in Mali of two people"

    def _member_states(self, noun: Token) -> bool:
        """'28 EU member states', '28 European Union members': the countries of a union of states."""
        lemma = noun.lemma_.lower()
        mods = [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod"}]
        if lemma == "state":
            return any(c.lower_ == "member" for c in mods)
        if lemma == "member":
            union = " ".join(t.text for c in mods for t in c.subtree if t.pos_ == "PROPN").lower()
            return union in self.unions
        return False

    def _legal_step_on(self, noun: Token) -> tuple[str, Token] | None:
        """'arrested three officers', 'Those charged include 61 officers': officers who are the accused.

        Officers who arrest are no count; officers a legal step acts on are people like any others.
        """
        for _ in range(3):
            noun = self._list_head(noun)  # "61 officers from X, 16 officers from Y"
            if noun.dep_ == "pobj" and noun.head.lower_ in {"including", "of"} and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "a total of 129 people including 60 police officers, have been arrested"
            else:
                break
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() == "be":
            # "three officers were among the 40 people arrested": a part of the group a step acted on
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    for g in obj.children:
                        h = self._trigger_of(g)
                        if g.dep_ in {"acl", "relcl", "amod"} and h is not None and h[0] in LEGAL_STEPS:
                            return h[0], g
            return None
        if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ != "VERB":
            return None
        hit = self._trigger_of(verb)
        if hit is not None and hit[0] in LEGAL_STEPS:
            return hit[0], verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() not in self.support_verbs or subject is None:
            return None
        for g in subject.children:
            h = self._trigger_of(g)
            if g.dep_ in {"acl", "relcl"} and h is not None and h[0] in LEGAL_STEPS:
                return h[0], g
        return None

    @staticmethod
    def _hyphen_word(doc: Doc, num: Span) -> Token | None:
        """The word a number is hyphened to: 'a 27-strong gang', 'a 32-defendant indictment'."""
        end = num.end
        return doc[end + 1] if end + 1 < len(doc) and doc[end].text in {"-", "\u2011"} else None

    def _sized_document(self, doc: Doc, num: Span) -> tuple[str, Token | None, Token | None, str] | None:
        """'a 32-defendant indictment' charges 32 people; 'a 12-count indictment' lays 12 charges."""
        unit = self._hyphen_word(doc, num)
        if unit is None:
            return None
        head = next((t for t in doc[unit.i + 1 : min(len(doc), unit.i + 4)] if t.pos_ == "NOUN"), None)
        hit = self._trigger_of(head) if head is not None else None
        if hit is None or hit[0] not in LEGAL_STEPS:
            return None  # "a 20-count spreadsheet", "a 12-person team"
        if unit.lemma_.lower() in self.charge:
            return "charges", unit, head, f"sized:{head.lemma_.lower()}"
        if unit.lemma_.lower() in self.person:
            return hit[0], unit, head, f"sized:{head.lemma_.lower()}"
        return None

    def _group_of_size(self, doc: Doc, num: Span) -> Token | None:
        """'a 27-strong gang', 'a 26-member drugs gang': the group whose size the number gives."""
        size = self._hyphen_word(doc, num)
        if size is None or size.lower_ not in self.size_words:
            return None
        for tok in doc[size.i + 1 : min(len(doc), size.i + 4)]:  # "a 26-member drugs gang"
            if tok.lemma_.lower() in self.groups and tok.pos_ == "NOUN":
                return tok
            if tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
                return None
        return None

    def _rejected_by_parse(self, doc: Doc, num: Span) -> bool:
        """Numbers the parse reads as something else for a reason: ages, amounts of things, ranks, dates."""
        nxt = doc[num.end] if num.end < len(doc) else None
        return (
            nxt is not None
            and (nxt.text in {"-", "\u2011", "%"} or nxt.lemma_.lower() in self.excluded | self.blocking)
            or self._is_rank(doc, num.start)
            or self._at_large_or_aged(doc, num, bare=True)
        )

    def _label_line(self, doc: Doc, num: Span) -> tuple[str | None, Token | None, Token | None, str] | None:
        """A statistics line: "Arrested: 2,864", "Convicted 383", "Human trafficking victims identified: 823".

        The label is the words of the number's line before it (the sentence splitter may cut a line at
        its colon). Identified people are victims or suspects as the label's noun says; a label naming
        neither ("irregular migrants detected: 2,731") counts no one this tool counts: kind None.
        """
        text = doc.user_data.get(TEXT_KEY)
        if text is None:  # Doc.text joins every token on each access: once per doc
            text = doc.user_data[TEXT_KEY] = doc.text
        line_start = text.rfind("\n", 0, num.start_char) + 1
        sent = sentence_of(doc, num.start)
        lo = min(
            sent.start, next((t.i for t in doc[max(0, num.start - 8) : num.start] if t.idx >= line_start), num.start)
        )
        label = [
            t for t in doc[lo : num.start] if t.idx >= line_start and not (t.is_space or t.is_punct or t.text == "•")
        ]
        colon = any(t.text == ":" for t in doc[lo : num.start])
        # "Police arrested 184." is a sentence; a label line ends at its number (a colon's may end in a stop)
        after = [t for t in doc[num.end : sent.end] if not (t.is_space or colon and t.is_punct)]
        if not 1 <= len(label) <= (5 if colon else 3) or after:
            return None
        for tok in reversed(label):
            hit = self._trigger_of(tok)
            if hit is None:
                continue
            if hit[0] != "suspects_identified":
                return hit[0], None, tok, "label"
            nouns = {t.lemma_.lower() for t in label if t.pos_ in {"NOUN", "PROPN"}}
            if nouns & self.victim_words:
                return "victims_identified", None, tok, "label"  # "human trafficking victims identified: 823"
            if nouns & {"suspect", "offender", "perpetrator"}:
                return "suspects_identified", None, tok, "label"
            if colon and nouns:
                return None, None, tok, f"a label line counting {' '.join(t.text for t in label)}"
            return None
        return None

    def _classify(
        self, doc: Doc, num: Span, seen: dict[int, FigureInfo]
    ) -> tuple[str, Token | None, Token | None, str] | None:
        label = self._label_line(doc, num)
        if label is not None:
            kind, noun, trigger, rule = label
            return (kind, noun, trigger, rule) if kind is not None else self._no(rule)
        head_tok = self._root(num)
        nxt = doc[num.end] if num.end < len(doc) else None
        sized = self._sized_document(doc, num)
        if sized is not None:
            return sized  # "a 32-defendant indictment", "a 12-count indictment"
        group = self._group_of_size(doc, num)
        if group is not None:
            trig = self._find_trigger(group, head_tok)
            if trig is not None and trig[0] in LEGAL_STEPS and not self._not_yet(trig[1]):
                return trig[0], group, trig[1], "group-size"
            return self._no("the size of a group no legal step names")
        if (
            nxt is not None
            and nxt.lower_ in {"-", "\u2011"}
            and num.end + 1 < len(doc)
            and doc[num.end + 1].lower_ in {"country", "nation"}
        ):
            return "countries", doc[num.end + 1], None, "noun:countries"  # "a 9-country operation"
        if nxt is not None and (nxt.lower_ in {"-", "\u2011"} or nxt.lemma_.lower() in self.blocking):
            return self._no("age or duration")  # "six-year-old", "18 months old", "20-year" (a term)
        if self._part_by_age_or_sex(head_tok):
            return self._no("a breakdown by age or sex")  # "206 victims were identified, 53 of whom were minors"
        if _in_age_range(head_tok):
            return self._no("age")  # "the children were aged between two and 15"
        if self._believed(head_tok, num):
            return self._no("a belief or estimate, not a finding")  # "police believe 400 victims were exploited"
        misparsed = self._participle_between(doc, num)
        if misparsed is not None:
            noun = misparsed  # "16 named defendants": the parser made "named" the verb of "16"
        elif head_tok.dep_ == "nummod" or head_tok.dep_ == "compound" and head_tok.head.pos_ in {"NOUN", "PROPN"}:
            noun: Token | None = head_tok.head
        elif head_tok.dep_ in NOMINAL_DEPS or head_tok.dep_ in {"nmod", "quantmod", "amod"}:
            noun = None
        else:
            return self._no("no counted noun or trigger in its clause")
        if head_tok.dep_ == "nsubj" and head_tok.head.lemma_ == "be" and self._split_by_sex_or_age(head_tok):
            return self._no("a breakdown by sex or age")  # "Nine of them were women" (ANNOTATION.md)
        after = doc[num.end : min(len(doc), num.end + 4)]
        verbless = [t.lower_ for t in after[:2]] in (["of", "them"], ["of", "whom"]) and len(after) > 2
        if (head_tok.dep_ == "nsubj" and head_tok.head.lemma_.lower() in self.sex_or_young) or (
            verbless and after[2].lemma_.lower() in self.sex_or_young and (len(after) < 4 or after[3].is_punct)
        ):
            return self._no("a breakdown by sex or age")  # "rescued 10 victims, nine of them minors": no verb
        if noun is not None and self._partitive_reference(noun) and not self._whole_first_told(doc, num, noun):
            return self._no("refers back to a group counted before")  # "Seven of the 15 men"
        if noun is not None and any(c.dep_ == "det" and c.lower_ in {"those", "these"} for c in noun.children):
            return self._no("refers back to a group counted before")  # "the charges those 12 men faced"
        if noun is None and num._.opf.qstart > 0 and doc[num._.opf.qstart - 1].lower_ in {"those", "these"}:
            return self._no("refers back to a group counted before")  # "Of those 32, 15 were arrested"
        if (
            noun is None
            and num._.opf.qstart > 1
            and doc[num._.opf.qstart - 1].lower_ == "the"
            and doc[num._.opf.qstart - 2].lower_ == "of"
        ):
            return self._no("refers back to a group counted before")  # "39 out of the 42 were found guilty"
        if (
            noun is not None
            and self._is_people_word(noun)
            and noun.lemma_.lower() not in self.victim | {"victim"}
            and noun.head.lemma_.lower() not in self.harmed
            and _object_of_an_infinitive(noun, self._trigger_of)
        ):
            return self._no("the object of another verb's infinitive")  # "enough fentanyl to kill 250,000 people"
        if noun is not None and _whole_of_part(noun):
            # "23 out of 41 suspects were arrested": the step is the part's; the whole is who they are
            if noun.lemma_.lower() == "suspect":
                return "suspects_identified", noun, None, "noun:suspect"
            if noun.lemma_.lower() in self.accused_nouns:
                return "charged", noun, None, f"noun:{noun.lemma_.lower()}"  # "12 out of 40 defendants": 40 charged
            return self._no("the whole a counted part is taken from")
        if (
            noun is not None
            and noun.tag_ == "NN"
            and noun.lemma_.lower() not in self.charge
            and not self._is_people_word(noun)
        ):
            # "728 child exploitation and sexual abuse offences": the parser counted the first modifier (a
            # singular noun cannot be what a plural count counts)
            joined = next((c for c in noun.children if c.dep_ == "conj" and c.lemma_.lower() in self.charge), None)
            noun = joined if joined is not None and joined.i - noun.i <= 4 else noun
        # "Seven of the abused children", "13 of the defendants"
        counted = noun if noun is not None else self._of_object(head_tok)
        lemma = counted.lemma_.lower() if counted is not None else ""
        named = self._people_after_name(doc, counted)
        if named is not None:
            # "a dozen Puerto Rico Department of Corrections officers": the parser counted the name
            item = self._list_item_of(counted, seen, named)
            if item is not None:
                return item, named, None, "list"
        item = self._list_item_of(counted, seen) if counted is None or not self._split_by_sex(counted) else None
        if item is not None:
            return item, counted, None, "list"  # "60 officers, 16 municipal police, 12 prison officials"
        if counted is not None and self._population(counted):
            return self._no("a place's population")  # "a suburb of 775,000 residents"
        if counted is not None and self._member_states(counted):
            return "countries", counted, None, "noun:member-states"  # "all 28 EU member states"
        if counted is not None and (lemma in self.excluded or counted.lower_ in self.excluded):
            step = self._legal_step_on(counted) if lemma in self.force_people else None
            if step is None:
                doc.user_data.setdefault(THINGS, set()).add(num.start)  # "9 warrants, three of those ...": no people
                return self._no(f"counts things, not people ({counted.text})")
            return step[0], counted, step[1], f"trigger:{step[1].lemma_.lower()}"
        if lemma in self.time_units:
            return self._no("duration")
        if any(t.lemma_.lower() in self.blocking for t in head_tok.children):
            return self._no("age")
        if head_tok.dep_ == "pobj" and head_tok.head.head.lemma_.lower() in self.blocking | self.family:
            return self._no("family relation")  # "a father of two"
        if counted is not None and self._split_by_sex(counted):
            return self._no("a breakdown by sex")  # "500 men and 86 women were arrested" (ANNOTATION.md)
        if self._beside_month(doc, num):
            return self._no("a day of the month")  # "(2 September - 31 October)"
        if self._at_large_or_aged(doc, num, bare=noun is None):
            # "20 of those charged remain at large", "five of them younger than 3" (ANNOTATION.md)
            return self._no("people at large, or a breakdown by age")
        if counted is not None and lemma in self.charge and not self._in_name(counted):
            if lemma not in {"charge", "count"} and not self._legal_context(counted):
                return self._no("offences recorded, not charges laid")  # "72 traffic offences were detected"
            return "charges", counted, None, "noun:charges"  # not "61 Internet Crimes Against Children task forces"
        if counted is not None and lemma in self.country:
            if self._origin_countries(counted):
                return self._no("countries of origin, not taking part")  # "aliens from 18 countries"
            if self._crime_reach(counted):
                return self._no("where the criminals work, not countries taking part")  # "a gang active in 9 countries"
            if self._standing_membership(counted):
                return self._no("a body's standing membership or reach")  # "Interpol has 196 member countries"
            return "countries", counted, None, "noun:countries"
        # an event noun counted directly: "153 arrests", "33 convictions"
        if counted is not None and lemma in self.trigger and counted.pos_ == "NOUN":
            if lemma in self.document_nouns:
                return self._no("counts documents, not people")  # "57 people were charged in six indictments"
            kind = self.trigger[lemma][0]
            if kind == "suspects_identified" and lemma == "identification":
                kind = "victims_identified" if self._victim_context(counted) else kind
                return kind, counted, counted, f"noun:{lemma}"
            if kind != "suspects_identified":
                return kind, counted, counted, f"noun:{lemma}"
        # "20 arrests ..., 10 of them in the U.S.": a number in apposition to an event noun
        if counted is None or lemma in self.anaphors:
            h = head_tok.head
            if head_tok.dep_ in {"appos", "conj"} and h.pos_ == "NOUN" and h.lemma_.lower() in self.trigger:
                kind = self.trigger[h.lemma_.lower()][0]
                if kind != "suspects_identified":
                    return kind, None, h, f"appos:{h.lemma_.lower()}"
        anchor = counted if counted is not None else head_tok
        if misparsed is not None and misparsed.head == head_tok.head:
            anchor = head_tok.head  # walk up from the participle the parser put in the noun's place
        # "Nine of those arrested have been charged": the number's own verb says what is new;
        # the participle on "those" only names the group it is taken from
        trig = self._find_trigger(head_tok, head_tok) if noun is None and counted is not None else None
        if trig is None:
            trig = self._find_trigger(anchor, head_tok)
        if trig is None and misparsed is not None:
            trig = self._subjectless_step(misparsed.head)
        if (
            trig is not None
            and noun is not None
            and _fronted_whole_of(noun)
            and trig[1] not in noun.subtree
            and lemma != "victim"  # "Of the 123 victims, 110 were identified in 19 states": victims all the same
        ):
            # "Of the eight Kenyans, six were rescued": the step is the part's; the whole has none of its own
            return self._no("the whole a fronted part is taken from")
        if (
            trig is not None
            and noun is None
            and counted is not None
            and trig[1] in counted.subtree
            and counted.pos_ == "NOUN"  # "42 of the 228 arrested had ...", "Nine of the 18 suspects arrested" differ
            and not any(c.dep_ == "nummod" for c in counted.children)
        ):
            # "Three of the suspects arrested will be handed over": the count's own verb says what happens to
            # part of a group; the participle on the group only names it
            verb = head_tok.head if head_tok.dep_ in {"nsubj", "nsubjpass"} else None
            if (
                verb is not None
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() not in self.support_verbs
                and self._trigger_of(verb) is None
                and not any(self._trigger_of(c) for c in verb.children if c.dep_ in {"prep", "acomp", "xcomp"})
            ):
                return self._no(f"its own verb '{verb.text}' says what happens to part of a group")
        if self._about_age(head_tok):
            return self._no("age")  # "eight of the men charged were aged between 19 and 35"
        if (
            counted is not None
            and lemma in self.anaphors
            and self._previous_kind(seen, num) in {"rescued", "victims_identified"}
            # "sentenced Tom Hart ... and five others": others beside a named person are like that person
            and not any(c.ent_type_ == "PERSON" for c in counted.conjuncts)
        ):
            lemma = "victim"  # "44 children were rescued and 79 others were identified"
        is_victim = counted is not None and (
            lemma in self.victim
            or lemma == "victim"
            or self._described_as_victims(counted)
            or self._shared_victim_noun(counted)
            or self._victims_referred_to(counted)
        )
        is_person = counted is not None and (
            lemma in self.person
            or counted.ent_type_ == "NORP"
            or self._demonym(counted) is not None
            or counted.lower_ in PERSONAL_PRONOUNS  # "three of whom were charged"
        )
        abused = self._abused_by(counted, trig[1] if trig is not None else None) if noun is not None else None
        if abused is not None:  # "found guilty of trafficking 15 women": the crime's victims, not the accused
            return "victims_identified", counted, abused, f"victims:{abused.lemma_.lower()}"
        # "arrested 3,744 suspects and aided 4,414 victims": the verb that acts on the victims wins
        aid = self._aided(counted) if noun is not None and (lemma == "victim" or is_victim) else None
        if aid is not None:
            return "rescued", counted, aid, f"aid:{aid.lemma_.lower()}"
        named = self._participle_people(doc, num) if trig is not None and trig[1].i == num.end else None
        if named is not None:  # "36 accused have been identified and arrested"
            return named[0], named[1], named[2], f"trigger:{named[2].lemma_.lower()}"
        own = counted.head if counted is not None and counted.dep_ in {"nsubj", "nsubjpass"} else None
        if (
            trig is not None
            and own is not None
            and own.pos_ == "VERB"
            and own != trig[1]
            and own.lemma_.lower() not in self.support_verbs
            and trig[1] not in own.subtree
        ):
            # "was held after three million people signed a letter": the people's own verb says what they
            # did; the step is not theirs, though a victim noun still says who they are ("300 victims were ...")
            if lemma != "victim":
                return self._no(f"its own verb '{own.text}' says what they did")
            trig = None
        if trig is not None and noun is not None and lemma in self.accused_nouns and _on_a_case_noun(counted, trig[1]):
            return "charged", counted, None, f"noun:{lemma}"  # "convicted 12 after a trial involving 40 defendants"
        if trig is not None:
            kind, tok = trig
            named_as = self._identified_as(tok, num) if kind == "suspects_identified" else None
            if named_as == "naming":
                return self._no("people named, not identified")  # "identified as two Canadians", "as Ann Lee"
            if named_as == "victims":
                return "victims_identified", counted, tok, "identified-as"  # "19 of them were identified as victims"
            if kind == "suspects_identified" and lemma in self.accused_nouns:
                kind = "charged"  # "targeted a dozen defendants": defendants are charged, whoever targeted them
            elif kind == "suspects_identified" and (
                is_victim or (not is_person and (self._victim_context(anchor) or self._rescue_beside(tok)))
            ):
                found = tok.lemma_.lower() in self.rescue_when_victims and tok.tag_ in {"VBN", "VBD"}
                kind = "rescued" if found else "victims_identified"  # "were found", not "raced to find"
            elif (
                kind == "suspects_identified"
                and counted is not None
                and any(
                    c.dep_ in {"acl", "relcl"} and c.lemma_ == "hold" and _held_captive(c) for c in counted.children
                )
            ):
                kind = "rescued"  # "officers found 12 women held against their will"
            elif kind == "suspects_identified" and self._people_found(tok, counted):
                kind = "rescued"  # "police found 169 foreign nationals inside the hotel"
            if self._not_yet(tok):
                return self._no("not (yet) a fact")  # "still to be sentenced", "will be charged"
            if kind == "suspects_identified" and self._part_of_accused(head_tok):
                return self._no("people already counted, said who they are")  # "two of the arrested were identified as"
            if kind == "rescued" and counted is not None and any(c.lower_ in self.dead for c in counted.children):
                return self._no("the dead")  # "82 deceased victims had been recovered"
            if kind == "arrested" and tok.lemma_.lower() == "hold" and _held_captive(tok):
                # "located 21 people held captive", "the gang held 20 women captive": victims, not detainees
                verb = tok.head.head if tok.dep_ in {"acl", "relcl"} else tok.head if tok.dep_ == "ccomp" else None
                before = doc[num._.opf.qstart - 1] if num._.opf.qstart > 0 else None
                if before is not None and before.pos_ == "VERB" and self._trigger_of(before):
                    verb = before  # "to locate 21 more people held captive", however the parser hung "held"
                above = self._trigger_of(verb) if verb is not None and verb.pos_ == "VERB" else None
                if above is not None and above[0] in {"rescued", "suspects_identified"}:
                    return "rescued", counted, verb, f"captive:{verb.lemma_.lower()}"
                return "victims_identified", counted, tok, "captive"
            if tok.lemma_.lower() == "target" and lemma == "victim":
                return self._no("victims a crime aimed at, not victims found")  # "targeted 200,000 potential victims"
            if kind in {"rescued", "victims_identified"} and lemma in self.offenders:
                return self._no(
                    f"'{counted.text}' are offenders, not people rescued"
                )  # "the clutches of 20 traffickers"
            if (
                kind == "rescued"
                and tok.lemma_.lower() in self.victim_only
                and not is_victim
                and _freed_from_a_site(tok)
            ):
                return kind, counted, tok, f"trigger:{tok.lemma_.lower()}"  # "released from camps over the border"
            if kind == "rescued" and tok.lemma_.lower() in self.victim_only and not is_victim:
                return self._no(f"'{tok.text}' rescues only victims")  # "eight have been released on bail"
            if kind in LEGAL_STEPS and noun is not None and _possessed(counted, self.kin):
                return self._no("someone's relatives")  # "arrested a couple who fled with their five children"
            if (
                kind in LEGAL_STEPS
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in self.charge | CASE_NOUNS
                and lemma in self.victim
                and counted.head.pos_ == "VERB"
                and counted.head.lemma_.lower() in {"involve", "concern", "relate"}
                and any(c.i == tok.i for c in counted.head.children if c.dep_ in {"nsubj", "nsubjpass"})
            ):
                # "The charges involved six girls": the children a case's charges concern are its victims
                return "victims_identified", counted, tok, f"victims:{counted.head.lemma_.lower()}"
            if kind in LEGAL_STEPS and lemma == "victim":
                # "convicted of 43 charges relating to six victims": victims are never the accused
                if self._object_of_crime(counted):
                    return self._no("people harmed, named by the crime")
                return "victims_identified", counted, None, "noun:victim"
            if counted is None and not self._elliptic_ok(head_tok, tok):
                same = self._same_verb_before(doc, head_tok, seen)
                if same is not None:
                    return same, None, None, "ellipsis"  # "154 arrests were made in KZN while 105 were made in MP"
                ref = self._anaphoric_kind(doc, num, head_tok, seen)
                if ref is not None:
                    return ref, None, None, "anaphor"  # "300 were detained, of whom 210 were from China"
                return self._no(f"trigger '{tok.text}' does not govern it")
            if (
                kind in LEGAL_STEPS
                and counted is not None
                and counted.pos_ == "NOUN"
                and counted.dep_ == "pobj"
                and counted.head.lower_ in {"of", "with"}
                and counted.head.head == tok
                and tok.pos_ in {"VERB", "ADJ"}  # not "the arrest of 792 cryptocurrency and romance scammers"
                and not (is_victim or is_person)
            ):
                return "charges", counted, tok, "crimes-of"  # "convicted of two rapes", "charged with three thefts"
            named_by_step = counted is not None and counted.pos_ == "NUM" and self._people_with_step(counted)
            if counted is not None and not (
                is_victim
                or is_person
                or named_by_step
                or self._people_noun(counted, tok)
                or self._listed_with_people(counted)
                or self._among_people(counted)
                or self._harm_event(counted) is not None
            ):
                return self._no(f"'{counted.text}' are not people")
            return kind, counted, tok, f"trigger:{tok.lemma_.lower()}"
        if noun is not None and lemma != "victim" and self._said_to_be_victims(counted):
            return "victims_identified", counted, None, "noun:victim"  # "16 people were victims of the ring"
        if noun is not None and _definite_again(num, counted, seen):
            return self._no(
                "the group counted before, named again"
            )  # "60 were rescued ... the 60 victims had been ..."
        if noun is not None and lemma == "victim" and not self._object_of_crime(counted):
            more = self._more_of_group(doc, num, counted, seen)
            if more is not None:  # "31 victims were Kenyan nationals, 24 Thai, ...": the rescued, by nationality
                said = next(c for c in counted.head.children if c.dep_ == "attr")
                return more, said, None, "further"
            return "victims_identified", counted, None, "noun:victim"
        part = self._part_of_counted_group(head_tok, seen) if noun is None else None
        if part is not None:
            return part, None, None, "partitive"
        ref = self._anaphoric_kind(doc, num, noun if noun is not None else head_tok, seen)
        if ref is not None and (counted is None or lemma in self.anaphors or is_person or is_victim):
            return ref, counted, None, "anaphor"
        # a bare count is the clause's subject even when an "of" names its group ("Four of the suspects are ...")
        subject = counted if noun is not None else head_tok
        more = self._more_of_group(doc, num, subject, seen)
        if more is not None:  # "a further 12 were Polish nationals": the nationality gives the scope
            said = next((c for c in subject.head.children if c.dep_ == "attr"), None)
            said = said if said is not None and (self._demonym(said) or noun is None) else None
            return more, said if said is not None else counted, None, "further"
        if noun is not None and lemma == "suspect" and not self._not_yet_clause(counted):
            if {t.lemma_.lower() for t in sentence_of(doc, num.start)} & self.trial_words:
                # "Eight suspects attended the ruling", "life was demanded against the six main suspects"
                return self._no("defendants at trial, counted by the steps taken against them")
            return "suspects_identified", counted, None, "noun:suspect"  # "among 733 suspects": people identified
        if noun is not None and lemma in self.accused_nouns and not self._not_yet_clause(counted):
            # "the judge addressed the seven defendants": a group at trial named again, whose outcome is counted
            # elsewhere; "a trial involving 40 defendants" introduces them: people charged
            # "a verdict for nine defendants" gives an outcome that is counted elsewhere, named again or not
            again = _named_again(doc, num, also={"all"})
            sent = sentence_of(doc, num.start)
            words = {t.lemma_.lower() for t in sent}
            outcome = any(
                t.lemma_.lower() in OUTCOME_WORDS and (t.pos_ != "NOUN" or t.lemma_.lower() in {"verdict", "sentence"})
                for t in sent
            )  # "sentences for 16 defendants", not "face ten years in jail"
            if not (outcome or again and words & self.trial_words):
                return "charged", counted, None, f"noun:{lemma}"  # "the 64 defendants": people charged
        same = self._same_verb_before(doc, head_tok, seen) if noun is None else None
        if same is not None:
            return same, None, None, "ellipsis"  # "154 arrests were made in KZN while 105 were made in MP"
        # list continuation: "42 in Germany, eight in the Netherlands"
        prev = seen.get(head_tok.head.i)
        if prev is not None and head_tok.dep_ in {"conj", "appos"}:
            return prev.kind, counted, None, "list"
        tally = self._number_of(head_tok) if noun is None else None
        if tally is not None:  # "brings to 21 the number of persons convicted", "Arrests pass 300"
            past = head_tok.head.lemma_.lower() in PASSING_VERBS and head_tok.dep_ == "dobj"
            return tally[0], None, tally[1], "number-of:past" if past else "number-of"
        whole = self._fronted_whole(head_tok) if noun is None else None
        if whole is not None:  # "Of the 920 charges laid, 230 were for drug offences"
            return whole[0], None, whole[1], "fronted-partitive"
        if counted is not None and self._is_people_word(counted):
            role = self._named_as_role(counted)
            if role is not None:  # "Police named 14 people as suspects", "The suspects are 14 Thais"
                return role[0], counted, role[1], "named-as"
        given = self._given_a_term(counted if counted is not None else head_tok)
        if given is not None:  # "handed life sentences to five men", "reduced the sentences of 13 defendants"
            return "convicted", counted, given, "term-to"
        return self._no("no trigger")

    def _given_a_term(self, people: Token) -> Token | None:
        """People a prison term is given to, against, or for: they were convicted.

        "handed life sentences to five men", "twenty years' imprisonment against two others",
        "reduced the prison sentences for 13 defendants". The term is the preposition's head, or the
        object of the verb it hangs on. Returns the term's token.
        """
        if people.dep_ != "pobj" or people.head.lower_ not in TERM_PREPS:
            return None
        if not (self._is_people_word(people) or people.pos_ == "NUM"):
            return None
        above = people.head.head
        terms = [above] if above.pos_ == "NOUN" else []
        verb = above if above.pos_ == "VERB" else above.head if above.dep_ == "dobj" else None
        if verb is not None and (verb.lemma_.lower() in self.term_blocking | INTENT_HEADS or self._not_yet(verb)):
            return None  # "Prosecutors sought life sentences for two men": asked for, not handed down
        if above.pos_ == "VERB":
            objs = [c for c in above.children if c.dep_ == "dobj"]
            terms = [t for o in objs for t in (o, *o.conjuncts)]
        return next((t for t in terms if self._is_prison_term(t)), None)

    def _is_prison_term(self, tok: Token) -> bool:
        """'life sentences', 'prison terms', 'twelve years imprisonment', '20 years in prison'."""
        lemma = tok.lemma_.lower()
        if lemma in self.term_words:
            return not any(c.lemma_.lower() in self.term_blocking for c in tok.children)
        return lemma in {"year", "month"} and any(
            c.lemma_.lower() in self.term_words for c in (*tok.children, *(g for c in tok.children for g in c.children))
        )

    def _named_as_role(self, noun: Token) -> tuple[str, Token] | None:
        """People a verb names as suspects, or the people a clause says its suspects are.

        "named 14 people as suspects", "were declared suspects", "The suspects are 14 Thai
        citizens and one Briton" (the count is what the suspects were).
        """
        head = noun
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        verb = head.head
        if head.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB":
            for c in verb.children:
                said = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "as" else []
                said += [c] if c.dep_ in {"oprd", "attr"} else []
                if any(t.lemma_.lower() == "suspect" for t in said):
                    return "suspects_identified", verb
        if head.dep_ == "attr" and verb.lemma_ == "be":
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.lemma_.lower() == "suspect" and not any(c.like_num for c in subj.children):
                return "suspects_identified", subj
            step = self._people_with_step(subj) if subj is not None else None
            if step is not None:
                return step  # "Those arrested are 12 Britons and three Poles"
        return None

    def _fronted_whole(self, num_tok: Token) -> tuple[str, Token] | None:
        """'Of the arrests, 23 were made in Kent': a bare count of a whole named before it with 'of'.

        The whole is an event noun (arrests, convictions) or charges; the count is its part.
        """
        if num_tok.dep_ not in {"nsubj", "nsubjpass"} or num_tok.head.lemma_.lower() not in PART_VERBS:
            return None  # "of the 50 charges, 8 were dropped": what happened to the part is another matter
        for of in num_tok.head.children:
            if of.dep_ != "prep" or of.lower_ != "of" or of.i > num_tok.i:
                continue
            for obj in (c for c in of.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PRON"}):
                lemma = obj.lemma_.lower()
                if lemma in self.charge:
                    return "charges", obj
                hit = self._trigger_of(obj) if obj.pos_ == "NOUN" else None
                if hit is not None and hit[0] in LEGAL_STEPS | {"rescued"}:
                    return hit[0], obj
                people = self._people_with_step(obj)
                if people is not None and not self._split_by_sex_or_age(num_tok):
                    return people  # "Of those arrested, nine are taxi drivers"
        return None

    def _people_with_step(self, obj: Token) -> tuple[str, Token] | None:
        """'those arrested', 'the people charged': people named by the step they went through."""
        if obj.pos_ == "PRON" and obj.lower_ not in {"those", "these"}:
            return None
        if obj.pos_ == "NOUN" and not self._is_people_word(obj):
            return None  # (a bare count may name them too: "42 of the 228 arrested")
        # "those arrested", and "the 18 convicted defendants" where the participle comes first
        for step in (c for c in obj.children if c.dep_ in {"acl", "relcl"} or c.dep_ == "amod" and c.tag_ == "VBN"):
            hit = self._trigger_of(step)
            if hit is not None and hit[0] in LEGAL_STEPS | {"rescued"}:
                return hit[0], step
        return None

    def _split_by_sex_or_age(self, num_tok: Token) -> bool:
        """'Of those arrested, three were women': a split by sex or age is no figure (ANNOTATION.md)."""
        said = [c for c in num_tok.head.children if c.dep_ in {"attr", "acomp"}]
        if any(self._trigger_of(v) for v in num_tok.head.conjuncts):
            return False  # "Two of the 30 victims were minors and they were freed in Kent"
        return any(c.lemma_.lower() in self.sex_or_young for c in said)

    def _number_of(self, num_tok: Token) -> tuple[str, Token] | None:
        """'brings to 21 the number of persons convicted', 'the number of arrests rose to 45'.

        The number is the value the verb gives to "the number of X": X is an event noun or people
        with a step's participle, and the number hangs on that verb through "to" or "at".
        """
        prep = num_tok.head
        if num_tok.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lemma_.lower() in REACH_VERBS:
            verb = prep  # "Arrests pass 300", "arrests have topped 1,200": the count the tally reached
            for tally in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
                hit = self._trigger_of(tally)
                if hit is not None and hit[0] != "suspects_identified":
                    return hit[0], tally
            return None
        if num_tok.dep_ != "pobj" or prep.lower_ not in {"to", "at"} or prep.head.pos_ not in {"VERB", "AUX"}:
            return None
        verb = prep.head
        for tally in verb.children:
            if tally.lemma_.lower() not in TALLY_NOUNS or tally.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
                continue
            for of in (c for c in tally.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in of.children if c.dep_ == "pobj"):
                    hit = self._trigger_of(obj) if obj.pos_ == "NOUN" else None
                    if hit is not None and hit[0] != "suspects_identified":
                        return hit[0], obj  # "the number of arrests"
                    if not self._is_people_word(obj):
                        continue
                    # the parser may hang the participle on "number": "the number of victims rescued"
                    for step in (c for c in (*obj.children, *tally.children) if c.dep_ in {"acl", "relcl"}):
                        hit = self._trigger_of(step)
                        if hit is not None:
                            return hit[0], step  # "the number of people charged"
        return None

    def _abused_by(self, noun: Token, trigger: Token | None) -> Token | None:
        """The abuse verb whose object the counted people are, when no step acts on them directly."""
        obj = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TALLY_NOUNS:
            obj = noun.head.head  # "exploited a total of 14 men"
        verb = obj.head
        if obj.dep_ == "nsubjpass" and verb.lemma_.lower() in RAISING_FACTS:
            # "74 people are known to have been exploited": the harm is the raised clause's
            raised = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in self.harmed), None)
            if raised is not None and any(c.dep_ == "auxpass" for c in raised.children):
                verb = raised
        # active "exploited 14 men" or passive "nine women were trafficked"
        if obj.dep_ not in {"dobj", "nsubjpass"} or verb == trigger or verb.lemma_.lower() not in self.harmed:
            return None
        if obj.dep_ == "nsubjpass" and (trigger is not None or any(self._trigger_of(v) for v in verb.conjuncts)):
            return None  # "12 women were trafficked and later rescued": the step wins
        if obj.dep_ == "nsubjpass" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            return None  # "600 children had been abused over the years": the backdrop, not the case's count
        if not (self._is_people_word(noun) or noun.lemma_.lower() in self.victim):
            return None
        if verb.lemma_.lower() == "subject" and not _subjected_to_harm(verb, self.harmed | self.harm_nouns):
            return None  # "subjected 12 suspects to questioning"; but "subjected two girls to years of abuse"
        if _possessed(noun, self.kin) or any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children
        ):
            return None  # "abused the 9 boys" (counted before), "exploiting their four children" (relatives)
        return verb

    def _object_of_crime(self, noun: Token) -> bool:
        """'stole $10 million from 4,100 victims': those a sum was taken from, not victims identified."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "from"

    def _no(self, reason: str) -> None:
        """Reject a number, keeping the reason for `opfacts show --explain`."""
        self._why = reason

    def _people_noun(self, noun: Token, trigger: Token) -> bool:
        """An arrest, charge, conviction or rescue counts people whatever they are called ("219 smugglers").

        Only when that trigger itself governs the noun: "arrested 1,006 suspects and dismantled
        134,089 infrastructures" does not arrest the infrastructures.
        """
        hit = self._trigger_of(trigger)
        of = noun.head if noun.head.lower_ == "of" else None
        governs = (
            noun.head == trigger
            or of is not None
            and (
                of.head == trigger
                or of.head.like_num
                and of.head.head == trigger  # "two of their caretakers were held"
            )
        )
        # "12 locals ... were taken into custody", "placed under arrest": the step is the verb's phrase
        phrase = trigger.dep_ == "pobj" and trigger.head.head == noun.head and noun.dep_ in {"nsubjpass", "dobj"}
        return (
            hit is not None
            and trigger.lemma_.lower() not in self.thing_verbs  # "recovered three motorbikes"
            and hit[0] in self.strong_kinds
            and (governs or phrase or trigger in noun.children)
            and self._may_name_people(noun)
        )

    def _evidence_bounds(
        self, doc: Doc, num: Span, qstart: int, noun: int | None, trigger: int | None
    ) -> tuple[int, int]:
        """Number, qualifier, noun and trigger; a far trigger (a list item) gives way to the item's own phrase."""
        if trigger is not None and trigger < qstart - 4:
            root = self._root(num)
            ends = [c.right_edge.i for c in root.children if c.dep_ in {"prep", "acl"}]
            trigger = max(ends) if ends else None  # "21 in Poland", not "arrests include 64 made in Spain, 21"
        idx = [i for i in (qstart, num.start, noun, trigger) if i is not None]
        return min(idx), max([*idx, num.end - 1]) + 1

    def _not_yet_clause(self, tok: Token) -> bool:
        verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and self._not_yet(verb)

    def _not_yet(self, verb: Token) -> bool:
        aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
        # a modal, or a passive infinitive ("are still to be sentenced"); "helped to safeguard" is a fact;
        # a negated verb ("have not yet been sentenced", "were never charged") says it did not happen
        negated = any(c.dep_ == "neg" for c in verb.children)
        # "efforts are under way to arrest the two kingpins", "plans to charge": aimed at, not done
        head = verb.head
        purpose = (
            "to" in aux
            and verb.tag_ == "VB"
            and (head.pos_ in {"NOUN", "AUX"} or head.lemma_.lower() in INTENT_HEADS)
            and head.lemma_.lower() not in DONE_HEADS
        )
        if "to" in aux and head.lower_ == "had" and not negated:
            return False  # "14 people had to be rescued": it happened
        return bool(aux & self.modals) or ("to" in aux and "be" in aux) or negated or purpose

    def _about_age(self, tok: Token) -> bool:
        verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else None
        return verb is not None and any(
            t.lemma_.lower() in {"age", "aged"} or t.lower_ == "aged" for t in [verb, *verb.children]
        )

    def _has_place(self, tok: Token) -> bool:
        """'one in Leeds', 'one arrest in Leeds', 'one by Goa Police': a count given its own place or force."""
        heads = [tok, tok.head] if tok.dep_ == "nummod" else [tok]
        forces = [a for a in tok.doc.spans.get("agencies", []) if a._.opf.name.lower().endswith("police")]

        def placed(g: Token) -> bool:
            return g.ent_type_ in {"GPE", "LOC"} or any(a.start <= g.i < a.end for a in forces)

        return any(
            c.dep_ == "prep" and c.lower_ in {"in", "from", "across", "by"} and any(placed(g) for g in c.subtree)
            for h in heads
            for c in h.children
        )

    def _anaphoric_kind(self, doc: Doc, num: Span, head_tok: Token, seen: dict[int, FigureInfo]) -> str | None:
        """'Among them were 197 suspects', 'of which 11 were ...': a part of the group counted just before.

        `head_tok` is the counted noun, or the number standing for it.
        """
        clause = head_tok.head if head_tok.dep_ in {"nsubj", "nsubjpass", "attr", "dobj"} else head_tok
        preps = [
            c
            for c in (*clause.children, *head_tok.children)
            # the parser often calls a fronted "of which" a bare dependent
            if c.dep_ in {"prep", "dep"} and c.lower_ in {"among", "of"}
        ]
        refs = [
            g
            for c in preps
            for g in c.children
            if g.dep_ == "pobj" and g.lower_ in {"them", "which", "whom", "those"} and not list(g.children)
        ]
        # "Among the suspects were 40 foreigners": the group a figure of the sentences before counted
        named = [
            g
            for c in preps
            if c.lower_ == "among"
            for g in c.children
            if g.dep_ == "pobj"
            and g.tag_ == "NNS"
            and self._is_people_word(g)
            and [d.lower_ for d in g.children] == ["the"]
        ]
        if not refs and not named:
            return None
        kind = _latest_kind(doc, num, seen, back=1 if refs else 3)
        if refs and kind is not None:
            # "executed 9 search warrants, three of those in Leeds": the pronoun takes the nearest count
            lo = sentence_of(doc, num.start).start
            last_fig = max(i for i, f in seen.items() if i < num.start and f.kind == kind)
            if any(max(lo, last_fig) < i < num.start for i in doc.user_data.get(THINGS, ())):
                return None
        return kind

    def _previous_kind(self, seen: dict[int, FigureInfo], num: Span) -> str | None:
        return _latest_kind(num.doc, num, seen, back=0, kinds=None)

    def _age_limit(self, doc: Doc, num: Span) -> bool:
        """'luring a person under 16', 'girls over 13': a bound on the age of the people named before it."""
        i = num.start
        if i < 2 or doc[i - 1].lower_ not in {"under", "over", "below", "above"} or not 1 <= num._.opf.value <= 21:
            return False
        if num.end < len(doc) and self._people_noun_word(doc[num.end]):
            return False  # "over 16 children": a qualifier on a count
        before = doc[i - 2]
        lemma = before.lemma_.lower()
        return before.pos_ in {"NOUN", "PRON"} and (lemma in self.person or lemma in self.victim or lemma in AGE_BOUND)

    def _people_noun_word(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        return tok.pos_ in {"NOUN", "PROPN"} and (lemma in self.person or lemma in self.victim)

    def _is_age(self, doc: Doc, num: Span) -> bool:
        """An age after a name or a person: "Tracey Baker, 41,", "David Hines (30) from", "A fourth man, 64, from"."""
        i = num.start
        if self._age_limit(doc, num):
            return True
        if i < 2 or doc[i - 1].text not in {",", "("}:
            return False
        before = doc[i - 2]
        nxt = doc[num.end] if num.end < len(doc) else None
        if (
            doc[i - 1].text == ","
            and num._.opf.ent == "DATE"
            and before.pos_ == "PROPN"
            and before.is_title
            and nxt is not None
            and nxt.text in {",", ";"}
            and 14 <= num._.opf.value <= 99
        ):
            return True  # "Ann Mole, 37, and ...": an adult's age, which the model marks as a date, after any name
        if self._known_place(before):
            return False  # "Auckland (three)": a count for a place the model took for a person
        named = before.ent_type_ == "PERSON" or before.lemma_.lower() in self.person and before.tag_ in {"NN", "NNP"}
        # "Filipino Ann Lee-Marsh (31),": a full name the model missed, then an adult's age in brackets
        full_name = i > 2 and all(t.pos_ == "PROPN" and t.is_title for t in doc[i - 3 : i - 1])
        named = named or doc[i - 1].text == "(" and full_name and 14 <= num._.opf.value <= 99
        closes = nxt is None or nxt.text in {",", ")", ".", ";"} or nxt.lower_ in {"of", "from", "and", "who", "was"}
        # "Ann Lee-Marsh, 34, was arrested": a name the model missed, set off by commas before its verb
        then = doc[num.end + 1] if nxt is not None and nxt.text == "," and num.end + 1 < len(doc) else None
        # "... Ann Lee, 35, of Mill Road, Leeds, was jailed": the age, then the address
        set_off = before.pos_ == "PROPN" and before.is_title and then is not None
        set_off = set_off and (then.pos_ in {"AUX", "VERB"} or then.lower_ in {"of", "from"})
        # "Ann Lee, 40, Bob Lee, 37, and Cy Lee, 38, were convicted": names listed with an adult's age each
        listed = before.pos_ == "PROPN" and before.is_title and then is not None and 14 <= num._.opf.value <= 99
        listed = listed and (then.lower_ == "and" or then.pos_ == "PROPN" and then.is_title)
        return named and closes or set_off or listed

    def _list_continuation(
        self, doc: Doc, num: Span, last: tuple[int, str, int] | None
    ) -> tuple[str, Token | None, Token | None, str] | None:
        """A bare number scoped to a place right after a figure: "42 in Germany, eight in the Netherlands"."""
        if last is None:
            return None
        root = self._root(num)
        sent = sentence_of(doc, num.start)
        prev_sent = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
        if last[0] not in (sent.start, prev_sent) or last[1] in {"countries", "charges"}:
            return None
        if root.dep_ == "nummod":
            return None
        between = [n for n in doc.spans.get("numbers", []) if last[2] <= n.start and n.end <= num.start]
        if any(self._counts_things(doc, n) for n in between):
            return None  # "32 raids; there were 18 in Germany": the list continues the raids, not the arrests
        # "Three are from Kent, one in Essex": the place hangs on the verb "be" of a bare count
        said = [root.head] if root.dep_ == "nsubj" and root.head.lemma_ == "be" else []
        where = [g for c in (said[0].children if said else []) if c.dep_ == "prep" for g in c.children]
        if any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not self._known_place(g) for g in where):
            return None  # "Two were in hospital in York" says where they are, not a list of places
        for child in (c for t in (root, *said) for c in t.children):
            if child.dep_ == "prep" and child.lower_ in {"in", "from", "across", "within"}:
                # on the verb, the place itself ("are from Kent"), not "were in hospital in Leeds"
                places = child.children if child.head in said else child.subtree
                if any(
                    g.ent_type_ in {"GPE", "LOC", "NORP"} or child.head in said and self._known_place(g) for g in places
                ):
                    return last[1], None, None, "list"
        return None

    def _known_place(self, tok: Token) -> bool:
        """A place the places component found, whatever entity the model gave it ("Kent" as a PERSON)."""
        return any(p.start <= tok.i < p.end for p in tok.doc.spans.get("places", []))

    def _in_name(self, tok: Token) -> bool:
        """A capitalised word inside a name ("61 Internet Crimes Against Children task forces"), not in a headline."""
        return tok.ent_type_ == "ORG" or (
            tok.is_title and not tok.is_sent_start and not title_case(sentence_of(tok.doc, tok.i))
        )

    def _sentence_object(self, obj: Token) -> bool:
        """'jail terms', 'prison sentences': what a convicted person receives, serves or begins."""
        lemma = obj.lemma_.lower()
        return lemma in {"sentence", "imprisonment"} or (  # "were given life imprisonment"
            lemma in {"term", "time"} and any(g.lemma_.lower() in {"jail", "prison"} for g in obj.children)
        )

    def _victims_noun(self, noun: Token) -> bool:
        """Children, minors, victims, or people a participle says were kidnapped or trafficked."""
        lemma = noun.lemma_.lower()
        harmed = any(
            c.lemma_.lower() in self.harm_verbs - self.thing_harms for c in noun.children if c.dep_ in {"amod", "acl"}
        )  # "defrauded investors", but not "stolen motorbikes"
        return lemma in self.victim or lemma == "victim" or harmed

    def _participle_between(self, doc: Doc, num: Span) -> Token | None:
        """'16 named defendants', '12 suspected traffickers' read by the parser as '16 [who] named defendants'.

        The person noun right after the participle is what the number counts, when the parse hangs
        the number on the participle.
        """
        if num.end + 1 >= len(doc):
            return None
        part, noun = doc[num.end], doc[num.end + 1]
        root = self._root(num)
        # "40 wanted men were arrested": the parser may also make the noun the subject of a verb under it
        hung = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.head == part
        if part.tag_ not in {"VBN", "VBD"} or root.head != part or part not in (noun.head, *noun.children) and not hung:
            return None
        lemma = noun.lemma_.lower()
        return noun if lemma in self.person or lemma in self.victim else None

    def _subjectless_step(self, participle: Token) -> tuple[str, Token] | None:
        """The step of a verb the parser hung, with no subject, under a participle it made the main verb.

        "2 430 wanted suspects for fraud ... were arrested": "arrested" is the count's step.
        """
        for c in participle.children:
            if (
                c.dep_ in {"ccomp", "conj", "advcl"}
                and c.pos_ == "VERB"
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            ):
                hit = self._trigger_of(c)
                if hit is not None and hit[0] in LEGAL_STEPS:
                    return hit[0], c
        return None

    def _split_by_sex(self, noun: Token) -> bool:
        """'500 men and 86 women', 'two women and 24 men': counts of one sex coordinated with the other's."""
        if self._sex_adjective_pair(noun):
            return True
        own_step = any(c.dep_ in {"acl", "relcl"} for c in noun.children)  # "12 children being removed"
        if (
            noun.lemma_.lower() in self.young
            and not own_step
            and any(
                o.lemma_.lower() in self.sex_only
                and any(c.dep_ == "nummod" for c in o.children)
                # one list of counts: "charged 17 men, removed 12 children" has a verb between them
                and all(t.pos_ in LIST_POS for t in noun.doc[min(o.i, noun.i) + 1 : max(o.i, noun.i)])
                for o in noun.conjuncts
            )
        ):
            return True  # "20 men, 23 women and 18 children": children beside counts by sex split the same group
        if not self._of_one_sex(noun):
            return False
        own_clause = any(c.dep_ in {"relcl", "acl"} for c in noun.children)  # "seven men who were convicted"
        if noun.head.lower_ == "including" and noun.head.head.lemma_.lower() not in self.sex and not own_clause:
            return True  # "16 people, including nine women, were arrested": a part picked out by sex
        doc, sexes = noun.doc, self._of_one_sex
        # on the words too, since the parser often leaves them uncoordinated ("In total 500 men and 86 women")
        after = doc[noun.i + 1 : noun.i + 4]
        if len(after) == 3 and after[0].lower_ == "and" and after[1].like_num and sexes(after[2]):
            return after[2].lemma_.lower() != noun.lemma_.lower()
        nums = [c for c in noun.children if c.dep_ == "nummod"]
        first = nums[0].i if nums else noun.i
        before = doc[max(0, first - 3) : first]
        if len(before) == 3 and before[2].lower_ == "and" and before[0].like_num and sexes(before[1]):
            return before[1].lemma_.lower() != noun.lemma_.lower()
        others = list(noun.conjuncts)
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i > noun.i:
            # the parser may break a subject's list at its ages: "Four men aged 31 to 70, as well as one
            # woman aged 52, were arrested" (any noun up to the verb belongs to the subject)
            listed = {"conj", "appos", "nsubj", "nsubjpass"}  # not "a gang led by a woman"
            others += [t for t in doc[noun.i + 1 : noun.head.i] if t.pos_ == "NOUN" and t.dep_ in listed]
        return any(sexes(o) and o.lemma_.lower() != noun.lemma_.lower() and _counted_one_or_more(o) for o in others)

    def _sex_adjective_pair(self, noun: Token) -> bool:
        """'34 female and 215 male vulnerable adults': counts split by a sex adjective on each."""
        doc = noun.doc
        for t in doc[max(0, noun.i - 8) : noun.i]:
            if t.like_num and t.i + 1 < noun.i and self._of_one_sex(doc[t.i + 1]):
                rest = doc[t.i + 2 : noun.i]
                if any(x.lower_ == "and" for x in rest) and any(self._of_one_sex(x) for x in rest):
                    return True
        return False

    def _of_one_sex(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self.sex or tok.lower_ in self.sex

    def _beside_month(self, doc: Doc, num: Span) -> bool:
        """'2 September', 'September 2', 'between January 17 and 19': a day the model did not mark as a date."""
        before = doc[num.start - 1].lower_ if num.start > 0 else ""
        if num._.opf.value > 31:
            return False
        if before in {"and", "to", "-", "–", "through", "until"} and num.start > 2:
            day = doc[num.start - 2]
            if day.like_num and _month(doc[num.start - 3]):
                return True  # the second day of a range written after its month ("Nov. 2 to 6")
        return num.end < len(doc) and _month(doc[num.end]) or num.start > 0 and _month(doc[num.start - 1])

    def _at_large_or_aged(self, doc: Doc, num: Span, *, bare: bool) -> bool:
        """People at large, or a part of a group picked out by age ("five of them younger than 3")."""
        sent = sentence_of(doc, num.start)
        after = " ".join(t.lower_ for t in doc[num.end : min(sent.end, num.end + 12)])
        near = [t.lower_ for t in doc[num.end : min(sent.end, num.end + 4)]]
        # "searching for at least nine more suspects": sought, so at large
        root = self._root(num)
        head = root.head.head if root.dep_ == "nummod" else root.head
        sought = head.lower_ == "for" and head.head.lemma_.lower() in SEEK_VERBS or head.lemma_.lower() in SEEK_VERBS
        # "warrants were issued for four other suspects", "arrest warrants for 12 people": wanted, not held
        # (or just before the verb, when the parser lost its subject: "... offences and warrants were issued")
        near_verb = list(doc[max(0, head.head.i - 3) : head.head.i]) if head.head.pos_ in {"VERB", "AUX"} else []
        sought = (
            sought
            or head.lower_ == "for"
            and any(t.lemma_.lower() in WARRANT_NOUNS for t in (head.head, *head.head.children, *near_verb))
        )
        # "one girl, just 12 at the time", "a boy of 14 at the time": a bare number said of one person is an age
        at_the_time = after.startswith("at the time") and not after.startswith("at the time of")
        one = root.dep_ == "appos" and root.head.tag_ == "NN" and self._is_people_word(root.head)
        singular = one or at_the_time
        aged = bare and (any(w in near for w in ("younger", "older", "aged")) or singular)
        return " at large" in f" {after}" or sought or aged

    def _crime_reach(self, noun: Token) -> bool:
        """'the gang was active in 9 countries', 'a ring spread across 9 countries': where a crime group is present.

        Only with a word of presence: "a network that spanned 18 countries" may be the case's reach.
        """
        t, present = noun, False
        for _ in range(5):
            if t.head.i == t.i:
                break
            t = t.head
            lemma = t.lemma_.lower()
            present = present or lemma in self.presence
            present = present or any(c.dep_ == "acomp" and c.lemma_.lower() in self.presence for c in t.children)
            if t.pos_ in {"NOUN", "PROPN"} and lemma not in {"country", "nation"}:
                return present and lemma in self.groups
            if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in self.groups for c in t.children):
                return present
        return False

    def _standing_membership(self, noun: Token) -> bool:
        """What a body is, said in the present tense, not who took part in the case.

        "Interpol has 196 member countries", "a body with 196 member countries", "Interpol, which operates in
        196 countries".
        """
        if any(c.lower_ in {"member", "members"} for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}):
            head = noun.head
            if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in {"NOUN", "PROPN"}:
                return True  # "an organisation with 196 member countries"
            if noun.dep_ == "dobj" and head.lemma_.lower() in self.membership and head.tag_ in {"VBZ", "VBP"}:
                return True  # "Interpol has 196 member countries"
        t = noun
        for _ in range(4):  # "Interpol, which operates in 196 countries": a present-tense clause about a body
            if t.head.i == t.i:
                return False
            t = t.head
            if t.pos_ in {"VERB", "AUX"}:
                return (
                    t.dep_ == "relcl"
                    and t.tag_ in {"VBZ", "VBP"}
                    and t.lemma_.lower() in self.presence
                    and t.head.ent_type_ == "ORG"
                )
        return False

    def _origin_countries(self, noun: Token) -> bool:
        """'from 18 countries' after people who are not police, or after a verb: where people came from."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "from":
            return False
        owner = prep.head
        before = noun.doc[prep.i - 1] if prep.i > 0 else None
        if (
            owner.pos_ == "VERB"
            and before is not None
            and before.head == owner
            and before.dep_ in {"dobj", "nsubjpass"}
        ):
            owner = before  # "turned up migrants from 69 countries": the parser hangs "from" on the verb
        if owner.pos_ == "VERB":
            # "trafficked from two countries", "entered illegally from two countries"; not "agencies from 12 countries";
            # victims said to be from countries came from them ("the victims came from 64 countries")
            subj = [c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}]
            victims = any(c.lemma_.lower() in self.victim_words | {"victim"} for c in subj)
            return owner.lemma_.lower() in self.origin_verbs or victims
        people = self.person | self.victim_words | {"alien", "migrant", "immigrant", "refugee", "national"}
        return owner.lemma_.lower() in people and owner.lemma_.lower() not in self.partner_nouns

    def _counts_things(self, doc: Doc, num: Span) -> bool:
        """A number whose counted noun is an excluded thing ("32 raids", "45 kilograms")."""
        root = self._root(num)
        return root.dep_ == "nummod" and root.head.lemma_.lower() in self.excluded

    def _root(self, num: Span) -> Token:
        """The token that links the number to the sentence ("a dozen" -> dozen, "Thirty-three" -> three)."""
        outside = [t for t in num if t.head.i < num.start or t.head.i >= num.end or t.head == t]
        words = [t for t in outside if not t.is_punct and t.dep_ not in {"det", "quantmod"}]
        return (words or outside or [num[-1]])[-1]

    def _rescue_beside(self, trigger: Token) -> bool:
        """'identified 14, rescued many more': identifications coordinated with rescues are of victims."""
        side = [
            *trigger.conjuncts,
            *(c for c in trigger.children if c.dep_ in {"dep", "parataxis"} and c.pos_ == "VERB"),
        ]
        return any((self._trigger_of(c) or ("", 0))[0] == "rescued" for c in side)

    def _victim_context(self, tok: Token) -> bool:
        """Identifications in a sentence about victims count victims, not suspects.

        A bare number ("Six were found in Seattle") also looks at the sentence before it.
        """
        sent = sentence_of(tok.doc, tok.i)
        if any(t.lemma_.lower() in self.victim for t in sent):
            return True
        if tok.like_num and sent.start > 0:
            return any(t.lemma_.lower() in self.victim for t in sentence_of(tok.doc, sent.start - 1))
        return False

    def _listed_with_people(self, noun: Token) -> bool:
        """'four teachers and two nurses': a count listed with people is people too, whatever the word."""
        return self._may_name_people(noun) and any(
            self._is_people_word(o) and any(c.dep_ == "nummod" for c in o.children) for o in noun.conjuncts
        )

    def _among_people(self, noun: Token) -> bool:
        """'20 parents are among those facing charges': what is among people is people, whatever the word."""
        verb = _subject_of_be(noun)
        return (
            verb is not None
            and self._may_name_people(noun)
            and any(
                p.dep_ == "prep"
                and p.lower_ == "among"
                # "those facing charges" parsed as "those" determining "charges"
                and (self._is_people_word(g) or any(d.lower_ == "those" for d in g.children))
                for p in verb.children
                for g in p.children
                if g.dep_ == "pobj"
            )
        )

    def _may_name_people(self, noun: Token) -> bool:
        """A noun no list rules out as people: not a thing, charge, country, sum, time, body or place."""
        return (
            noun.pos_ in {"NOUN", "PROPN"}
            and noun.ent_type_ not in {"MONEY", "QUANTITY", "PERCENT", "DATE", "TIME", "ORG", "GPE"}
            and noun.lemma_.lower() not in self.excluded | self.charge | self.country
        )

    def _part_of_accused(self, head_tok: Token) -> bool:
        """'Two of the arrested men were identified as ...': a part of people a legal step already counted."""
        for prep in (c for c in head_tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for group in (g for g in prep.children if g.dep_ == "pobj"):
                steps = [group, *(m for m in group.children if m.dep_ in {"amod", "acl", "relcl"})]
                if any(self.trigger.get(m.lemma_.lower(), ("",))[0] in LEGAL_STEPS for m in steps):
                    return True
        return False

    def _more_of_group(self, doc: Doc, num: Span, head_tok: Token, seen: dict[int, FigureInfo]) -> str | None:
        """'A further 12 were Polish nationals': more people of the group counted just before, said to be who they are.

        Only with "be" (a clause of its own with a step has its own trigger) and a count of people before it,
        in this sentence or the one before.
        """
        words = [*head_tok.children, *num]
        clause = head_tok.head if head_tok.dep_ in {"nsubj", "nsubjpass"} else None
        if clause is None or clause.lemma_ != "be":
            return None
        said = [c for c in clause.children if c.dep_ == "attr" and self._is_people_word(c)]
        if not any(t.lower_ in self.additive for t in words):
            # "31 victims were Kenyan nationals, 24 Thai, ...": the group counted before, split by nationality;
            # so is a bare count said to be of one ("14 are Albanians", "one is a British national")
            bare = head_tok.pos_ == "NUM"
            if any(self._demonym(c, after=c) for c in said) and (bare or self._nationality_list(said[0])):
                return _latest_kind(doc, num, seen, back=2 if not bare else 1)
            if bare and said and not self._split_by_sex_or_age(head_tok):
                # "Four are former police officers", "Four of the suspects are teachers": a part, by role
                return _latest_kind(doc, num, seen, back=1)
            return None
        origin = [
            c
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ == "from" and any(g.ent_type_ in {"GPE", "LOC"} for g in c.subtree)
        ]
        if not said and not origin:
            return None  # "a further 30 were at the scene" says nothing of who they are
        return _latest_kind(doc, num, seen, back=1)

    def _part_of_counted_group(self, head_tok: Token, seen: dict[int, FigureInfo]) -> str | None:
        """'39 of the 660 were sex offenders', '31 of the 40 victims': a part of a group counted earlier."""
        obj = self._of_object(head_tok)
        if obj is None:
            return None
        total = obj if obj.like_num else next((c for c in obj.children if c.dep_ == "nummod"), None)
        if total is None:
            return None
        value = parse_number(total.text)
        earlier = [f for i, f in seen.items() if i < head_tok.i and f.value == value and f.kind in PEOPLE_KINDS]
        return earlier[-1].kind if earlier else None

    def _described_as_victims(self, noun: Token) -> bool:
        """'1,374 individuals believed to be victims': the noun's own clause says what they are.

        So does 'missing': '97 missing adults were traced' were found, not identified as suspects.
        """
        if any(
            c.dep_ == "amod" and c.lower_ in {"missing", "vulnerable", "exploited", "trafficked"} for c in noun.children
        ):
            return True  # "97 missing adults were traced", "helped 519 vulnerable adults"
        return any(
            t.lemma_.lower() in {"victim", "survivor"}
            for c in noun.children
            if c.dep_ in {"acl", "relcl"}
            for t in c.subtree
        )

    def _said_to_be_victims(self, noun: Token) -> bool:
        """'In total, 16 people were victims of the ring': people whose predicate says they are victims."""
        verb = _subject_of_be(noun)
        return (
            verb is not None
            and self._is_people_word(noun)
            and any(c.dep_ == "attr" and c.lemma_.lower() in {"victim", "survivor"} for c in verb.children)
        )

    def _partitive_reference(self, noun: Token) -> bool:
        """'Seven of the 15 men': the whole was counted before. Not 'one of seven men who were jailed'."""
        h = noun.head
        relative = any(c.dep_ == "relcl" for c in noun.children) and not any(
            c.dep_ in {"det", "poss"} for c in noun.children
        )
        return (
            noun.dep_ == "pobj"
            and h.lower_ in PARTITIVE_HEADS
            and (h.head.like_num or h.head.lower_ in {"most", "many", "some", "none"})
            and not (relative and h.head.lower_ in {"one", "1"})
        )

    def _identified_as(self, tok: Token, num: Span) -> str | None:
        """What 'identified as' says: 'victims' ("were identified as victims"), or only 'naming'.

        "The accused, identified as two Canadians", "two men identified as Ann Lee and Tom Bell"
        name people already there; "identified as suspects" is an identification like any other.
        """
        if tok.lemma_.lower() != "identify":
            return None
        for as_ in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
            if as_.i < num.start <= as_.right_edge.i:
                return "naming"  # the count itself is what they were identified as
            for obj in (c for c in as_.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() == "victim" or obj.lemma_.lower() in self.victim:
                    return "victims"
                if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN":
                    return "naming"
        return None

    def _whole_first_told(self, doc: Doc, num: Span, noun: Token) -> bool:
        """'Nine of the 18 suspects arrested at Leeds', 'one of 27 Britons charged': a whole told here first.

        The whole names its own step, and no count of that size came before it in the article.
        """
        if self._people_with_step(noun) is None:
            return False
        told = doc.user_data.setdefault(TOLD, {})  # values of the numbers before each position, read once
        if "values" not in told:
            told["values"] = [parse_number(t.text) if t.like_num and t.ent_type_ != "DATE" else None for t in doc]
        return num._.opf.value not in told["values"][: num.start]

    def _of_object(self, tok: Token) -> Token | None:
        """The group a count is taken from: '13 of the defendants'.

        The parser may hang the 'of' on an earlier noun when the count closes a list ("... blackmail and
        18 of those arrested"); an 'of' written right after the number is still the number's.
        """
        ofs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not ofs and tok.pos_ == "NUM" and nxt is not None and nxt.lower_ == "of" and nxt.head.i < tok.i:
            ofs = [nxt]
        for child in ofs:
            for g in child.children:
                if g.dep_ == "pobj" and (child in tok.children or g.lower_ not in {"which", "whom"}):
                    return g  # "16 of which have been made in Spain" is read as a relative part elsewhere
        return None

    def _is_duration_or_date(self, num: Span) -> bool:
        root = self._root(num)
        return (
            root.head.lemma_.lower() in self.time_units
            or root.dep_ in {"nummod", "compound"}
            and root.head.ent_type_ == "DATE"
            and root.head.pos_ == "PROPN"
        )

    def _nationality_list(self, tok: Token) -> bool:
        """The noun is one of two or more coordinated nationalities: a breakdown, not one anecdote."""
        head = tok  # the parser links list items as conjuncts or appositions ("210 Chinese, 60 Malaysians")
        while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
            head = head.head
        listed = {"conj", "appos"}
        members = [head, *(t for t in head.subtree if t.dep_ in listed and t.pos_ in {"NOUN", "PROPN", "ADJ"})]
        # "148 Chinese and 40 Filipino nationals": two nationalities on one noun, each with its count
        if sum(1 for c in head.children if c.dep_ == "nummod") >= 2 or any(
            c.dep_ == "amod" and any(g.like_num for g in c.children) for c in head.children
        ):
            members += [c for c in head.children if c.dep_ == "amod"]
        return len({self._demonym(m) for m in members} - {None}) >= 2

    def _demonym(self, tok: Token | None, kind: str | None = None, after: Token | None = None) -> str | None:
        """The country of a nationality noun.

        As a figure's scope (`kind` given) only for rescued people ("83 Chinese, 70 Indonesians were
        rescued"), the nationalities places.yaml lists, or a breakdown by nationality. `after` is the
        word after the number: in "148 Chinese and 40 Filipino nationals" it names each count's own.
        """
        if tok is None:
            return None
        # a breakdown by nationality ("210 Chinese, 60 Malaysians ...") gives each item its country, for any kind
        full = kind in {None, "rescued"} or self._nationality_list(tok)
        table = self.demonyms if full else self.scope_demonyms
        found = table.get(tok.lemma_.lower()) or table.get(tok.lower_.rstrip("s"))
        people = tok.lemma_.lower() in {"national", "citizen"} or kind == "rescued" and self._is_people_word(tok)
        if found is None and full and people:
            # "432 Chinese nationals", "19 Laos nationals", "four Canadian children were rescued"; in
            # "148 Chinese and 40 Filipino nationals" the word next to the noun is the 40's
            mods = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
            own = [c for c in mods if after is not None and c.i == after.i]
            for c in own or sorted(mods, key=lambda c: -c.i)[:1]:
                found = table.get(c.lower_) or (c.text if c.text.lower() in COUNTRY_WORDS else None)
        return found

    def _elliptic_ok(self, num_tok: Token, trigger: Token) -> bool:
        """A bare number counts only when the trigger governs it closely ("arrested 184")."""
        group = trigger.head if trigger.dep_ in {"acl", "amod"} else None
        if group is not None and group.head.lower_ == "among":
            # "Among those arrested, 19 were wanted for murder", "Among the rescued victims, 60 were minors"
            return group.head.head in num_tok.ancestors
        h = num_tok
        for _ in range(3):
            if h.head == trigger or h == trigger:
                return True
            if h.dep_ in {"conj", "appos", "pobj", "prep"} or h.head.lower_ in {"including", "with"}:
                h = h.head
                continue
            break
        # "Three were already in custody", "three were taken into custody": the place of custody of their verb
        # ("Police took another six into custody": the object their verb took there)
        held = trigger.dep_ == "pobj" and trigger.head.head == num_tok.head
        held = held and num_tok.dep_ in {"nsubj", "nsubjpass", "dobj"}
        held = held and trigger.lemma_.lower() in CUSTODY_NOUNS  # not "40 appeared in court for sentencing"
        # "All six have appeared in court, facing charges": the charges their own participle faces
        faced = trigger.dep_ == "dobj" and trigger.head.dep_ == "advcl" and trigger.head.head == num_tok.head
        faced = faced and num_tok.dep_ == "nsubj"
        return (
            held
            or faced
            or h.head == trigger
            or trigger.head in (num_tok, h.head)
            or any(c == num_tok for c in trigger.children)
        )

    def _trigger_of(self, tok: Token) -> tuple[str, int] | None:
        preps = self.prep_triggers.get(tok.lemma_.lower())
        if preps is not None:  # "booked under the Excise Act" (charged), "booked into the county jail" (arrested)
            # the parser may hang the preposition on the object: "booked 1,507 persons for drinking"
            near = [*tok.children, *(g for c in tok.children if c.dep_ == "dobj" for g in c.children)]
            kind = next((preps[c.lower_] for c in near if c.dep_ == "prep" and c.lower_ in preps), None)
            booked = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            if not booked or not all(self._is_people_word(c) for c in booked):
                return None  # "they booked 12 flights for the trip": things are booked too
            return (kind, 2) if kind is not None else None
        hit = self.trigger.get(tok.lemma_.lower()) or self.trigger.get(tok.lower_)
        if hit is None and tok.pos_ == "ADJ" and tok.lower_.endswith("ed"):
            # a participle tagged as an adjective keeps its form as lemma: "the freed workers"
            hit = self.trigger.get(tok.lower_[:-1]) or self.trigger.get(tok.lower_[:-2])
        return hit

    def _find_trigger(self, anchor: Token, num_tok: Token) -> tuple[str, Token] | None:
        """Walk up from the counted noun; look at verbs, their conjuncts and complements."""
        candidates: list[tuple[int, int, str, Token]] = []  # (-priority, hops, kind, tok)

        def consider(tok: Token, hops: int) -> None:
            verdict = next((c for c in tok.children if c.lower_ in VERDICT_WORDS), None)
            if verdict is None and tok.lemma_.lower() in VERDICT_VERBS:
                verdict = _verdict_below(tok)  # "found all of the 50 men on trial guilty", the parse askew
            if verdict is not None and tok.lemma_.lower() in VERDICT_VERBS:
                tok = verdict  # "three Britons, found guilty of ...": the verdict, not a finding of people
            if tok.lemma_.lower() == "hold" and any(c.dep_ == "agent" for c in tok.children):
                return  # "minors who were being held by a defendant": captivity, not custody
            if tok.lemma_.lower() in CAPTIVITY | CUSTODY_NOUNS and self._victims_noun(anchor):
                return  # "four kidnapped children were being held in a house", "custody of 30 children": not arrests
            if tok.lemma_.lower() in self.rescue_when_victims and any(c.dep_ == "xcomp" for c in tok.children):
                return  # "were found to have 90,000 images": a finding about them, not their identification
            hit = self._trigger_of(tok)
            if hit is not None and tok.pos_ in {"VERB", "NOUN", "ADJ", "AUX", "PROPN"}:
                kind, prio = hit
                candidates.append((-prio, hops, kind, tok))
            referral = self._referral(tok)
            if referral is not None:
                candidates.append((-3, hops, referral, tok))
            if tok.pos_ == "VERB" and tok.lemma_.lower() in self.warrant_acts and _arrest_warrant_of(tok):
                candidates.append((-3, hops, "arrested", tok))  # "executed arrest warrants against four suspects"
            if tok.lemma_.lower() in self.shield_verbs and self._from_harm(tok):
                candidates.append((-3, hops, "rescued", tok))  # "prevented 245 children from coming to harm"
            if tok.pos_ == "VERB" and hit is None:
                for c in tok.children:  # "individuals placed under arrest", "taken into custody"
                    if c.dep_ == "prep" and c.lower_ in {"in", "into", "under"}:
                        for g in c.children:
                            held = CUSTODY_NOUNS | ({"arrest"} if c.lower_ == "under" else set())
                            if g.dep_ == "pobj" and g.lemma_.lower() in held:  # not "resulted in 79 arrests"
                                candidates.append((-2, hops, "arrested", g))

        if event_noun := self._harm_event(anchor):
            return "victims_identified", event_noun  # "the abuse of 15 schoolgirls": its victims
        trial = self._on_trial(anchor)
        if trial is not None:
            return "charged", trial  # "the trial of 17 suspects", "17 people were tried": prosecuted
        event = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
        if (
            event is not None
            and event.pos_ == "NOUN"
            and event.lemma_.lower() not in self.excluded  # "the first round of 89 defendants"
            and self._trigger_of(event) is not None
            and not (event.lemma_.lower() in CUSTODY_NOUNS and self._victims_noun(anchor))
        ):
            # "the rescue of 115 children targeted by ...": the event counts; "the custody of 30
            # children was handed to the police" is care, not arrest
            return self._trigger_of(event)[0], event
        # "police detained 22 people accused of fraud": the verb acting on them beats what describes them
        first, steps = anchor, 0
        while first.dep_ == "conj" and first.head.i < first.i:
            first, steps = first.head, steps + 1  # "convicted Tom Hart and 18 other accused persons"
        acted_on = (
            first.dep_ in {"dobj", "nsubjpass"}
            and first.head.pos_ == "VERB"
            and self._trigger_of(first.head) is not None
        )
        for child in anchor.children:  # "146 children safeguarded", "those arrested", "people who were held"
            if child.dep_ in {"acl", "relcl", "amod"} and not _has_own_subject(child) and not _background(child):
                # an adjective ("89 accused gangsters were convicted") gives way to the verb of the clause
                rank = 2 + steps if child.dep_ == "amod" or acted_on else 0  # the verb is 1 + steps away
                consider(child, rank)
                for obj in child.children:  # "22 men receiving jail terms totalling 200 years"
                    if obj.dep_ == "dobj" and self._sentence_object(obj):
                        candidates.append((-2, rank, "convicted", obj))
                for cc in child.children:
                    if cc.dep_ == "conj":
                        consider(cc, rank)
        after = anchor.right_edge.i + 1 if anchor.pos_ in {"NOUN", "PROPN"} else len(anchor.doc)
        if after < len(anchor.doc):
            # "... and 154 children and young people rescued": a verbless clause whose participle the
            # parser hung on the sentence's verb still describes the people right before it
            part = anchor.doc[after]
            if part.tag_ in {"VBN", "VBD"} and part.dep_ in {"advcl", "conj"} and not _has_own_subject(part):
                consider(part, 0)
        tok, hops = anchor, 0
        owned_by: Token | None = None
        while hops < self.max_hops and tok.head != tok:
            child, tok = tok, tok.head
            hops += 1
            if child.dep_ == "pobj" and tok.dep_ == "agent":
                break  # "guns smuggled by four men", "children rescued by two officers": the doers, not the done-to
            if child.dep_ == "conj" and hops == 1 and tok.pos_ == child.pos_ == "NOUN" and self._trigger_of(tok):
                break  # "24 arrests and 809 victims": a noun beside an event noun is a count of its own
            if tok.lower_ == "of" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in self.owned:
                owned_by = tok.head  # "targeted the homes of 11 members": that verb acts on the homes
            if (
                child.dep_
                in {
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "pobj",
                    "prep",
                    "agent",
                    "conj",
                    "appos",
                    "attr",
                    "dative",
                    "npadvmod",
                    "pcomp",
                    "acl",
                    "ccomp",
                }
                or tok.pos_ == "VERB"
            ):
                if child.dep_ == "nsubj" and _acts_on_an_object(tok, self._trigger_of):
                    break  # "two students found the groups": who finds is not who is found
                consider(tok, hops)
                for c in tok.children:
                    if c.dep_ == "conj" and c.pos_ == tok.pos_ and not (tok.pos_ == "VERB" and _has_own_subject(c)):
                        consider(c, hops + 1)  # not "42 were tried, and 39 were found guilty"
                    if c.dep_ in {"acomp", "xcomp", "oprd"}:
                        consider(c, hops)
                    if c.dep_ == "dobj" and child.dep_ in {"nsubj", "nsubjpass"}:
                        # "200 Australians face charges", "18 members began jail sentences", and the last of a
                        # list of objects: "49 people face firearms and theft charges"
                        for obj in (c, *c.conjuncts):
                            if obj.lemma_.lower() in self.quantity_nouns:  # "face a total of 300 charges"
                                of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
                                obj = next((g for g in of.children if g.dep_ == "pobj"), obj) if of is not None else obj
                            if obj.lemma_.lower() in SUBJECT_NOUNS:
                                consider(obj, hops)
                    if c.dep_ == "advcl" and c.tag_ == "VBG" and child.dep_ == "nsubj" and not _has_own_subject(c):
                        # "All six have appeared in court, facing charges of ...": the participle's object says it
                        candidates.extend((-2, hops, kind, obj) for kind, obj in self._faced_by(c))
                    if c.dep_ == "prep" and c.lower_ in {"in", "into", "under"} and tok.pos_ == "VERB":
                        for g in c.children:  # "18 employees were placed in police remand"
                            if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_NOUNS:
                                consider(g, hops)
                    if c.dep_ == "dobj" and (
                        c.lemma_.lower() == "term"
                        and any(g.lemma_.lower() in {"jail", "prison"} for g in c.children)
                        or (
                            tok.lemma_.lower() in self.serving
                            or tok.lemma_.lower() == "give"
                            and child.dep_ == "nsubjpass"  # "11 were given life imprisonment"
                        )
                        and (
                            c.lemma_.lower() in {"year", "month", "time", "sentence", "term", "imprisonment"}
                            or _total_of_years(c)
                        )
                    ):
                        # "22 men receiving jail terms totalling ...", "the gang will serve a combined 173 years"
                        candidates.append((-2, hops, "convicted", c))
                    if (
                        child.dep_ == "prep"
                        and child.lower_ == "for"
                        and c.dep_ == "dobj"
                        and c.pos_ == "NOUN"
                        and (step := self._trigger_of(c)) is not None
                        and step[0] in {"convicted", "charged"}
                        and tok.lemma_.lower() not in SEEK_VERBS | INTENT_HEADS | {"request", "demand"}
                    ):
                        consider(c, hops)  # "handed down convictions for five men" (the parser hangs "for" on the verb)
                    if (
                        child.dep_ == "prep"
                        and child.lower_ == "against"
                        and c.dep_ in {"dobj", "nsubjpass"}
                        and (c.lemma_.lower() in self.charge or c.lemma_.lower() in self.document_nouns)
                    ):
                        # "428 charges were laid against 107 people", "filed a chargesheet against two persons"
                        consider(c, hops)
                    nominal = c.pos_ == "NOUN" or any(d.lower_ == "the" and d.dep_ == "det" for d in c.children)
                    if (
                        c.dep_ in {"nsubj", "nsubjpass"}
                        and c is not child
                        and nominal
                        and tok.lemma_.lower() in self.support_verbs
                    ):
                        # "The arrests include 119 ...", "184 arrests were made - 121 of them", "The rescued
                        # included 83 Chinese" (a participle used as a noun)
                        consider(c, hops + 1)
                        for g in c.children:  # "the rescued workers included 427 Chinese", "the suspects, who
                            # were apprehended at the site, included 148 Chinese"
                            if g.dep_ in {"amod", "acl"} or g.dep_ == "relcl" and not _background(g):
                                consider(g, hops + 1)
                    if (
                        c.dep_ == "nsubj"
                        and c is not child
                        and c.lower_ in {"those", "these"}
                        and tok.lemma_.lower() in self.support_verbs
                    ):
                        for g in c.children:  # "Those charged include 61 officers from ..."
                            if g.dep_ in {"acl", "relcl"}:
                                consider(g, hops + 1)
                    # "17 Britons were among those arrested", "Among those detained, 19 had warrants ..."
                    if c.dep_ == "prep" and (c.i > child.i or c.lower_ == "among"):
                        for g in c.children:
                            if g.dep_ == "pobj":
                                consider(g, hops + 1)
                                if c.lower_ == "among":  # "17 Britons were among those arrested"
                                    for gc in g.children:
                                        if gc.dep_ in {"acl", "amod", "relcl"}:
                                            consider(gc, hops + 1)
                                            # "20 parents are among those facing charges"
                                            faced = self._faced_by(gc)
                                            candidates.extend((-2, hops + 1, kind, obj) for kind, obj in faced)
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"ROOT", "ccomp"} and candidates:
                break
        if owned_by is not None and owned_by.dep_ == "dobj":
            candidates = [c for c in candidates if c[3] != owned_by.head]  # its conjunct may still act on them
        if not candidates:
            return None
        candidates.sort(key=lambda c: (c[1], c[0]))
        _, _, kind, t = candidates[0]
        # "identified and rescued", "arrested or convicted": per ANNOTATION.md the rescue / arrest wins
        linked = {c[2] for c in candidates if _linked(c[3], t)}
        if "rescued" in linked and kind in {"suspects_identified", "victims_identified"}:
            kind = "rescued"
        elif "arrested" in linked and kind == "convicted":
            kind = "arrested"
        return kind, t


def _has_own_subject(clause: Token) -> bool:
    """A relative clause about something else ("..., where 17 children were removed") has a real subject."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"who", "that", "which", "whom"} for c in clause.children
    )


def _figure(num: Span, kind: str, rule: str, **tokens: Any) -> FigureInfo:
    """A count of `kind` read from a number span; `tokens` are what made it (noun, trigger, place...)."""
    data = num._.opf
    return FigureInfo(
        kind=kind,
        value=data.value,
        qualifier=data.qualifier,
        rule=rule,
        num_start=num.start,
        num_end=num.end,
        qstart=data.qstart,
        **tokens,
    )


def _place_run(doc: Doc, at: int, places: list[Span], *, forward: bool) -> list[Span]:
    """The places listed from token `at` on ("in Austria and Spain"), or back from it ("Austria & Spain:")."""
    glue = {"in", "and", ",", "&", "the", "across", "from"}
    by_start = {p.start: p for p in places}
    by_end = {p.end: p for p in places}
    run: list[Span] = []
    i = at if forward else at - 1  # backward: from the token before `at`
    while 0 <= i < len(doc):
        p = by_start.get(i) if forward else by_end.get(i + 1)
        if p is not None:
            run.append(p)
            i = p.end if forward else p.start - 1
        elif doc[i].lower_ in glue:
            i = i + 1 if forward else i - 1
        else:
            break
    return run if forward else run[::-1]


def _bracket_list_names(doc: Doc, nums: list[Span], places: list[Span]) -> list[Span]:
    """Names before bracketed counts in a list of places are places: 'Bay of Plenty (18), Auckland (three)'.

    Whatever the model made of one of them ("Auckland" as a person), when two or more are known places.
    """
    bracketed = [
        n for n in nums if n.start > 1 and doc[n.start - 1].text == "(" and n.end < len(doc) and doc[n.end].text == ")"
    ]
    named, unknown = 0, []
    for n in bracketed:
        end = n.start - 1
        if any(p.end == end for p in places):
            named += 1
            continue
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start < end:
            unknown.append(Span(doc, start, end, label="GPE"))
            named += doc[start:end].text in town_names()  # a town or province the model called a person
    return unknown if named >= 2 else []


def _latest_kind(
    doc: Doc, num: Span, seen: dict[int, FigureInfo], *, back: int, kinds: set[str] | None = PEOPLE_KINDS
) -> str | None:
    """The kind of the last count before `num`, in its sentence or the `back` sentences before it."""
    lo = sentence_of(doc, num.start).start
    for _ in range(back):
        lo = sentence_of(doc, lo - 1).start if lo > 0 else lo
    before = [i for i, f in seen.items() if lo <= i < num.start and (kinds is None or f.kind in kinds)]
    return seen[max(before)].kind if before else None


def _possessed(noun: Token, kin: set[str]) -> bool:
    """'their five children', 'his two sons': kin named by whom they belong to (not 'their caretakers')."""
    return noun.lemma_.lower() in kin and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _acts_on_an_object(verb: Token, trigger_of: Callable[[Token], tuple[str, int] | None]) -> bool:
    """An active verb of finding, arresting or rescuing with its own object: its subject is the actor."""
    hit = trigger_of(verb) if verb.pos_ == "VERB" else None
    if hit is None or hit[0] not in {"arrested", "rescued", "suspects_identified"}:
        return False
    # (or a small clause's subject: "found [the groups online]")
    small = (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})
    return any(c.dep_ == "dobj" for c in verb.children) or any(
        g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"} for c in small for g in c.children
    )


def _subjected_to_harm(verb: Token, harms: set[str]) -> bool:
    """'subjected N girls to (years of) abuse': what they were subjected to is a harm."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            nouns = [obj, *obj.conjuncts, *(t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of")]
            if any(n.lemma_.lower() in harms for n in nouns):
                return True
    return False


def _month(tok: Token) -> bool:
    """A month's name, or its abbreviation written capitalised ("Nov.", "Sept")."""
    return tok.lower_ in MONTHS or tok.text[:1].isupper() and tok.lower_.rstrip(".") in MONTH_ABBREVIATIONS


def _subject_of_be(noun: Token) -> Token | None:
    """The form of "be" a noun is the subject of ("16 people were victims"), if any."""
    return noun.head if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None


def _arrest_warrant_of(verb: Token) -> bool:
    """The verb's object is an arrest warrant ("served arrest warrants on 12 men"), not a search warrant."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and c.lemma_.lower() in WARRANT_NOUNS
        and any(m.lower_ in {"arrest", "detention"} for m in c.children if m.dep_ in {"compound", "amod"})
        for c in verb.children
    )


def _verdict_below(verb: Token) -> Token | None:
    """A verdict word ("guilty") under a verb of finding, reached through no other verb."""
    for t in verb.subtree:
        if t.i > verb.i and t.lower_ in VERDICT_WORDS:
            h = t.head
            while h != verb and h.pos_ not in {"VERB", "AUX"} and h.head != h:
                h = h.head
            if h == verb:
                return t
    return None


def _comma_only(doc: Doc, num: Span, place: Span) -> bool:
    """Only a comma between a place and the count after it: a clause boundary, not a list item."""
    first = min(num.start, num._.opf.qstart)
    return place.end <= first and [t.text for t in doc[place.end : first] if not t.is_space] == [","]


def _background(clause: Token) -> bool:
    """A relative clause in the past perfect tells a history ("56 men who had been convicted ... were held")."""
    return clause.dep_ == "relcl" and any(c.lower_ in {"had", "'d"} and c.dep_ == "aux" for c in clause.children)


def _linked(a: Token, b: Token) -> bool:
    """Two triggers joined by a conjunction ("identified and rescued")."""

    def own_subject(t: Token) -> bool:
        # a verb with its own subject or object, or an event noun with its own "of" phrase, is its own claim
        return any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} or (t.pos_ == "NOUN" and c.dep_ == "prep" and c.lower_ == "of")
            for c in t.children
        )

    if a is b:
        return False

    def shared_object(head: Token, conj: Token) -> bool:
        # "recover and identify 103 juveniles": one object, written after the second verb
        return (
            any(c.dep_ == "dobj" for c in conj.children)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children)
            and not any(c.dep_ == "dobj" for c in head.children)
        )

    if a.dep_ == "conj" and a.head == b:
        return not own_subject(a) or shared_object(b, a)
    if b.dep_ == "conj" and b.head == a:
        return not own_subject(b) or shared_object(a, b)
    return False


def _total_of_years(noun: Token) -> bool:
    """'will spend a combined total of almost 60 years': a total whose of-phrase is a term."""
    if noun.lemma_.lower() not in {"total", "sum"}:
        return False
    return any(
        g.lemma_.lower() in {"year", "month"}
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _whole_of_part(noun: Token) -> bool:
    """'23 out of 41 suspects': the noun is the whole of a part counted before it."""
    of = noun.head
    out = of.head if noun.dep_ == "pobj" and of.lower_ == "of" else None
    if out is not None and out.lower_ == "total" and out.dep_ == "pobj" and out.head.lower_ == "of":
        out = out.head.head  # "12 people out of a total of 40 defendants"
    if out is None or out.lower_ != "out":
        return False
    before = out.doc[out.i - 1] if out.i > 0 else None  # however the parser hung "out" ("were among 12 people out of")
    return out.head.like_num or (
        before is not None and (before.like_num or any(c.dep_ == "nummod" for c in before.children))
    )


def _counted_one_or_more(tok: Token) -> bool:
    """'23 women', 'one female', 'a man': the noun carries a count of its own."""
    return any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


CAPTIVE_WORDS = {"captive", "hostage", "hostages", "prisoner"}  # "held captive", "held hostage"
CUSTODY_WORDS = CUSTODY_NOUNS | {"prison", "jail", "gaol", "bail", "hospital", "police"}  # "released from custody"


def _held_captive(tok: Token) -> bool:
    """'held captive', 'held hostage', 'held against their will': kept by criminals, not by the police."""
    if any(c.lower_ in CAPTIVE_WORDS for c in tok.children):
        return True
    return any(c.lower_ == "against" and any(g.lower_ == "will" for g in c.subtree) for c in tok.children)


def _freed_from_a_site(tok: Token) -> bool:
    """'released from camps over the border' frees people; 'released from custody' or 'on bail' does not."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs and not any(o.lemma_.lower() in CUSTODY_WORDS for o in objs):
            return True
    return False


def _without_restatements(doc: Doc, found: list[Span], rejected: dict[int, str]) -> list[Span]:
    """'fifty-eight (58) suspects': one count written twice, so one figure.

    Either half may be the one the parse ties to its noun, so both are read; when both make the
    same figure, the bracketed one goes.
    """
    nums = list(doc.spans.get("numbers", []))
    restated: dict[int, int] = {}  # bracketed number start -> start of the number it repeats
    for prev, num in zip(nums, nums[1:], strict=False):
        if (
            prev.end + 1 == num.start
            and doc[prev.end].text == "("
            and num.end < len(doc)
            and doc[num.end].text == ")"
            and prev._.opf.value == num._.opf.value
        ):
            restated[num.start] = prev.start
    if not restated:
        return found
    made = {(sp._.opf.num_start, sp.label_) for sp in found}
    out = []
    for sp in found:
        first = restated.get(sp._.opf.num_start)
        if first is not None and (first, sp.label_) in made:
            rejected[sp._.opf.num_start] = "repeats the number before it"
            continue
        if first is not None and first < sp.start:
            sp = make_span(doc, first, sp.end, sp.label_, sp._.opf)  # the evidence shows both halves
        out.append(sp)
    return out


TERM_PREPS = {"to", "for", "against", "on", "upon", "of"}
VERDICT_WORDS = {"guilty", "innocent"}
# verbs that state a fact of the clause they raise their subject from ("are known to have been exploited");
# not "believed" or "thought" (beliefs)
RAISING_FACTS = {"know", "report", "say", "find", "confirm", "show", "prove"}
# where people referred are taken into care: safeguarded ("referred to child protection services")
REFERRAL_CARE = {"protection", "safeguarding", "welfare", "care", "social", "shelter", "refuge"}
# material that shows a crime: its people are not victims the police found
MEDIA_NOUNS = {"photo", "photograph", "image", "video", "picture", "footage", "material", "film", "clip", "file"}
# verbs that pass a verdict on their object: "found / declared the 39 members guilty"
VERDICT_VERBS = {"find", "declare", "pronounce", "adjudge"}


def _definite_again(num: Span, noun: Token, seen: dict[int, FigureInfo]) -> bool:
    """'the 60 victims' after '60 victims were rescued': the group told before, named again.

    Only a definite noun with no step of its own, and only when that figure counted the same noun
    ('arrested 60 people ... the 60 victims of the fraud' are others).
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    value, doc = num._.opf.value, num.doc
    lemma = noun.lemma_.lower()
    return any(
        i < num.start and f.value == value and f.noun is not None and doc[f.noun].lemma_.lower() == lemma
        for i, f in seen.items()
    )


def _object_of_an_infinitive(noun: Token, trigger_of: Callable[[Token], tuple[str, int] | None]) -> bool:
    """'enough fentanyl to kill 250,000 people': people a verb that is no step would act on, in a 'to' clause."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and trigger_of(verb) is None
    )


def _list_noun(tok: Token) -> bool:
    """A list item of people: a noun, or a counted nationality tagged as an adjective ("60 Indonesian")."""
    return tok.pos_ in {"NOUN", "PROPN"} or tok.ent_type_ == "NORP" and any(c.dep_ == "nummod" for c in tok.children)


CASE_NOUNS = {"trial", "case", "hearing", "proceeding", "prosecution"}
# an outcome said of defendants ("a verdict for nine", "sentenced", "found guilty"); not "face ten years in jail"
OUTCOME_WORDS = {"verdict", "guilty", "convict", "acquit", "sentence", "jail"}


def _on_a_case_noun(people: Token, trigger: Token) -> bool:
    """The people hang on a trial or case noun below the step's verb: they are that case's, not the step's."""
    for tok in people.ancestors:
        if tok == trigger:
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in CASE_NOUNS:
            return True
    return False


def _through_own_subject(trig: Token, other: Token) -> bool:
    """A conjunct reached through a verb with its own subject belongs to that verb's clause."""
    between: list[Token] = []
    for start, end in ((other, trig), (trig, other)):
        tok, chain = start.head, []
        while tok != end and tok.dep_ == "conj" and tok.head != tok:
            chain.append(tok)
            tok = tok.head
        if tok == end:
            between = chain
            break
    return any(any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) for t in between)


def _in_age_range(tok: Token) -> bool:
    """'aged between two and 15', 'aged from 8 to 15', 'ages 12 to 17': the ends of an age range."""
    for _ in range(4):
        if tok.dep_ not in {"conj", "pobj", "prep", "nummod", "quantmod", "npadvmod"} or tok.head == tok:
            return False
        if tok.dep_ == "conj" and not tok.head.like_num:
            return False  # "girls aged under 15 and 20 women": another item, not the range's other end
        tok = tok.head
        if tok.lower_ in {"aged", "age", "ages", "ageing"}:
            return True
    return False


def _fronted_whole_of(noun: Token) -> bool:
    """'Of the eight Kenyans (who asked for help), six ...': the noun opens its sentence as the whole of a part."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    first = next((t for t in sentence_of(noun.doc, of.i) if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == of.i


def _named_again(doc: Doc, num: Span, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """'the 12 men', 'those 40': a definite count names a group the reader already knows."""
    q = num._.opf.qstart
    return q > 0 and doc[q - 1].lower_ in {"the", "these", "those"} | also
