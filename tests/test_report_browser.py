"""The HTML report in a real browser: Chromium headless renders it; the DOM holds cases and verdicts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from cli import app

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if exe is None:
        if os.environ.get("OPFACTS_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (OPFACTS_REQUIRE_BROWSER is set) but was not found")
        pytest.skip("Chromium not installed: the browser test needs `apt-get install chromium`")
    return exe


@pytest.fixture(scope="module")
def report(tmp_path_factory, samples):
    out = tmp_path_factory.mktemp("report")
    res = CliRunner().invoke(app, ["run", str(samples / "articles"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    return out / "report.html"


@pytest.mark.browser
def test_report_renders_cases_and_verdicts_in_chromium(report, tmp_path):
    exe = chromium()
    profile = tmp_path / "profile"
    dom = subprocess.run(
        [exe, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "<section" in dom and 'id="case-operation-lantern"' in dom
    lantern = dom[dom.index('id="case-operation-lantern"') :]
    lantern = lantern[: lantern.index("</section>")]
    verdicts = re.findall(r'data-verdict="(\w+)"', lantern)
    assert {"agree", "conflict", "compatible", "different_scope"} <= set(verdicts)
    assert int(re.search(r'id="n-cases">(\d+)<', dom).group(1)) >= 4
    assert int(re.search(r'id="n-conflicts">(\d+)<', dom).group(1)) >= 1
    shot = tmp_path / "report.png"
    subprocess.run(
        [exe, *FLAGS, f"--user-data-dir={profile}", "--window-size=420,1600", f"--screenshot={shot}", report.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.exists() and shot.stat().st_size > 10_000


def test_report_is_self_contained(report):
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html  # the plot is inlined
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html)
