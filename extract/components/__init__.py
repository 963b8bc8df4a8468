"""spaCy components of opfacts; importing this module registers their factories."""

from extract.components import agencies, dates, figures, numbers, operations, paragraphs, places, repairs, scope, terms

__all__ = ["agencies", "dates", "figures", "numbers", "operations", "paragraphs", "places", "repairs", "scope", "terms"]
