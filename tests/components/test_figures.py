"""opf_figures on hand-built parses: what each number counts, and why a number is no figure.

Rows are `(word, head, dep, pos, lemma, ent, tag)` with absolute head indices (see handdocs.py);
the index of each token is written in the comment beside it where a head points at it.
"""

from __future__ import annotations

import pytest
from handdocs import parsed_doc, plain_doc, run

from extract.components.figures import REJECTED

P = "PUNCT"


def figures(nlp, rows, **kw):
    doc = run(nlp, parsed_doc(nlp.vocab, rows, **kw), until="opf_figures")
    return doc, [sp._.opf for sp in doc.spans["figures"]]


def summary(figs):
    return [(f.kind, f.value, f.rule) for f in figs]


def rejected(doc, start):
    return doc.user_data[REJECTED].get(start)


# -- _classify: one number per sentence -------------------------------------------------------------

CLASSIFY_CASES = {
    # label line: "Arrested: 2,864"
    "label_line": (
        [("Arrested", 0, "ROOT", "VERB", "arrest", None, "VBN"), (":", 0, "punct", P), ("2,864", 0, "dep", "NUM")],
        [("arrested", 2864, "label")],
    ),
    # counted noun via nummod, trigger its verb: "Police arrested 47 people."
    "nummod_noun_and_verb": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),  # 1
            ("47", 3, "nummod", "NUM"),
            ("people", 1, "dobj", "NOUN"),  # 3
            (".", 1, "punct", P),
        ],
        [("arrested", 47, "trigger:arrest")],
    ),
    # trigger found by walking up through a ccomp: "Police said 47 people were arrested."
    "trigger_walk_up": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("said", 1, "ROOT", "VERB", "say", None, "VBD"),  # 1
            ("47", 3, "nummod", "NUM"),
            ("people", 5, "nsubjpass", "NOUN"),  # 3
            ("were", 5, "auxpass", "AUX", "be"),
            ("arrested", 1, "ccomp", "VERB", "arrest", None, "VBN"),  # 5
            (".", 1, "punct", P),
        ],
        [("arrested", 47, "trigger:arrest")],
    ),
    # event noun counted directly: "Police made 153 arrests."
    "event_noun": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("made", 1, "ROOT", "VERB", "make"),
            ("153", 3, "nummod", "NUM"),
            ("arrests", 1, "dobj", "NOUN", "arrest"),
            (".", 1, "punct", P),
        ],
        [("arrested", 153, "noun:arrest")],
    ),
    # charges noun: "The men face 120 charges."
    "charges_noun": (
        [
            ("The", 1, "det", "DET"),
            ("men", 2, "nsubj", "NOUN", "man"),
            ("face", 2, "ROOT", "VERB"),  # 2
            ("120", 4, "nummod", "NUM"),
            ("charges", 2, "dobj", "NOUN", "charge"),
            (".", 2, "punct", P),
        ],
        [("charges", 120, "noun:charges")],
    ),
    # countries noun: "Police from 18 countries took part."
    "countries_noun": (
        [
            ("Police", 4, "nsubj", "NOUN"),  # 0
            ("from", 0, "prep", "ADP"),  # 1
            ("18", 3, "nummod", "NUM"),
            ("countries", 1, "pobj", "NOUN", "country"),
            ("took", 4, "ROOT", "VERB", "take"),  # 4
            ("part", 4, "dobj", "NOUN"),
            (".", 4, "punct", P),
        ],
        [("countries", 18, "noun:countries")],
    ),
    # support verb with an event-noun subject: "The arrests include 119 men."
    "support_verb_event_subject": (
        [
            ("The", 1, "det", "DET"),
            ("arrests", 2, "nsubj", "NOUN", "arrest"),
            ("include", 2, "ROOT", "VERB"),  # 2
            ("119", 4, "nummod", "NUM"),
            ("men", 2, "dobj", "NOUN", "man"),
            (".", 2, "punct", P),
        ],
        [("arrested", 119, "trigger:arrest")],
    ),
    # participle on the counted noun (acl): "The operation saw 146 children safeguarded."
    "acl_participle": (
        [
            ("The", 1, "det", "DET"),
            ("operation", 2, "nsubj", "NOUN"),
            ("saw", 2, "ROOT", "VERB", "see", None, "VBD"),  # 2
            ("146", 4, "nummod", "NUM"),
            ("children", 2, "dobj", "NOUN", "child"),  # 4
            ("safeguarded", 4, "acl", "VERB", "safeguard", None, "VBN"),
            (".", 2, "punct", P),
        ],
        [("rescued", 146, "trigger:safeguard")],
    ),
    # relative clause in the past perfect is a history; the main verb counts: "56 men who had been convicted were held."
    "background_relcl_gives_way": (
        [
            ("56", 1, "nummod", "NUM"),
            ("men", 7, "nsubjpass", "NOUN", "man"),  # 1
            ("who", 5, "nsubjpass", "PRON"),
            ("had", 5, "aux", "AUX", "have"),
            ("been", 5, "auxpass", "AUX", "be"),
            ("convicted", 1, "relcl", "VERB", "convict", None, "VBN"),  # 5
            ("were", 7, "auxpass", "AUX", "be"),
            ("held", 7, "ROOT", "VERB", "hold", None, "VBN"),  # 7
            (".", 7, "punct", P),
        ],
        [("arrested", 56, "trigger:hold")],
    ),
    # conjunct verb of a non-trigger verb: "12 men appeared in court and were convicted."
    "conjunct_verb": (
        [
            ("12", 1, "nummod", "NUM"),
            ("men", 2, "nsubj", "NOUN", "man"),
            ("appeared", 2, "ROOT", "VERB", "appear", None, "VBD"),  # 2
            ("in", 2, "prep", "ADP"),  # 3
            ("court", 3, "pobj", "NOUN"),
            ("and", 2, "cc", "CCONJ"),
            ("were", 7, "auxpass", "AUX", "be"),
            ("convicted", 2, "conj", "VERB", "convict", None, "VBN"),  # 7
            (".", 2, "punct", P),
        ],
        [("convicted", 12, "trigger:convict")],
    ),
    # "17 Britons were among those arrested": the participle on the pobj of "among"; demonym is a person
    "among_those_arrested": (
        [
            ("17", 1, "nummod", "NUM"),
            ("Britons", 2, "nsubj", "NOUN", "briton", "NORP"),  # 1
            ("were", 2, "ROOT", "AUX", "be"),  # 2
            ("among", 2, "prep", "ADP"),  # 3
            ("those", 3, "pobj", "PRON"),  # 4
            ("arrested", 4, "acl", "VERB", "arrest", None, "VBN"),
            (".", 2, "punct", P),
        ],
        [("arrested", 17, "trigger:arrest")],
    ),
    # the event noun of an of-phrase: "Police announced the rescue of 115 children."
    "event_noun_of_phrase": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("announced", 1, "ROOT", "VERB", "announce", None, "VBD"),  # 1
            ("the", 3, "det", "DET"),
            ("rescue", 1, "dobj", "NOUN"),  # 3
            ("of", 3, "prep", "ADP"),  # 4
            ("115", 6, "nummod", "NUM"),
            ("children", 4, "pobj", "NOUN", "child"),
            (".", 1, "punct", P),
        ],
        [("rescued", 115, "trigger:rescue")],
    ),
    # "identified and rescued": the linked rescue wins over the identification
    "linked_identified_and_rescued": (
        [
            ("20", 1, "nummod", "NUM"),
            ("children", 3, "nsubjpass", "NOUN", "child"),  # 1
            ("were", 3, "auxpass", "AUX", "be"),
            ("identified", 3, "ROOT", "VERB", "identify", None, "VBN"),  # 3
            ("and", 3, "cc", "CCONJ"),
            ("rescued", 3, "conj", "VERB", "rescue", None, "VBN"),
            (".", 3, "punct", P),
        ],
        [("rescued", 20, "trigger:identify")],
    ),
    # charges laid against people: those people are charged; the charges are counted too
    "charges_laid_against_people": (
        [
            ("428", 1, "nummod", "NUM"),
            ("charges", 3, "nsubjpass", "NOUN", "charge"),  # 1
            ("were", 3, "auxpass", "AUX", "be"),
            ("laid", 3, "ROOT", "VERB", "lay", None, "VBN"),  # 3
            ("against", 3, "prep", "ADP"),  # 4
            ("107", 6, "nummod", "NUM"),
            ("people", 4, "pobj", "NOUN"),
            (".", 3, "punct", P),
        ],
        [("charges", 428, "noun:charges"), ("charged", 107, "trigger:charge")],
    ),
    # elliptic number the trigger governs: "Police arrested 184."
    "elliptic_governed": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),
            ("184", 1, "dobj", "NUM"),
            (".", 1, "punct", P),
        ],
        [("arrested", 184, "trigger:arrest")],
    ),
    # identification of children: victims, not suspects
    "identify_children_are_victims": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("identified", 1, "ROOT", "VERB", "identify", None, "VBD"),
            ("20", 3, "nummod", "NUM"),
            ("children", 1, "dobj", "NOUN", "child"),
            (".", 1, "punct", P),
        ],
        [("victims_identified", 20, "trigger:identify")],
    ),
    "identify_suspects": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("identified", 1, "ROOT", "VERB", "identify", None, "VBD"),
            ("20", 3, "nummod", "NUM"),
            ("suspects", 1, "dobj", "NOUN", "suspect"),
            (".", 1, "punct", P),
        ],
        [("suspects_identified", 20, "trigger:identify")],
    ),
    # victims found (a past form of find) are rescued
    "found_children_are_rescued": (
        [
            ("Officers", 1, "nsubj", "NOUN", "officer"),
            ("found", 1, "ROOT", "VERB", "find", None, "VBD"),
            ("20", 3, "nummod", "NUM"),
            ("children", 1, "dobj", "NOUN", "child"),
            (".", 1, "punct", P),
        ],
        [("rescued", 20, "trigger:find")],
    ),
    "found_men_are_suspects": (
        [
            ("Officers", 1, "nsubj", "NOUN", "officer"),
            ("found", 1, "ROOT", "VERB", "find", None, "VBD"),
            ("20", 3, "nummod", "NUM"),
            ("men", 1, "dobj", "NOUN", "man"),
            (".", 1, "punct", P),
        ],
        [("suspects_identified", 20, "trigger:find")],
    ),
    # a noun with no trigger: victims are identified, suspects too
    "victim_noun_without_trigger": (
        [
            ("There", 1, "expl", "PRON"),
            ("were", 1, "ROOT", "AUX", "be"),  # 1
            ("40", 3, "nummod", "NUM"),
            ("victims", 1, "attr", "NOUN", "victim"),
            (".", 1, "punct", P),
        ],
        [("victims_identified", 40, "noun:victim")],
    ),
    "suspect_noun_without_trigger": (
        [
            ("There", 1, "expl", "PRON"),
            ("were", 1, "ROOT", "AUX", "be"),
            ("40", 3, "nummod", "NUM"),
            ("suspects", 1, "attr", "NOUN", "suspect"),
            (".", 1, "punct", P),
        ],
        [("suspects_identified", 40, "noun:suspect")],
    ),
    # people a crime harmed are victims identified: "They defrauded 24,000 victims." (not "stole ... from")
    "victims_of_harm_verb": (
        [
            ("They", 1, "nsubj", "PRON"),
            ("defrauded", 1, "ROOT", "VERB", "defraud", None, "VBD"),
            ("24,000", 3, "nummod", "NUM"),
            ("victims", 1, "dobj", "NOUN", "victim"),
            (".", 1, "punct", P),
        ],
        [("victims_identified", 24000, "victims:defraud")],
    ),
    # "Seven of the 15 men were charged": 7 is charged; 15 refers back to a group (partitive reference)
    "partitive_reference": (
        [
            ("Seven", 6, "nsubjpass", "NUM"),  # 0
            ("of", 0, "prep", "ADP"),  # 1
            ("the", 4, "det", "DET"),
            ("15", 4, "nummod", "NUM"),
            ("men", 1, "pobj", "NOUN", "man"),  # 4
            ("were", 6, "auxpass", "AUX", "be"),
            ("charged", 6, "ROOT", "VERB", "charge", None, "VBN"),  # 6
            (".", 6, "punct", P),
        ],
        [("charged", 7, "trigger:charge")],
    ),
    # a thing, not people: "Police seized 32 phones."
    "excluded_noun": (
        [
            ("Police", 1, "nsubj", "NOUN"),
            ("seized", 1, "ROOT", "VERB", "seize", None, "VBD"),
            ("32", 3, "nummod", "NUM"),
            ("phones", 1, "dobj", "NOUN", "phone"),
            (".", 1, "punct", P),
        ],
        [],
    ),
    # not yet a fact: "12 men will be charged."
    "not_yet_modal": (
        [
            ("12", 1, "nummod", "NUM"),
            ("men", 4, "nsubjpass", "NOUN", "man"),
            ("will", 4, "aux", "AUX"),
            ("be", 4, "auxpass", "AUX"),
            ("charged", 4, "ROOT", "VERB", "charge", None, "VBN"),
            (".", 4, "punct", P),
        ],
        [],
    ),
    "not_yet_to_be": (
        [
            ("12", 1, "nummod", "NUM"),
            ("men", 2, "nsubj", "NOUN", "man"),
            ("are", 2, "ROOT", "AUX", "be"),  # 2
            ("still", 2, "advmod", "ADV"),
            ("to", 6, "aux", "PART"),
            ("be", 6, "auxpass", "AUX"),
            ("sentenced", 2, "xcomp", "VERB", "sentence", None, "VBN"),  # 6
            (".", 2, "punct", P),
        ],
        [],
    ),
    # countries of origin are not countries taking part: "Aliens from 18 countries were arrested."
    "origin_countries": (
        [
            ("Aliens", 5, "nsubjpass", "NOUN", "alien"),  # 0
            ("from", 0, "prep", "ADP"),  # 1
            ("18", 3, "nummod", "NUM"),
            ("countries", 1, "pobj", "NOUN", "country"),
            ("were", 5, "auxpass", "AUX", "be"),
            ("arrested", 5, "ROOT", "VERB", "arrest", None, "VBN"),  # 5
            (".", 5, "punct", P),
        ],
        [],
    ),
    # one person is an anecdote: "One man was arrested."
    "one_person": (
        [
            ("One", 1, "nummod", "NUM"),
            ("man", 3, "nsubjpass", "NOUN"),
            ("was", 3, "auxpass", "AUX", "be"),
            ("arrested", 3, "ROOT", "VERB", "arrest", None, "VBN"),
            (".", 3, "punct", P),
        ],
        [],
    ),
    # people at large: "20 suspects remain at large."
    "at_large": (
        [
            ("20", 1, "nummod", "NUM"),
            ("suspects", 2, "nsubj", "NOUN", "suspect"),
            ("remain", 2, "ROOT", "VERB"),  # 2
            ("at", 2, "prep", "ADP"),
            ("large", 3, "pobj", "ADJ"),
            (".", 2, "punct", P),
        ],
        [],
    ),
}


