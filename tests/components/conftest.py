"""Fixtures of the component tests: one blank English pipeline with every opfacts component, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import extract.components  # noqa: F401  (registers the factories)
from extract.pipeline import COMPONENTS


@pytest.fixture(scope="session")
def nlp() -> Language:
    """A blank English pipeline with every opfacts component, in the order of `build_pipeline`."""
    pipeline = spacy.blank("en")
    for name in COMPONENTS:
        pipeline.add_pipe(name)
    return pipeline
