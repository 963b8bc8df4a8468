"""Every input yields an Article, an IngestError with a reason, or a Skipped; a bad file never stops a batch."""

from __future__ import annotations

import json
import os

import pytest

from extract.ingest import Skipped, read_inputs
from schemas import Article, IngestError

GOOD = "Police said 12 people were arrested in the operation on Monday. " * 3


def one(tmp_path, name, data, **kw):
    p = tmp_path / name
    p.write_bytes(data) if isinstance(data, bytes) else p.write_text(data, encoding="utf-8")
    items = list(read_inputs([p], **kw))
    assert len(items) == 1, items
    return items[0]


def test_ingest_txt_with_sidecar(tmp_path):
    (tmp_path / "a.meta.json").write_text(json.dumps({"outlet": "X", "published": "2021-12-08", "url": "u"}))
    art = one(tmp_path, "a.txt", GOOD)
    assert isinstance(art, Article) and art.doc_id == "a" and art.outlet == "X" and art.published == "2021-12-08"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t \n", "empty"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary"),
        ("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("zip.txt", b"PK\x03\x04\x14\x00\x00\x00", "binary"),
        ("nul.txt", b"abc\x00\x00\x00def", "binary"),
        ("bad.json", b"{not json", "invalid_json"),
        ("notext.json", json.dumps({"title": "t"}).encode(), "missing_text"),
        ("numtext.json", json.dumps({"text": 42}).encode(), "missing_text"),
        (
            "nomain.html",
            b"<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>",
            "no_article_text",
        ),
        ("paper.pdf", b"%PDF", "unsupported"),
    ],
)
def test_ingest_bad_inputs_become_error_rows(tmp_path, name, data, reason):
    err = one(tmp_path, name, data)
    assert isinstance(err, IngestError) and err.reason == reason and name in err.path and err.detail


def test_ingest_too_large_is_an_error_row(tmp_path):
    err = one(tmp_path, "big.txt", GOOD * 10, max_bytes=100)
    assert isinstance(err, IngestError) and err.reason == "too_large" and "100" in err.detail


@pytest.mark.parametrize(("encoding", "bom"), [("latin-1", b""), ("cp1252", b""), ("utf-16", b"")])
def test_ingest_legacy_encodings_decode(tmp_path, encoding, bom):
    text = "Les policiers ont arrêté 12 personnes à Montréal. " + GOOD + " Café “quoted” naïve"
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    art = one(tmp_path, "enc.txt", bom + text.encode(encoding))
    assert isinstance(art, Article) and "arrêté" in art.text and "naïve" in art.text


def test_ingest_invalid_utf8_bytes_still_decode(tmp_path):
    art = one(tmp_path, "broken.txt", GOOD.encode() + b" caf\xe9 \xff\xfe end")
    assert isinstance(art, (Article, IngestError))
    if isinstance(art, IngestError):
        assert art.reason in {"undecodable", "binary"}


def test_ingest_html_main_text_only(tmp_path):
    html = (
        "<html><head><style>p{color:red}</style><script>alert('menu')</script></head><body>"
        "<nav><a>Home</a><a>Sport</a></nav><article><h1>Raids</h1>"
        + f"<p>{GOOD}</p>" * 3
        + "</article><footer>Cookie policy</footer></body></html>"
    )
    art = one(tmp_path, "a.html", html)
    assert isinstance(art, Article) and "12 people were arrested" in art.text
    assert "alert" not in art.text and "color:red" not in art.text


def test_ingest_jsonl_broken_line_among_good(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": GOOD}),
                "{broken",
                json.dumps({"text": GOOD, "id": "c", "published": "bad"}),
            ]
        )
    )
    items = list(read_inputs([p]))
    assert [type(i).__name__ for i in items] == ["Article", "IngestError", "Article"]
    assert items[1].reason == "invalid_json" and ":2" in items[1].path
    assert items[2].published is None and any("published" in w for w in items[2].warnings)


