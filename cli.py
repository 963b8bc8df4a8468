"""opfacts command line: thin typer commands over `extract`; heavy imports stay inside commands.

Exit codes: 0 success (bad inputs are listed as error rows, not failures);
1 some inputs failed with --strict, or `evaluate` below --min-f1;
2 usage errors (bad options, missing paths, broken rule or gold files).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Evidence-backed figures from news about law-enforcement operations.",
)

DEFAULT_SAMPLES = Path(__file__).resolve().parent / "data" / "samples" / "articles"
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model name or path; 'blank' for rules only.")]
ENGINES = ("local", "dask")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"opfacts: {message}", err=True)
    return typer.Exit(code)


def _guard(fn):  # noqa: ANN001, ANN202 - decorator
    """Known errors (rules, gold, model) become one clear line and exit 2, never a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        from extract.errors import OpfactsError

        try:
            return fn(*args, **kwargs)
        except OpfactsError as exc:
            raise _fail(str(exc)) from None

    return wrapper


@app.command()
@_guard
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt .html .json .jsonl).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Records: .jsonl, .csv or .parquet.")],
    model: ModelOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (local engine) or Dask workers.")] = 1,
    engine: Annotated[str, typer.Option(help="local | dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address, e.g. tcp://host:8786.")] = None,
    batch_size: Annotated[int, typer.Option(min=1)] = 32,
    max_bytes: Annotated[int, typer.Option(min=1, help="Larger files become 'too_large' error rows.")] = 5
    * 1024
    * 1024,
    resume: Annotated[bool, typer.Option(help="Skip inputs whose text hash is already in the output.")] = False,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input failed.")] = False,
    summary_json: Annotated[Path | None, typer.Option(help="Write the run summary as JSON here.")] = None,
    rules: Annotated[Path | None, typer.Option(help="Another rules folder.")] = None,
) -> None:
    """Extract records from articles; errors go to <output stem>.errors.jsonl."""
    if engine not in ENGINES:
        raise _fail(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if output.suffix.lower() not in {".jsonl", ".csv", ".parquet"}:
        raise _fail(f"output must end in .jsonl, .csv or .parquet, not {output.suffix or '(none)'}")
    from extract.run import run_extract

    summary = run_extract(
        [str(p) for p in paths],
        output,
        model=model,
        workers=workers,
        engine=engine,
        scheduler=scheduler,
        batch_size=batch_size,
        max_bytes=max_bytes,
        resume=resume,
        rules_dir=str(rules) if rules else None,
    )
    _report_summary(summary, summary_json)
    if strict and summary.errors:
        raise typer.Exit(1)


def _report_summary(summary, summary_json: Path | None) -> None:  # noqa: ANN001
    typer.echo(summary.line(), err=True)
    for reason, n in sorted(summary.error_reasons.items()):
        typer.echo(f"  {n} {reason}", err=True)
    if summary_json:
        summary_json.write_text(json.dumps(summary.as_dict(), indent=2), encoding="utf-8")


@app.command()
@_guard
def crosscheck(
    records: Annotated[Path, typer.Argument(help="records.jsonl from `opfacts extract`.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Comparisons: .csv, .parquet or .jsonl.")],
    html: Annotated[Path | None, typer.Option("--html", help="Also write the HTML report here.")] = None,
    cases: Annotated[Path | None, typer.Option(help="cases.csv (default: beside the output).")] = None,
) -> None:
    """Group records into cases, compare figures between outlets, give verdicts.

    Beside OUTPUT: clusters.jsonl (one claim cluster per line), case_figures.csv and .parquet.
    """
    if not records.is_file():
        raise _fail(f"{records}: no such records file")
    from extract.pipeline_io import write_crosscheck

    counts = write_crosscheck(records, output, html, cases)
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()), err=True)


@app.command()
@_guard
def run(
    paths: Annotated[list[Path] | None, typer.Argument(help="Inputs; default data/samples.")] = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    model: ModelOpt = None,
    workers: Annotated[int, typer.Option(min=1)] = 1,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input failed.")] = False,
) -> None:
    """The main job: extract, cross-check and write the report into --out."""
    from extract.pipeline_io import write_crosscheck
    from extract.run import run_extract

    inputs = [str(p) for p in (paths or [DEFAULT_SAMPLES])]
    out.mkdir(parents=True, exist_ok=True)
    summary = run_extract(inputs, out / "records.jsonl", model=model, workers=workers, errors_file=out / "errors.jsonl")
    _report_summary(summary, out / "summary.json")
    counts = write_crosscheck(
        out / "records.jsonl",
        out / "crosscheck.csv",
        out / "report.html",
        out / "cases.csv",
        figures_csv=out / "figures.csv",
        errors_path=out / "errors.jsonl",
    )
    typer.echo(
        f"cases={counts['cases']} clusters={counts['clusters']} comparisons={counts['comparisons']} "
        f"conflicts={counts['conflict']}",
        err=True,
    )
    typer.echo(
        f"wrote {out}/records.jsonl, figures.csv, errors.jsonl, crosscheck.csv, cases.csv, clusters.jsonl, "
        "case_figures.csv, case_figures.parquet, report.html"
    )
    if strict and summary.errors:
        raise typer.Exit(1)


