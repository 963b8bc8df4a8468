"""Every user-facing message is a named template in extract/errors.py, used somewhere, and formats."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import extract.errors as errors

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = {k: v for k, v in vars(errors).items() if re.fullmatch(r"(E|ROW|W)_[A-Z0-9_]+", k) and isinstance(v, str)}
SOURCES = [ROOT / "cli.py", *sorted((ROOT / "extract").rglob("*.py"))]


def test_errors_templates_are_many_and_unique():
    assert len(TEMPLATES) >= 40
    assert len(set(TEMPLATES.values())) == len(TEMPLATES), "two names for one message"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_errors_template_is_used_outside_errors_py(name):
    used = any(re.search(rf"\b{name}\b", p.read_text(encoding="utf-8")) for p in SOURCES if p.name != "errors.py")
    assert used, f"{name} is never used"


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_errors_template_formats_with_its_fields(name):
    template = TEMPLATES[name]
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    values = {f: 1.5 if f == "f1" else f"<{f}>" for f in fields}
    text = template.format(**values)
    for f in fields - {"f1"}:
        assert f"<{f}>" in text


@pytest.mark.parametrize(
    "path",
    ["cli.py", "extract/run.py", "extract/ingest.py", "extract/worker.py", "extract/outputs.py", "extract/engines.py"],
)
def test_errors_no_inline_messages_in_error_paths(path):
    # raise / _fail / _error / warnings take a template, never a sentence written in place
    src = (ROOT / path).read_text(encoding="utf-8")
    call = r"(?:_fail|_error|Error|warnings\.append|warns\.append)\("
    inline = re.findall(
        call + r"(?:[^()\n\"]*, )?f?\"[^\"\n]* [^\"\n]* [^\"\n]*\"", src
    )  # a literal of three words or more
    assert not inline, inline


@pytest.mark.parametrize(
    ("name", "fields", "expected"),
    [
        ("ROW_TOO_LARGE", {"size": 3000, "limit": 2000}, "3000 bytes is over the limit of 2000 (--max-bytes)"),
        ("ROW_UNSUPPORTED", {"suffix": ".xyz"}, "unsupported suffix .xyz; use .txt, .html or .json(l)"),
        ("ROW_INVALID_JSON", {"line": 2, "detail": "Expecting value"}, "line 2: Expecting value"),
        ("E_ENGINE", {"allowed": "local, dask", "engine": "spark"}, "--engine must be one of local, dask, not 'spark'"),
        ("E_BELOW_MIN_F1", {"f1": 0.8964, "min_f1": 0.999}, "figures micro-F1 0.896 is below 0.999"),
        (
            "E_INTERNAL",
            {"kind": "KeyError", "detail": "'x'"},
            "internal error: KeyError: 'x' (OPFACTS_DEBUG=1 shows the traceback)",
        ),
    ],
)
def test_errors_messages_read_as_before(name, fields, expected):
    assert TEMPLATES[name].format(**fields) == expected
