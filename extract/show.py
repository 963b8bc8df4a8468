"""`opfacts show`: one article on the terminal, each figure's evidence highlighted, for checking by eye."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

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


def render_terminal(rec: ArticleRecord, console: Console | None = None) -> None:
    con = console or Console()
    con.rule(f"{rec.doc_id} — {rec.outlet or 'unknown outlet'} {rec.published or ''}")
    text = Text(rec.text)
    for f in rec.figures:
        text.stylize(STYLES.get(f.kind, "reverse"), f.evidence.start, f.evidence.end)
    con.print(text)
    t = Table(title="figures")
    for c in ("kind", "value", "qualifier", "where", "when", "agency", "evidence", "rule"):
        t.add_column(c)
    for f in rec.figures:
        val = str(f.value) if f.value is not None else ("life" if f.life and f.min is None else f"{f.min}–{f.max} mo")
        t.add_row(
            Text(f.kind, style=STYLES.get(f.kind, "")),
            val,
            f.qualifier,
            f.where or "",
            f.when or "",
            f.attributed_to or "",
            f.evidence.text,
            f.rule,
        )
    con.print(t)
    con.print("operations: " + ", ".join(o.name for o in rec.operations))
    con.print("agencies: " + "; ".join(f"{a.name}" + (f" ({a.acronym})" if a.acronym else "") for a in rec.agencies))
    con.print("dates: " + ", ".join(d.iso for d in rec.dates))
