"""The models reject nonsense; the published JSON Schema is a golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import ArticleRecord, Evidence, Figure, model_json_schema_of

GOLDEN = Path(__file__).resolve().parent.parent / "schemas" / "article_record.schema.json"
EV = {"start": 0, "end": 3, "text": "abc", "sentence": "abc"}


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "arrested", "value": -1},
        {"kind": "arrests", "value": 3},
        {"kind": "sentence", "min": 50, "max": 10},
        {"kind": "sentence", "value": 12},
        {"kind": "arrested"},
        {"kind": "arrested", "value": 3, "qualifier": "roughly"},
    ],
)
def test_schemas_figure_rejects_nonsense(bad):
    with pytest.raises(ValidationError):
        Figure(**bad, evidence=EV, rule="t")


def test_schemas_evidence_offsets_must_slice_text():
    fig = Figure(kind="arrested", value=3, evidence=Evidence(**EV), rule="t")
    base = {
        "doc_id": "d",
        "source": "s",
        "text_sha256": "x",
        "figures": [fig.model_dump()],
        "pipeline": {"model": "m", "version": "1", "rules_hash": "h"},
    }
    ArticleRecord(**base, text="abc and more")
    with pytest.raises(ValidationError, match="does not slice"):
        ArticleRecord(**base, text="xyz and more")
    with pytest.raises(ValidationError):
        ArticleRecord(**base, text="ab")


def test_schemas_json_schema_matches_golden_file():
    current = json.dumps(model_json_schema_of(ArticleRecord), indent=2, sort_keys=True) + "\n"
    if not GOLDEN.exists():  # first run writes it; the commit then pins it
        GOLDEN.write_text(current, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == current, "regenerate schemas/article_record.schema.json"


def test_schemas_an_ambiguous_gazetteer_acronym_must_carry_context_words():
    from schemas.rules import AgencyEntry

    entry = {"name": "Example Bureau", "acronym": "EB", "country": "GB", "type": "police", "source": "https://x"}
    assert AgencyEntry.model_validate({**entry, "ambiguous": True, "context": ["bureau"]}).context == ["bureau"]
    with pytest.raises(ValidationError, match="context"):
        AgencyEntry.model_validate({**entry, "ambiguous": True})
