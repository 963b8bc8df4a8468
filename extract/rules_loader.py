"""Load and validate `rules/`: every rule family is one file checked by a pydantic model."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from extract.errors import E_RULE_MISSING, E_RULE_YAML, RuleFileError, format_validation
from rules import RULES_DIR
from schemas.rules import AgencyRules, FigureRules, OperationRules, PlaceRules, QualifierRules, TermRules

M = TypeVar("M", bound=BaseModel)

FILES: dict[str, type[BaseModel]] = {
    "agencies.yaml": AgencyRules,
    "figures.yaml": FigureRules,
    "qualifiers.yaml": QualifierRules,
    "operations.yaml": OperationRules,
    "terms.yaml": TermRules,
    "places.yaml": PlaceRules,
}


@dataclass(frozen=True)
class RuleSet:
    """All rule families, validated; `hash` goes into each record for provenance."""

    agencies: AgencyRules
    figures: FigureRules
    qualifiers: QualifierRules
    operations: OperationRules
    terms: TermRules
    places: PlaceRules
    hash: str


def load_file(path: Path, model: type[M]) -> M:
    """Parse one rule file; any problem becomes a RuleFileError naming file and field."""
    if not path.is_file():
        raise RuleFileError(E_RULE_MISSING.format(path=path, folder=path.parent))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise RuleFileError(E_RULE_YAML.format(path=path, detail=str(exc).splitlines()[0])) from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(format_validation(path, exc)) from None


@lru_cache(maxsize=4)
def load_rules(folder: str | None = None) -> RuleSet:
    """Load once per process: components and workers share the parsed rules."""
    base = Path(folder) if folder else RULES_DIR
    digest = hashlib.sha256()
    parsed: dict[str, BaseModel] = {}
    for name, model in FILES.items():
        path = base / name
        parsed[name.removesuffix(".yaml")] = load_file(path, model)
        digest.update(path.read_bytes())
    return RuleSet(**parsed, hash=digest.hexdigest()[:16])  # type: ignore[arg-type]
