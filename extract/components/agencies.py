"""Agencies: gazetteer matches, acronyms defined in the text, and ORG entities by head noun.

Writes `doc.spans["agencies"]`; `_.opf` holds `name` (canonical), `form` (as
written), `source` (gazetteer | defined | ner) and gazetteer fields.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.components.common import make_span, sentence_of, set_group
from extract.rules_loader import load_rules
from schemas.rules import AgencyEntry

PAREN_ACRONYM = re.compile(r"\s*[(\[]\s*([A-Z][A-Za-z0-9&.]{1,9})\s*[)\]]")


@Language.factory("opf_agencies", default_config={"rules_dir": None})
def make_agencies(nlp: Language, name: str, rules_dir: str | None) -> AgencyFinder:
    return AgencyFinder(nlp, name, rules_dir=rules_dir)


def _canonical_form(text: str) -> str:
    t = re.sub(r"^(the|The|THE)\s+", "", text.strip())
    t = re.sub(r"['’]s$", "", t)
    return t.strip(" ,.;:")


class AgencyFinder:
    """PhraseMatchers over names (case-insensitive) and acronyms (case-sensitive)."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        rules = load_rules(rules_dir).agencies
        self.entries: dict[str, AgencyEntry] = {}
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for i, a in enumerate(rules.agencies):
            key = str(i)
            self.entries[key] = a
            forms = [f for f in (a.name, a.acronym, *a.aliases) if f]
            self.names.add(key, [nlp.make_doc(f) for f in forms if not _is_acronym(f)])
            acr = [f for f in forms if _is_acronym(f)]
            if acr:
                self.acronyms.add(key, [nlp.make_doc(f) for f in acr])
        self.heads = {h.lower() for h in rules.head_nouns}
        self.outlets = {o.lower() for o in rules.outlets}
        self.generic = {g.lower() for g in rules.generic_modifiers}

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
        cands = filter_spans(cands)
        cands += self._defined(doc, cands)
        cands += self._from_ner(doc, cands)
        set_group(doc, "agencies", sorted(filter_spans(cands), key=lambda sp: sp.start))
        return doc

    def _data(self, entry: AgencyEntry | None, form: str, source: str, name: str | None = None) -> dict:
        if entry is None:
            return {
                "name": name or _canonical_form(form),
                "form": _canonical_form(form),
                "source": source,
                "acronym": None,
                "country": None,
                "type": None,
                "aliases": [],
            }
        return {
            "name": entry.name,
            "form": _canonical_form(form),
            "source": source,
            "acronym": entry.acronym,
            "country": entry.country,
            "type": entry.type,
            "aliases": list(entry.aliases),
        }

    def _confirmed(self, entry: AgencyEntry, span: Span, lower_text: str) -> bool:
        """An ambiguous acronym stands for the agency when its name or context words are near."""
        if entry.name.lower() in lower_text:
            return True
        after = (
            span.doc[span.end : min(len(span.doc), span.end + 3)].text_with_ws[:3] if span.end < len(span.doc) else ""
        )
        if span.start_char < 200 and re.match(r"\)\s*[-–—]", after):  # "PARIS (AFP) -" dateline
            return False
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
                data = dict(sp._.opf)
                data.update(form=acr, source="defined")
            else:
                name = _canonical_form(sp.text)
                if not self._agency_like(name):
                    continue
                data = self._data(None, name, "defined")
                out.append(make_span(doc, sp.start, sp.end, "AGENCY", self._data(None, name, "ner")))
                data["form"] = acr
            out.append(make_span(doc, inner.start, inner.end, "AGENCY", data))
        return out

    def _agency_like(self, name: str) -> bool:
        words = name.split()
        if not words or name.lower() in self.outlets:
            return False
        if words[-1].lower() not in self.heads and not any(w.lower() in self.heads for w in words[-3:]):
            return False
        return not all(w.lower() in self.generic or w.lower() in self.heads for w in words)

    def _from_ner(self, doc: Doc, known: list[Span]) -> list[Span]:
        out: list[Span] = []
        for ent in doc.ents:
            if ent.label_ != "ORG" or any(k.start < ent.end and ent.start < k.end for k in known):
                continue
            name = _canonical_form(ent.text)
            if not self._agency_like(name) or not name[:1].isupper():
                continue
            out.append(make_span(doc, ent.start, ent.end, "AGENCY", self._data(None, name, "ner")))
        return out


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 8 and " " not in form and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)