@pytest.mark.parametrize("rows,expected", CLASSIFY_CASES.values(), ids=CLASSIFY_CASES.keys())
def test_figures_classify(nlp, rows, expected):
    _, figs = figures(nlp, rows)
    assert summary(figs) == expected


@pytest.mark.parametrize(
    "case,num_start,reason",
    [
        ("partitive_reference", 3, "refers back to a group counted before"),
        ("excluded_noun", 2, "counts things, not people (phones)"),
        ("not_yet_modal", 0, "not (yet) a fact"),
        ("not_yet_to_be", 0, "not (yet) a fact"),
        ("origin_countries", 2, "countries of origin, not taking part"),
        ("one_person", 0, "one person: an anecdote, not a count"),
        ("at_large", 0, "people at large, or a breakdown by age"),
    ],
)
def test_figures_rejection_reason_is_kept_for_explain(nlp, case, num_start, reason):
    doc, _ = figures(nlp, CLASSIFY_CASES[case][0])
    assert rejected(doc, num_start) == reason


def test_figures_qualifier_and_evidence_span(nlp):
    # "Police arrested more than 47 people."
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),  # 1
        ("more", 3, "amod", "ADJ"),
        ("than", 4, "quantmod", "ADP"),  # 3
        ("47", 5, "nummod", "NUM"),  # 4
        ("people", 1, "dobj", "NOUN"),  # 5
        (".", 1, "punct", P),
    ]
    doc, figs = figures(nlp, rows)
    (fig,) = figs
    assert (fig.kind, fig.value, fig.qualifier, fig.qstart) == ("arrested", 47, "more_than", 2)
    assert (fig.num_start, fig.num_end, fig.noun, fig.trigger) == (4, 5, 5, 1)
    assert doc.spans["figures"][0].text == "arrested more than 47 people"


