"""`opfacts show`: one article on the terminal, each figure's evidence highlighted, for checking by eye.

Readable in a pipe as well: every evidence span is followed by its figure number `[n]`, so the
text and the list below it can be matched without colours; lines wrap to the console width.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text
from spacy.tokens import Doc

from extract.text import figure_in_words, qualified
from schemas import ArticleRecord

STYLES = {
    "arrested": "bold red",
    "charged": "bold magenta",
    "charges": "magenta",
    "convicted": "bold yellow",
    "suspects_identified": "cyan",
    "rescued": "bold green",
    "victims_identified": "green",
    "countries": "bold blue",
    "sentence": "bold white on dark_red",
}


def marked_text(rec: ArticleRecord) -> Text:
    """The article with each evidence span styled and followed by its figure number."""
    ends: dict[int, str] = {}
    for n, f in enumerate(rec.figures, 1):
        ends[f.evidence.end] = ends.get(f.evidence.end, "") + f"[{n}]"
    out = Text()
    pos = 0
    for end in sorted(ends):
        out.append(rec.text[pos:end])
        out.append(ends[end], style="dim")
        pos = end
    out.append(rec.text[pos:])

    def moved(i: int) -> int:  # where original offset i sits once the markers before it are in
        return i + sum(len(m) for e, m in ends.items() if e <= i)

    for f in rec.figures:
        start, end = f.evidence.start, f.evidence.end
        out.stylize(STYLES.get(f.kind, "reverse"), moved(start), moved(end - 1) + 1)
    return out


def render_terminal(rec: ArticleRecord, console: Console | None = None) -> None:
    con = console or Console(highlight=False)
    head = " · ".join(x for x in (rec.doc_id, rec.outlet or "unknown outlet", rec.published) if x)
    con.rule(head)
    for label, val in (("title", rec.title), ("url", rec.url), ("language", rec.language)):
        if val and not (label == "language" and val == "en"):
            con.print(f"{label}: {val}", soft_wrap=False)
    for w in rec.warnings:
        con.print(f"warning: {w}", style="yellow")
    con.print(marked_text(rec))
    con.rule(f"{len(rec.figures)} figures")
    for n, f in enumerate(rec.figures, 1):
        line = Text(f"[{n}] ", style="dim")
        line.append(f.kind, style=STYLES.get(f.kind, ""))
        line.append(f"  {figure_in_words(f)}")
        plain = f.where is None or f.where == "worldwide" or f.where.startswith(("besides", "outside"))
        where = f.where if plain else f"in {f.where}"  # "worldwide", "besides the US", "in Spain"
        when = f"when {f.when}" if f.when else None
        by = f"by {f.attributed_to}" if f.attributed_to else None
        scope = [x for x in (where, when, by) if x]
        if f.operation:
            scope.append(f.operation)
        if scope:
            line.append("  · " + " · ".join(scope))
        con.print(line)
        con.print(Text(f"    “{f.evidence.text}”  rule {f.rule}", style="dim"))
    con.rule()
    con.print("operations: " + (", ".join(o.name for o in rec.operations) or "none"))
    agencies = "; ".join(a.name + (f" ({a.acronym})" if a.acronym else "") for a in rec.agencies)
    con.print("agencies: " + (agencies or "none"))
    con.print("dates: " + (", ".join(d.iso for d in rec.dates) or "none"))


def explain_numbers(doc: Doc) -> list[dict[str, str]]:
    """Every number written in the article: the figure it became, or why it is none.

    Reads the span groups the components wrote (numbers, figures, terms) and the reasons the
    figures component kept for the numbers it rejected.
    """
    from extract.components.common import sentence_of
    from extract.components.figures import REJECTED
    from extract.components.scope import scope_label

    figs = {sp._.opf.num_start: sp for sp in doc.spans.get("figures", [])}
    scopes = {(sp.start, sp.end, sp.label_): sp._.opf for sp in doc.spans.get("scope", [])}
    terms = [sp for sp in doc.spans.get("terms", [])]
    rejected = doc.user_data.get(REJECTED, {})
    numbers = list(doc.spans.get("numbers", []))
    covered = {i for n in numbers for i in range(n.start, n.end)}
    rows: list[tuple[int, str, str]] = []
    for n in numbers:
        term = next((t for t in terms if t.start <= n.start < t.end), None)
        if n.start in figs:
            sp = figs[n.start]
            d = sp._.opf
            scope = scopes.get((sp.start, sp.end, scope_label(sp)))
            where = f" in {scope.where}" if scope is not None and scope.where else ""
            became = f"{sp.label_} {qualified(d.value, d.qualifier)}{where}  (rule {d.rule})"
        elif term is not None:
            became = f"prison term: {term.text}  (rule {term._.opf.rule})"
        else:
            became = "no figure: " + rejected.get(n.start, "a year, date or duration, or part of a prison term")
        rows.append((n.start, n.text, became))
    for t in doc:
        if t.like_num and t.i not in covered and any(c.isdigit() for c in t.text):
            kind = t.ent_type_.lower() or "not a count"
            rows.append((t.i, t.text, f"no figure: {kind} (money, percent, time, ordinal or part of a name)"))
    out = []
    for i, text, became in sorted(rows):
        sent = sentence_of(doc, i).text.strip().replace("\n", " ")
        out.append({"number": text, "became": became, "sentence": sent})
    return out


def render_explain(doc: Doc, console: Console | None = None) -> None:
    con = console or Console(highlight=False)
    table = Table(title="every number in the article", show_lines=False, expand=True)
    table.add_column("number", no_wrap=True)
    table.add_column("became", ratio=2)
    table.add_column("sentence", ratio=3, style="dim")
    for row in explain_numbers(doc):
        table.add_row(row["number"], row["became"], row["sentence"][:160])
    con.print(table)
