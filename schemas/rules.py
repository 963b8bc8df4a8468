"""Models of the rule files in `rules/`: a typo in a rule file fails on load, by name."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.models import FigureKind, Qualifier


class RuleModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=True)


def words(description: str) -> Any:
    """An optional word list of a rule file: empty when the file leaves it out."""
    return Field(default_factory=list, description=description)


class AgencyEntry(RuleModel):
    """One body of the gazetteer."""

    name: str = Field(min_length=2, description="Canonical full name.")
    aliases: list[str] = words("Other written forms.")
    acronym: str | None = Field(None, description="Its acronym, also matched case-sensitively.")
    country: str = Field(description="ISO 3166 alpha-2 code, or INT for international bodies.")
    type: str = Field(
        description="police | prosecutor | ministry | court | border | international | ngo | unit | other"
    )
    ambiguous: bool = Field(False, description="Acronym shared with a non-agency; needs context.")
    context: list[str] = words("Lower-case words that confirm an ambiguous acronym.")
    source: str = Field(description="Where the name was checked (official site).")

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        allowed = {"police", "prosecutor", "ministry", "court", "border", "international", "ngo", "unit", "other"}
        if v not in allowed:
            raise ValueError(f"type must be one of {sorted(allowed)}")
        return v

    @model_validator(mode="after")
    def _context(self) -> AgencyEntry:
        if self.ambiguous and not self.context:
            raise ValueError(f"{self.name!r}: an ambiguous acronym needs context words to be confirmed")
        return self


class AgencyRules(RuleModel):
    agencies: list[AgencyEntry]
    head_nouns: list[str] = Field(description="Lower-case head nouns that make an ORG entity an agency.")
    outlets: list[str] = Field(description="News outlets and wire services, never agencies.")
    title_words: list[str] = words("Lower-case titles that end a body's name ('... Superintendent Drew Evans').")
    police_ranks: list[str] = words("Police ranks: one after an ambiguous acronym confirms the police body.")
    everywhere: list[str] = words("Canonical names of bodies in so many stories that sharing one says nothing.")
    guarded_heads: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Head nouns that make a body only beside one of their words "
        "('Criminal Investigation and Detection Group', never 'Lazarus Group').",
    )
    unit_nouns: list[str] = Field(
        description="Lower-case nouns that end a unit's name even when written in lower case ('Vice unit')."
    )
    generic_modifiers: list[str] = Field(description="Words that make 'X police' a description, not a name.")
    numbered_nouns: list[str] = words("Nouns a body's number follows: 'the Regional Trial Court Branch 12'.")
    outlet_words: list[str] = words("Words that make a name a news outlet: 'Xinhua News Agency'.")
    law_words: list[str] = words("First words of a law's part, never a body: 'Sections 65/66 of the Act'.")
    not_body_heads: list[str] = words("Last words of a name that is an operation, never a body: 'UK Police Operation'.")
    crime_groups: list[str] = words("Nouns of criminal groups: a name given as one ('gangs such as X') is no body.")
    crime_modifiers: list[str] = words("Words that make a group criminal: 'criminal groups', 'drug organisations'.")
    minister_titles: dict[str, str] = Field(
        default_factory=dict,
        description="Titles of holders that name their ministry: 'Interior Minister X' -> 'Ministry of Interior' "
        "(title -> the body's pattern, {} for the portfolio).",
    )
    portfolio_names: dict[str, str] = Field(
        default_factory=dict, description="Portfolios written short in a title: 'Foreign' -> 'Foreign Affairs'."
    )
    not_portfolios: list[str] = words("Words before a title that name no portfolio: Prime, Chief, Deputy.")
    office_titles: list[str] = words(
        "Titles that stand for an office after a place ('Kentucky Attorney General' -> the AG's Office)."
    )
    bare_office_titles: list[str] = words(
        "Titles whose holder, named after the bare title, speaks for its office ('Prosecutor General Ann Lee' -> "
        "Office of the Prosecutor General); not 'Attorney General', whose office is a country's justice ministry."
    )
    district_titles: dict[str, str] = Field(
        default_factory=dict,
        description="Titles written with the district they serve, and the office they name: 'the U.S. attorney "
        "for the Middle District of Georgia' -> U.S. Attorney's Office for the Middle District of Georgia.",
    )
    plural_bodies: dict[str, str] = Field(
        default_factory=dict,
        description="Plural body nouns shared by listed names, and each one's singular name: 'the Leeds and York "
        "police departments' -> Leeds Police Department, York Police Department.",
    )
    national_names: list[str] = words(
        "Generic names a country's own body goes by, in title case: 'the National Guard' is the Mexican "
        "one in a story about Mexico."
    )
    police_titles: list[str] = words(
        "Titles of a force's head that name the place's force: 'Leeds Commissioner of Police', 'DGP Kerala'."
    )

    @model_validator(mode="after")
    def _unique(self) -> AgencyRules:
        seen: set[str] = set()
        for a in self.agencies:
            if a.name.lower() in seen:
                raise ValueError(f"agency {a.name!r} is listed twice")
            seen.add(a.name.lower())
        return self


class Trigger(RuleModel):
    """A verb or event noun lemma that says what a nearby count counts."""

    kind: FigureKind
    lemmas: list[str] = Field(min_length=1)
    priority: int = Field(0, description="Higher wins when several triggers govern one number.")


class FigureRules(RuleModel):
    triggers: list[Trigger]
    sex_nouns: list[str] = words("Nouns of one sex: '500 men and 86 women' is a breakdown, not figures.")
    young_nouns: list[str] = words(
        "Nouns of young people, a split only beside counts by sex: '20 men and 18 children'."
    )
    age_group_nouns: list[str] = words("Nouns of an age group: '11 men and two juveniles' is a breakdown too.")
    person_nouns: list[str]
    serving_verbs: list[str] = words("Verbs whose subject serves a prison term: 'the gang will serve 173 years'.")
    charge_verbs: list[str] = words(
        "Verbs besides the legal steps under which offences are charges ('admitted 12 offences')."
    )
    dead_words: list[str] = words("Words that make people counted the dead: 'deceased victims recovered'.")
    victim_only_triggers: list[str] = words("Triggers that rescue only people named as victims ('released').")
    thing_verbs: list[str] = words("Trigger verbs as often said of things: they count only nouns known to be people.")
    thing_harms: list[str] = words("Harm verbs said of things as often as of people ('stolen motorbikes').")
    quantity_nouns: list[str] = words("Nouns looked through to their of-object: 'a raft of charges'.")
    shield_verbs: list[str] = words("Verbs that rescue people when they keep them from harm ('prevented ...').")
    harm_nouns: list[str] = words("What people are kept from: 'harm', 'abuse'.")
    found_verbs: list[str] = words("Verbs by which people named as no offenders are found: rescued.")
    neutral_people: list[str] = words("Nouns of people that name no offender ('nationals', 'workers').")
    aid_words: list[str] = words("Words that make victims rescued: 'aided 4,414 victims'.")
    state_unions: list[str] = words("Unions whose members are countries: '28 European Union members'.")
    force_people: list[str] = words(
        "Excluded nouns for law-enforcement staff that count when a legal step acts on them "
        "('arrested three officers')."
    )
    size_words: list[str] = words("Words that make 'N-<word>' the size of a group ('a 27-strong gang').")
    group_nouns: list[str] = words("Nouns of a group of people whose size counts them ('gang', 'ring').")
    prep_triggers: dict[str, dict[str, FigureKind]] = Field(
        default_factory=dict,
        description="Verbs whose step their preposition says: 'booked under the Act' (charged), 'booked into "
        "jail' (arrested); with no such preposition they are no step.",
    )
    additive_words: list[str] = words("Words for more of a group counted before: 'a further 12 were Britons'.")
    kind_nouns: dict[str, str] = Field(
        default_factory=dict,
        description="People nouns that say a kind by themselves, for a list of counts whose sentence names no "
        "step ('other suspects included those from Peru (36)').",
    )
    document_nouns: list[str] = words("Legal documents that may name many people: 'six indictments' counts none.")
    population_nouns: list[str] = words("Nouns for those who live in a place: 'a suburb of 775,000 residents'.")
    populated_nouns: list[str] = words("Nouns of places with a population: suburb, city, town.")
    membership_verbs: list[str] = words(
        "Verbs by which a body has its members: 'Interpol has 196 member countries' counts no one taking part."
    )
    presence_words: list[str] = words(
        "Words of a crime group's presence: 'a gang active in 9 countries' counts no countries taking part."
    )
    victim_nouns: list[str]
    charge_nouns: list[str]
    country_nouns: list[str]
    excluded_nouns: list[str] = Field(description="Counted things that are never figures (images, accounts...).")
    blocking_lemmas: list[str] = Field(description="Lemmas on the path that make a number no figure (age, old).")
    family_lemmas: list[str] = words("Family nouns whose 'of N' counts children ('a father of two').")
    rescue_when_victims: list[str] = Field(description="Identification lemmas meaning a rescue when victims are found.")
    kin_nouns: list[str] = words("Nouns of kin: 'their five children' belong to someone, so no step counts them.")
    owned_nouns: list[str] = words(
        "Places people own: 'targeted the homes of 11 members' acts on the homes; the members are no figure."
    )
    origin_verbs: list[str] = words(
        "Verbs that move people: 'trafficked from two countries' names where they came from, not countries taking part."
    )
    accused_nouns: list[str] = words("Nouns of people charged by definition: 'the 64 defendants' (charged).")
    offender_nouns: list[str] = words(
        "People on the other side of a rescue: 'rescued from the clutches of 20 traffickers' counts no one rescued."
    )
    trial_words: list[str] = words(
        "Lemmas of a trial: 'the judge addressed the seven defendants' counts no one charged."
    )
    warrant_acts: list[str] = words(
        "Verbs that carry out an arrest warrant: 'executed four arrest warrants against four suspects' arrests them."
    )
    harm_event_nouns: list[str] = words("Nouns of a crime done to people: 'the abuse of 15 girls' counts its victims.")
    abuse_verbs: list[str] = words(
        "Verbs whose people object is the case's victims: 'guilty of trafficking 15 women' (not 15 convicted)."
    )
    harm_verbs: list[str] = words("Verbs whose people object a crime harmed: victims ('defrauded 90 people').")
    partner_nouns: list[str] = words("Nouns of bodies taking part ('police from 18 countries').")
    people_triggers_kinds: list[str] = Field(
        description="Kinds whose trigger makes any counted noun people, unless the noun is excluded."
    )
    support_verbs: list[str] = words("Verbs with no kind of their own: the kind is their event-noun subject's.")
    modal_words: list[str] = words("Auxiliaries that make a claim not (yet) a fact.")
    belief_verbs: list[str] = words(
        "Verbs whose clause is a belief or estimate, not a finding: 'police believe 400 ...'."
    )
    anaphors: list[str] = words("Words that stand for a group counted before.")
    time_units: list[str] = words("Units that make a number a duration.")
    breakdown_links: list[str] = Field(
        description="Lower-case words allowed between a place and its count in a breakdown list item."
    )
    rank_words: list[str] = Field(description="Lower-case words before a number that make it a rank ('No. 2').")


class QualifierPhrase(RuleModel):
    words: str = Field(min_length=1, description="Lower-case words written before the number.")
    qualifier: Qualifier


class QualifierRules(RuleModel):
    before: list[QualifierPhrase]
    after: list[QualifierPhrase] = Field(default_factory=list)
    currency_words: list[str] = words("Words before an amount of money the model may miss: 'Rs 2.2 million'.")


class OperationRules(RuleModel):
    keywords: list[str] = Field(description="Words that start a name: Operation, Project.")
    suffix_keywords: list[str] = Field(description="Words that end a name: 'Blackwrist Operation'.")
    naming_cues: list[str] = Field(description="Lower-case cues before a name: dubbed, code-named.")
    name_stopwords: list[str] = Field(description="Lower-case words that end or reject a name.")
    operation_nouns: list[str] = words("Nouns a naming cue must follow ('an operation called X').")
    descriptive_words: list[str] = words("Lower-case words that make 'X Operation' a description, not a name.")
    name_links: list[str] = words("Lower-case words that may stand inside a name ('Luz na Infancia', 'Light in').")


class TermRules(RuleModel):
    term_lemmas: list[str] = Field(description="Lemmas that make a duration a prison term.")
    blocking_lemmas: list[str] = Field(description="Lemmas that make it a possible/statutory term.")
    aggregate_words: list[str]
    time_after_words: list[str] = words("Words after a duration that make it a point in time ('after', 'ago').")
    not_prison_words: list[str] = words("Lower-case words after a duration that make it no prison term.")
    group_sum_phrases: list[str] = Field(
        description="Lower-case phrases that make a term given to a plural subject a sum over the group."
    )
    life_phrases: list[str]


class PlaceRules(RuleModel):
    demonyms: dict[str, str] = Field(description="Lower-case demonym -> place.")
    aliases: dict[str, str] = Field(description="Lower-case short form -> canonical place.")
    worldwide: list[str] = Field(description="Lower-case phrases that scope a figure to the world.")
    place_preps: list[str] = words("Prepositions that give a figure its place.")
    time_preps: list[str] = words("Prepositions that give a figure its time.")
    say_lemmas: list[str] = words("Verbs that attribute a figure to a speaker.")
    event_nouns: list[str] = words(
        "Nouns of a police action whose place is its figures' ('an operation in Leeds led to 16 arrests')."
    )
    site_nouns: list[str] = words(
        "Nouns of sites named after a town ('at Manmad railway station'): the town is still a place."
    )
    region_nouns: list[str] = words("Lemmas of nouns for a set of places ('states', 'parts of Canada').")
    compass_words: list[str] = words("Compass adjectives that say which region.")
    actor_nouns: list[str] = words("Nouns for bodies whose place scopes what they count ('police').")
    scope_adverbs: list[str] = words("Adverbs that scope a figure on their own ('nationwide', 'overseas').")