def test_ingest_bad_sidecar_keeps_the_record_with_a_warning(tmp_path):
    (tmp_path / "a.meta.json").write_text("{oops")
    (tmp_path / "b.meta.json").write_text(json.dumps({"published": "08/12/2021"}))
    items = (
        list(read_inputs([tmp_path / "a.txt", tmp_path / "b.txt"]))
        if ((tmp_path / "a.txt").write_text(GOOD) and (tmp_path / "b.txt").write_text(GOOD))
        else []
    )
    assert all(isinstance(i, Article) for i in items) and len(items) == 2
    assert "not valid JSON" in items[0].warnings[0] and "published" in items[1].warnings[0]


def test_ingest_folder_recursive_names_symlink_loop_and_skips(tmp_path):
    sub = tmp_path / "sub dir ünï"
    sub.mkdir()
    (sub / "a story é.txt").write_text(GOOD)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_inputs([tmp_path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds.count("Article") == 1 and kinds.count("Skipped") == 1
    assert any(isinstance(i, IngestError) and i.reason == "symlink_loop" for i in items)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_ingest_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(GOOD)
    p.chmod(0)
    item = list(read_inputs([p]))[0]
    assert isinstance(item, IngestError) and item.reason == "unreadable"


def test_ingest_non_english_gets_a_warning(tmp_path):
    art = one(
        tmp_path,
        "de.txt",
        "Die Polizei hat am Montag zwölf Personen festgenommen, und die Ermittlungen "
        "dauern noch an, sagte ein Sprecher der Behörde in Berlin heute. " * 3,
    )
    assert isinstance(art, Article) and any("English" in w for w in art.warnings)


def test_ingest_missing_path_is_an_error(tmp_path):
    item = list(read_inputs([tmp_path / "nope.txt"]))[0]
    assert isinstance(item, IngestError) and item.reason == "unreadable"


def test_ingest_skipped_is_not_an_error(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    assert isinstance(list(read_inputs([tmp_path]))[0], Skipped)


def test_ingest_dangling_link_is_unreadable_even_as_root(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted-target.txt")
    item = list(read_inputs([tmp_path / "gone.txt"]))[0]
    assert isinstance(item, IngestError) and item.reason == "unreadable" and "gone.txt" in item.path


ARABIC = (
    "قالت الشرطة إنها اعتقلت 12 شخصا في عملية أمنية واسعة يوم الاثنين في القاهرة، "
    "وأضافت أن التحقيقات ما زالت جارية مع المشتبه بهم في القضية. "
) * 3


def test_ingest_non_latin_text_gets_its_language_and_a_warning(tmp_path):
    # under 20 Latin words: the old stop-word ratio called this English
    art = one(tmp_path, "ar.txt", ARABIC + " Operation Desert Light, Europol.")
    assert isinstance(art, Article) and art.language == "ar"
    assert any("'ar'" in w and "English" in w for w in art.warnings)


def test_ingest_english_articles_are_en_without_warnings(samples):
    arts = [i for i in read_inputs([samples / "articles"]) if isinstance(i, Article)]
    assert arts and {a.language for a in arts} == {"en"}
    assert not [w for a in arts for w in a.warnings if "English" in w]


BODY = "<article>" + f"<p>{GOOD}</p>" * 3 + "</article>"


@pytest.mark.parametrize(
    ("head", "body_extra", "expected"),
    [
        (
            '<title>Raids | Kent News</title><meta property="og:title" content="Twelve held in Kent raids"/>'
            '<meta property="og:site_name" content="Kent News"/>'
            '<meta property="article:published_time" content="2024-03-03T10:00:00+00:00"/>'
            '<link rel="canonical" href="https://kentnews.example/raids"/>',
            "",
            {
                "title": "Twelve held in Kent raids",
                "outlet": "Kent News",
                "published": "2024-03-03",
                "url": "https://kentnews.example/raids",
            },
        ),
        (
            "<title>Twelve held</title>",
            '<time datetime="2023-11-20T09:00">20 November</time>',
            {"title": "Twelve held", "published": "2023-11-20"},
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Twelve held", "datePublished": "2022-05-04T08:00:00Z", '
            '"publisher": {"@type": "Organization", "name": "Daily Example"}}</script>',
            "",
            {"title": "Twelve held", "outlet": "Daily Example", "published": "2022-05-04"},
        ),
    ],
)
def test_ingest_html_metadata_fills_outlet_url_published_title(tmp_path, head, body_extra, expected):
    html = f"<html><head>{head}</head><body><nav>Home</nav>{body_extra}{BODY}</body></html>"
    art = one(tmp_path, "page.html", html)
    assert isinstance(art, Article) and "12 people were arrested" in art.text
    assert {k: getattr(art, k) for k in expected} == expected


def test_ingest_sidecar_wins_over_html_metadata(tmp_path):
    (tmp_path / "page.meta.json").write_text(json.dumps({"outlet": "Given Outlet"}))
    html = (
        '<html><head><meta property="og:site_name" content="Page Outlet"/><title>T</title></head>'
        f"<body>{BODY}</body></html>"
    )
    art = one(tmp_path, "page.html", html)
    assert art.outlet == "Given Outlet" and art.title == "T"


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("March 3rd 2024", "2024-03-03"),
        ("3 March 2024", "2024-03-03"),
        ("Sun, 03 Mar 2024 10:00:00 GMT", "2024-03-03"),
        ("March 2024", "2024-03"),
        ("2024-03-03T23:30:00-05:00", "2024-03-03"),
        ("2024-03", "2024-03"),
    ],
)
def test_ingest_published_in_words_is_read(tmp_path, given, iso):
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": given}))
    art = one(tmp_path, "a.txt", GOOD)
    assert art.published == iso and not art.warnings
    rec = one(tmp_path, "b.json", json.dumps({"text": GOOD, "published": given}))
    assert rec.published == iso and not rec.warnings


@pytest.mark.parametrize("given", ["sometime soon", "08/12/2021", "2021-02-30", "Smarch 45th"])
def test_ingest_unreadable_published_is_warned_about(tmp_path, given):
    rec = one(tmp_path, "b.json", json.dumps({"text": GOOD, "published": given}))
    assert rec.published is None and any("published" in w for w in rec.warnings)


def test_ingest_folder_skips_non_article_files_and_gold(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD)
    (tmp_path / "readme.md").write_text("# How this folder was collected\n\n" + GOOD)
    (tmp_path / "LICENSE.txt").write_text(GOOD)
    (tmp_path / "crosscheck.json").write_text(json.dumps([{"event": "E", "kind": "arrested"}]))
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "story.json").write_text(json.dumps({"doc_id": "story", "event": "E", "figures": []}))
    (tmp_path / "out.errors.jsonl").write_text(json.dumps({"path": "x", "reason": "empty"}) + "\n")
    items = list(read_inputs([tmp_path]))
    arts = [i for i in items if isinstance(i, Article)]
    skipped = sorted(os.path.basename(i.path) for i in items if isinstance(i, Skipped))
    assert [a.doc_id for a in arts] == ["story"]
    assert skipped == ["LICENSE.txt", "crosscheck.json", "out.errors.jsonl", "readme.md", "story.json"]
    assert not [i for i in items if isinstance(i, IngestError)]


def test_ingest_readme_named_explicitly_is_read(tmp_path):
    art = one(tmp_path, "readme.md", GOOD)
    assert isinstance(art, Article)


def test_ingest_corpus_root_reads_only_articles(corpus):
    items = list(read_inputs([corpus]))
    arts = [i for i in items if isinstance(i, Article)]
    assert not [i for i in items if isinstance(i, IngestError)]
    assert len(arts) == len(list((corpus / "articles").glob("*.txt")))
    assert len(items) - len(arts) == len(list((corpus / "gold").glob("*.json"))) + 1  # + crosscheck.json
