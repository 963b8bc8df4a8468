"""The HTML report for journalists: one self-contained file, no network, readable on a phone.

What a reader sees first: the counts, then every conflict as a link to its row, then the
inputs that could not be read. Cases follow, those with conflicts first, then those more
outlets report. Each case shows its consolidated figures (low / best / high), a dot plot per
claim (one dot per outlet, one colour per outlet across the report, qualifiers drawn), and
one row per claim cluster with every outlet's figure, date, link, headline and evidence.
Single-source figures are folded away. A few lines of inline script filter rows by
verdict, kind, outlet and text, and read the same filters from the address
(`report.html?verdict=conflict&q=europol`), so a filtered view can be shared.
"""

from __future__ import annotations

import html
import io
import re
import textwrap
from collections import Counter, defaultdict
from typing import Any
from urllib.parse import urlparse

from schemas import ClaimCluster, ClaimEntry

COLOURS = {
    "agree": "#1b7f3b",
    "compatible": "#2f6db5",
    "different_scope": "#9a5b00",
    "conflict": "#c53030",
    "single_source": "#5b6270",
}
LABELS = {
    "agree": "agree",
    "compatible": "compatible",
    "different scope": "different scope",
    "different_scope": "different scope",
    "conflict": "conflict",
    "single_source": "single source",
}
ORDER = {"conflict": 0, "different_scope": 1, "compatible": 2, "agree": 3, "single_source": 4}
KIND_LABEL = {
    "arrested": "arrested",
    "charged": "charged",
    "charges": "charges laid",
    "convicted": "convicted",
    "suspects_identified": "suspects identified",
    "rescued": "rescued / safeguarded",
    "victims_identified": "victims identified",
    "countries": "countries",
    "sentence": "prison term",
}
# 20 colours that stay apart on white; an outlet keeps its colour in every chart of the report
PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
    "#31a354",
    "#756bb1",
    "#636363",
]
MAX_COPIES_LISTED = 5
MAX_PLOTTED = 8

CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#111;background:#f7f7f5}
main{max-width:1180px;margin:auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0} h2{font-size:1.25rem;margin:0 0 .3rem}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
a{color:#1a4f9c} [hidden]{display:none!important}
.summary{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.6rem;margin:1rem 0}
.stat{display:block;background:#fff;border:1px solid #ddd;border-radius:8px;padding:.5rem .8rem;
text-decoration:none;color:#111}
.stat b{display:block;font-size:1.5rem} .stat.hot{border-color:#c53030} .stat.hot b{color:#c53030}
.box{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.7rem 1rem;margin:1rem 0}
#conflicts ol{margin:.3rem 0;padding-left:1.4rem} #conflicts li{margin:.25rem 0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;position:sticky;top:0;z-index:2;background:#f7f7f5;
padding:.5rem 0;border-bottom:1px solid #ddd}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#444;min-width:0;flex:1 1 8rem}
.filters select,.filters input{font:inherit;padding:.25rem;max-width:100%}
section.case{background:#fff;border:1px solid #ddd;border-radius:8px;padding:.8rem 1rem;margin:1.2rem 0}
.meta,.src{font-size:.85rem;color:#444} .tag{font-size:.75rem;background:#eee;border-radius:4px;padding:0 .3rem}
.verdict{display:inline-block;color:#fff;border-radius:4px;padding:0 .45rem;font-weight:600;font-size:.85rem;
white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:.4rem 0}
th,td{border-top:1px solid #e3e3e3;padding:.4rem .5rem;vertical-align:top;text-align:left;font-size:.92rem}
th{background:#f1f1ef;font-weight:600}
tr.claim.v-conflict>td:first-child{box-shadow:inset 4px 0 #c53030}
tr.claim.v-different_scope>td:first-child{box-shadow:inset 4px 0 #9a5b00}
.entry{margin:0 0 .6rem;padding-left:.5rem;border-left:3px solid transparent;overflow-wrap:anywhere}
.entry.clash{border-left-color:#c53030;background:#fff5f5}
.val{font-weight:700;font-size:1.02rem} .dot{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;
margin-right:.3rem;vertical-align:baseline}
mark{background:#fde68a;padding:0 .1rem} .ev{color:#333;font-size:.86rem;margin:.15rem 0 0}
.copies{font-size:.8rem;color:#555}
figure{margin:.5rem 0;overflow:hidden} svg{max-width:100%;height:auto}
details{margin:.4rem 0} summary{cursor:pointer;color:#1a4f9c}
.cf{table-layout:fixed} .cf td{overflow-wrap:anywhere}
@media (max-width:700px){
 main{padding:.5rem}
 table,thead,tbody,tr,td,th{display:block;width:100%}
 thead{display:none}
 tr{border-top:2px solid #ddd;padding:.3rem 0}
 td{border:0;padding:.2rem .2rem}
 td[data-label]::before{content:attr(data-label);display:block;font-size:.75rem;color:#666;text-transform:uppercase}
 tr.claim.v-conflict{box-shadow:inset 4px 0 #c53030} tr.claim.v-conflict>td:first-child{box-shadow:none}
 tr.claim.v-different_scope{box-shadow:inset 4px 0 #9a5b00} tr.claim.v-different_scope>td:first-child{box-shadow:none}
 .filters{position:static}
 .summary{grid-template-columns:repeat(3,1fr);gap:.4rem} .stat{padding:.3rem .5rem;font-size:.85rem}
 .stat b{font-size:1.2rem}
 .cf td.num{display:inline-block;width:33%;vertical-align:top;white-space:normal}
 .cf td.num .src{font-size:.75rem}
}
"""

SCRIPT = """
(function(){
 var $=function(i){return document.getElementById(i)};
 var f={verdict:$('f-verdict'),kind:$('f-kind'),outlet:$('f-outlet'),q:$('f-q')};
 var rows=[].slice.call(document.querySelectorAll('tr.claim'));
 function apply(){
  var v=f.verdict.value,k=f.kind.value,o=f.outlet.value,q=f.q.value.trim().toLowerCase(),n=0;
  rows.forEach(function(r){
   var ok=(!v||r.dataset.verdict===v)&&(!k||r.dataset.kind===k)&&(!o||r.dataset.outlets.split('|').indexOf(o)>=0)
    &&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
   r.hidden=!ok; if(ok)n++;
  });
  var active=v||k||o||q;
  document.querySelectorAll('details.single').forEach(function(d){if(active)d.open=!!d.querySelector('tr.claim:not([hidden])')});
  document.querySelectorAll('section.case').forEach(function(s){s.hidden=active&&!s.querySelector('tr.claim:not([hidden])')});
  $('f-count').textContent=active?n+' of '+rows.length+' rows':rows.length+' rows';
 }
 var p=new URLSearchParams(location.search);
 Object.keys(f).forEach(function(k){if(p.get(k))f[k].value=p.get(k);f[k].addEventListener('input',apply)});
 apply();
 if(p.get('measure')){var w=+p.get('measure')||document.documentElement.clientWidth,bad=[];
  if(+p.get('measure'))document.body.style.width=w+'px';
  document.querySelectorAll('body *').forEach(function(e){var b=e.getBoundingClientRect();
   if(b.width&&(b.right>w+1||e.scrollWidth>e.clientWidth+1&&getComputedStyle(e).overflowX=='visible')&&!e.closest('[hidden],details:not([open])'))bad.push(e.tagName+'.'+e.className+'#'+e.id)});
  document.body.dataset.scrollWidth=document.body.scrollWidth;document.body.dataset.clientWidth=w;
  document.body.dataset.overflowing=bad.length;document.body.dataset.overflowSample=bad.slice(0,5).join(' ');}
})();
"""


def _e(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _badge(verdict: str) -> str:
    return f'<span class="verdict v-{verdict}" style="background:{COLOURS[verdict]}">{LABELS[verdict]}</span>'


def _anchor(cluster_id: str) -> str:
    return "cl-" + re.sub(r"[^a-zA-Z0-9_-]+", "-", cluster_id)


def axis_label(name: str, width: int = 26) -> str:
    """An outlet's name on a chart axis: whole, on at most two lines; only a longer one is shortened."""
    lines = textwrap.wrap(name, width)
    if len(lines) <= 2:
        return "\n".join(lines)
    return "\n".join([lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")])


def outlet_label(outlet: str | None, url: str | None) -> str:
    """An outlet's name; when the article has none, its web site's name; never a file name."""
    if outlet:
        return outlet
    host = urlparse(url or "").hostname or ""
    return host.removeprefix("www.") if host else "outlet not given"


def _highlight(sentence: str, evidence: str) -> str:
    """The sentence with the evidence span marked."""
    s, ev = _e(sentence), _e(evidence)
    if ev and ev in s:
        return s.replace(ev, f"<mark>{ev}</mark>", 1)
    return s


def _scope(cl: ClaimCluster) -> str:
    parts = [x for x in (cl.where, cl.when) if x]
    return f" <i>({_e(', '.join(parts))})</i>" if parts else ""


class _Sources:
    """Entries of a cluster by independent source: one shown, its copies listed by name."""

    def __init__(self, cl: ClaimCluster) -> None:
        groups: dict[tuple[str, str], list[ClaimEntry]] = defaultdict(list)
        for e in cl.entries:
            groups[(e.source, e.display + "|" + (e.where or "") + "|" + (e.when or ""))].append(e)
        self.groups = [
            sorted(g, key=lambda e: (e.reprint_of is not None, e.published or "9999", e.doc_id))
            for g in groups.values()
        ]
        self.groups.sort(key=lambda g: (g[0].published or "9999", g[0].doc_id))


def _entry_html(group: list[ClaimEntry], colour: dict[str, str], clash: bool) -> str:
    e = group[0]
    name = outlet_label(e.outlet, e.url)
    scope = ", ".join(x for x in (e.where, e.when) if x)
    link = f"<a href='{_e(e.url)}' rel='noreferrer'>{_e(name)}</a>" if e.url else _e(name)
    bits = [
        f"<div class='entry{' clash' if clash else ''}' title='{_e(e.doc_id)}'>",
        f"<span class='dot' style='background:{colour.get(name, '#777')}'></span>",
        f"<span class='val'>{_e(e.display)}</span>",
        f" <i>({_e(scope)})</i>" if scope else "",
        f" — {link}",
        f" · {_e(e.published) if e.published else 'date unknown'}",
        " <span class='tag'>official</span>" if e.official else "",
    ]
    if e.title:
        bits.append(f"<div class='src'>“{_e(e.title)}”</div>")
    bits.append(f"<p class='ev'>{_highlight(e.sentence, e.evidence)}</p>")
    if len(group) > 1:
        names = [outlet_label(c.outlet, c.url) for c in group[1:]]
        shown = ", ".join(_e(n) for n in names[:MAX_COPIES_LISTED])
        more = f" and {len(names) - MAX_COPIES_LISTED} more" if len(names) > MAX_COPIES_LISTED else ""
        bits.append(f"<div class='copies'>same text also in {len(names)} article(s): {shown}{more}</div>")
    bits.append("</div>")
    return "".join(bits)


def _claim_row(cl: ClaimCluster, colour: dict[str, str]) -> str:
    src = _Sources(cl)
    side_a, side_b = set(cl.side_a), set(cl.side_b)
    serious = cl.verdict in ("conflict", "different_scope")
    entries = []
    for g in src.groups:
        name = outlet_label(g[0].outlet, g[0].url)
        clash = serious and (name in side_a or name in side_b)
        entries.append(_entry_html(g, colour, clash))
    outlets = "|".join(sorted({outlet_label(e.outlet, e.url) for e in cl.entries}))
    n_src = f"{cl.sources} outlet{'s' * (cl.sources != 1)}"
    return (
        f"<tr class='claim v-{cl.verdict}' id='{_anchor(cl.cluster_id)}' data-verdict='{cl.verdict}' "
        f"data-kind='{cl.kind}' data-outlets='{_e(outlets)}'>"
        f"<td data-label='figure'><b>{_e(KIND_LABEL[cl.kind])}</b>{_scope(cl)}<div class='meta'>{n_src}</div></td>"
        f"<td data-label='what each outlet says'>{''.join(entries)}</td>"
        f"<td data-label='verdict'>{_badge(cl.verdict)}</td>"
        f"<td data-label='why'>{_e(cl.reason)}</td></tr>"
    )


def _claims_table(rows: list[str]) -> str:
    return (
        "<table class='claims'><thead><tr><th style='width:14%'>figure</th><th>what each outlet says</th>"
        "<th style='width:9%'>verdict</th><th style='width:24%'>why</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
    )


def _case_figures_table(figs: list[dict[str, Any]]) -> str:
    if not figs:
        return ""
    rows = []
    for cf in figs:
        scope = ", ".join(x for x in (cf.get("where"), cf.get("when")) if x)
        rev = f"<div class='src'>revised: {_e(cf['revisions'])}</div>" if cf.get("revisions") else ""

        def cell(which: str, label: str, cf: dict[str, Any] = cf) -> str:
            disp = cf.get(f"{which}_display")
            if not disp:
                return f"<td class='num' data-label='{label}'>—</td>"
            return (
                f"<td class='num' data-label='{label}'><b>{_e(disp)}</b>"
                f"<div class='src'>{_e(cf.get(f'{which}_sources'))}</div></td>"
            )

        rows.append(
            f"<tr><td data-label='figure'>{_e(KIND_LABEL[cf['kind']])}{' <i>(' + _e(scope) + ')</i>' if scope else ''}"
            f"</td>{cell('low', 'low')}{cell('best', 'best')}{cell('high', 'high')}"
            f"<td data-label='why best'>{_e(cf['rule'])}{rev}</td></tr>"
        )
    return (
        "<h3>Consolidated figures</h3><table class='cf'><thead><tr><th>figure</th><th>low</th><th>best</th>"
        "<th>high</th><th>why best</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


def _plot(clusters: list[ClaimCluster], colour: dict[str, str]) -> str:
    """Dot plot per claim: one row per outlet, linear axis from 0, qualifiers drawn, conflicts marked."""
    # where outlets agree, the table says it better: plot only claims whose figures differ
    rows = [
        c for c in clusters if c.sources >= 2 and c.verdict != "agree" and any(e.low is not None for e in c.entries)
    ][:MAX_PLOTTED]
    if not rows:
        return ""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, searchable, crisp
    heights = [len(_Sources(c).groups) for c in rows]
    fig, axes = plt.subplots(
        len(rows),
        1,
        figsize=(7.5, 0.55 * len(rows) + 0.28 * sum(heights)),
        gridspec_kw={"height_ratios": [h + 1.2 for h in heights]},
        squeeze=False,
    )
    for ax, cl in zip(axes[:, 0], rows, strict=True):
        years = cl.kind == "sentence"
        scale = 12.0 if years else 1.0
        groups = _Sources(cl).groups
        top = 0.0
        labels = []
        for y, g in enumerate(groups):
            e = g[0]
            name = outlet_label(e.outlet, e.url)
            labels.append(axis_label(name))
            lo = (e.low if e.low is not None else 0.0) / scale
            written = float(e.value if e.value is not None else (e.min if e.min is not None else 0)) / scale
            hi = e.high / scale if e.high is not None else None
            c = colour.get(name, "#777")
            if e.qualifier in ("more_than", "at_least"):
                ax.annotate(
                    "", xy=(written * 1.25 + 0.5, y), xytext=(written, y), arrowprops={"arrowstyle": "->", "color": c}
                )
                marker = ">"
            elif e.qualifier == "up_to":
                ax.annotate("", xy=(0, y), xytext=(written, y), arrowprops={"arrowstyle": "->", "color": c})
                marker = "<"
            elif e.qualifier == "approx" or (hi is not None and hi > lo):
                ax.plot(
                    [lo, hi if hi is not None else written], [y, y], color=c, lw=3, alpha=0.45, solid_capstyle="butt"
                )
                marker = "o"
            else:
                marker = "o"
            ax.plot([written], [y], marker=marker, ms=8, color=c, ls="none")
            ax.annotate(e.display, (written, y), xytext=(6, 5), textcoords="offset points", fontsize=8)
            top = max(top, written * 1.3, (hi or 0) * 1.05)
        ax.set_yticks(range(len(groups)), labels, fontsize=8)
        ax.set_ylim(-0.7, len(groups) - 0.3)
        ax.set_xlim(0, max(top, 1.0) * 1.08)
        ax.grid(axis="x", color="#e5e5e5", lw=0.6)
        ax.tick_params(axis="x", labelsize=8)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        scope = ", ".join(x for x in (cl.where, cl.when) if x)
        title = KIND_LABEL[cl.kind] + (f" ({scope})" if scope else "")
        ax.set_title(
            f"{title}: {LABELS[cl.verdict]}" + (" (years)" if years else ""),
            fontsize=9,
            loc="left",
            color=COLOURS[cl.verdict] if cl.verdict in ("conflict", "different_scope") else "#222",
            fontweight="bold" if cl.verdict == "conflict" else "normal",
        )
        if cl.verdict == "conflict":
            for spine in ax.spines.values():
                spine.set_color(COLOURS["conflict"])
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    return f'<figure aria-label="each outlet\'s figure, one dot per outlet">{svg}</figure>'


def render(
    records: list[dict[str, Any]],
    res: Any,
    errors: list[dict[str, Any]] | None = None,
    title: str = "opfacts report",
    plots: bool = True,
) -> str:
    """The whole report as one HTML string (no external resource)."""
    errors = errors or []
    recs = {r["doc_id"]: r for r in records}
    by_case: dict[str, list[ClaimCluster]] = defaultdict(list)
    for cl in res.clusters:
        by_case[cl.case_id].append(cl)
    figs_by_case: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cf in res.case_figures.to_dict("records"):
        cf = {k: (None if _missing(v) else v) for k, v in cf.items()}
        figs_by_case[cf["case_id"]].append(cf)
    sources_of_case = {c.case_id: len({res.sources[d] for d in c.doc_ids}) for c in res.cases}
    n_conf = {c.case_id: sum(cl.verdict == "conflict" for cl in by_case[c.case_id]) for c in res.cases}
    cases = sorted(res.cases, key=lambda c: (-n_conf[c.case_id], -sources_of_case[c.case_id], c.name.lower()))
    # one colour per outlet for the whole report, in the order readers meet them
    colour: dict[str, str] = {}
    for c in cases:
        for d in sorted(c.doc_ids):
            name = outlet_label(recs[d].get("outlet"), recs[d].get("url"))
            colour.setdefault(name, PALETTE[len(colour) % len(PALETTE)])
    counts = Counter(cl.verdict for cl in res.clusters)
    copies = sum(1 for d, rep in res.reprint_of.items() if d != rep)
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body><main>",
        f"<h1>{_e(title)}</h1>",
        "<p>Figures that several outlets report about the same operation, lined up claim by claim: "
        "each outlet's number with its date, link, headline and the sentence it was read from.</p>",
        "<nav class='summary' id='summary' aria-label='summary'>",
        _stat("#conflicts", "n-conflicts", counts.get("conflict", 0), "conflicts", hot=bool(counts.get("conflict"))),
        _stat("#cases", "n-cases", len(res.cases), "cases"),
        _stat("#cases", "n-articles", len(records), "articles" + (f" ({copies} copies)" if copies else "")),
        _stat("?verdict=different_scope#filters", "n-scope", counts.get("different_scope", 0), "different scope"),
        _stat(
            "?verdict=agree#filters",
            "n-agree",
            counts.get("agree", 0) + counts.get("compatible", 0),
            "agree or compatible",
        ),
        _stat("?verdict=single_source#filters", "n-single", counts.get("single_source", 0), "single source"),
        _stat("#errors", "n-errors", len(errors), "inputs not read", hot=bool(errors)),
        "</nav>",
        _conflict_list(cases, by_case),
        _errors(errors),
        _filters(res.clusters, colour),
        "<div id='cases'>",
    ]
    for case in cases:
        out.append(_case(case, by_case[case.case_id], figs_by_case[case.case_id], recs, res, colour, plots))
    out.append("</div>")
    out.append(
        "<p class='src'>Made by opfacts. Verdicts: agree = same number and scope from independent outlets; "
        "compatible = a qualifier or rounding allows both; different scope = e.g. national vs worldwide, or "
        "another period; conflict = same scope, numbers that cannot both be true; single source = one outlet "
        "only (copies of one text count once). Best figure: the official release, else the latest when "
        "reports only rose, else the value most outlets report.</p>"
    )
    out.append(f"</main><script>{SCRIPT}</script></body></html>")
    return "".join(out)


def _missing(v: Any) -> bool:
    try:
        return v is None or (not isinstance(v, str) and bool(v != v))
    except (TypeError, ValueError):
        return False


def _stat(href: str, ident: str, n: int, label: str, hot: bool = False) -> str:
    return f"<a class='stat{' hot' if hot else ''}' href='{href}'><b id='{ident}'>{n}</b>{_e(label)}</a>"


def _conflict_list(cases: list[Any], by_case: dict[str, list[ClaimCluster]]) -> str:
    items = []
    for case in cases:
        for cl in sorted(by_case[case.case_id], key=lambda c: (c.kind, c.cluster_id)):
            if cl.verdict != "conflict":
                continue
            a = ", ".join(cl.side_a[:3]) + (" …" if len(cl.side_a) > 3 else "")
            b = ", ".join(cl.side_b[:3]) + (" …" if len(cl.side_b) > 3 else "")
            items.append(
                f"<li><a href='#{_anchor(cl.cluster_id)}'>{_e(case.name)} — {_e(KIND_LABEL[cl.kind])}</a>: "
                f"{_e(cl.reason)} <span class='src'>({_e(a)} / {_e(b)})</span></li>"
            )
    if not items:
        return "<section class='box' id='conflicts'><h2>Conflicts</h2><p>No conflicting figures.</p></section>"
    return f"<section class='box' id='conflicts'><h2>Conflicts ({len(items)})</h2><ol>{''.join(items)}</ol></section>"


def _errors(errors: list[dict[str, Any]]) -> str:
    if not errors:
        return "<section class='box' id='errors'><h2>Inputs not read</h2><p>None: every input was read.</p></section>"
    reasons = Counter(e.get("reason") for e in errors)
    summary = ", ".join(f"{n} {r}" for r, n in reasons.most_common())
    rows = "".join(
        f"<tr><td data-label='input'>{_e(e.get('path'))}</td><td data-label='reason'>{_e(e.get('reason'))}</td>"
        f"<td data-label='detail'>{_e(e.get('detail'))}</td></tr>"
        for e in errors
    )
    return (
        f"<section class='box' id='errors'><h2>Inputs not read ({len(errors)})</h2><p>{_e(summary)}. "
        "Their figures are missing from every comparison below.</p>"
        f"<details{' open' if len(errors) <= 10 else ''}><summary>List</summary><table><thead><tr><th>input</th>"
        f"<th>reason</th><th>detail</th></tr></thead><tbody>{rows}</tbody></table></details></section>"
    )


def _filters(clusters: list[ClaimCluster], colour: dict[str, str]) -> str:
    kinds = sorted({c.kind for c in clusters})
    verdicts = sorted({c.verdict for c in clusters}, key=ORDER.__getitem__)
    opt = "".join
    return (
        "<form class='filters' id='filters' role='search' onsubmit='return false'>"
        "<label>verdict<select id='f-verdict'><option value=''>all</option>"
        + opt(f"<option value='{v}'>{LABELS[v]}</option>" for v in verdicts)
        + "</select></label><label>figure<select id='f-kind'><option value=''>all</option>"
        + opt(f"<option value='{k}'>{_e(KIND_LABEL[k])}</option>" for k in kinds)
        + "</select></label><label>outlet<select id='f-outlet'><option value=''>all</option>"
        + opt(f"<option value='{_e(o)}'>{_e(o)}</option>" for o in sorted(colour, key=str.lower))
        + "</select></label><label>search<input id='f-q' type='search' placeholder='word, number, outlet'></label>"
        "<span class='src' id='f-count' aria-live='polite'></span></form>"
    )


def _case(
    case: Any,
    clusters: list[ClaimCluster],
    figs: list[dict[str, Any]],
    recs: dict[str, dict[str, Any]],
    res: Any,
    colour: dict[str, str],
    plots: bool,
) -> str:
    multi = sorted((c for c in clusters if c.verdict != "single_source"), key=lambda c: (ORDER[c.verdict], c.kind))
    single = [c for c in clusters if c.verdict == "single_source"]
    n_conf = sum(c.verdict == "conflict" for c in clusters)
    docs = sorted(case.doc_ids, key=lambda d: (recs[d].get("published") or "9999", d))
    originals = [d for d in docs if res.reprint_of.get(d, d) == d]
    n_copies = len(docs) - len(originals)
    dates = sorted(recs[d]["published"] for d in docs if recs[d].get("published"))
    when = f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (dates[0] if dates else "dates unknown")
    n_sources = len({res.sources[d] for d in docs})
    head = [
        f"<section class='case' id='case-{_e(case.case_id)}' data-case='{_e(case.case_id)}'>",
        f"<h2>{_e(case.name)}{'' if case.named else ' <span class=tag>no operation name</span>'}</h2>",
        f"<p class='meta'>{n_sources} outlet{'s' * (n_sources != 1)} · {len(docs)} article{'s' * (len(docs) != 1)}"
        + (f" ({n_copies} copies of other articles)" if n_copies else "")
        + f" · {_e(when)}"
        + (f" · <b style='color:#c53030'>{n_conf} conflict{'s' * (n_conf != 1)}</b>" if n_conf else "")
        + "</p>",
        _source_list(originals, docs, recs, res, colour),
    ]
    body = []
    shown_figs = [cf for cf in figs if cf.get("sources", 0) >= 2] or figs[:0]
    body.append(_case_figures_table(sorted(shown_figs, key=lambda cf: (cf["kind"], cf.get("where") or ""))))
    if plots:
        body.append(_plot(multi, colour))
    if multi:
        body.append(
            "<h3>Claims reported by several outlets</h3>" + _claims_table([_claim_row(c, colour) for c in multi])
        )
    elif len(originals) > 1:
        body.append("<p>No figure is reported by more than one outlet.</p>")
    if single:
        single_figs = [cf for cf in figs if cf.get("sources", 0) < 2]
        body.append(
            f"<details class='single'><summary>{len(single)} figure{'s' * (len(single) != 1)} from one outlet only"
            "</summary>"
            + _claims_table([_claim_row(c, colour) for c in sorted(single, key=lambda c: (c.kind, c.cluster_id))])
            + ("" if shown_figs else _case_figures_table(single_figs))
            + "</details>"
        )
    if not clusters:
        body.append("<p>No figures found in these articles.</p>")
    return "".join(head + body) + "</section>"


def _source_list(
    originals: list[str], docs: list[str], recs: dict[str, dict[str, Any]], res: Any, colour: dict[str, str]
) -> str:
    copies: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        rep = res.reprint_of.get(d, d)
        if rep != d:
            copies[rep].append(d)
    items = []
    for d in originals:
        r = recs[d]
        name = outlet_label(r.get("outlet"), r.get("url"))
        link = f"<a href='{_e(r['url'])}' rel='noreferrer'>{_e(name)}</a>" if r.get("url") else _e(name)
        title = f" “{_e(r['title'])}”" if r.get("title") else ""
        extra = f" <span class='copies'>+{len(copies[d])} copies</span>" if copies.get(d) else ""
        items.append(
            f"<li><span class='dot' style='background:{colour.get(name, '#777')}'></span>{link} · "
            f"{_e(r.get('published') or 'date unknown')}{title}{extra}</li>"
        )
    return (
        f"<details class='sources'><summary>Articles ({len(originals)})</summary>"
        f"<ul class='src'>{''.join(items)}</ul></details>"
    )


__all__ = ["outlet_label", "render"]
