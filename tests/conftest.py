"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


def corpus_path() -> Path:
    return Path(os.environ.get("OPFACTS_CORPUS", ROOT.parent / "shared" / "corpus")).resolve()


@pytest.fixture(scope="session")
def extractor():
    from extract import Extractor

    return Extractor(quiet=True)


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_path()
    if not (path / "gold").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"corpus not found at {path} (set OPFACTS_CORPUS)")
        pytest.skip(f"corpus not found at {path} (set OPFACTS_CORPUS)")
    return path


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture()
def article():
    """Build an Article from text, as ingest would."""
    from extract.ingest import make_article

    def make(text: str, published: str | None = None, doc_id: str = "t"):
        meta = {"published": published} if published else {}
        return make_article(doc_id, text, f"{doc_id}.txt", meta, [])

    return make
