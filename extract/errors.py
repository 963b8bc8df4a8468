"""Every message opfacts gives a user, as a named template: one place that names the bad value and what was expected.

In the manner of spaCy's `errors.py`: code raises `OpfactsError(E_MODEL.format(...))` and never
writes the sentence inline, so messages stay consistent and can be found, reviewed and tested
together. The name is the code (grep for it); the text carries no "[E001]" prefix, because the CLI
lines and the error rows' `detail` are part of opfacts' output and stay as they were.

Prefixes: `E_` a usage error (the CLI prints `opfacts: <message>` and exits 2 unless said otherwise),
`ROW_` the `detail` of an error row (its `reason`, in `schemas.IngestError`, is the code a program
reads), `W_` a warning kept on a record or printed on stderr. Tests check that every template is
used and formats with its fields.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError


class OpfactsError(Exception):
    """An error a user can act on; the CLI prints it without a traceback."""


class RuleFileError(OpfactsError):
    pass


class GoldFileError(OpfactsError):
    pass


class ModelError(OpfactsError):
    pass


def format_validation(path: Path | str, err: ValidationError) -> str:
    """`file: [loc] message` lines, the style of spaCy's config errors."""
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "(root)"
        lines.append(f"{path}: [{loc}] {e['msg']}")
    return "\n".join(lines)


# -- usage errors (exit 2) ---------------------------------------------------------------
E_RULE_YAML = "{path}: not valid YAML: {detail}"
E_RULE_MISSING = "{path}: rule file is missing (expected in {folder})"
E_GOLD_JSON = "{path}: not valid JSON: {detail}"
E_MODEL = "model {name!r} could not be loaded ({detail}); install it or pass --model blank for rules only"
E_NO_CORPUS = "{path}: expected a folder with articles/ and gold/"
E_DASK_MISSING = "the dask engine needs the Dask extra: pip install 'opfacts[dask]'"
E_RECORDS_JSON = "{path}: line {line} is not {what} ({detail}); give the file that opfacts wrote"
E_OUTPUT_SUFFIX = "unsupported output suffix {suffix!r}: use {allowed}"
E_SUFFIX = "{path}: {what} must end in {allowed}, not {suffix}"
E_NO_SUCH_PATHS = "{paths}: no such file or folder"
E_NO_SUCH_FILE = "{path}: no such file"
E_NO_SUCH_RECORDS = "{path}: no such records file"
E_RECORDS_FOLDER = "{path}: a folder; give the records.jsonl that `opfacts extract` wrote"
E_NOT_A_FOLDER = "{path}: not a folder"
E_OUT_NOT_A_FOLDER = "{path}: --out must be a folder"
E_ENGINE = "--engine must be one of {allowed}, not {engine!r}"
E_SHOW_FOLDER = "{path}: a folder; show takes one article file (try `opfacts run {path}`)"
E_UNKNOWN_SCHEMA = "unknown model {name!r}; one of {allowed}"
E_OS = "{detail}"  # an OSError with no file name
E_PATH = "{path}: {detail}"  # an OSError about a file; `show` on a file that gave no article

# -- run failures (exit 1, or 130 when interrupted) ----------------------------------------
E_BELOW_MIN_F1 = "figures micro-F1 {f1:.3f} is below {min_f1}"
E_INTERRUPTED = "interrupted; finished records are kept, --resume goes on from them"
E_INTERNAL = "internal error: {kind}: {detail} (OPFACTS_DEBUG=1 shows the traceback)"

# -- error rows: the `detail` beside each `reason` -------------------------------------------
ROW_NO_SUCH_PATH = "no such file or folder"  # unreadable
ROW_CANNOT_LIST = "cannot list folder: {detail}"  # unreadable
ROW_SYMLINK_LOOP = "folder {folder} leads back to {real}, already read"  # symlink_loop
ROW_UNSUPPORTED = "unsupported suffix {suffix}; use .txt, .html or .json(l)"  # unsupported
ROW_TOO_LARGE = "{size} bytes is over the limit of {limit} (--max-bytes)"  # too_large
ROW_EMPTY_FILE = "the file is empty or whitespace only"  # empty
ROW_NO_TEXT = "the file has no text"  # empty
ROW_EMPTY_TEXT_FIELD = "'text' is empty"  # empty
ROW_BINARY_MAGIC = "binary content (a PDF, image or archive) under a text suffix"  # binary
ROW_BINARY_NUL = "NUL bytes: binary content under a text suffix"  # binary
ROW_BINARY_CONTROL = "decodes as {encoding} but is mostly control characters"  # binary
ROW_BAD_UTF16 = "bad UTF-16: {detail}"  # undecodable
ROW_UNDECODABLE = "not UTF-8 and no other text encoding fits"  # undecodable
ROW_NO_ARTICLE_TEXT = "the HTML holds no article text"  # no_article_text
ROW_INVALID_JSON = "line {line}: {detail}"  # invalid_json
ROW_JSON_NOT_OBJECT = "a JSON record must be an object with a 'text' field"  # missing_text
ROW_TEXT_FIELD = "'text' is {what}"  # missing_text
ROW_TEXT_MISSING = "missing"  # what ROW_TEXT_FIELD says when there is no 'text'
ROW_TEXT_WRONG_TYPE = "a {type}, not a string"  # what ROW_TEXT_FIELD says of a non-string 'text'
ROW_EXTRACTION_FAILED = "{kind}: {detail}"  # extraction_failed

# -- warnings ----------------------------------------------------------------------------
W_NO_ARTICLES = "warning: no article files (.txt .html .json .jsonl) in {paths}"
W_SIDECAR_NOT_JSON = "sidecar {name} ignored: not valid JSON ({detail})"
W_SIDECAR_NOT_OBJECT = "sidecar {name} ignored: not a JSON object"
W_META_NOT_STRING = "{where}: {key} ignored: not a string"
W_META_BAD_DATE = "{where}: published {value!r} ignored: not a date (use 2024-03-03 or words like 3 March 2024)"
W_NOT_ENGLISH = "the text looks like language {language!r}, not English: figures may be missed"
