"""`Extractor`: the Python API over the pipeline (ingest → nlp.pipe → record).

>>> from extract import Extractor
>>> rec = Extractor().extract("Police said 79 people were arrested.", published="2024-03-01", outlet="Kent News")
>>> [(f.kind, f.value) for f in rec.figures]
[('arrested', 79)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from extract.pipeline import build_pipeline
from extract.record import build_record
from extract.rules_loader import load_rules
from schemas import Article, ArticleRecord, PipelineInfo


class Extractor:
    """Load the model and rules once; turn texts or Articles into validated ArticleRecords."""

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
            rec = build_record(doc, art, self.info)
            yield rec.model_copy(update={"language": art.language}) if art.language else rec

    def parse(self, article: Article) -> Doc:
        """The processed spaCy Doc of one article, for tools that look inside (`show --explain`)."""
        return next(iter(self.nlp.pipe(self._docs([article]))))

    def extract(
        self,
        text: str,
        *,
        published: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        title: str | None = None,
        doc_id: str = "text",
    ) -> ArticleRecord:
        """One text → one record, with the same checks as files get.

        `published` may be ISO or in words ("March 3rd 2024"); one that cannot be read is left out
        with a warning on the record, like a bad sidecar date.
        """
        return self(make_text_article(text, published=published, outlet=outlet, url=url, title=title, doc_id=doc_id))

    def __call__(self, article: Article | str) -> ArticleRecord:
        if isinstance(article, str):
            return self.extract(article)
        return next(self.pipe([article]))


def make_text_article(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    doc_id: str = "text",
) -> Article:
    """An Article from a Python string: metadata cleaned and the text hashed as ingest does."""
    from extract.ingest import clean_meta, make_article

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    given = {"published": published, "outlet": outlet, "url": url, "title": title}
    meta, warnings = clean_meta({k: v for k, v in given.items() if v is not None}, doc_id)
    return make_article(doc_id, text, doc_id, meta, warnings)
