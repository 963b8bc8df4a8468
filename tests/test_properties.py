"""Property tests: extraction never raises on arbitrary text; record invariants always hold."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import ArticleRecord

WORDS = st.sampled_from(
    [
        "police",
        "arrested",
        "more than",
        "12",
        "Thirty-three",
        "a dozen",
        "children",
        "rescued",
        "sentenced to",
        "15 years",
        "between",
        "and",
        "months",
        "Operation",
        "Kite",
        "in",
        "the UK",
        "(NCA)",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627",
        "\x00",
        "\u202e",
        "2,864",
        "50+",
        "March 2021",
        "\n\n",
        ".",
        "x" * 300,
        "charged with",
        "offences",
        "-",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=60).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_properties_extraction_invariants(extractor, article, text, published):
    if not text.strip():
        return
    rec = extractor(article(text, published=published))
    for f in rec.figures:
        assert rec.text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert f.value is None or f.value >= 0
        assert f.min is None or f.max is None or f.min <= f.max
    for d in rec.dates:
        assert len(d.iso) == {"year": 4, "month": 7, "day": 10}[d.precision]
    again = ArticleRecord.model_validate(json.loads(rec.model_dump_json()))
    assert again == rec
