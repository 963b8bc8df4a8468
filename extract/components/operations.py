"""Operation names: "Operation X", "Project X", "X Operation", "dubbed 'X'", "an operation called X".

Writes `doc.spans["operations"]`; `_.opf` is an `OperationInfo` (the name without quotes, the rule).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.components.common import make_span, set_group
from extract.components.payloads import OperationInfo
from extract.components.places import country_names, demonym_places
from extract.rules_loader import load_rules

QUOTES = "\"'“”‘’«»"
ROMAN = re.compile(r"^[IVXLC]+$")
ROMAN_PHASE = r"(?:X{0,3}(?:IX|IV|V?I{1,3})|X{1,3}V?|X{0,3}V)"  # II ... XXXIX, a real numeral


# "Anti-Scam Operation", "Counter-Narcotics Operation": a word that says what an operation is against
DESCRIPTIVE_PREFIXES = ("anti-", "counter-", "multi-", "inter-", "pan-")


@Language.factory("opf_operations", default_config={"rules_dir": None}, assigns=["doc.spans"])
def make_operations(nlp: Language, name: str, rules_dir: str | None) -> OperationFinder:
    return OperationFinder(nlp, name, rules_dir=rules_dir)


class OperationFinder:
    """One compiled regex per rule family over the text, mapped back to token spans."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None) -> None:
        self.name = name
        r = load_rules(rules_dir).operations
        self.stop = {w.lower() for w in r.name_stopwords}
        self.descriptive = {w.lower() for w in r.descriptive_words}
        self.operation_nouns = {w.lower() for w in r.operation_nouns}
        heads = sorted({h for h in load_rules(rules_dir).agencies.head_nouns if " " not in h})
        self.in_body_name = re.compile(
            rf"\b(?i:{'|'.join(heads)})[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){{0,3}}$"
        )
        # a capitalised word, a number, a numeral, or a camel-case word ("reWired")
        word = r"(?:[A-Z0-9][\w'’&-]*(?:\.[\w'’&-]+)*|[IVX]+|[a-z]+[A-Z][\w'’&-]*)"
        kw = "|".join(re.escape(k) for k in sorted(r.keywords, key=len, reverse=True))
        q = f"[{QUOTES}]?"
        # the keyword in any case, the name capitalised: "operation fits the ..." must not swallow "Project ITOM"
        self.prefix = re.compile(
            rf"(?<![\w-])(?i:{kw})(?=[ \t])[ \t]+({q})"
            rf"({word}(?:[ \t]+(?:(?:and|&|for[ \t]+the|of[ \t]+the)[ \t]+(?!(?i:{kw})\b))?{word}){{0,4}}"
            # a phase in Roman numerals set off by a dash: "Operation Lantern – IX"
            rf"(?:[ \t]+[–—-][ \t]+(?P<phase>{ROMAN_PHASE})(?![\w-]))?){q}"
        )
        # a quoted name before a lower-case keyword: "INTERPOL's “Storm Makers 2” operation", "'Leeds' drug operation"
        self.quoted = re.compile(
            rf"[{QUOTES}]((?:{word})(?:[ \t]+{word}){{0,4}})[,.]?[{QUOTES}]"
            rf"[ \t]+(?:[a-z-]+[ \t]+)?(?:operation|project)\b"
        )
        self.word = re.compile(rf"^{word}$")
        # names set off by dashes after the keyword: "two operations — Royal Charm and Smoking Dragon —"
        cap = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
        self.dashed = re.compile(
            rf"\b(?i:operations?|projects?)[ \t]*[—–][ \t]*({cap})(?:,?[ \t]+and[ \t]+({cap}))?[ \t]*[—–,]"
        )
        # a quoted name set off after the keyword: 'a special operation, "Veni, Vidi, Vici," was run'
        self.set_off = re.compile(
            rf"\b(?i:operation|project)[,:][ \t]+[{QUOTES}]([A-Z][^{QUOTES}\n]{{0,40}}?)[,.]?[{QUOTES}]"
        )
        sk = "|".join(re.escape(k) for k in r.suffix_keywords)
        self.suffix = re.compile(rf"\b([A-Z][a-z][\w'’-]+)[ \t]+(?:{sk})\b")
        # a cue opens a sentence capitalised ("Dubbed Harbour Light, the effort ...")
        cue_forms = {f for c in r.naming_cues for f in (c, c[:1].upper() + c[1:])}
        cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cue_forms, key=len, reverse=True))
        self.cue = re.compile(
            rf"\b(?:{cues})\s+[{QUOTES}]([^{QUOTES}\n]{{1,40}}?)[,.]?[{QUOTES}]|\b(?:{cues})\s+({word}(?:\s+{word}){{0,3}})"
        )
        self.keywords = {k.lower() for k in r.keywords}
        self.links = {w.lower() for w in r.name_links}
        agencies = load_rules(rules_dir).agencies
        self.bodies = {f.lower() for a in agencies.agencies for f in (a.name, a.acronym, *a.aliases) if f}
        self.body_heads = {h.lower() for h in agencies.head_nouns}
        places = load_rules(rules_dir).places
        self.nations = set(demonym_places(places.demonyms)) | {c.lower() for c in country_names()}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found: list[tuple[int, int, str, str]] = []
        for m in self.prefix.finditer(text):
            kw = text[m.start() : m.start(1)].strip(" " + QUOTES)
            if not kw[:1].isupper() and not m.group(1):
                continue  # "operations manager", "the project was"; but "operation “Broken Heart”" is a name
            raw = m.group(2)
            cut = raw.rstrip(QUOTES)[: m.start("phase") - m.start(2)].rstrip(" \t–—-") if m.group("phase") else raw
            words = self._trim(cut.split())
            quoted = re.match(rf"([^{QUOTES}\n]{{1,40}}?)[,.]?[{QUOTES}]", text[m.start(2) :]) if m.group(1) else None
            if quoted is not None and len(quoted.group(1).split()) <= 6:
                words = quoted.group(1).split()  # "Operation ‘Safe and sound’": a quoted name is whole
            if not words:
                continue
            if m.group("phase") and words == cut.split():  # "Operation Lantern – IX"
                words = [*words, raw[len(cut) :].strip()[:1], m.group("phase")]
            if kw == "Op" and _title_case_line(text, m.start()):
                continue  # "Romance Scam Op Disguised as ...": in a headline the short form is plain English
            if _title_case_line(text, m.start()) and self._describes(text, m.start()):
                continue  # "European Operation Targets Smuggling Gang": a headline's common noun
            # "the operation ‘Operation Kelburn’": the quoted name already holds its keyword
            name = " ".join(words) if words[0].lower() in self.keywords else f"{kw} {' '.join(words)}"
            end = m.start(2) + len(" ".join(words))
            found.append((m.start(), end, name, "operation:keyword"))
            # "Operation Cross Country VIII" also names the series "Operation Cross Country"
        named_at = {f[0] for f in found}  # where a keyword opens a name: "Interpol Operation Jackal"
        for m in self.suffix.finditer(text):
            if m.end() - len(m.group(0).split()[-1]) in named_at or self._owner_word(doc, m.group(1), m.start()):
                continue  # the word before is the name's owner or a plain word: "Under Operation Kelburn"
            after = re.match(r"[ \t]+(\w+)", text[m.end() : m.end() + 20])
            quoted = text[m.start() - 1 : m.start()] in QUOTES and text[m.end() : m.end() + 1] in QUOTES
            if after and after.group(1).lower() in self.stop and not quoted:
                # "Special Operation Unit", "the Recovery Operation in York": a body or a description; a
                # quoted 'the "Kelburn Operation" led to ...' is a name whatever follows it
                continue
            if re.search(r"['’]s$", m.group(1)):
                continue  # "Leeds Police's Operation Tern": a possessive owns the operation named after it
            if self._descriptive(m.group(1)):
                continue  # "Anti-Scam Operation", "Counter-Terrorism Operation": what it is against, no name
            if m.group(1).lower() not in self.stop | self.descriptive and not _sentence_start(text, m.start()):
                found.append((m.start(), m.end(), m.group(0), "operation:suffix"))
        for m in self.quoted.finditer(text):
            words = self._trim(m.group(1).split())
            if words:
                found.append((m.start(1), m.start(1) + len(" ".join(words)), " ".join(words), "operation:quoted"))
        for m in self.dashed.finditer(text):  # "two undercover operations — Royal Charm and Smoking Dragon —"
            for g in (1, 2):
                if m.group(g) and m.group(g).split()[0].lower() not in self.stop | self.keywords:
                    found.append((m.start(g), m.end(g), m.group(g), "operation:set-off"))
        for m in self.set_off.finditer(text):
            name = m.group(1).strip(" ,.")
            if all(w[:1].isupper() or w[:1].isdigit() for w in name.split()):
                found.append((m.start(1), m.start(1) + len(name), name, "operation:set-off"))
        for m in self.cue.finditer(text):
            raw = m.group(1) or m.group(2)
            # the cue must name an operation: "an operation called X", "the probe, dubbed 'X'"
            before = re.findall(r"[a-z]+", text[max(0, m.start() - 40) : m.start()].lower())[-3:]
            if (
                not any(w in self.operation_nouns for w in before)
                and not self._codenamed_in_sentence(text, m)
                and not self._fronted_cue(text, m)
                and not self._after_its_phrase(text, m.start())
            ):
                continue
            words = self._trim(raw.strip(" ,." + QUOTES).split(), allow_lower=m.group(1) is not None)
            if not words:
                continue
            name = " ".join(words)
            start = text.index(words[0], m.start())
            if re.match(r"\s+vs?\.?\s", text[start + len(name) : start + len(name) + 5]):
                continue  # "a case called United States v. Lee": a court case, not an operation
            found.append((start, start + len(name), name, "operation:cue"))
        found += self._names_before_keyword(doc)
        found = self._headline_names(text, found)
        found = _headline_only(text, found)
        found = _full_names(found)
        # "the Secretariat for Integrated Operation Cyber Laboratory": a body's name, not an operation's
        found = [f for f in found if not self.in_body_name.search(text[max(0, f[0] - 60) : f[0]])]
        spans: list[Span] = []
        taken: list[tuple[int, int]] = []
        for s, e, name, rule in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
            if any(a <= s < b for a, b in taken):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            taken.append((s, e))
            spans.append(make_span(doc, span.start, span.end, "OPERATION", OperationInfo(name=name, rule=rule)))
        set_group(doc, "operations", spans)
        return doc

    def _codenamed_in_sentence(self, text: str, m: re.Match) -> bool:
        """'the largest operation ever run by Interpol, which codenamed X': a code name, its noun further back."""
        if not re.match(r"code[\s-]?named", m.group(0), re.IGNORECASE):
            return False
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        words = set(re.findall(r"[a-z]+", text[start : m.start()].lower()))
        return bool(words & self.operation_nouns)

    def _after_its_phrase(self, text: str, pos: int) -> bool:
        """'the operation against human trafficking, named X': the noun, one phrase of its own, then the cue."""
        window = text[max(0, pos - 60) : pos]
        nouns = "|".join(sorted(self.operation_nouns))
        return (
            re.search(rf"\b(?:{nouns})\s+(?:against|into|on|targeting|in)\s+[a-z][a-z -]{{0,40}},\s*$", window)
            is not None
        )

    def _fronted_cue(self, text: str, m: re.Match) -> bool:
        """'Dubbed Harbour Light, the effort ...': a sentence opening with the cue, then the noun it names."""
        stop = text.rfind(". ", 0, m.start())
        line_start = max(text.rfind("\n", 0, m.start()) + 1, stop + 2 if stop >= 0 else 0)
        if text[line_start : m.start()].strip(" \t" + QUOTES):
            return False
        rest = text[m.end() : m.end() + 60]
        if not rest.lstrip(QUOTES).startswith(","):
            return False
        # the noun the phrase after the comma is headed by: within its first words, and not a possessive
        # ("Known as Big Tom, the operation's ringleader ..." names a person)
        words = re.findall(r"[a-z][\w-]*(?:['’]s)?", rest.lower())[:6]
        head = next((w for w in words if w.split("'")[0].split("’")[0] in self.operation_nouns), None)
        return head is not None and not re.search(r"['’]s$", head)

    def _owner_word(self, doc: Doc, word: str, start: int) -> bool:
        """A body, a place or a function word before "Operation": no name of its own ("Ireland Operation")."""
        w = word.lower()
        if w in self.bodies or w in self.nations or w.endswith(("-led", "-coordinated", "-backed")):
            return True
        span = doc.char_span(start, start + len(word), alignment_mode="expand")
        return span is not None and span[0].pos_ in {"ADP", "SCONJ", "DET", "PRON", "ADV", "AUX", "CCONJ"}

    def _descriptive(self, word: str) -> bool:
        return any(word.lower().startswith(p) for p in DESCRIPTIVE_PREFIXES)

    def _describes(self, text: str, pos: int) -> bool:
        """The word before the keyword on its line is a nationality, country or descriptive word.

        Not a body: "Interpol Operation Pangea Nets Fake Pills" names one.
        """
        line_start = text.rfind("\n", 0, pos) + 1
        before = re.findall(r"[\w-]+", text[line_start:pos])
        if not before:
            return False
        word = before[-1].lower()
        return word in self.descriptive or word in self.nations or self._descriptive(word)

    def _names_before_keyword(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """A capitalised name before a lower-case keyword, and a bracketed form of it.

        "caught by Peter Pan operation", "The Rainfall III operation", "its Luz do Sol 2 (Light of Sun 2)
        operation", "a Skyfall operation (Skyfall IX)". The model calls many such names an organisation.
        Not a body, place, nationality or date the model or the gazetteer knows ("the Interpol operation",
        "a Europol-led operation", "the Garda operation"), and not a descriptive word ("Internet operation").
        """
        out: list[tuple[int, int, str, str]] = []
        for kw in doc:
            if kw.text not in self.keywords or kw.text[:1].isupper() or kw.i == 0:
                continue
            end = kw.i
            runs: list[Span] = []
            if doc[end - 1].text == ")":
                opening = next((j for j in range(end - 2, max(-1, end - 10), -1) if doc[j].text == "("), None)
                if opening is None:
                    continue
                runs.append(doc[opening + 1 : end - 1])
                end = opening
            start = end
            while start > 0 and end - start < 5:
                t = doc[start - 1]
                linked = t.lower_ in self.links and start < end and start - 2 >= 0 and self._name_word(doc[start - 2])
                if not (self._name_word(t) or linked):
                    break
                start -= 1
            while start < end and doc[start].lower_ in {"the", "a", "an", "this", "that", "its", "their"}:
                start += 1
            runs.insert(0, doc[start:end])
            if kw.i + 1 < len(doc) and doc[kw.i + 1].text == "(":  # "a Pangaea operation (Pangaea IX)"
                closing = next((j for j in range(kw.i + 2, min(len(doc), kw.i + 8)) if doc[j].text == ")"), None)
                if closing is not None and start < end:
                    runs.append(doc[kw.i + 2 : closing])
            for run in runs:
                if self._plain_name(run):
                    out.append((run.start_char, run.end_char, run.text, "operation:before-keyword"))
        return out

    def _name_word(self, tok: Token) -> bool:
        return bool(tok.text[:1].isupper() or tok.text.isdigit() or ROMAN.match(tok.text)) and "-" not in tok.text

    def _plain_name(self, run: Span) -> bool:
        if not len(run) or not run[0].text[:1].isupper() or run[-1].lower_ in self.links:
            return False
        if len(run) == 1 and run[0].is_upper and len(run[0]) > 2:
            return False  # "the GIFP project": an acronym before the keyword is a body or a programme
        # the model calls many unknown names an organisation: only one named like a body is one
        if any(t.ent_type_ in {"GPE", "NORP", "LOC", "DATE", "FAC"} for t in run):
            return False
        words = {t.lower_ for t in run[1:-1] if t.lower_ not in self.links} | {run[0].lower_, run[-1].lower_}
        if words & self.body_heads:
            return False
        if run.text.lower() in self.bodies or words & (self.descriptive | self.stop | self.keywords):
            return False
        # "the Yearlong DEA operation": a body's operation described, not named
        return not any(t.lower_ in self.bodies and (t.is_upper or len(run) > 1) for t in run)

    def _headline_names(self, text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Cut a name that runs on in a title-case line back to the same name written elsewhere.

        In a headline every word is capitalised ("Operation Last Mile Tracks Down Sinaloa"), so the
        name is the one the body writes ("Operation Last Mile"); phase numbers are kept.
        """
        names = {f[2] for f in found}
        out = []
        for s, e, name, rule in found:
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            long_words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
            titled = len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
            shorter = [n for n in names if n != name and name.lower().startswith(n.lower() + " ")]
            often = {n: sum(f[2].lower() == n.lower() for f in found) for n in shorter}
            if shorter and (titled or min(often.values()) >= sum(f[2] == name for f in found)):
                n = len(max(shorter, key=len))
                extra = name[n:].split()
                if not any(ROMAN.match(w) or w.isdigit() for w in extra):
                    out.append((s, s + n, name[:n], rule))
                    continue
            out.append((s, e, name, rule))
        return out

    def _trim(self, words: list[str], allow_lower: bool = False) -> list[str]:
        out: list[str] = []
        for n, w in enumerate(words):
            core = re.sub(r"['’]s$", "", w.strip(QUOTES + ",.;:)("))  # "Trigger IX's" names "Trigger IX"
            nxt = words[n + 1].strip(QUOTES) if n + 1 < len(words) else ""
            if core.lower() in {"and", "&"} and out and nxt[:1].isupper() and nxt.lower() not in self.keywords:
                out.append(core)  # "Operation Reclaim and Rebuild"
                continue
            after = words[n + 2].strip(QUOTES) if n + 2 < len(words) else ""
            named = after.lower().strip(",.;:") in self.bodies | self.nations  # "... of the FBI": its owner
            if core.lower() in {"for", "of"} and nxt == "the" and out and after[:1].isupper() and not named:
                out.append(core)  # "Operation Home for the Holidays", "Operation Lord of the Rings"
                continue
            if core == "the" and out and out[-1].lower() in {"for", "of"}:
                out.append(core)
                continue
            if not core or core.lower() in self.stop or core.lower() in self.keywords:
                break
            camel = core[:1].islower() and any(c.isupper() for c in core[1:])
            if not allow_lower and not (core[:1].isupper() or core[:1].isdigit() or ROMAN.match(core) or camel):
                break
            if w.endswith(",") and out and nxt == out[0] and nxt[:1].isupper():
                out.append(core + ",")  # "Operation No Guns, No Gangs": a parallel second half
                continue
            out.append(core)
            if w.endswith((",", ".", ";", ":", ")")) or w[-1:] in QUOTES:
                break
        return out


def _full_names(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """'known as HAECHI IV' in an article that also writes 'Operation HAECHI IV': one name, the full one.

    "'Kelburn' drug operation" beside "the Kelburn Operation" is Kelburn: there the keyword is English word order.
    """
    full: dict[str, str] = {}
    for _, _, name, _ in found:
        head, _, rest = name.partition(" ")
        if rest and head[:1].isupper():
            full.setdefault(rest.lower(), name)
    names = {name.lower(): name for _, _, name, _ in found}
    for low in list(names):
        first, _, last = low.rpartition(" ")
        if first and last == "operation" and first in names:
            full.setdefault(low, names[first])  # "'Kelburn' drug operation" and "the Kelburn Operation": Kelburn
    return [(s, e, full.get(name.lower(), name), rule) for s, e, name, rule in found]


def _headline_only(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Drop a name only a title-case line gives when the body names operations of its own.

    In a headline every word is capitalised, so "Interpol Operation Leads to 300 Arrests" reads
    like a name; the body's names ("Operation Liberterra III") say which ones are real.
    """

    def headline(pos: int) -> bool:  # short, title case, no closing full stop (not a list of countries)
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        line = text[start : end if end >= 0 else len(text)].strip()
        return _title_case_line(text, pos) and len(line.split()) <= 25 and not line.endswith(".")

    body = [f[2].lower() for f in found if not headline(f[0])]
    if not body:
        return found

    def confirmed(name: str) -> bool:
        n = name.lower()
        return any(n == b or n.startswith(b + " ") or b.startswith(n + " ") or n.endswith(" " + b) for b in body)

    return [f for f in found if not headline(f[0]) or confirmed(f[2])]


def _title_case_line(text: str, pos: int) -> bool:
    """The line holding `pos` capitalises most of its words, as headlines do."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z]+", text[start : end if end >= 0 else len(text)]) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _sentence_start(text: str, pos: int) -> bool:
    """Where a sentence (or a quote opening one) starts; 'The "Kelburn Operation"' is no start."""
    before = text[:pos].rstrip()
    if before[-1:] in {'"', "“"}:
        before = before[:-1].rstrip()
    return not before or before[-1] in ".!?\n"
