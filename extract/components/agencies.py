"""Agencies: gazetteer matches, acronyms defined in the text, and ORG entities by head noun.

Writes `doc.spans["agencies"]`; `_.opf` is an `AgencyInfo`: `name` (canonical), `form`
(as written), `source` (gazetteer | defined | ner) and gazetteer fields.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.components.common import make_span, sentence_of, set_group, title_case
from extract.components.payloads import AgencyInfo
from extract.components.places import country_demonyms, country_names, demonym_places, main_places, town_names
from extract.rules_loader import load_rules
from schemas.rules import AgencyEntry

PAREN_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z0-9&.]{1,9})\s*[)\]]")
ANY_PAREN_ACRONYM = re.compile(r"[(\[]\s*([A-Z][A-Za-z0-9&.-]{1,11})\s*[)\]]")
COUNTRY_FORMS = {c.lower() for c in country_names()} | {"us", "u.s.", "uk", "u.k.", "britain", "america", "england"}
POSTS = {"embassy", "consulate"}
OFFICE_KINDS = {"field", "regional", "local", "district", "area", "state", "county", "satellite", "resident"}
MAIN_COUNTRY = "opf_main_country"  # doc.user_data: the country an article names most
SEATED = POSTS | {"bureau", "office", "bureaus", "offices"}  # bodies named by where they sit
COURT_HEADS = {"court", "tribunal"}  # bodies often named with their seat ("the High Court in Leeds")
FORCE_HEADS = {"police", "constabulary"}  # the noun a force's name ends in, shared by a list of places
TITLE_MODIFIERS = {"special", "senior", "acting", "supervisory", "assistant", "chief", "deputy"}
SHARED_WORDS = {"county", "city", "parish", "borough"}  # "Avon and Kent County": each a county
NAME_LINKS = {"and", "of", "for", "the", "&", "on", "in"}


@Language.factory("opf_agencies", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_agencies(nlp: Language, name: str, rules_dir: str | None) -> AgencyFinder:
    return AgencyFinder(nlp, name, rules_dir=rules_dir)


def _canonical_form(text: str) -> str:
    t = re.sub(r"^(the|The|THE)\s+", "", text.strip())
    t = re.sub(r"^(Acting|Interim)\s+", "", t)  # "Acting District Attorney's Office": the holder is acting
    t = re.sub(r"['’]s$", "", t)
    return t.strip(" ,.;:")


WEEKDAYS = {d.lower() for d in calendar.day_name}


class AgencyFinder:
    """PhraseMatchers over names (case-insensitive) and acronyms (case-sensitive)."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        all_rules = load_rules(rules_dir)
        rules = all_rules.agencies
        # "EU police", "European Union police": police of a union of states is a generic description
        self.not_owners = COUNTRY_FORMS | {u.lower() for u in all_rules.figures.state_unions}
        self.place_aliases = dict(all_rules.places.aliases)
        self.entries: dict[str, AgencyEntry] = {}
        self.names = PhraseMatcher(nlp.vocab, attr="NORM")  # NORM: case, curly apostrophes, spellings
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for i, a in enumerate(rules.agencies):
            key = str(i)
            self.entries[key] = a
            forms = _country_variants([f for f in (a.name, a.acronym, *a.aliases) if f])
            self.names.add(key, [nlp.make_doc(f) for f in forms if not _is_acronym(f)])
            acr = [f for f in forms if _is_acronym(f)]
            if acr:
                self.acronyms.add(key, [nlp.make_doc(f) for f in acr])
        self.heads = {h.lower() for h in rules.head_nouns}
        # every written form of a gazetteer body, for names built from a country and a generic name
        self.form_index = {f.lower(): k for k, a in self.entries.items() for f in (a.name, *a.aliases)}
        self.acronym_index = {a.acronym: k for k, a in self.entries.items() if a.acronym}
        self.outlets = {o.lower() for o in rules.outlets}
        self.generic = {g.lower() for g in rules.generic_modifiers}
        self.units = {u.lower() for u in rules.unit_nouns}
        # generic parts of a body, in the plural after its name: "USMS Offices" are the USMS
        self.office_nouns = self.units | {"office", "department", "agency", "force", "bureau"}
        self.numbered = {u.lower() for u in rules.numbered_nouns}
        self.outlet_words = {w.lower() for w in rules.outlet_words}
        self.law_words = {w.lower() for w in rules.law_words}
        self.not_body_heads = {w.lower() for w in rules.not_body_heads}
        self.crime_groups = {w.lower() for w in rules.crime_groups}
        self.crime_modifiers = {w.lower() for w in rules.crime_modifiers}
        self.guarded = {h.lower(): {w.lower() for w in ws} for h, ws in rules.guarded_heads.items()}
        self.titles = {t.lower() for t in rules.title_words}
        # posts whose holder's office is a body: "the Special Prosecutor's Office", "the Attorney General's Office"
        self.titled_posts = {w.split()[-1].lower() for w in rules.office_titles} | {"prosecutor", "ombudsman"}
        self.ranks = {t.lower() for t in rules.police_ranks}
        self.titled = self._name_matcher(nlp)
        self.minister_titles = dict(rules.minister_titles)
        self.portfolios = dict(rules.portfolio_names)
        self.not_portfolios = set(rules.not_portfolios)
        self.offices = Matcher(nlp.vocab)
        for title in rules.office_titles:
            self.offices.add(title, [[{"ORTH": w} for w in title.split()]])
        self.office_names = set(rules.office_titles)
        self.bare_offices = set(rules.bare_office_titles)
        self.district_offices = dict(rules.district_titles)
        self.district_titles = Matcher(nlp.vocab)
        for title in rules.district_titles:
            words = [{"LOWER": w.lower()} for w in title.split()]
            # "U.S. Attorney for ...", "U.S. Attorney Ann Lee for the Southern District of ..."
            holder = {"ENT_TYPE": "PERSON", "OP": "+"}
            # "U.S. Attorney Ann Lee of the Eastern District of ..." too
            self.district_titles.add(
                title,
                [
                    [*words, {"LOWER": "for"}],
                    [*words, holder, {"LOWER": "for"}],
                    [
                        *words,
                        holder,
                        {"LOWER": "of"},
                        {"LOWER": "the"},
                        {"IS_TITLE": True, "OP": "*"},
                        {"LOWER": "district"},
                    ],
                ],
            )
        self.demonyms = demonym_places(all_rules.places.demonyms)
        self.national = PhraseMatcher(nlp.vocab, attr="ORTH")  # title case only: "the national police" describes
        self.national.add("national", [nlp.make_doc(n) for n in rules.national_names])
        self.plural_heads = dict(rules.plural_bodies)
        self.plurals = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.plurals.add("plural", [nlp.make_doc(h) for h in rules.plural_bodies])
        # a post is no body: "Inspector-General of Police Ann Lee" names no force by itself
        self.posts = {t.lower().replace("-", " ") for t in rules.police_titles}
        self.police_titles = Matcher(nlp.vocab)
        for title in rules.police_titles:
            self.police_titles.add(title, [[{"LOWER": w.lower()} for w in title.split()]])

    def __call__(self, doc: Doc) -> Doc:
        lower_text = doc.text.lower()
        cands: list[Span] = []
        for matcher in (self.names, self.acronyms):
            for mid, s, e in matcher(doc):
                key = doc.vocab.strings[mid]
                entry = self.entries[key]
                span = doc[s:e]
                if entry.ambiguous and _is_acronym(span.text) and not self._confirmed(entry, span, lower_text):
                    continue
                cands.append(make_span(doc, s, e, "AGENCY", self._data(entry, span.text, "gazetteer")))
        cands = [self._home_body(doc, c) for c in filter_spans(cands)]
        cands += self._defined(doc, cands)
        cands += self._spelled_out(doc, cands)
        cands += self._distributed(doc, cands)
        cands += self._local_police(doc, cands)
        cands += self._office_holders(doc, cands)
        cands += self._ministers(doc, cands)
        cands += self._country_owned(doc, cands)
        cands += self._national_bodies(doc, cands)
        cands += self._police_titles(doc, cands)
        cands += self._district_offices(doc, cands)
        cands += self._from_ner(doc, cands)
        cands += self._from_names(doc, cands)
        cands += self._listed_forces(doc, cands)
        found = self._offices_of_known(filter_spans(cands), cands)
        found += self._parent_forces(doc, found, cands)
        found += self._inner_bodies(cands, found)
        found = [self._with_seat(doc, self._untitled(doc, sp)) for sp in found]
        found += self._possessive_parents(doc, found)
        set_group(doc, "agencies", sorted(found, key=lambda sp: sp.start))
        return doc

    def _home_body(self, doc: Doc, span: Span) -> Span:
        """'the Department of Justice' in a story about the Philippines is the Philippine one.

        A gazetteer name written bare (no country in it) stands for the body of the country the article
        is about, when the gazetteer knows that country's body by the same name; else it stays as found.
        """
        data = span._.opf
        owned = self._possessed_by_country(doc, span)
        if owned is not None:
            return owned  # "Korea's National Police Agency" is not Japan's, whatever the gazetteer's name
        main = self._main_country(doc) if data.country and data.country != "INT" else None
        code = _country_code(main) if main else None
        if code is None or code == data.country or any(t.ent_type_ in {"GPE", "NORP"} for t in span):
            return span
        key = self._owned_entry(main, span.text)
        if key is None or self.entries[key].country != code:
            return span
        return make_span(doc, span.start, span.end, "AGENCY", self._data(self.entries[key], span.text, "gazetteer"))

    def _known_after_its_place(self, doc: Doc, span: Span, known: list[Span]) -> bool:
        """A gazetteer body with only its town (or an "X-based") written before it in a longer name."""
        for k in known:
            if k._.opf.source != "gazetteer" or k.end != span.end or k.start <= span.start:
                continue
            before = doc[span.start : k.start]
            if (
                before.text in town_names()
                or before[-1].lower_.endswith("based")
                or all(t.ent_type_ == "GPE" or t.lower_ in POSS for t in before)
            ):
                return True
        return False

    def _is_post(self, name: str) -> bool:
        """'Inspector-General of Police': a post, not a body."""
        return name.lower().replace("-", " ") in self.posts

    def _possessive_parents(self, doc: Doc, found: list[Span]) -> list[Span]:
        """'Europol's European Cybercrime Centre', 'the NCA's CEOP Command': the body that owns a unit acts too."""
        names = {sp._.opf.name for sp in found}
        out: list[Span] = []
        for sp in found:
            cut = next((i for i, t in enumerate(sp) if i > 0 and t.lower_ in POSS), None)
            if cut is None:
                continue
            owner = sp[:cut]
            key = self.form_index.get(_canonical_form(owner.text).lower()) or self.acronym_index.get(owner.text)
            if key is None or self.entries[key].name in names:
                continue
            names.add(self.entries[key].name)
            out.append(
                make_span(doc, owner.start, owner.end, "AGENCY", self._data(self.entries[key], owner.text, "gazetteer"))
            )
        return out

    def _possessed_by_country(self, doc: Doc, span: Span) -> Span | None:
        """A gazetteer body written after another country's possessive: that country's body of that name."""
        data = span._.opf
        if not data.country or data.country == "INT" or span.start < 2 or doc[span.start - 1].lower_ not in POSS:
            return None
        for width in (2, 1):
            if span.start - 1 - width < 0:
                continue
            owner = doc[span.start - 1 - width : span.start - 1]
            country = self.place_aliases.get(owner.text.lower(), owner.text)
            dem = country_demonyms().get(country.lower())
            code = _country_code(country) if dem else None
            if code is None or code == data.country:
                continue
            key = self._owned_entry(country, span.text, owner.text)
            written = doc[owner.start : span.end].text
            if key is not None:
                info = self._data(self.entries[key], written, "gazetteer")
            else:
                info = replace(self._data(None, f"{dem} {span.text}", "ner"), aliases=(written,))
            return make_span(doc, owner.start, span.end, "AGENCY", info)
        return None

    def _untitled(self, doc: Doc, span: Span) -> Span:
        """'the Chief Executive of Leeds City Council' names the council, not the post held in it."""
        if span._.opf.source == "gazetteer":
            return span
        body = _without_title(doc, span)
        if body is span:
            return span
        key = self.form_index.get(_canonical_form(body.text).lower())
        data = self._data(self.entries[key] if key else None, body.text, "gazetteer" if key else span._.opf.source)
        return make_span(doc, body.start, body.end, "AGENCY", data)

    def _with_seat(self, doc: Doc, span: Span) -> Span:
        """'the National Central Bureau in Bamako', 'the High Court in Leeds': the seat some write into the name.

        Kept as an alias of the name as written, so either way of naming the office is the same body.
        """
        seat = _court_seat(doc, span) or _state_of(doc, span)
        data = span._.opf
        if not seat:
            return span
        forms = {_canonical_form(span.text), data.form} - {None, ""}
        extra = tuple(f"{f} {seat}" for f in sorted(forms) if f"{f} {seat}" not in data.aliases)
        if not extra:
            return span
        return make_span(doc, span.start, span.end, "AGENCY", replace(data, aliases=(*data.aliases, *extra)))

    def _data(self, entry: AgencyEntry | None, form: str, source: str, name: str | None = None) -> AgencyInfo:
        if entry is None:
            return AgencyInfo(name=name or _canonical_form(form), form=_canonical_form(form), source=source)
        return AgencyInfo(
            name=entry.name,
            form=_canonical_form(form),
            source=source,
            acronym=entry.acronym,
            country=entry.country,
            type=entry.type,
            aliases=tuple(entry.aliases),
        )

    def _confirmed(self, entry: AgencyEntry, span: Span, lower_text: str) -> bool:
        """An ambiguous acronym stands for the agency when its name or context words are near."""
        if entry.name.lower() in lower_text:
            return True
        after = (
            span.doc[span.end : min(len(span.doc), span.end + 3)].text_with_ws[:3] if span.end < len(span.doc) else ""
        )
        if span.start_char < 200 and re.match(r"\)\s*[-–—]", after):  # "PARIS (AFP) -" dateline
            return False
        if _wire_cue(span):
            return False  # "a source told AFP", "an AFP reporter": the news agency
        # "AFP Assistant Commissioner Ann Lee", "AFP officers": a police rank held in the body names it
        # (not "an AFP spokesman": a news agency has those too)
        nxt = span.doc[span.end : min(len(span.doc), span.end + 2)]
        if any(t.lower_.rstrip("s") in self.ranks for t in nxt):
            return True
        sent = sentence_of(span.doc, span.start).text.lower()
        return sum(1 for w in entry.context if re.search(rf"\b{re.escape(w)}\b", sent)) >= 1

    def _defined(self, doc: Doc, known: list[Span]) -> list[Span]:
        """An acronym defined in brackets ("the National Crime Agency (NCA)") becomes an alias of that name."""
        out: list[Span] = []
        text = doc.text  # Doc.text joins every token on each access: read it once
        by_end = {sp.end_char: sp for sp in known}
        for ent in doc.ents:
            if ent.label_ == "ORG":
                by_end.setdefault(ent.end_char, ent)
        for end_char, sp in by_end.items():
            m = PAREN_ACRONYM.match(text, end_char)
            if not m:
                continue
            acr = m.group(1)
            inner = doc.char_span(m.start(1), m.end(1))
            if inner is None or any(k.start <= inner.start < k.end for k in known):
                continue
            if sp.label_ == "AGENCY":
                data = replace(sp._.opf, form=acr, source="defined")
            else:
                sp = _name_before_link(doc, sp)  # "Centers for Medicare and [Medicaid Services] (CMS)"
                name = _canonical_form(sp.text)
                if not self._agency_like(name) or self._named_crime_group(sp):
                    continue
                out.append(make_span(doc, sp.start, sp.end, "AGENCY", self._data(None, name, "ner")))
                data = replace(self._data(None, name, "defined"), form=acr)
            out.append(make_span(doc, inner.start, inner.end, "AGENCY", data))
        return out

    def _spelled_out(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'Joint Criminal Opioid and Darknet Enforcement (J-CODE)': the words before an acronym that spell it.

        The capitalised words' initials must give the acronym's letters in order (small linking words
        skipped), whatever the model's entities cut; the name must still read as a body.
        """
        out: list[Span] = []
        for m in ANY_PAREN_ACRONYM.finditer(doc.text):
            acr = m.group(1)
            letters = [c for c in acr if c.isalpha() and c.isupper()]
            inner = doc.char_span(m.start(1), m.end(1))
            opening = doc.char_span(m.start(), m.start() + 1)
            if inner is None or opening is None or len(letters) < 2:
                continue
            if any(k.start < inner.end and inner.start < k.end for k in [*known, *out]):
                continue
            start = _spelling_start(doc, opening.start, letters)
            lower = start is None
            if lower:
                # "the anti-human trafficking unit (AHTU)": a body written in lower case, named by its head noun
                start = _spelling_start(doc, opening.start, letters, any_case=True)
                if start is None or doc[opening.start - 1].lower_ not in self.heads:
                    continue
            name = _canonical_form(doc[start : opening.start].text)
            if lower:  # "anti-human trafficking unit" -> "Anti-Human Trafficking Unit"
                name = " ".join(w if w in NAME_LINKS else w.title() for w in name.split())
            # "... Darknet Enforcement (J-CODE)": an enforcement body named by its own acronym;
            # "Senior Superintendent of Police (SSP)" is a title, not a body
            body = self._agency_like(name) or name.split()[-1].lower() == "enforcement"
            body = body and not any(w.lower() in self.titles for w in name.split())
            body = body and not self._named_crime_group(doc[start : opening.start])
            if not body or any(k.start < opening.start and start < k.end for k in [*known, *out]):
                continue
            out.append(make_span(doc, start, opening.start, "AGENCY", self._data(None, name, "ner")))
            out.append(
                make_span(doc, inner.start, inner.end, "AGENCY", replace(self._data(None, name, "defined"), form=acr))
            )
        return out

    def _local_police(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'Kingston police', 'Barrie, Ont. police': a town's force, named the way the town writes it."""
        out: list[Span] = []
        for ent in doc.ents:
            # the model calls some states an organisation ("Uttar Pradesh"): any proper name may own a force
            placelike = ent.label_ in {"GPE", "LOC"} or ent.label_ == "ORG" and all(t.pos_ == "PROPN" for t in ent)
            # "the Maharashtra police": the model calls some states and towns a nationality
            placelike = placelike or ent.label_ == "NORP" and ent.text in town_names()
            nation = ent.label_ == "NORP" and ent.end < len(doc) and doc[ent.end].text in POSTS
            if not (placelike or nation) or ent.end >= len(doc) or ent.text.lower() in self.not_owners:
                continue
            end = ent.end
            # "Barrie, Ont. police": a province or state after the town
            if doc[end].text == "," and end + 2 < len(doc) and doc[end + 1].is_title:
                nxt = end + 3 if end + 3 < len(doc) and doc[end + 2].text == "." else end + 2
                end = nxt if doc[nxt].text == "police" else end
            post = end < len(doc) and doc[end].text in POSTS  # "the Indonesian embassy"
            court = end + 1 < len(doc) and doc[end].text in TOWN_COURTS and doc[end + 1].text == "court"
            if court and (ent.label_ in {"GPE", "LOC"} or ent.text in town_names()):
                # "sentenced at Liverpool crown court": a town's court, written in lower case
                if not any(k.start <= end + 1 and ent.start < k.end for k in [*known, *out]):
                    name = f"{ent.text} {doc[end].text.title()} Court"
                    data = replace(self._data(None, name, "ner"), aliases=(doc[ent.start : end + 2].text,))
                    out.append(make_span(doc, ent.start, end + 2, "AGENCY", data))
                continue
            if end >= len(doc) or doc[end].text != "police" and not post:
                continue  # "Kingston Police" (title case) is read by the name matcher
            if any(k.start <= end and ent.start < k.end for k in [*known, *out]):
                continue
            written = doc[ent.start : end + 1].text
            data = replace(self._data(None, f"{ent.text} {doc[end].text.title()}", "ner"), aliases=(written,))
            out.append(make_span(doc, ent.start, end + 1, "AGENCY", data))
        return out

    def _parent_forces(self, doc: Doc, found: list[Span], cands: list[Span]) -> list[Span]:
        """A unit named with its force names that force too: both act in the case.

        "Leeds Police Fraud Squad" gives Leeds Police as well (ANNOTATION.md lists a unit as its
        own entry). The parent's span lies inside the unit's; the record lists both bodies.
        """
        out: list[Span] = []
        for sp in found:
            if sp._.opf.source != "ner" or sp[-1].lower_ not in self.units:
                continue
            heads = [t.i for t in sp[:-1] if t.lower_ in FORCE_HEADS]
            if not heads:
                continue
            end = heads[-1] + 1
            if end < sp.end - 1 and doc[end].lower_ in {"service", "department", "force"}:
                end += 1
            if end >= sp.end or end - sp.start < 2:
                continue  # "Police Crime Branch": no force named
            same = next((c for c in cands if (c.start, c.end) == (sp.start, end)), None)
            if same is not None:  # a body already found there keeps its entry (payloads are keyed by bounds)
                out.append(same)
                continue
            name = _canonical_form(doc[sp.start : end].text)
            out.append(make_span(doc, sp.start, end, "AGENCY", self._data(None, name, "ner")))
        return out

    def _offices_of_known(self, found: list[Span], cands: list[Span]) -> list[Span]:
        """'USMS Offices', 'US Marshals Service Offices': a known body's offices in the plural are that body."""
        known = {(c.start, c.end): c for c in cands if c._.opf.source == "gazetteer"}
        out: list[Span] = []
        for sp in found:
            last = sp[-1]
            end = sp.end - 1
            while end > sp.start and sp.doc[end - 1].lower_ in OFFICE_KINDS:
                end -= 1  # "FBI Field Offices", "DEA Regional Offices"
            body = known.get((sp.start, end))
            word = last.lower_
            singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else None
            plural = last.tag_ in {"NNS", "NNPS"} and singular in self.office_nouns
            if body is not None and sp._.opf.source != "gazetteer" and plural:
                # the span keeps its offices (scope reads "the FBI Field Offices in Leeds" as a body), named as the body
                out.append(make_span(sp.doc, sp.start, sp.end, "AGENCY", body._.opf))
                continue
            out.append(sp)
        return out

    def _inner_bodies(self, cands: list[Span], found: list[Span]) -> list[Span]:
        """A known body that opens a unit's name acts too: "the DEA Atlanta Division" gives the DEA."""
        out: list[Span] = []
        for sp in cands:
            if sp._.opf.source != "gazetteer" or any(f.start == sp.start and f.end == sp.end for f in found):
                continue
            unit = next((f for f in found if f.start == sp.start and sp.end < f.end), None)
            if unit is not None and unit._.opf.source == "ner" and unit[-1].lower_ in self.units:
                out.append(sp)
        return out

    def _country_owned(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'Spain's National Police': a country's body written with a generic name after its possessive.

        The gazetteer is asked for "<demonym> <name>", "<name> of <country>" and "<country> <name>"
        ("Spanish National Police"); a name it does not know, but the model calls an organisation,
        is named the first way, the written name kept as an alias.
        """
        out: list[Span] = []
        demonyms = country_demonyms()
        for ent in doc.ents:
            own = ent[-1].lower_ in POSS  # the model may take the possessive into the place
            written = ent[:-1].text if own and len(ent) > 1 else ent.text
            country = self.place_aliases.get(written.lower(), written)
            dem = demonyms.get(country.lower())
            e = ent.end - 1 if own else ent.end
            if ent.label_ != "GPE" or dem is None or e + 1 >= len(doc) or doc[e].lower_ not in POSS:
                continue
            org = next((o for o in doc.ents if o.start == e + 1 and o.label_ == "ORG"), None)
            code = _country_code(country)
            # a gazetteer body of another country under the same generic name ("Korea's National Police
            # Agency", not Japan's) gives way to the owner's
            if org is None or any(
                k.start < org.end
                and ent.start < k.end
                and not (k.start >= org.start and k._.opf.country and code and k._.opf.country != code)
                for k in [*known, *out]
            ):
                continue
            name = _canonical_form(org.text)
            words = name.lower().split()
            key = self._owned_entry(country, name, written)
            if key is not None:
                data = self._data(self.entries[key], doc[ent.start : org.end].text, "gazetteer")
            elif words and (words[-1] in self.heads or words[-1].rstrip("s") in self.heads):
                data = replace(self._data(None, f"{dem} {name}", "ner"), aliases=(name,))  # "Peru's Federal Police"
            else:
                continue
            out.append(make_span(doc, ent.start, org.end, "AGENCY", data))
        return out

    def _distributed(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'the Leeds and York police departments', 'Kent and Essex County sheriff's offices': one body each.

        A plural body noun in lower case after two or more coordinated names gives each name its own
        body; a "County" written once on the last name is shared by the single words before it.
        """
        out: list[Span] = []
        for _, s, e in self.plurals(doc):
            groups: list[tuple[int, int]] = []
            end = s
            i = s - 1
            while i >= 0:
                j = i
                while j >= 0 and (doc[j].is_title or doc[j].text in {"St.", "Mt.", "Ft."}) and doc[j].lower_ != "the":
                    j -= 1
                if j == i:
                    break
                groups.append((j + 1, end))
                if j < 0 or doc[j].lower_ not in {"and", ","}:
                    break
                i = j - 1
                if doc[i].text == "," or doc[i].lower_ == "and":
                    i -= 1  # "A, B, and C"
                end = i + 1
            if len(groups) < 2 or any(k.start < e and groups[-1][0] < k.end for k in [*known, *out]):
                continue
            groups.reverse()
            shared = doc[groups[-1][1] - 1].text if doc[groups[-1][1] - 1].lower_ in SHARED_WORDS else None
            head = self.plural_heads[doc[s:e].text.lower()]
            for gs, ge in groups:
                name = doc[gs:ge].text
                if shared and ge - gs == 1 and not name.endswith(shared):
                    name = f"{name} {shared}"  # "Avon and Kent County" -> "Avon County"
                sp_end = e if (gs, ge) == groups[-1] else ge
                data = replace(self._data(None, f"{name} {head}", "ner"), aliases=())
                out.append(make_span(doc, gs, sp_end, "AGENCY", data))
        return out

    def _owned_entry(self, country: str, name: str, written: str | None = None) -> str | None:
        """The gazetteer key of a country's body written with a generic name ("National Police", Spain)."""
        dem = country_demonyms().get(country.lower(), "")
        forms = [f"{dem} {name}", f"{name} of {country}", f"{country} {name}", f"{country}'s {name}"]
        forms += [f"{written} {name}"] if written else []
        key = next((self.form_index[f.lower()] for f in forms if f.lower() in self.form_index), None)
        if key is None and name.lower() in self.form_index:
            bare = self.form_index[name.lower()]  # a gazetteer alias written bare, if it is that country's body
            key = bare if self.entries[bare].country == _country_code(country) else None
        if key is None:
            # "Customs" in a story about New Zealand: the one body of that country whose name holds it
            code, pat = _country_code(country), re.compile(rf"\b{re.escape(name.lower())}\b")
            own = {k for k, a in self.entries.items() if a.country == code and pat.search(a.name.lower())}
            key = own.pop() if len(own) == 1 else None
        return key

    def _main_country(self, doc: Doc) -> str | None:
        """The country the article names most often: whose generic bodies it means (before places run)."""
        if MAIN_COUNTRY not in doc.user_data:
            places = [e.text for e in doc.ents if e.label_ == "GPE"]
            nationalities = [e.text for e in doc.ents if e.label_ == "NORP"]
            found = main_places(places, nationalities, self.place_aliases, self.demonyms)
            doc.user_data[MAIN_COUNTRY] = found.get("country")
        return doc.user_data[MAIN_COUNTRY]

    def _national_bodies(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'the National Police', 'the National Guard': a country's body written by its generic name.

        Written in title case, it is a proper name of the body of the country the article is about
        (or the country whose possessive comes before it): the gazetteer gives that body when it knows
        it; an unknown one is named "<demonym> <name>", the written name kept as an alias. In lower case
        ("the national police") it describes, and a name inside a longer one is left to that one.
        """
        out: list[Span] = []
        main: str | None = None
        for _, s, e in self.national(doc):
            if any(k.start < e and s < k.end for k in [*known, *out]):
                continue
            prev = doc[s - 1] if s > 0 else None
            country: str | None = None
            if prev is not None and prev.lower_ in {"'s", "\u2019s"} and s > 1 and doc[s - 2].ent_type_ == "GPE":
                country = self.place_aliases.get(doc[s - 2].text.lower(), doc[s - 2].text)
            elif prev is not None and (prev.is_title or prev.is_upper) and not prev.is_sent_start:
                continue  # "the Royal Navy", "U.S. Coast Guard": part of a longer name
            elif e < len(doc) and doc[e].is_title and doc[e].pos_ == "PROPN":
                continue  # "National Police Chiefs' Council"
            else:
                main = main or self._main_country(doc)
                country = main
            name = doc[s:e].text
            key = self._owned_entry(country, name) if country else None
            if key is not None:
                data = self._data(self.entries[key], name, "gazetteer")
            elif len(name.split()) > 1:
                dem = country_demonyms().get(country.lower(), "") if country else ""
                data = replace(self._data(None, f"{dem} {name}".strip(), "ner"), aliases=(name,))
            else:
                continue  # "Navy", "Customs" alone: too little to name an unknown body
            out.append(make_span(doc, s, e, "AGENCY", data))
        return out

    def _ministers(self, doc: Doc, known: list[Span]) -> list[Span]:
        """A holder's title names a body (ANNOTATION.md), when a person's name follows it.

        "Interior Minister Ann Lee" -> Ministry of Interior; never "Prime Minister".
        """
        out: list[Span] = []
        for tok in doc:
            pattern = self.minister_titles.get(tok.text)
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if pattern is None or nxt is None or nxt.ent_type_ != "PERSON" or tok.ent_type_ == "PERSON":
                continue
            start = tok.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
                start -= 1
            words = [t for t in doc[start : tok.i] if t.ent_type_ not in {"NORP", "GPE"}]  # "Pakistani Interior"
            if not words or any(t.text in self.not_portfolios for t in words):
                continue
            first = words[0].i
            if any(k.start <= tok.i and first < k.end for k in [*known, *out]):
                continue
            portfolio = " ".join(t.text for t in words)
            name = pattern.format(self.portfolios.get(portfolio, portfolio))
            written = doc[first : tok.i + 1].text
            # the ministry of the country whose nationality opens the title, or else of the article's country
            nation = next((t for t in doc[start : tok.i] if t.ent_type_ in {"NORP", "GPE"}), None)
            country = self.demonyms.get(nation.text.lower(), nation.text) if nation is not None else None
            country = country or self._main_country(doc)
            dem = country_demonyms().get(country.lower(), "") if country else ""
            aliases = (name, written) if dem else (written,)
            data = replace(self._data(None, f"{dem} {name}".strip(), "ner"), aliases=aliases)
            out.append(make_span(doc, first, tok.i + 1, "AGENCY", data))
        return out

    def _district_offices(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'the U.S. attorney for the Middle District of Georgia' names the district's office (a title's body counts).

        The district is "the <words> District of <place>" or a place alone ("U.S. Attorney for Alaska Ann
        Lee"): the place is the longest run the town list or the model knows, so a name
        after it is left out.
        """
        out: list[Span] = []
        for mid, s, e in self.district_titles(doc):
            if doc[e - 1].lower_ == "district":  # the "of the ... District" form: back to after "of"
                e = next(t.i for t in doc[s:e] if t.lower_ == "of") + 1
            i = e + 1 if e < len(doc) and doc[e].lower_ == "the" else e
            j = i
            while j < len(doc) and doc[j].is_title and doc[j].lower_ != "district":
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "district" and doc[j + 1].lower_ == "of":
                start = j + 2  # "the Middle District of", "the District of"
            elif i == e:
                start = j = i  # "for Puerto Rico"
            else:
                continue
            place = self._place_after(doc, doc[start - 1 : start])
            if place is None or any(k.start < place.end and s < k.end for k in [*known, *out]):
                continue
            title = self.district_titles.vocab.strings[mid]
            district = doc[e : place.end].text
            name = f"{self.district_offices[title]} for {district}"
            written = f"{doc[s : s + len(title.split())].text} for {district}"  # without the holder's name
            out.append(
                make_span(doc, s, place.end, "AGENCY", replace(self._data(None, name, "ner"), aliases=(written,)))
            )
        return out

    def _police_titles(self, doc: Doc, known: list[Span]) -> list[Span]:
        """A force's head titled with a place names that place's force (ANNOTATION.md: a title's body counts).

        "Leeds Commissioner of Police Ann Lee", "Kerala DGP Ann Lee", "Director General of Police
        (DGP) Kerala Ann Lee" -> Kerala Police. A country is left out: "Italian police chief"
        is a description, and a national force is no "<country> Police".
        """
        out: list[Span] = []
        for title in filter_spans([doc[s:e] for _, s, e in self.police_titles(doc)]):
            s, e = title.start, title.end
            place = self._place_before(doc, title) or self._place_after(doc, title)
            if place is None or place.text.lower() in COUNTRY_FORMS | self.generic:
                continue  # "Federal Police Commissioner" (a town in Argentina is called Federal)
            start, end = min(place.start, s), max(place.end, e)
            if any(k.start < end and start < k.end for k in [*known, *out]):
                continue
            data = replace(self._data(None, f"{place.text} Police", "ner"), form=_canonical_form(place.text))
            out.append(make_span(doc, start, end, "AGENCY", data))
        return out

    def _place_name(self, doc: Doc, start: int, end: int, title: Span) -> bool:
        """A run of tokens that names a place: the model's place, or a town or province it called something else.

        Not a person's name, unless the model's person runs on into the title ("Leeds Commissioner of Police").
        """
        span = doc[start:end]
        if not all(t.text[:1].isupper() for t in span):
            return False
        for ent in doc.ents:
            into_title = ent.start < title.start < ent.end
            if ent.label_ == "PERSON" and ent.start < end and start < ent.end and not into_title:
                return False
        ent = next((x for x in doc.ents if x.start == start and x.end == end), None)
        return ent is not None and ent.label_ in {"GPE", "LOC"} or span.text in town_names()

    def _place_before(self, doc: Doc, title: Span) -> Span | None:
        s = title.start
        return next((doc[b:s] for b in range(max(0, s - 3), s) if self._place_name(doc, b, s, title)), None)

    def _place_after(self, doc: Doc, title: Span) -> Span | None:
        """'Director General of Police (DGP) Kerala Ann Lee', 'Commissioner of Police, Leeds, Ann Lee'."""
        i = title.end
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        if i < len(doc) and doc[i].text == ",":
            i += 1
        return next((doc[i:j] for j in range(min(len(doc), i + 3), i, -1) if self._place_name(doc, i, j, title)), None)

    def _listed_forces(self, doc: Doc, known: list[Span]) -> list[Span]:
        """Places listed before a force share its head noun, each naming its own force.

        "Thames Valley, Hertfordshire, Surrey and British Transport Police", "Kent, Essex and Sussex
        police". Only when two or more of the listed names are places the model or the town list knows.
        """
        out: list[Span] = []
        places = {i for p in doc.spans.get("places", []) for i in range(p.start, p.end)}
        for force in known:
            head = force[-1]
            if head.lower_ not in FORCE_HEADS or force.start < 2:
                continue
            if doc[force.start - 1].lower_ not in {"and", "&"}:
                continue
            items: list[Span] = []
            i = force.start - 2
            if i >= 0 and doc[i].text == ",":
                i -= 1  # "Surrey, Sussex, and British Transport Police"
            while i >= 0:
                end = i + 1
                while i >= 0 and doc[i].is_title and doc[i].pos_ == "PROPN":
                    i -= 1
                if i + 1 == end:
                    break
                items.append(doc[i + 1 : end])
                if i < 0 or doc[i].text != ",":
                    break
                i -= 1
            placed = [
                it
                for it in items
                if it.text in town_names() or any(t.i in places or t.ent_type_ in {"GPE", "LOC"} for t in it)
            ]
            if len(items) < 2 or len(placed) < 2:
                continue
            for it in items:
                if any(k.start < it.end and it.start < k.end for k in [*known, *out]):
                    continue
                name = f"{it.text} {head.text.title()}"
                out.append(
                    make_span(
                        doc, it.start, it.end, "AGENCY", replace(self._data(None, name, "ner"), aliases=(it.text,))
                    )
                )
        return out

    def _office_holders(self, doc: Doc, known: list[Span]) -> list[Span]:
        """'Ohio Attorney General Ann Lee': the office of a title written after its place."""
        out: list[Span] = []
        for _, s, e in self.offices(doc):
            after = self._office_of_place(doc, s, e)
            if after is not None:
                if not any(k.start < after.end and s < k.end for k in [*known, *out]):
                    title = doc[s:e].text
                    written = doc[s : after.end].text  # "Attorney General of Ecuador"
                    # the office as the text's own story names it too ("the Attorney General's Office")
                    data = replace(
                        self._data(None, f"{title}'s Office of {after.text}", "ner"),
                        aliases=(written, f"{title}'s Office"),
                    )
                    out.append(make_span(doc, s, after.end, "AGENCY", data))
                continue
            place = next((p for p in doc.ents if p.label_ == "GPE" and p.end == s), None)
            if place is None and s > 1 and doc[s - 1].text in {"County", "Parish"} and doc[s - 2].is_title:
                start = s - 2  # "Wexmoor County Sheriff Ann Lee": the model reads a person, the county is a place
                while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                    start -= 1
                place = doc[start:s]
            holder = e < len(doc) and doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "B"
            bare = (
                place is None and holder and (s == 0 or not doc[s - 1].is_title) and doc[s:e].text in self.bare_offices
            )
            if bare and not any(k.start < e and s < k.end for k in [*known, *out]):
                # "Prosecutor General Ann Lee announced": a holder named by the bare title speaks for its office
                title = doc[s:e].text
                data = replace(self._data(None, f"Office of the {title}", "ner"), aliases=(title,))
                out.append(make_span(doc, s, e, "AGENCY", data))
                continue
            if place is None or e < len(doc) and doc[e].lower_ in {"'s", "\u2019s", "office"}:
                continue  # "... Attorney General's Office" is read as a name
            if place.text.lower() in COUNTRY_FORMS or place.start > 0 and doc[place.start - 1].text == ",":
                continue  # a country's AG heads its justice ministry; "WASHINGTON, D.C. Attorney General" is a dateline
            if any(k.start < e and place.start < k.end for k in [*known, *out]):
                continue
            written = doc[place.start : e].text
            data = replace(self._data(None, f"{written}'s Office", "ner"), aliases=(written,))
            out.append(make_span(doc, place.start, e, "AGENCY", data))
        return out

    @staticmethod
    def _office_of_place(doc: Doc, s: int, e: int) -> Span | None:
        """'the Attorney General of Ecuador, Ann Lee': the place a title is written with after it."""
        if e + 1 >= len(doc) or doc[e].lower_ != "of" or (s > 0 and doc[s - 1].ent_type_ == "GPE"):
            return None
        return next((p for p in doc.ents if p.label_ == "GPE" and p.start == e + 1), None)

    def _criminal_group_noun(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if lemma in self.crime_groups:
            return True
        groups = {"group", "organisation", "organization", "network", "outfit"}
        return lemma in groups and any(c.lower_ in self.crime_modifiers for c in tok.children)

    def _named_crime_group(self, span: Span) -> bool:
        """The name of a criminal group: 'gangs such as X', 'the X gang', 'X, a drug cartel'."""
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "gangs such as X and Y"
        doc = span.doc
        if span.end < len(doc) and self._criminal_group_noun(doc[span.end]):
            return True  # "the Red Harbour Command gang"
        near = [root.head]
        if root.head.lower_ == "as" and root.head.head.pos_ in {"NOUN", "ADJ"}:
            near.append(root.head.head if root.head.head.pos_ == "NOUN" else root.head.head.head)  # "such as"
        if root.dep_ not in {"appos", "pobj", "compound"}:
            near = []
        near += [c for c in root.children if c.dep_ == "appos"]  # "X, a drug cartel"
        return any(self._criminal_group_noun(t) for t in near)

    def _agency_like(self, name: str) -> bool:
        words = name.split()
        if not words or name.lower() in self.outlets:
            return False
        if any(w.lower() in self.outlet_words for w in words):
            return False  # "Xinhua News Agency", "PA News Agency": a news agency is an outlet
        if words[0].lower() in self.law_words or words[-1].lower() in self.not_body_heads:
            return False  # "Sections 65/66 of the IT Act", "UK Police Operation": a law, an operation
        if any(w in {"Act", "Acts", "Bill", "Code"} for w in words[1:]):
            return False  # "POCSO Act and Section 6": a statute the parser ran into the next words

        lowered = {w.lower() for w in words}
        if len(words) > 2 and words[-2].lower() == "of" and words[-1].lower() in FORCE_HEADS:
            if any(w.lower() in self.titles for w in words[:-2]):
                return False  # "Superintendent of Police", "Director General of Police": a person's title

        def head(w: str) -> bool:
            w = w.lower()
            if w in self.guarded or w.endswith("s") and w[:-1] in self.guarded:
                return bool(self.guarded.get(w, self.guarded.get(w[:-1], set())) & lowered)
            return w in self.heads or w.endswith("s") and w[:-1] in self.heads  # "Task Forces", "Centres"

        # "Ministry of ...", "US Department of the Treasury"
        # "Ministry of ...", "Organised and Financial Crime Agency of New Zealand"
        opens = any(head(w) and nxt.lower() in {"of", "for", "on"} for w, nxt in zip(words, words[1:], strict=False))
        if not opens and not head(words[-1]) and not any(head(w) for w in words[-3:]):
            return False
        plain = not {w.lower() for w in words} & {"of", "for", "on"}  # "... Group of Enforcement Officers" is a name
        trade = len(words) > 1 and head(words[-2]) and words[-1].lower().endswith("s")  # "Service Providers"
        if plain and not head(words[-1]) and trade and words[-1][:1].isupper():
            return False  # "Internet Service Providers": a kind of firm, not a body
        if any(
            a in self.portfolios and b.lower() in {"office", "ministry"} for a, b in zip(words, words[1:], strict=False)
        ):
            return True  # "German Foreign Office": a portfolio names the ministry, whatever words stand before it
        head_words = {x for h in self.heads for x in h.split()}
        return not all(w.lower() in self.generic or w.lower().rstrip("s") in head_words | self.heads for w in words)

    def _from_ner(self, doc: Doc, known: list[Span]) -> list[Span]:
        out: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or any(k.start < ent.end and ent.start < k.end for k in known):
                continue
            for part in self._bodies(doc, ent):  # "Dyfed-Powys Police's Serious Organised Crime Team": two bodies
                part = self._without_leading_place(_without_dates(part))
                span = _with_post(doc, self._trim_name(doc, part, known), self.numbered)  # "... Superintendent Ann Lee"
                if self._modifies_category(doc, span):
                    continue
                name = _canonical_form(span.text)
                if self._is_post(name):
                    continue
                if name in self.office_names:  # "Prosecutor General Ann Lee announced": the title's office
                    data = replace(self._data(None, f"Office of the {name}", "ner"), aliases=(name,))
                    out.append(make_span(doc, span.start, span.end, "AGENCY", data))
                    continue
                if not self._agency_like(name) or not name[:1].isupper() or self._named_crime_group(span):
                    continue
                data = self._data(None, name, "ner")
                seat = _court_seat(doc, span)
                if seat:  # "the High Court in Leeds": courts are often named with their seat
                    data = replace(data, aliases=(*data.aliases, f"{name} {seat}"))
                out.append(make_span(doc, span.start, span.end, "AGENCY", data))
        return out

    def _name_matcher(self, nlp: Language) -> Matcher:
        """Capitalised names that end in (or open with) an agency head noun, whatever NER made of them.

        "Northamptonshire Police", "Child Exploitation and Human Trafficking Task Forces",
        "Ministry of the Solicitor General", "U.S. Attorney's Office for the Northern District of Texas".
        """
        # a head noun that is itself a body's name ("Europol") does not end a longer name ("FBI and Europol")
        own_names = {f.lower() for e in self.entries.values() for f in (e.name, e.acronym, *e.aliases) if f}
        one = sorted({f for h in self.heads if " " not in h and h not in own_names for f in (h, h + "s")})
        word = {"TEXT": {"REGEX": r"^[A-Z][\w.'\u2019&-]*$"}}  # "Northamptonshire", "RCMP", "P.E.I."
        # inside a name a word may be hyphenated ("Dyfed-Powys Police", "Anti-Corruption Centre")
        inner = {"TEXT": {"REGEX": r"^([A-Z][\w.'\u2019&-]*|[-\u2011])$"}}
        name = [word, {**inner, "OP": "*"}]
        link = {"LOWER": {"IN": ["and", "&", "of", "for", "in"]}, "OP": "?"}
        rest = {**inner, "OP": "*"}
        heads: list[list[dict]] = [[{"LOWER": {"IN": one}, "IS_TITLE": True}]]
        for h in (h for h in self.heads if " " in h):
            *first, last = h.split()
            heads.append([*({"LOWER": w, "IS_TITLE": True} for w in first), {"LOWER": {"IN": [last, last + "s"]}}])
        poss = {"LOWER": {"IN": ["'s", "\u2019s"]}}
        of = {"LOWER": {"IN": ["for", "of", "on"]}}
        the = {"LOWER": "the", "OP": "?"}
        units = {"LOWER": {"IN": sorted(self.units)}}
        # "Interpol's Vulnerable Communities unit", "the Internet Child Exploitation section"
        pats = [[{"LOWER": {"IN": ["'s", "\u2019s", "the"]}}, word, {**word, "OP": "+"}, units]]
        # "the Transnational and Organised Crime unit", "the Command's Drug and Serious Crime Group"
        pats.append(
            [{"LOWER": {"IN": ["'s", "\u2019s", "the"]}}, word, {"LOWER": {"IN": ["and", "&"]}}, word, rest, units]
        )
        for head in heads:
            pats.append([*name, link, rest, *head])
            # "Foreign, Commonwealth and Development Office": a comma inside a name joined by "and"
            plain = {**word, "LOWER": {"NOT_IN": sorted(one)}}  # not a list of whole bodies
            comma = {"TEXT": ","}
            pats.append(
                [
                    plain,
                    comma,
                    {**plain, "OP": "+"},
                    {**comma, "OP": "?"},
                    {"LOWER": "and"},
                    {**plain, "OP": "*"},
                    *head,
                ]
            )
            pats.append([*name, poss, *head, of, the, *name, link, rest])
            pats.append([*name, poss, *head])  # "Kentucky Attorney General's Office"
            pats.append([*head, of, the, word, link, rest])
            pats.append([*name, *head, of, the, word, link, rest])  # "US Department of the Treasury"
        # "U.S. District Court for the Eastern District of New York": a district named with its state
        district = {"LOWER": {"IN": ["district", "circuit", "division"]}}
        for head in heads:
            pats.append([*name, *head, of, the, word, {**inner, "OP": "*"}, district, {"LOWER": "of"}, word, rest])
        m = Matcher(nlp.vocab)
        m.add("NAME", pats, greedy="LONGEST")
        return m

    def _from_names(self, doc: Doc, known: list[Span]) -> list[Span]:
        out: list[Span] = []
        found = filter_spans([doc[s:e] for _, s, e in self.titled(doc)])
        for span in [part for sp in found for part in self._bodies(doc, sp)]:
            span = _without_dates(span)
            seated = span
            span = _without_seat(doc, span)
            # "the High Court in Leeds": some write the seat into the name, so it stays an alias
            seat_form = _canonical_form(seated.text) if len(seated) > len(span) else None
            span = self._without_leading_place(span)
            while span and span[-1].lower_ in {"and", "&", "of", "for", "the", "-", "on", "in"}:
                span = span[:-1]
            span = self._trim_name(doc, span, known)
            span = self._unit_of_body(doc, span, known)
            for k in known:  # a name the model cut short ("... Centers for Missing") grows to the whole name
                if k._.opf.source == "ner" and k.start < span.end and span.start < k.end:
                    if k.end < span.end and doc[k.end].text in {",", "\u2013", "\u2014"}:
                        # "... Enforcement Group, Women and Children Protection Center": the model's whole
                        # name ends at the comma, so the match runs on into the next body of a list
                        span = self._trim_name(doc, doc[k.end + 1 : span.end], known)
                        continue
                    grown = doc[min(k.start, span.start) : max(k.end, span.end)]
                    if any(t.text in {"\u2013", "\u2014"} for t in grown) and not any(
                        t.text in {"\u2013", "\u2014"} for t in span
                    ):
                        continue  # "Ministry of Interior – Service for ...": a dash parts two bodies
                    span = self._trim_name(doc, grown, known)
            # a unit inside a known body ("P.E.I. RCMP Internet Child Exploitation Unit") is its own entry
            if not span or any(
                k.start < span.end
                and span.start < k.end
                and not (span.start <= k.start and k.end <= span.end)
                or (k.start, k.end) == (span.start, span.end)
                for k in known
            ):
                continue
            if title_case(sentence_of(doc, span.start)) or any(t.ent_type_ == "PERSON" for t in span):
                continue  # a headline is all capitals; "John Hart Service" is a person's name
            if self._known_after_its_place(doc, span, known):
                continue  # "the London Met Police", "the L.A.-based U.S. DEA": the known body
            span = _with_post(doc, span, self.numbered)  # "the Nigerian Embassy in Dakar"
            if self._modifies_category(doc, span):
                continue
            name = _canonical_form(span.text)
            lead = [k for k in known if k.start == span.start and k.end < span.end]
            unit = doc[lead[0].end : span.end] if lead else None
            # "the Australian Federal Police International Command": a unit named after its known body,
            # however generic its own words are
            named_unit = unit is not None and len(unit) >= 2 and unit[-1].lower_ in self.units and unit[0].is_title
            if not (self._agency_like(name) or named_unit) or self._is_post(name) or self._named_crime_group(span):
                continue
            same = self._same_body(span, known)
            if same is not None:
                # "Bureau of Immigration and Customs Enforcement", "U.S. Attorney's Office for the Northern
                # District of Texas": a known body under a longer written name
                out.append(make_span(doc, span.start, span.end, "AGENCY", replace(same._.opf, form=name)))
                continue
            data = self._data(None, name, "ner")
            own = _canonical_form(unit.text) if unit is not None else ""
            # "FBI Washington Field Office": the office, written with its parent body
            if own and own.split()[0].lower() not in {"of", "for", "on"} and self._agency_like(own):
                data = replace(data, name=own, aliases=(name,))
            if seat_form and seat_form.startswith(data.name):
                data = replace(data, aliases=(*data.aliases, seat_form))
            out.append(make_span(doc, span.start, span.end, "AGENCY", data))
        return out

    def _without_leading_place(self, span: Span) -> Span:
        """'on the coast of Kent, County Police Chief ... said': the model ran a place into the name.

        Only a name of its own after the comma, with no list in it ("Foreign, Commonwealth and Development Office").
        """
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is None or comma + 1 >= span.end:
            return span
        before, after = span.doc[span.start : comma], span.doc[comma + 1 : span.end]
        if any(t.lower_ in {"and", "&"} for t in after):
            return span  # "Foreign, Commonwealth and Development Office": a list inside one name
        if (
            len(before) <= 3
            and all(t.pos_ == "PROPN" for t in before)
            and (after[-1].lower_ in self.heads or self._agency_like(after.text))
        ):
            return after
        return span

    def _unit_of_body(self, doc: Doc, span: Span, known: list[Span]) -> Span:
        """'the Leeds Zonal Command of the Fraud Commission': the unit is named without its body.

        The body is an entry of its own (ANNOTATION.md lists a unit and its body apart).
        """
        body = next((k for k in known if k.end == span.end and span.start + 2 < k.start), None)
        if body is None:
            return span
        j = body.start - 1 if doc[body.start - 1].lower_ == "the" else body.start
        if doc[j - 1].lower_ == "of" and j - 1 - span.start >= 2 and doc[j - 2].lower_ in self.units:
            return doc[span.start : j - 1]
        return span

    def _modifies_category(self, doc: Doc, span: Span) -> bool:
        """'Virtual Asset Service Providers': a name followed by a plural noun modifies a kind of firm."""
        nxt = doc[span.end] if span.end < len(doc) else None
        plural = nxt is not None and (
            nxt.tag_ in {"NNS", "NNPS"} or nxt.lower_.endswith("s") and nxt.lemma_ != nxt.lower_
        )
        return (
            bool(plural) and nxt.is_title and nxt.lower_ not in self.heads and nxt.lower_.rstrip("s") not in self.heads
        )

    def _bodies(self, doc: Doc, span: Span) -> list[Span]:
        """One match may hold two bodies: 'A Police Service and B Police Service', 'X Police's Y Team'.

        Each side that reads as a body on its own is kept; otherwise the match stays whole.
        """
        for i, t in enumerate(span):
            if 0 < i < len(span) - 1 and t.lower_ in {"and", "&", "'s", "\u2019s", ","}:
                left, right = span[:i], span[i + 1 :]
                if not self._agency_like(_canonical_form(right.text)):
                    continue
                if t.lower_ in POSS and right[0].lower_ == "office" and left[-1].lower_ in self.titled_posts:
                    continue  # "the Special Prosecutor's Office for Cybercrime": a post's office is one body
                if self._agency_like(_canonical_form(left.text)):
                    last = left[-1].lower_
                    # "... Enforcement Group, Women and Children Protection Center": a guarded head ends a name too
                    if last in self.heads or last.rstrip("s") in self.heads or t.text == "," and last in self.guarded:
                        return [left, *self._bodies(doc, right)]
                    # "... Council Against Trafficking and Bureau of Immigration": a whole second body
                    if (
                        t.lower_ != "'s"
                        and len(right) > 2
                        and right[0].lower_ in self.heads
                        and right[1].lower_ == "of"
                    ):
                        return [left, *self._bodies(doc, right)]
                if len(left) == 1 and _is_acronym(left.text) and t.lower_ in {"and", "&"}:
                    return [left, *self._bodies(doc, right)]  # "OFCANZ and NZ Customs Service"
        for i, t in enumerate(span):
            # "Fraud Directorate / Cyber Crime Department", "Ministry of Interior – Service for Combating Crime"
            if 0 < i < len(span) - 1 and t.text in {"/", "\u2013", "\u2014"}:
                left, right = span[:i], span[i + 1 :]
                dash = t.text != "/"  # a dash parts names even when the model cut the second one short
                if self._agency_like(_canonical_form(left.text)) and (
                    dash or self._agency_like(_canonical_form(right.text))
                ):
                    return [left, *self._bodies(doc, right)]
        # "the Dog Section of the Leeds Crime Investigation Unit": a unit of a body both named in full
        for i, t in enumerate(span):
            if 2 <= i < len(span) - 3 and t.lower_ == "of" and span[i + 1].lower_ == "the":
                left, right = span[:i], span[i + 2 :]
                if (
                    left[-1].lower_ in self.units
                    and (right[-1].lower_ in self.heads or right[-1].lower_ in self.units)
                    and len(right) >= 2
                    and all(w.is_title or w.is_upper for w in right)
                ):
                    return [left, *self._bodies(doc, right)]
        return [span]

    def _same_body(self, span: Span, known: list[Span]) -> Span | None:
        """A gazetteer body inside a longer name joined only by 'of'/'for' ('Bureau of X', 'X for the District')."""
        for k in known:
            if k._.opf.source == "ner" or not (span.start <= k.start and k.end <= span.end) or len(k) == len(span):
                continue
            if k.end == span.end and span[1].lower_ in {"of", "for"}:
                if all(t.lower_ in {"of", "for", "the"} for t in span[2 : k.start - span.start]):
                    return k
            if k.start == span.start and span.doc[k.end].lower_ in {"of", "for"}:
                return k
        return None

    def _trim_name(self, doc: Doc, span: Span, known: list[Span]) -> Span:
        """Drop what is not the name.

        A capitalised first word of the sentence, an article, a first body in a list, a title and
        the person after it ("... Apprehension Superintendent Drew Evans"), an operation's name.
        """
        ops = {i for o in doc.spans.get("operations", []) for i in range(o.start, o.end)}
        for i, t in enumerate(span):
            if i > 0 and (t.lower_ in self.titles or t.i in ops):
                span = span[:i]
                # "FBI Special Agent Ann Lee": the words that qualify the title go with it
                while len(span) > 1 and span[-1].lower_ in TITLE_MODIFIERS:
                    span = span[:-1]
                break
        for i, t in enumerate(span):
            if 0 < i < len(span) - 1 and t.text in {"-", "\u2011"} and (t.whitespace_ or span[i - 1].whitespace_):
                span = span[i + 1 :]  # "THE HAGUE - Police have ...": a dateline's dash, not a hyphenated name
                break
        while len(span) > 1 and span[-1].is_lower and span[-1].lower_ not in self.units:
            span = span[:-1]  # "Maidstone Crown Court on": the model's entity ran into the next word
        dates = [
            e
            for e in doc.ents
            if e.label_ in {"DATE", "TIME"} and span.start < e.start < span.end and _calendar_word(e[0])
        ]  # but "Supreme Court of NSW to 15 years": the model's date starts at a place
        if dates:
            span = span[: dates[0].start - span.start]  # "US Department of Justice Thursday"
        poss = next((i for i, t in enumerate(span) if t.lower_ in {"'s", "\u2019s"}), None)
        owner = span[:poss] if poss is not None else None
        if (
            owner is not None
            and 0 < poss < len(span) - 2
            and (
                all(t.ent_type_ in {"GPE", "NORP"} for t in owner)
                or any(k.end == span.start + poss and k.start <= span.start + poss - 1 for k in known)
            )
        ):
            span = span[
                poss + 1 :
            ]  # "China's Ministry of Public Security", "the Department of Justice's Office of ..."
        for k in known:  # "... Delinquency Prevention ICAC Program": a second body after a complete name
            if (
                span.start < k.start
                and k.end < span.end
                and self._agency_like(_canonical_form(doc[span.start : k.start].text))
            ):
                span = doc[span.start : k.start]
                break
        while len(span) > 1 and (
            span[0].lower_ in {"a", "an", "the", "'s", "\u2019s"}
            or span[0].is_sent_start
            and span[0].pos_ != "PROPN"
            and span[0].ent_type_ not in {"ORG", "GPE", "NORP"}
        ):
            span = span[1:]
            while len(span) > 1 and span[0].lower_ in NAME_LINKS:
                span = span[1:]  # "Officers of Dyfed-Powys Police": no name opens with a linking word
        bracket = next((i for i, t in enumerate(span) if t.text == "(" and i > 0), None)
        if bracket is not None:
            span = span[:bracket]  # "the Police Regional Office 7 (PRO-7": the model ran into the acronym
        for i, t in enumerate(span):
            if t.lower_ in {"and", "&"} and 0 < i < len(span) - 1:
                left = span[:i]
                known_left = any(left.start <= k.start and k.end == left.end for k in known)
                # "Dutch and Belgian police": a list of nations, not "Australian Transaction Reports and
                # Analysis Centre", one name that merely opens with a nationality
                nations = all(x.ent_type_ in {"GPE", "NORP"} or x.lower_ in {"the", ","} for x in left)
                placed_right = span[i + 1].ent_type_ in {"GPE", "NORP"}  # "Services Australia and New Zealand Police"
                # "Department of Employment and Labour", "Customs and Excise": a word after "and" that
                # names no body on its own is part of one name, however short the model cut it
                right = span[i + 1 :]
                body_right = (
                    self._agency_like(_canonical_form(right.text))
                    or right[-1].lower_ in self.heads
                    or right[-1].lower_.rstrip("s") in self.heads
                    or any(k.start == right.start for k in known)
                )
                if (known_left or left[-1].lower_ in self.heads) and body_right or nations or placed_right:
                    return span[i + 1 :]  # "HMRC and Crown Prosecution Service": two bodies
        return span


TOWN_COURTS = {"crown", "magistrates", "magistrates'", "county", "district", "high"}
POSS = {"'s", "\u2019s"}
CALENDAR_WORDS = {n.lower() for n in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if n} | {
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "this",
    "next",
}


def _name_before_link(doc: Doc, ent: Span) -> Span:
    """The whole name when the model's entity is only its tail after a linking word."""
    start = ent.start
    while start >= 2 and doc[start - 1].lower_ in {"and", "&", "for", "of"} and doc[start - 2].is_title:
        start -= 2
        while start >= 1 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            start -= 1
    return doc[start : ent.end] if start < ent.start else ent


def _calendar_word(tok: Token) -> bool:
    """A word a date can start with: a number, a day or month name, or a relative day word."""
    return tok.like_num or tok.lower_.rstrip(".") in CALENDAR_WORDS


def _with_post(doc: Doc, span: Span, numbered: set[str]) -> Span:
    """A diplomatic post is named with its city: 'the Nigerian Embassy in Dakar' (not 'the police in Leeds').

    A numbered branch keeps its number: 'the Regional Trial Court Branch 12'.
    """
    if span[-1].lower_ in numbered and span.end < len(doc) and doc[span.end].is_digit:
        return doc[span.start : span.end + 1]
    if span[-1].lower_ not in POSTS or span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return span
    place = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ in {"GPE", "LOC"}), None)
    return doc[span.start : place.end] if place is not None else span


def _spelling_start(doc: Doc, end: int, letters: list[str], *, any_case: bool = False) -> int | None:
    """The first token of the words before `end` whose initials spell `letters`, if any.

    Capitalised words give their initial (any word, with `any_case`); small linking words may give
    theirs or be skipped ("National Agency for the Prohibition of Trafficking in Persons" is NAPTIP).
    """
    limit = max(0, end - (2 * len(letters) + 4))

    def walk(i: int, k: int) -> int | None:  # k letters still to spell, token i and before
        if k == 0:
            return i + 1
        if i < limit:
            return None
        t = doc[i]
        if t.lower_ in NAME_LINKS or t.text in {"-", "\u2011"}:
            if t.text[:1].upper() == letters[k - 1] and t.is_alpha:
                got = walk(i - 1, k - 1)
                if got is not None:
                    return got
            return walk(i - 1, k)
        if not t.is_alpha or not (any_case or t.text[:1].isupper()) or t.text[0].upper() != letters[k - 1]:
            return None
        return walk(i - 1, k - 1)

    start = walk(end - 1, len(letters))
    # the name opens with a capitalised word, never a linking word
    while start is not None and start < end and doc[start].lower_ in NAME_LINKS:
        start += 1
    return start


WIRE_AFTER = {"reporter", "reporters", "journalist", "journalists", "correspondent", "photographer", "tally", "count"}


def _wire_cue(span: Span) -> bool:
    """Words that make an acronym a news agency: 'a source told AFP', 'spoke to AFP', 'an AFP reporter'."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lemma_.lower() == "tell" and before.i == span.root.head.i:
        return True
    if before is not None and before.lower_ == "to" and before.head.lemma_.lower() in {"speak", "talk", "say"}:
        return True
    return after is not None and after.lower_ in WIRE_AFTER or after is not None and after.lemma_.lower() == "report"


def _country_variants(forms: list[str]) -> list[str]:
    """'U.S. Department of State' is also written 'US Department of State' and 'United States Department of State'.

    So is a body of the United Nations: 'UN Office on Drugs and Crime', 'U.N. Office on Drugs and Crime'.
    """
    out = list(forms)
    swaps = [
        *(("U.S. ", "US "), ("US ", "U.S. "), ("U.S. ", "United States "), ("United States ", "U.S. ")),
        *(("United Nations ", "UN "), ("United Nations ", "U.N. "), ("UN ", "United Nations "), ("U.N. ", "UN ")),
    ]
    for f in forms:
        for a, b in swaps:
            if f.startswith(a) and b + f[len(a) :] not in out:
                out.append(b + f[len(a) :])
    # an apostrophe inside a word stays in its token's NORM: "Mossos d’Esquadra" is also written with "'"
    out += [f.replace("'", "\u2019") for f in out if "'" in f and f.replace("'", "\u2019") not in out]
    return out


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 8 and " " not in form and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


# a post held in a body, written before "of" and the body's name: the body is the agency
TITLE_NOUNS = {
    "executive",
    "director",
    "head",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "leader",
    "deputy",
    "officer",
    "member",
    "members",
}


def _without_title(doc: Doc, span: Span) -> Span:
    """'the Chief Executive of Leeds City Council': the council, not the post held in it."""
    of = next((t for t in span if t.lower_ == "of"), None)
    if of is None or of.i == span.start or of.i + 1 >= span.end:
        return span
    if doc[of.i - 1].lower_ not in TITLE_NOUNS or not doc[of.i + 1 : span.end].text[:1].isupper():
        return span
    return doc[of.i + 1 : span.end]


def _court_seat(doc: Doc, span: Span) -> str | None:
    """'in Leeds' or 'at York' right after a court's or office's name: the seat some write into its name."""
    if (
        span[-1].lower_ not in COURT_HEADS | SEATED
        or span.end + 1 >= len(doc)
        or doc[span.end].lower_ not in {"in", "at"}
    ):
        return None
    place = next((e for e in doc.ents if e.start == span.end + 1 and e.label_ in {"GPE", "LOC"}), None)
    return doc[span.end : place.end].text if place is not None else None


STATE_FORMS = {"republic", "kingdom", "state", "federation", "principality", "commonwealth", "emirate"}


def _state_of(doc: Doc, span: Span) -> str | None:
    """'of the Republic of Serbia', 'of Ukraine' after a body's name: the state some write into it."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1
    if doc[j].lower_ == "the" and j + 2 < len(doc) and doc[j + 1].lower_ in STATE_FORMS and doc[j + 2].lower_ == "of":
        j += 3  # "of the Republic of Serbia"
    elif doc[j].lower_ == "the":
        return None
    for k in range(min(len(doc), j + 3), j, -1):  # "Serbia", "North Macedonia", "Bosnia and Herzegovina"
        if doc[j:k].text.lower() in COUNTRY_FORMS:
            return doc[i:k].text
    return None


def _without_seat(doc: Doc, span: Span) -> Span:
    """'the Kent Court of Justice in Leeds': the town a body sits in is no part of its name.

    An embassy, consulate or bureau keeps it ("the Chinese Embassy in Jakarta"): several exist.
    """
    for t in span:
        if t.lower_ == "in" and t.i > span.start and doc[t.i - 1].lower_ not in SEATED:
            rest = doc[t.i + 1 : span.end]
            if rest and all(x.ent_type_ in {"GPE", "LOC"} for x in rest):
                return doc[span.start : t.i]
    return span


@lru_cache(maxsize=512)
def _country_code(country: str) -> str | None:
    """ISO 3166 alpha-2 code of a country name, as the gazetteer's `country` field writes it."""
    try:
        return str(pycountry.countries.lookup(country).alpha_2)
    except LookupError:
        return None


def _without_dates(span: Span) -> Span:
    """A date is never part of a body's name.

    'the High Court on Friday' ends before it; 'arraigned Monday in Kelburn County Court' starts
    after the day and its preposition.
    """
    doc = span.doc
    if len(span) > 2 and span[0].lower_ in WEEKDAYS and span[1].lower_ in {"in", "at", "before", "by"}:
        span = span[2:]
    dated = next(
        (t.i for t in span if t.i > span.start and t.ent_type_ in {"DATE", "TIME"} and _calendar_word(t)), None
    )
    return doc[span.start : dated] if dated is not None else span