def test_figures_demonym_counted_noun_gives_a_place(nlp):
    doc, figs = figures(nlp, CLASSIFY_CASES["among_those_arrested"][0])
    assert figs[0].demonym == "United Kingdom"
    assert figs[0].noun == 1


def test_figures_age_after_a_name_is_no_figure(nlp):
    # "John Smith, 41, was arrested."
    rows = [
        ("John", 1, "compound", "PROPN", None, "PERSON"),
        ("Smith", 6, "nsubjpass", "PROPN", None, "PERSON"),  # 1
        (",", 1, "punct", P),
        ("41", 1, "appos", "NUM"),
        (",", 1, "punct", P),
        ("was", 6, "auxpass", "AUX", "be"),
        ("arrested", 6, "ROOT", "VERB", "arrest", None, "VBN"),
        (".", 6, "punct", P),
    ]
    doc, figs = figures(nlp, rows)
    assert figs == []
    assert rejected(doc, 3) == "age"


def test_figures_year_is_no_figure(nlp):
    # "In 2019, 40 people were arrested."
    rows = [
        ("In", 7, "prep", "ADP"),
        ("2019", 0, "pobj", "NUM", None, "DATE"),
        (",", 7, "punct", P),
        ("40", 4, "nummod", "NUM"),
        ("people", 7, "nsubjpass", "NOUN"),
        ("were", 7, "auxpass", "AUX", "be"),
        ("x", 7, "dep", "X"),
        ("arrested", 7, "ROOT", "VERB", "arrest", None, "VBN"),
    ]
    doc, figs = figures(nlp, rows)
    assert summary(figs) == [("arrested", 40, "trigger:arrest")]
    assert rejected(doc, 1) == "year, date or duration"


