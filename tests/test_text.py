"""Shared text helpers: operation keys, calendar words, figures as people read them (table-driven)."""

from __future__ import annotations

import pytest

from extract.text import (
    CALENDAR_WORDS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    QUALIFIER_WORDS,
    figure_display,
    figure_in_words,
    fold_operation_name,
    months_in_words,
    normalise_operation,
    qualified,
    term_in_words,
)
from schemas import Figure, Qualifier

EV = {"start": 0, "end": 1, "text": "x", "sentence": "x"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Operation Tern", "tern"),
        ("operation tern", "tern"),
        ("Operation “Tern”", "tern"),
        ("'Tern' operation", "tern"),
        ("Project Safe Childhood", "childhood safe"),  # words sorted: outlets swap them
        ("Opération Trident", "trident"),
        ("Operación Enredadera", "enredadera"),
        ("Operazione Eureka", "eureka"),
        ("Op. Venetic", "venetic"),
        ("Cross Country VIII", "country cross viii"),
        ("Pacifier/Playpen", "pacifier playpen"),
        ("  Operation   Lightning-Strike  ", "lightning strike"),
        ("Operation", "operation"),
    ],
)
def test_text_normalise_operation_gives_one_key_per_case(name, key):
    assert normalise_operation(name) == key


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Operation Tern", "operation tern"),  # the word stays: evaluation scores the name as written
        ("Operation “Tern”", "operation tern"),
        ("Opération «Trident»", "opération trident"),
        ({"name": " 'Eureka' "}, "eureka"),
        ({"aliases": []}, ""),
        ("Cross Country VIII", "cross country viii"),
    ],
)
def test_text_fold_operation_name_for_gold_matching(name, folded):
    assert fold_operation_name(name) == folded


def test_text_calendar_words_are_weekdays_and_months():
    assert len(CALENDAR_WORDS) == 19
    assert {"monday", "sunday", "january", "may", "december"} <= CALENDAR_WORDS
    assert "jan" not in CALENDAR_WORDS  # abbreviations are for dates, not for telling names apart


def test_text_month_names_match_the_dates_component():
    # extract/components/dates.py keeps its own regex alternation; it must not drift from these
    from extract.components.dates import MONTHS

    assert MONTHS == "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS)


def test_text_qualifier_words_cover_every_qualifier():
    assert set(QUALIFIER_WORDS) == {q.value for q in Qualifier}


@pytest.mark.parametrize(
    ("months", "words"),
    [
        (0, "0 months"),
        (1, "1 month"),
        (6, "6 months"),
        (12, "1 year"),
        (18, "1 year 6 months"),
        (13, "1 year 1 month"),
        (144, "12 years"),
        (472, "39 years 4 months"),
    ],
)
def test_text_months_in_words(months, words):
    assert months_in_words(months) == words


@pytest.mark.parametrize(
    ("value", "qualifier", "words"),
    [(40, "exact", "40"), (40, None, "40"), (40, "at_least", "at least 40"), (1000, "more_than", "more than 1000")],
)
def test_text_qualified(value, qualifier, words):
    assert qualified(value, qualifier) == words


TERMS = [
    # (min, max, life, aggregate, person, show's reading, cross-check's reading)
    (144, 144, False, False, None, "12 years", "12 years"),
    (18, 108, False, False, None, "1 year 6 months to 9 years", "1 year 6 months to 9 years"),
    (180, 480, False, False, None, "15 to 40 years", "15 years to 40 years"),
    (28, None, True, False, None, "2 years 4 months to life", "2 years 4 months to life"),
    (None, None, True, False, None, "life", "life"),
    (None, 60, False, False, None, "up to 5 years", "up to 5 years"),
    (1704, 1704, False, True, None, "142 years (summed over several people)", "142 years in total"),
    (30, 30, False, False, "John Smith", "2 years 6 months (John Smith)", "2 years 6 months"),
]


@pytest.mark.parametrize(("lo", "hi", "life", "aggregate", "person", "shown", "displayed"), TERMS)
def test_text_terms_read_the_same_from_a_figure_or_a_record(lo, hi, life, aggregate, person, shown, displayed):
    fig = Figure(kind="sentence", min=lo, max=hi, life=life, aggregate=aggregate, person=person, evidence=EV, rule="t")
    as_dict = fig.model_dump()
    assert figure_in_words(fig) == figure_in_words(as_dict) == shown
    assert term_in_words(fig) == term_in_words(as_dict)
    assert figure_display(as_dict) == displayed


@pytest.mark.parametrize(
    ("value", "qualifier", "shown", "displayed"),
    [
        (79, "exact", "79", "79"),
        (2517, "exact", "2517", "2,517"),
        (1000, "more_than", "more than 1000", "more than 1,000"),
        (200, "approx", "about 200", "about 200"),
        (30, "up_to", "up to 30", "up to 30"),
        (12, "at_least", "at least 12", "at least 12"),
    ],
)
def test_text_counts_in_show_and_in_the_cross_check(value, qualifier, shown, displayed):
    fig = Figure(kind="arrested", value=value, qualifier=qualifier, evidence=EV, rule="t")
    assert figure_in_words(fig) == shown
    assert figure_display(fig.model_dump()) == displayed


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Operation  Tern", "operation tern", True), ("Operation Tern", "Tern", False), ("TERN", "tern", True)],
)
def test_text_same_name_key_folds_case_and_spacing_only(a, b, same):
    from extract.text import same_name_key

    assert (same_name_key(a) == same_name_key(b)) is same


def test_normalise_operation_reads_the_short_keyword_op():
    from extract.text import normalise_operation

    assert normalise_operation("Op Orochi") == normalise_operation("Operation Orochi") == "orochi"
    assert normalise_operation("Op. Tern") == "tern"


@pytest.mark.parametrize(
    "a,b",
    [
        ("Op Lantern Mega", "Ops Mega Lantern"),
        ("Operation Mega Lantern", "Op Lantern Mega"),
        ("Operation Cross Country VIII", "Cross Country VIII operation"),
    ],
    ids=["ops_and_swapped_words", "operation_and_swapped_words", "phase_number_stays_last"],
)
def test_normalise_operation_same_key_for_swapped_words_and_ops(a, b):
    assert normalise_operation(a) == normalise_operation(b)


def test_normalise_operation_keeps_a_phase_number_last_and_series_key_shared():
    phase, series = normalise_operation("Operation Cross Country VIII"), normalise_operation("Cross Country")
    assert phase.rsplit(" ", 1) == [series, "viii"]
    assert normalise_operation("Operation Civil Shield").split()[-1] != "civil"  # a word, not a roman numeral


def test_surface_forms_are_the_same_whatever_the_hash_seed():
    """Rules-only lemma guesses must not depend on set order: 'accused' is its own listed word."""
    import json
    import subprocess
    import sys

    code = (
        "import json; from extract.components.common import surface_forms; "
        "print(json.dumps(surface_forms({'accuse', 'accused', 'charge', 'charges', 'rescue', 'free', 'freed'}), "
        "sort_keys=True))"
    )
    maps = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": seed}
            ).stdout
        )
        for seed in ("0", "2", "3")
    ]
    assert maps[0] == maps[1] == maps[2]
    assert maps[0]["accused"] == "accused" and maps[0]["charges"] == "charges" and maps[0]["freed"] == "freed"
    assert maps[0]["rescued"] == "rescue"
