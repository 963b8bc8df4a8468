"""Pydantic models: the published shape of opfacts' inputs and outputs."""

from schemas.models import (
    Agency,
    Article,
    ArticleRecord,
    Comparison,
    DateMention,
    Evidence,
    ExpectedVerdict,
    Figure,
    FigureKind,
    GoldAgency,
    GoldDoc,
    GoldFigure,
    IngestError,
    Operation,
    PipelineInfo,
    Qualifier,
    Unit,
    model_json_schema_of,
)
from schemas.rules import (
    AgencyEntry,
    AgencyRules,
    FigureRules,
    OperationRules,
    QualifierRules,
    TermRules,
)

__all__ = [
    "Agency", "AgencyEntry", "AgencyRules", "Article", "ArticleRecord", "Comparison", "DateMention",
    "Evidence", "ExpectedVerdict", "Figure", "FigureKind", "FigureRules", "GoldAgency",
    "GoldDoc", "GoldFigure", "IngestError", "Operation", "OperationRules", "PipelineInfo",
    "Qualifier", "QualifierRules", "TermRules", "Unit", "model_json_schema_of",
]