def test_figures_trigger_that_does_not_govern_an_elliptic_number(nlp):
    # "40 appeared in court for sentencing.": the trigger sits in another phrase
    rows = [
        ("40", 1, "nsubj", "NUM"),
        ("appeared", 1, "ROOT", "VERB", "appear", None, "VBD"),  # 1
        ("in", 1, "prep", "ADP"),  # 2
        ("court", 2, "pobj", "NOUN"),
        ("for", 1, "prep", "ADP"),  # 4
        ("sentencing", 4, "pobj", "NOUN", "sentence"),
        (".", 1, "punct", P),
    ]
    doc, figs = figures(nlp, rows)
    assert figs == []
    assert rejected(doc, 0) == "trigger 'sentencing' does not govern it"


def test_figures_linked_trigger_not_taken_when_second_verb_has_its_own_subject(nlp):
    # "20 children were identified and police rescued 5 others."
    rows = [
        ("20", 1, "nummod", "NUM"),
        ("children", 3, "nsubjpass", "NOUN", "child"),  # 1
        ("were", 3, "auxpass", "AUX", "be"),
        ("identified", 3, "ROOT", "VERB", "identify", None, "VBN"),  # 3
        ("and", 3, "cc", "CCONJ"),
        ("police", 6, "nsubj", "NOUN"),
        ("rescued", 3, "conj", "VERB", "rescue", None, "VBD"),  # 6
        ("5", 8, "nummod", "NUM"),
        ("others", 6, "dobj", "NOUN", "other"),
        (".", 3, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("victims_identified", 20, "trigger:identify"), ("rescued", 5, "trigger:rescue")]


# -- several sentences: what earlier figures say about later numbers ---------------------------------


def test_figures_apposition_to_event_noun(nlp):
    # "Police made 184 arrests, 121 of them in the UK."  (121 is also paired with the UK by the list reader)
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("made", 1, "ROOT", "VERB", "make"),  # 1
        ("184", 3, "nummod", "NUM"),
        ("arrests", 1, "dobj", "NOUN", "arrest"),  # 3
        (",", 3, "punct", P),
        ("121", 3, "appos", "NUM"),  # 5
        ("of", 5, "prep", "ADP"),  # 6
        ("them", 6, "pobj", "PRON", "they"),
        ("in", 5, "prep", "ADP"),  # 8
        ("the", 10, "det", "DET"),
        ("UK", 8, "pobj", "PROPN", None, "GPE"),
        (".", 1, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("arrested", 184, "noun:arrest"), ("arrested", 121, "appos:arrest")]
    assert (figs[0].place, figs[1].place, figs[1].place_start) == (None, "United Kingdom", 10)


def test_figures_among_them_refers_to_the_previous_figure(nlp):
    # "Police arrested 50 people. Among them were 12 teachers."
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),  # 1
        ("50", 3, "nummod", "NUM"),
        ("people", 1, "dobj", "NOUN"),
        (".", 1, "punct", P),
        ("Among", 7, "prep", "ADP"),  # 5
        ("them", 5, "pobj", "PRON", "they"),
        ("were", 7, "ROOT", "AUX", "be"),  # 7
        ("12", 9, "nummod", "NUM"),
        ("teachers", 7, "attr", "NOUN", "teacher"),
        (".", 7, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("arrested", 50, "trigger:arrest"), ("arrested", 12, "anaphor")]


