"""Rule and gazetteer files (data, not code); `extract.rules_loader` validates them."""

from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent
