"""`Extractor`: the Python API over the pipeline (ingest → nlp.pipe → record)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extract.pipeline import build_pipeline
from extract.record import build_record
from extract.rules_loader import load_rules
from schemas import Article, ArticleRecord, PipelineInfo


class Extractor:
    """Load the model and rules once; turn Articles into validated ArticleRecords."""

    def __init__(
        self, model: str | None = None, *, rules_dir: str | None = None, quiet: bool = False, batch_size: int = 32
    ) -> None:
        self.nlp = build_pipeline(model, rules_dir=rules_dir, quiet=quiet)
        self.batch_size = batch_size
        self.info = PipelineInfo(
            model=self.nlp.meta["opfacts_model"],
            version=self.nlp.meta.get("version", "0"),
            rules_hash=load_rules(rules_dir).hash,
        )

    def _docs(self, articles: Iterable[Article]) -> Iterator:
        for art in articles:
            doc = self.nlp.make_doc(art.text)
            doc.user_data["published"] = art.published
            yield doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        """Records in input order; the Article list is consumed lazily, one batch at a time."""
        from itertools import tee

        a1, a2 = tee(articles)
        for art, doc in zip(a2, self.nlp.pipe(self._docs(a1), batch_size=self.batch_size), strict=True):
            yield build_record(doc, art, self.info)

    def __call__(self, article: Article) -> ArticleRecord:
        return next(self.pipe([article]))
