"""Places: the model's GPE/LOC entities, plus country names it mislabels or misses.

The small English model calls "Paraguay" an ORG in some sentences and misses
"Britain 55" as a place in others; scope and breakdown lists depend on every
place being seen. Country names come from pycountry (ISO 3166, a maintained
library), short forms from `rules/places.yaml`. Writes `doc.spans["places"]`;
operation names ("Project Spade") are never places.
"""

from __future__ import annotations

import pycountry
from countryinfo import CountryInfo
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.common import set_group
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


class PlaceFinder:
    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms = country_names() | alias_forms(load_rules(rules_dir).places.aliases)
        forms |= {f.replace("'", "\u2019") for f in forms if "'" in f}  # "Côte d’Ivoire" as typeset
        self.matcher.add("PLACE", [nlp.make_doc(f) for f in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        ops = {i for o in doc.spans.get("operations", []) for i in range(o.start, o.end)}
        ents = [e for e in doc.ents if e.label_ in PLACE_LABELS and not ops.intersection(range(e.start, e.end))]
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
        set_group(doc, "places", sorted(filter_spans([*ents, *extra]), key=lambda s: s.start))
        return doc
