"""The HTML report for journalists: one self-contained file, no network, readable on a phone."""

from __future__ import annotations

import html
import io
from typing import Any

import pandas as pd

from extract.crosscheck import Case, display

COLOURS = {
    "agree": "#1b7f3b",
    "compatible": "#2f6db5",
    "different_scope": "#b7791f",
    "conflict": "#c53030",
    "single_source": "#6b7280",
}
LABELS = {
    "agree": "agree",
    "compatible": "compatible",
    "different_scope": "different scope",
    "conflict": "conflict",
    "single_source": "single source",
}
CSS = """
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111;background:#fafafa}
main{max-width:1100px;margin:auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0} h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ddd}
.summary{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}
.stat{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem;min-width:8rem}
.stat b{display:block;font-size:1.5rem}
.scroll{overflow-x:auto} table{border-collapse:collapse;width:100%;background:#fff;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left;font-size:.92rem}
th{background:#f0f0f0}
.verdict{display:inline-block;color:#fff;border-radius:4px;padding:0 .4rem;font-weight:600;white-space:nowrap}
mark{background:#fde68a;padding:0 .1rem} .ev{color:#333;font-size:.88rem;margin:.2rem 0}
.legend span{margin-right:.8rem} .src{font-size:.85rem;color:#444} figure{margin:.5rem 0}
svg{max-width:100%;height:auto}
details{margin:.3rem 0}
"""


def _badge(verdict: str) -> str:
    return f'<span class="verdict v-{verdict}" style="background:{COLOURS[verdict]}">{LABELS[verdict]}</span>'


def _highlight(sentence: str, evidence: str, number: str | None) -> str:
    """The sentence with the evidence span and the number marked."""
    s = html.escape(sentence)
    ev = html.escape(evidence)
    if ev and ev in s:
        inner = ev
        if number and number in ev:
            inner = ev.replace(number, f"<strong>{number}</strong>", 1)
        s = s.replace(ev, f"<mark>{inner}</mark>", 1)
    return s


def _plot(case: Case, recs: dict[str, dict[str, Any]]) -> str:
    """Each outlet's headline figure per kind, as an inline SVG bar chart."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    data: dict[str, dict[str, int]] = {}
    for d in case.doc_ids:
        label = recs[d].get("outlet") or d
        for f in recs[d]["figures"]:
            if f["kind"] == "sentence" or f.get("value") is None:
                continue
            data.setdefault(f["kind"], {})
            data[f["kind"]][label] = max(data[f["kind"]].get(label, 0), f["value"])
    if not data or len(case.doc_ids) < 2:
        return ""
    kinds = sorted(data)
    outlets = sorted({o for k in kinds for o in data[k]})
    fig, ax = plt.subplots(figsize=(7, 0.5 + 0.45 * len(kinds) * max(1, len(outlets)) ** 0.5))
    h = 0.8 / max(1, len(outlets))
    for n, o in enumerate(outlets):
        ys = [i + n * h for i in range(len(kinds))]
        vals = [data[k].get(o, 0) for k in kinds]
        ax.barh(ys, vals, height=h, label=o)
        for y, v in zip(ys, vals, strict=True):
            if v:
                ax.text(v, y, f" {v}", va="center", fontsize=8)
    ax.set_yticks([i + 0.4 - h / 2 for i in range(len(kinds))], [k.replace("_", " ") for k in kinds])
    ax.set_xscale("symlog")
    ax.set_xlabel("largest figure reported (log scale)")
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=min(3, len(outlets)), frameon=False)
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    svg = buf.getvalue()
    return f'<figure aria-label="figures by outlet">{svg[svg.index("<svg") :]}</figure>'


def render(
    records: list[dict[str, Any]],
    res: Any,
    errors: list[dict[str, Any]] | None = None,
    title: str = "opfacts report",
    plots: bool = True,
) -> str:
    comparisons, cases = res.comparisons, res.cases
    recs = {r["doc_id"]: r for r in records}
    counts = comparisons["verdict"].value_counts().to_dict() if len(comparisons) else {}
    out = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{html.escape(title)}</title>"
        f"<style>{CSS}</style></head><body><main>",
        f"<h1>{html.escape(title)}</h1>",
        "<p>Figures that several outlets report about the same operation, lined up. Each value links to the "
        "sentence it was read from.</p>",
        "<div class='summary' id='summary'>",
        f"<div class='stat'><b id='n-cases'>{len(cases)}</b>cases</div>",
        f"<div class='stat'><b id='n-articles'>{len(records)}</b>articles</div>",
        f"<div class='stat'><b id='n-conflicts'>{counts.get('conflict', 0)}</b>conflicts</div>",
        f"<div class='stat'><b>{counts.get('different_scope', 0)}</b>different scope</div>",
        f"<div class='stat'><b>{counts.get('agree', 0) + counts.get('compatible', 0)}</b>agree or compatible</div>",
        "</div><p class='legend'>",
        *(f"<span>{_badge(v)}</span>" for v in COLOURS),
        "</p>",
    ]
    # cases several outlets report come first: that is where the cross-check says something
    for case in sorted(cases, key=lambda c: (-len(c.doc_ids), c.name.lower())):
        sub = comparisons[comparisons["case_id"] == case.case_id]
        out.append(
            f"<section class='case' id='case-{html.escape(case.case_id)}' data-case='{html.escape(case.case_id)}'>"
        )
        out.append(f"<h2>{html.escape(case.name)}</h2><p class='src'>")
        for d in case.doc_ids:
            r = recs[d]
            name = html.escape(r.get("outlet") or d)
            link = f"<a href='{html.escape(r['url'])}'>{name}</a>" if r.get("url") else name
            out.append(f"{link} ({html.escape(r.get('published') or 'date unknown')}) · ")
        out.append("</p>")
        if plots:
            out.append(_plot(case, recs))
        out.append(_kind_table(case, recs))
        out.append(
            "<div class='scroll'><table class='comparisons'><thead><tr><th>figure</th><th>outlet A</th>"
            "<th>outlet B</th><th>verdict</th><th>why</th></tr></thead><tbody>"
        )
        order = {"conflict": 0, "different_scope": 1, "compatible": 2, "agree": 3, "single_source": 4}
        for row in sorted(sub.itertuples(), key=lambda r: (order[r.verdict], r.kind)):
            out.append(_comparison_row(row, recs))
        out.append("</tbody></table></div>")
        out.append(_evidence_list(case, recs))
        out.append("</section>")
    out.append(
        "<p class='src'>Made by opfacts. Verdicts: agree = same number and scope; compatible = a qualifier "
        "or rounding allows both; different scope = e.g. national vs worldwide; conflict = same scope, "
        "numbers that cannot both be true; single source = one outlet only.</p></main></body></html>"
    )
    return "".join(out)


def _kind_table(case: Case, recs: dict[str, dict[str, Any]]) -> str:
    kinds = sorted({f["kind"] for d in case.doc_ids for f in recs[d]["figures"]})
    if not kinds:
        return "<p>No figures found in these articles.</p>"
    head = "".join(f"<th>{html.escape(recs[d].get('outlet') or d)}</th>" for d in case.doc_ids)
    rows = []
    for k in kinds:
        cells = []
        for d in case.doc_ids:
            vals = [
                f'<a href="#ev-{html.escape(d)}-{i}">{html.escape(display(f))}'
                f"{' (' + html.escape(f['where']) + ')' if f.get('where') else ''}</a>"
                for i, f in enumerate(recs[d]["figures"])
                if f["kind"] == k
            ]
            cells.append(f"<td>{'<br>'.join(vals) or '—'}</td>")
        rows.append(f"<tr><th>{k.replace('_', ' ')}</th>{''.join(cells)}</tr>")
    return (
        f"<div class='scroll'><table class='kinds'><thead><tr><th>kind</th>{head}</tr></thead><tbody>"
        f"{''.join(rows)}</tbody></table></div>"
    )


def _s(x: Any) -> str | None:
    """Pandas gives NaN/NA for a missing side; the report wants None."""
    return None if x is None or (not isinstance(x, str) and pd.isna(x)) else str(x)


def _comparison_row(row: Any, recs: dict[str, dict[str, Any]]) -> str:
    def side(doc: str | None, disp: str | None, where: str | None, when: str | None) -> str:
        if doc is None:
            return "—"
        scope = ", ".join(x for x in (where, when) if x)
        outlet = html.escape(recs[doc].get("outlet") or doc)
        return (
            f"<b>{html.escape(disp or '')}</b>{' <i>(' + html.escape(scope) + ')</i>' if scope else ''}<br>"
            f"<span class='src'>{outlet}</span>"
        )

    ev_a = _highlight(row.sentence_a, row.evidence_a, _s(row.value_a))
    ev_b = _highlight(row.sentence_b, row.evidence_b, _s(row.value_b)) if _s(row.sentence_b) else ""
    return (
        f"<tr class='cmp' data-verdict='{row.verdict}' data-kind='{row.kind}'>"
        f"<td>{row.kind.replace('_', ' ')}</td><td>{side(row.doc_a, row.display_a, _s(row.where_a), _s(row.when_a))}"
        f"<p class='ev'>{ev_a}</p></td>"
        f"<td>{side(_s(row.doc_b), _s(row.display_b), _s(row.where_b), _s(row.when_b))}<p class='ev'>{ev_b}</p></td>"
        f"<td>{_badge(row.verdict)}</td><td>{html.escape(row.reason)}</td></tr>"
    )


def _evidence_list(case: Case, recs: dict[str, dict[str, Any]]) -> str:
    out = ["<details><summary>All evidence sentences</summary>"]
    for d in case.doc_ids:
        out.append(f"<h3>{html.escape(recs[d].get('outlet') or d)}</h3><ul>")
        for i, f in enumerate(recs[d]["figures"]):
            num = str(f.get("value") if f.get("value") is not None else "")
            out.append(
                f"<li id='ev-{html.escape(d)}-{i}'><b>{f['kind'].replace('_', ' ')}: "
                f"{html.escape(display(f))}</b> — "
                f"{_highlight(f['evidence']['sentence'], f['evidence']['text'], num or None)}</li>"
            )
        out.append("</ul>")
    out.append("</details>")
    return "".join(out)
