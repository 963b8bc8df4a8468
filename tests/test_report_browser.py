"""The HTML report in a real browser: Chromium headless renders the samples' and the corpus' reports.

Screenshots at 1400 px and 420 px (kept under OPFACTS_SHOTS when set, to look at), and
assertions on the DOM after the inline script ran: conflict links resolve to conflict rows,
filters read from the address hide the other rows, nothing overflows at 420 px.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from extract.report import render

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--hide-scrollbars",
]


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("OPFACTS_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (OPFACTS_REQUIRE_BROWSER is set) but was not found")
        pytest.skip("Chromium not installed: the browser test needs `apt-get install chromium`")
    return exe


def _run(out: Path, inputs: Path) -> Path:
    res = CliRunner().invoke(app, ["run", str(inputs), "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out / "report.html"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, samples):
    return _run(tmp_path_factory.mktemp("samples"), samples / "articles")


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory, corpus):
    return _run(tmp_path_factory.mktemp("corpus"), corpus / "articles")


@pytest.fixture(params=["sample", "corpus"])
def report(request):
    return request.getfixturevalue(f"{request.param}_report")


def dom(report: Path, query: str, tmp_path: Path, width: int = 1400) -> str:
    profile = tmp_path / f"profile-{width}-{abs(hash(query))}"
    cmd = [chromium(), *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},2000", "--dump-dom"]
    return subprocess.run(
        [*cmd, report.as_uri() + query], capture_output=True, text=True, timeout=120, check=True
    ).stdout


def rows(html: str) -> list[dict[str, str]]:
    """Every claim row's attributes, as the browser left them."""
    out = []
    for tag in re.findall(r"<tr class=\"claim[^>]*>", html):
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
        attrs["hidden"] = " hidden" in tag or 'hidden=""' in tag
        out.append(attrs)
    return out


@pytest.mark.browser
def test_report_conflict_links_resolve_to_conflict_rows(report, tmp_path):
    html = dom(report, "", tmp_path)
    block = html[html.index('id="conflicts"') :]
    block = block[: block.index("</section>")]
    links = re.findall(r'href="#([^"]+)"', block)
    n = int(re.search(r'id="n-conflicts">(\d+)<', html).group(1))
    assert len(links) == n
    by_id = {r["id"]: r for r in rows(html)}
    assert links and all(by_id[x]["data-verdict"] == "conflict" for x in links)
    # cases come in order of conflicts
    per_case = [s.count('data-verdict="conflict"') for s in html.split('<section class="case"')[1:]]
    assert per_case == sorted(per_case, reverse=True)


@pytest.mark.browser
@pytest.mark.parametrize("query", ["?verdict=conflict", "?kind=arrested", "?verdict=single_source&kind=rescued"])
def test_report_filters_hide_other_rows(report, tmp_path, query):
    want = dict(x.split("=") for x in query[1:].split("&"))
    rs = rows(dom(report, query, tmp_path))
    shown = [r for r in rs if not r["hidden"]]
    assert shown and len(shown) < len(rs)
    for r in rs:
        match = all(r[f"data-{k}"] == v for k, v in want.items())
        assert r["hidden"] != match


@pytest.mark.browser
def test_report_text_search_and_outlet_filter(sample_report, tmp_path):
    rs = rows(dom(sample_report, "?outlet=The%20Coast%20Post", tmp_path))
    assert all(("The Coast Post" in r["data-outlets"].split("|")) != r["hidden"] for r in rs)
    shown = [r for r in rows(dom(sample_report, "?q=europol", tmp_path)) if not r["hidden"]]
    assert shown and all("lantern" in r["id"] for r in shown)


@pytest.mark.browser
def test_report_fits_420px_and_screenshots(report, tmp_path):
    narrow = dom(report, "?measure=420", tmp_path, width=420)
    body = re.search(r"<body[^>]*>", narrow).group(0)
    attrs = dict(re.findall(r'data-([\w-]+)="([^"]*)"', body))
    assert attrs["overflowing"] == "0", attrs["overflow-sample"]
    assert int(attrs["scroll-width"]) <= 420
    keep = os.environ.get("OPFACTS_SHOTS")
    for width in (1400, 420):
        shot = tmp_path / f"{report.parent.name}-{width}.png"
        subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'p'}", f"--window-size={width},2400"]
            + [f"--screenshot={shot}", report.as_uri()],
            capture_output=True,
            timeout=120,
            check=True,
        )
        assert shot.stat().st_size > 10_000
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)


def test_report_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "<script>" in html  # the plot and the filters are inlined
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=["\']?https?://', html)
    assert not re.search(r"\b\d{3,} months\b", html)  # terms read in years and months


def test_report_lists_inputs_not_read(sample_report):
    import json

    from extract.crosscheck import crosscheck

    records = [json.loads(x) for x in (sample_report.parent / "records.jsonl").read_text().splitlines()]
    errors = [{"path": "broken.pdf", "reason": "binary", "detail": "PDF bytes under .txt"}]
    page = render(records, crosscheck(records), errors=errors)
    assert re.search(r"id='n-errors'>1<", page) and "Inputs not read (1)" in page and "broken.pdf" in page