@app.command()
@_guard
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Folder with articles/ and gold/.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    min_f1: Annotated[float | None, typer.Option(help="Exit 1 when figures micro-F1 is below this.")] = None,
    by_rule: Annotated[
        bool, typer.Option("--by-rule", help="Also list per rule id the figures it produced and how many matched gold.")
    ] = False,
    model: ModelOpt = None,
) -> None:
    """Score extraction against gold annotations (ANNOTATION.md)."""
    from extract.evaluate import evaluate_corpus

    scores = evaluate_corpus(corpus, model)
    data = scores.as_dict()
    if as_json:
        typer.echo(json.dumps(data, indent=2))
    else:
        _print_scores(data, by_rule=by_rule)
    if min_f1 is not None and scores.micro.f1 < min_f1:
        typer.echo(f"opfacts: figures micro-F1 {scores.micro.f1:.3f} is below {min_f1}", err=True)
        raise typer.Exit(1)


def _print_scores(d: dict, *, by_rule: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"figures ({d['docs']} articles)")
    for c in ("kind", "gold", "tp", "fp", "fn", "P", "R", "F1"):
        t.add_column(c, justify="right" if c != "kind" else "left")
    rows = [*d["figures"]["per_kind"].items(), ("micro", d["figures"]["micro"])]
    for k, v in rows:
        t.add_row(
            k, *(str(v[x]) for x in ("gold", "tp", "fp", "fn")), *(f"{v[x]:.3f}" for x in ("precision", "recall", "f1"))
        )
    t2 = Table(title="other fields")
    for c in ("field", "gold", "P", "R", "F1"):
        t2.add_column(c)
    for k in ("operations", "agencies", "dates"):
        v = d[k]
        t2.add_row(k, str(v["gold"]), f"{v['precision']:.3f}", f"{v['recall']:.3f}", f"{v['f1']:.3f}")
    if "grouping" in d:
        g = d["grouping"]
        t2.add_row("grouping (pairs)", str(g["gold"]), f"{g['precision']:.3f}", f"{g['recall']:.3f}", f"{g['f1']:.3f}")
    if "grouping_x6" in d:
        g = d["grouping_x6"]
        t2.add_row(
            "grouping, 6 copies", str(g["gold"]), f"{g['precision']:.3f}", f"{g['recall']:.3f}", f"{g['f1']:.3f}"
        )
    con = Console(width=100)
    con.print(t)
    con.print(t2)
    if by_rule:
        t3 = Table(title="figures by rule (matched against gold)")
        for c in ("rule", "produced", "tp", "fp", "P"):
            t3.add_column(c, justify="left" if c == "rule" else "right")
        for rule, v in d["by_rule"].items():
            t3.add_row(rule, str(v["produced"]), str(v["tp"]), str(v["fp"]), f"{v['precision']:.3f}")
        con.print(t3)
    con.print(f"qualifier accuracy {d['qualifier_accuracy']:.3f} over {d['qualifier_matched']} matched figures")
    con.print(f"where accuracy {d['where_accuracy']:.3f} over {d['where_matched']} matched figures")
    con.print(f"aggregate accuracy {d['aggregate_accuracy']:.3f} over {d['aggregate_matched']} matched terms")
    if "verdicts" in d:
        v = d["verdicts"]
        con.print(f"verdicts {v['right']}/{v['total']} right ({v['accuracy']:.3f})")
    con.print(f"figures micro-F1 {d['figures']['micro']['f1']:.3f}")


@app.command()
@_guard
def show(
    file: Annotated[Path, typer.Argument(help="One article file.")],
    model: ModelOpt = None,
) -> None:
    """One article on the terminal with every figure and its evidence highlighted."""
    from extract.extractor import Extractor
    from extract.ingest import read_file
    from extract.show import render_terminal
    from schemas import Article

    items = list(read_file(file))
    arts = [i for i in items if isinstance(i, Article)]
    if not arts:
        reason = getattr(items[0], "detail", "no article") if items else "no article"
        raise _fail(f"{file}: {reason}", 1)
    ex = Extractor(model, quiet=True)
    for rec in ex.pipe(arts):
        render_terminal(rec)


@app.command()
def schema(
    which: Annotated[str, typer.Argument(help="ArticleRecord | Comparison | IngestError | GoldDoc")] = "ArticleRecord",
) -> None:
    """Print the JSON Schema of a published model."""
    import schemas

    allowed = ("ArticleRecord", "Comparison", "IngestError", "GoldDoc")
    if which not in allowed:
        raise _fail(f"unknown model {which!r}; one of {', '.join(allowed)}")
    typer.echo(json.dumps(schemas.model_json_schema_of(getattr(schemas, which)), indent=2, sort_keys=True))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