def test_figures_part_of_counted_group(nlp):
    # "Police rescued 40 victims. 31 of the 40 were migrants." ("were girls" splits by sex: no figure)
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("rescued", 1, "ROOT", "VERB", "rescue", None, "VBD"),  # 1
        ("40", 3, "nummod", "NUM"),
        ("victims", 1, "dobj", "NOUN", "victim"),
        (".", 1, "punct", P),
        ("31", 9, "nsubj", "NUM"),  # 5
        ("of", 5, "prep", "ADP"),  # 6
        ("the", 8, "det", "DET"),
        ("40", 6, "pobj", "NUM"),  # 8
        ("were", 9, "ROOT", "AUX", "be"),  # 9
        ("migrants", 9, "attr", "NOUN", "migrant"),
        (".", 9, "punct", P),
    ]
    doc, figs = figures(nlp, rows)
    assert summary(figs) == [("rescued", 40, "trigger:rescue"), ("rescued", 31, "partitive")]
    assert 8 in doc.user_data[REJECTED]  # the second 40 is the group, not a new count


def test_figures_others_after_a_rescue_are_victims(nlp):
    # "44 children were rescued and 79 others were identified."
    rows = [
        ("44", 1, "nummod", "NUM"),
        ("children", 3, "nsubjpass", "NOUN", "child"),  # 1
        ("were", 3, "auxpass", "AUX", "be"),
        ("rescued", 3, "ROOT", "VERB", "rescue", None, "VBN"),  # 3
        ("and", 3, "cc", "CCONJ"),
        ("79", 6, "nummod", "NUM"),
        ("others", 8, "nsubjpass", "NOUN", "other"),  # 6
        ("were", 8, "auxpass", "AUX", "be"),
        ("identified", 3, "conj", "VERB", "identify", None, "VBN"),  # 8
        (".", 3, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("rescued", 44, "trigger:rescue"), ("victims_identified", 79, "trigger:identify")]


def test_figures_list_continuation_in_next_sentence(nlp):
    # "42 were detained in Germany. Another eight in the Netherlands."
    rows = [
        ("42", 2, "nsubjpass", "NUM"),
        ("were", 2, "auxpass", "AUX", "be"),
        ("detained", 2, "ROOT", "VERB", "detain", None, "VBN"),  # 2
        ("in", 2, "prep", "ADP"),  # 3
        ("Germany", 3, "pobj", "PROPN", None, "GPE"),
        (".", 2, "punct", P),
        ("Another", 7, "det", "DET"),
        ("eight", 7, "ROOT", "NUM"),  # 7
        ("in", 7, "prep", "ADP"),  # 8
        ("the", 10, "det", "DET"),
        ("Netherlands", 8, "pobj", "PROPN", None, "GPE"),
        (".", 7, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("arrested", 42, "trigger:detain"), ("arrested", 8, "list")]
    assert [f.place for f in figs] == ["Germany", "Netherlands"]


def test_figures_list_continuation_through_conjunct_numbers(nlp):
    # "There were 40 victims: 30 in Spain and ten in Italy."
    rows = [
        ("There", 1, "expl", "PRON"),
        ("were", 1, "ROOT", "AUX", "be"),  # 1
        ("40", 3, "nummod", "NUM"),
        ("victims", 1, "attr", "NOUN", "victim"),  # 3
        (":", 3, "punct", P),
        ("30", 3, "appos", "NUM"),  # 5
        ("in", 5, "prep", "ADP"),  # 6
        ("Spain", 6, "pobj", "PROPN", None, "GPE"),
        ("and", 5, "cc", "CCONJ"),
        ("ten", 5, "conj", "NUM"),  # 9
        ("in", 9, "prep", "ADP"),  # 10
        ("Italy", 10, "pobj", "PROPN", None, "GPE"),
        (".", 1, "punct", P),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [
        ("victims_identified", 40, "noun:victim"),
        ("victims_identified", 30, "list"),
        ("victims_identified", 10, "list"),
    ]
    assert [f.place for f in figs] == [None, "Spain", "Italy"]


# -- breakdown lists -------------------------------------------------------------------------------


def test_figures_breakdown_bracketed_counts_after_places(nlp):
    # "Arrests were highest in the US (65), followed by Germany (47)."
    rows = [
        ("Arrests", 1, "nsubj", "NOUN", "arrest"),  # 0
        ("were", 1, "ROOT", "AUX", "be"),  # 1
        ("highest", 1, "acomp", "ADJ", "high"),  # 2
        ("in", 2, "prep", "ADP"),  # 3
        ("the", 5, "det", "DET"),
        ("US", 3, "pobj", "PROPN", None, "GPE"),  # 5
        ("(", 7, "punct", P),
        ("65", 5, "parataxis", "NUM"),  # 7
        (")", 7, "punct", P),
        (",", 1, "punct", P),
        ("followed", 1, "advcl", "VERB", "follow", None, "VBN"),  # 10
        ("by", 10, "agent", "ADP"),  # 11
        ("Germany", 11, "pobj", "PROPN", None, "GPE"),  # 12
        ("(", 14, "punct", P),
        ("47", 12, "parataxis", "NUM"),  # 14
        (")", 14, "punct", P),
        (".", 1, "punct", P),
    ]
    doc, figs = figures(nlp, rows)
    assert [(f.kind, f.value, f.rule, f.place, f.place_start) for f in figs] == [
        ("arrested", 65, "breakdown", "United States", 5),
        ("arrested", 47, "breakdown", "Germany", 12),
    ]
    assert [sp.text for sp in doc.spans["figures"]] == ["US (65", "Germany (47"]


def test_figures_breakdown_under_a_bullet_header(nlp):
    # "Police arrested 150 people, including:\n- 47 in Germany\n- 20 in Spain"
    # (the places carry no NER label: only the places component sees them, so no list continuation)
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB", "arrest", None, "VBD"),  # 1
        ("150", 3, "nummod", "NUM"),
        ("people", 1, "dobj", "NOUN"),  # 3
        (",", 3, "punct", P),
        ("including", 3, "prep", "VERB", "include"),  # 5
        (":", 1, "punct", P),
        ("\n", 6, "dep", "SPACE"),
        ("-", 9, "punct", P),  # 8
        ("47", 9, "ROOT", "NUM"),  # 9
        ("in", 9, "prep", "ADP"),  # 10
        ("Germany", 10, "pobj", "PROPN"),
        ("\n", 11, "dep", "SPACE"),
        ("-", 14, "punct", P),  # 13
        ("20", 14, "ROOT", "NUM"),  # 14
        ("in", 14, "prep", "ADP"),  # 15
        ("Spain", 15, "pobj", "PROPN"),
    ]
    doc, figs = figures(nlp, rows)
    assert doc.text.splitlines() == ["Police arrested 150 people, including:", "- 47 in Germany", "- 20 in Spain"]
    assert [(f.kind, f.value, f.rule, f.place) for f in figs] == [
        ("arrested", 150, "trigger:arrest", None),
        ("arrested", 47, "breakdown", "Germany"),
        ("arrested", 20, "breakdown", "Spain"),
    ]


def _label_lines(final_newline: bool) -> list[tuple]:
    r"""'Agents recovered 57 minors in the US.\nRecoveries by field office:\nTulsa: 4\nRed Hook: 2'."""
    rows = [
        ("Agents", 1, "nsubj", "NOUN", "agent"),
        ("recovered", 1, "ROOT", "VERB", "recover", None, "VBD"),  # 1
        ("57", 3, "nummod", "NUM"),
        ("minors", 1, "dobj", "NOUN", "minor"),  # 3
        ("in", 1, "prep", "ADP"),  # 4
        ("the", 6, "det", "DET"),
        ("US", 4, "pobj", "PROPN", None, "GPE"),  # 6
        (".", 1, "punct", P),
        ("\n", 7, "dep", "SPACE"),
        ("Recoveries", 9, "ROOT", "NOUN", "recovery"),  # 9
        ("by", 9, "prep", "ADP"),  # 10
        ("field", 12, "compound", "NOUN"),
        ("office", 10, "pobj", "NOUN"),  # 12
        (":", 9, "punct", P),  # 13
        ("\n", 13, "dep", "SPACE"),
        ("Tulsa", 15, "ROOT", "PROPN"),  # 15
        (":", 15, "punct", P),
        ("4", 15, "appos", "NUM"),
        ("\n", 17, "dep", "SPACE"),
        ("Red", 20, "compound", "PROPN"),
        ("Hook", 20, "ROOT", "PROPN"),  # 20
        (":", 20, "punct", P),
        ("2", 20, "appos", "NUM"),
    ]
    if final_newline:
        rows.append(("\n", 22, "dep", "SPACE"))
    return rows


LABEL_LINE_FIGURES = [
    ("rescued", 57, "trigger:recover", "United States"),
    ("rescued", 4, "breakdown:label", "Tulsa"),
    ("rescued", 2, "breakdown:label", "Red Hook"),
]


def test_figures_breakdown_label_lines_under_a_header(nlp):
    _, figs = figures(nlp, _label_lines(final_newline=True))
    assert [(f.kind, f.value, f.rule, f.place) for f in figs] == LABEL_LINE_FIGURES


def test_figures_breakdown_label_line_at_end_of_text_without_newline(nlp):
    _, figs = figures(nlp, _label_lines(final_newline=False))
    assert [(f.kind, f.value, f.rule, f.place) for f in figs] == LABEL_LINE_FIGURES


def _list_doc(nlp, words, places):
    """A flat Doc (every word hangs on the first) with numbers and places, for the list-pairing helpers."""
    lemma = {"suspects": "suspect", "them": "they"}
    rows = [
        (w, 0, "ROOT" if i == 0 else "dep", "NUM" if w[0].isdigit() else "X", lemma.get(w)) for i, w in enumerate(words)
    ]
    for i in places:
        rows[i] = (words[i], 0, "dep", "PROPN", None, "B-GPE")
    doc = run(nlp, parsed_doc(nlp.vocab, rows), until="opf_numbers")
    return doc, list(doc.spans["numbers"]), list(doc.spans["places"])


@pytest.mark.parametrize(
    "words,num_at,place_at,cost",
    [
        (["x", "Germany", "(", "47", ")"], 3, 1, 0),  # a bracket costs nothing
        (["x", "Britain", "55"], 2, 1, 0),
        (["x", "47", "in", "Germany"], 1, 3, 1),  # a list word
        (["x", "65", "suspects", "in", "the", "US"], 1, 5, 2),  # the counted noun, then "in"
        (["x", "121", "of", "them", "in", "the", "UK"], 1, 6, 3),  # a part of a group counted before
        (["x", "US", "with", "153"], 3, 1, 2),  # a separator before the count
        (["x", "47", ",", "Germany"], 1, 3, None),  # a count's own place follows it directly
        (["x", "47", "in", "5", "Germany"], 1, 4, None),  # another count stands between
        (["x", "47", "seized", "in", "Germany"], 1, 4, None),  # not a list word
        (["x", "Britain", "no.", "2", "with", "19"], 5, 1, 2),  # a ranking between costs nothing ("No. 2 at 19")
    ],
)
def test_figures_list_gap_costs(nlp, words, num_at, place_at, cost):
    doc, nums, places = _list_doc(nlp, words, [place_at])
    finder = nlp.get_pipe("opf_figures")
    num = next(n for n in nums if n.start == num_at)
    place = next(p for p in places if p.start == place_at)
    assert finder._list_gap(doc, num, place, nums) == cost


def test_figures_pair_items_tightest_first(nlp):
    # "x the US with 153 , Britain 55": 153 goes with the US, 55 with Britain
    doc, nums, places = _list_doc(nlp, ["x", "the", "US", "with", "153", ",", "Britain", "55"], [2, 6])
    pairs = nlp.get_pipe("opf_figures")._pair_items(doc, nums, places)
    assert sorted((n.text, p.text) for n, p in pairs) == [("153", "US"), ("55", "Britain")]


def test_figures_pair_items_skip_a_place_modifying_a_noun(nlp):
    # "x 40 UK suspects": "UK" is an adjective of the noun, no list item
    rows = [("x", 0, "ROOT", "X"), ("40", 3, "nummod", "NUM"), ("UK", 3, "compound", "PROPN", None, "GPE")]
    rows.append(("suspects", 0, "dep", "NOUN", "suspect"))
    doc = run(nlp, parsed_doc(nlp.vocab, rows), until="opf_numbers")
    pairs = nlp.get_pipe("opf_figures")._pair_items(doc, list(doc.spans["numbers"]), list(doc.spans["places"]))
    assert pairs == []


# -- rules-only mode and headlines: no parse to trust -------------------------------------------------


@pytest.mark.parametrize(
    "words,expected",
    [
        ("Police arrested 47 people .", [("arrested", 47, "flat:arrest")]),
        ("Police made 153 arrests .", [("arrested", 153, "flat:arrest")]),
        ("Officers identified 20 children .", [("victims_identified", 20, "flat:identify")]),
        ("The men face 120 charges .", [("charges", 120, "flat:charges")]),
        ("Police from 18 countries took part .", [("countries", 18, "flat:countries")]),
        ("Police seized 32 phones and arrested nobody .", []),
        ("A 15 - year - old was arrested .", []),
    ],
)
def test_figures_rules_only_mode_reads_the_next_word_and_nearest_trigger(nlp, words, expected):
    doc = run(nlp, plain_doc(nlp.vocab, words), until="opf_figures")
    assert summary(sp._.opf for sp in doc.spans["figures"]) == expected


def test_figures_title_case_headline_is_read_flat(nlp):
    # "Police Arrest 9 Suspects, Rescue 50 Children": parsed, but a headline's parse is not trusted
    rows = [
        ("Police", 1, "compound", "PROPN"),
        ("Arrest", 1, "ROOT", "PROPN"),  # 1
        ("9", 3, "nummod", "NUM"),
        ("Suspects", 1, "appos", "PROPN"),
        (",", 1, "punct", P),
        ("Rescue", 1, "appos", "PROPN"),
        ("50", 7, "nummod", "NUM"),
        ("Children", 5, "appos", "PROPN"),
    ]
    _, figs = figures(nlp, rows)
    assert summary(figs) == [("arrested", 9, "flat:arrest"), ("rescued", 50, "flat:rescue")]


def test_figures_breakdown_label_lines_in_a_text_without_places(nlp):
    rows = [r if r[0] != "US" else ("country", 4, "pobj", "NOUN") for r in _label_lines(final_newline=True)]
    _, figs = figures(nlp, rows)
    assert [(f.value, f.rule, f.place) for f in figs][1:] == [
        (4, "breakdown:label", "Tulsa"),
        (2, "breakdown:label", "Red Hook"),
    ]
