"""opfacts: evidence-backed figures from law-enforcement news. `from extract import Extractor`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.extractor import Extractor

__all__ = ["Extractor"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # lazy: `opfacts --help` must not import spaCy
    if name == "Extractor":
        from extract.extractor import Extractor

        return Extractor
    raise AttributeError(name)
