"""Templated error messages: one place that names the bad value and what was expected."""

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


E_RULE_YAML = "{path}: not valid YAML: {detail}"
E_RULE_MISSING = "{path}: rule file is missing (expected in {folder})"
E_GOLD_JSON = "{path}: not valid JSON: {detail}"
E_MODEL = "model {name!r} could not be loaded ({detail}); install it or pass --model blank for rules only"
E_NO_CORPUS = "{path}: expected a folder with articles/ and gold/"
E_DASK_MISSING = "the dask engine needs the Dask extra: pip install 'opfacts[dask]'"
E_RECORDS_JSON = "{path}: line {line} is not {what} ({detail}); give the file that opfacts wrote"
