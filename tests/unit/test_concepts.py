"""The concept lexicon (introductions/concepts.toml) and the reading of needs and offers."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from mingle.domain.introductions import concepts
from mingle.domain.introductions.concepts import (
    LEXICON_FILES,
    Lexicon,
    lexicon,
    merge_lexicons,
)
from mingle.domain.introductions.need_match import AD_HOC, need_met_by, phrase_key


def test_the_lexicon_is_big_and_consistent() -> None:
    lex = lexicon()
    assert len(lex.concepts) >= 300
    for label, concept in lex.concepts.items():
        for other in (*concept.broader, *concept.near):
            assert other in lex.concepts, f"{label} names {other}, which is not a concept"
        assert label not in lex.ancestors[label], f"{label} is wider than itself"


def test_later_files_add_concepts_and_words_but_keep_meanings() -> None:
    first = {"language": {"name": "english", "stemmer": "english"},
             "forms": {"advice": "consultant"},
             "concepts": {"plumbing": {"words": "plumber", "near": "heating"},
                          "heating": {"words": "boiler"}}}
    then = {"forms": {"advice": "adviser"}, "ignore": {"words": "sooo"},
            "concepts": {"plumbing": {"words": "leak boiler", "phrases": "burst pipe",
                                      "near": "roofing"},
                         "roofing": {"words": "roofer", "kind_of": True}}}
    merged = merge_lexicons([first, then])
    assert merged["concepts"]["plumbing"] == {"words": "plumber leak",  # "boiler" is known
                                              "near": "heating, roofing",
                                              "phrases": "burst pipe"}
    lex = Lexicon(merged)
    assert lex.lookup("leak")[1].value == "plumbing"
    assert lex.lookup("boiler")[1].value == "heating"  # the first file's meaning stays
    assert lex.lookup("adviser")[1].kind == "form" and lex.lookup("sooo")[1].kind == "ignore"
    assert lex.concepts["roofing"].kind_of and "burst" in {s for p in lex.phrases.values()
                                                          for o in p for s in o.stems}


@pytest.mark.parametrize(("need", "offer", "met"), [
    ("burst pipe in the kitchen", "plasterer", False),
    ("leaking tap", "roofer", False),
    ("lights keep flickering", "painter and decorator", False),
    ("leak under the shop floor!!", "emergency plumber 24/7", True),
    ("need a builder", "electrician", True),  # the wider trade is met by any of its own
    ("locked out of the shop", "locksmith", True),
])
def test_each_trade_meets_its_own_jobs_not_the_other_trades(need: str, offer: str,
                                                            met: bool) -> None:
    assert (need_met_by(need, offer) is not None) is met


@pytest.mark.parametrize(("need", "offer", "met"), [
    # What an offer names after "with" or a spaced dash, it offers too...
    ("a place to throw a book launch for 60 people", "bookshop with an events room", True),
    ("flyers and a menu board", "graphic designer - print & signage", True),
    # ...but not what it names after "for" (whom it serves), and not on the need's side.
    ("need a charity partner", "accountant for charities", False),
    ("bookshop with an events room", "event space for hire", False),
])
def test_an_offer_gives_what_it_names_alongside(need: str, offer: str, met: bool) -> None:
    found = need_met_by(need, offer)
    assert (found is not None) is met
    if found is not None:  # less of a fit than the offer's own subject
        assert found.fit < need_met_by("event space", "event space for hire").fit


def test_neighbours_never_meet() -> None:
    lex = lexicon()
    for label, concept in lex.concepts.items():
        for other in concept.near:
            assert not lex.related(label, other), f"{label} and its neighbour {other} meet"


@pytest.mark.parametrize(("phrase", "heads"), [
    ("someone to do my books", {"bookkeeping"}),
    ("a venue for a workshop", {"event space"}),
    # A spaced dash refines what comes before it, as a preposition does.
    ("angel syndicate - climate & energy deals", {"funding"}),
    ("hall hire \u2013 seats 150, kitchen on site", {"event space"}),
    ("startup solicitor \u2014 corporate & equity", {"legal"}),
    ("coffee tasting classes", {"coffee tasting"}),
    ("UX designer", {"UX design"}),
    ("python developer", {"python"}),
    ("hiring developers", {"hiring", "software development"}),
    ("public relations and media pitching", {"public relations"}),
    ("someone to film our launch", {"video"}),
    ("a bookeeper", {"bookkeeping"}),  # a typo
    ("photgraphers", {"photography"}),  # a typo and a plural
    ("ceramic teaware", {AD_HOC + "teaware"}),
    # a phrase of the lexicon said with a synonym of its own concept
    ("employment solicitor", {"employment law"}),
    ("grant writer for charities", {"grant writing"}),
    ("drone videography", {"video"}),
    # words that head only alone; forms after a subject
    ("help getting more customers online", {"customers"}),
    ("a sales coach for my team", {"sales"}),
    ("a business coach", {"coaching"}),
    ("football coach for kids", {"sport"}),
    ("social video production", {"video"}),
    ("German translator", {"translation"}),
    # verbs: "to hire …", after "I"/"we"; "write our …" is about what is written
    ("looking to hire a junior developer", {"hiring", "software development"}),
    ("equipment hire", {"event hire"}),
    ("I photograph food", {"photography"}),
    ("someone to write our privacy policy", {"legal"}),
    ("someone who can build an iOS app", {"mobile apps"}),
    # participles, numbers and "get … into"
    ("a shopify theme tweaked", {"online shop"}),
    ("need to get our first 10 customers", {"customers"}),
    ("get my jam into farm shops", {"retail buyers"}),
    # a form of help alone names its concept
    ("a manufacturer", {"manufacturing"}),
    ("a tutor for my son", {"tutoring"}),
])
def test_the_head_is_what_is_needed(phrase: str, heads: set[str]) -> None:
    assert phrase_key(phrase).heads == heads


def test_teaching_only_meets_teaching() -> None:
    assert phrase_key("coffee tasting classes").teaching
    assert need_met_by("pottery classes", "pottery lessons")
    assert not need_met_by("3d printing", "3d printing classes")
    # a teaching concept is teaching however it is said
    assert need_met_by("a tutor for my son", "maths tutoring")
    assert need_met_by("french lessons", "french tutor") is not None
    # advice meets teaching: the consultant who gives the training
    assert need_met_by("DEI training", "diversity and inclusion consultant") is not None
    assert not need_met_by("3d printing service", "3d printing classes")


def test_american_spellings_are_read_as_british() -> None:
    assert phrase_key("organize our event").heads == {"event planning"}
    assert phrase_key("jewelry maker").heads == {"jewellery"}
    assert phrase_key("fulfillment center").heads == {"storage"}


def test_one_letter_for_another_is_not_mended_in_short_words() -> None:
    assert phrase_key("inventor").heads == {AD_HOC + "inventor"}
    assert phrase_key("photographar").heads == {"photography"}  # long: mended


def test_a_long_unknown_word_is_read_by_its_family() -> None:
    assert phrase_key("agronomy consultant").heads == {"agritech"}  # as "agronomist"


@pytest.mark.parametrize(("phrase", "heads"), [
    ("My website is a bit embarrassing tbh, would love a redesign", {"web design"}),
    ("I'm struggling to keep on top of my invoices and receipts, any bookkeepers here?",
     {"bookkeeping"}),
    ("Is there anyone who can help me figure out whether I should register for VAT?", {"tax"}),
    ("Offering free 30 min consultations on employment law", {"employment law"}),
])
def test_chatty_sentences_are_read_for_their_subject(phrase: str, heads: set[str]) -> None:
    assert phrase_key(phrase).heads == heads


def test_filler_may_stand_inside_a_phrase() -> None:
    assert phrase_key("our books are a total mess").heads == {"bookkeeping"}
    assert phrase_key("our wordpress site keeps crashing").heads == {"wordpress"}


@pytest.mark.parametrize(("need", "offer"), [
    ("desk in a coworking space", "standing desk manufacturer"),
    ("a sales coach for my team", "coach hire for group travel"),
    ("a business coach", "football coach for kids"),
    ("cloud hosting for our app", "hosting dinner parties"),
    ("help with VAT returns", "product returns handling"),
    ("stockists for my jam", "jam sessions for musicians"),
    ("we sell kombucha wholesale", "sales training"),
])
def test_look_alikes_stay_apart(need: str, offer: str) -> None:
    assert need_met_by(need, offer) is None


def test_the_fit_counts_the_same_concept_and_shared_words() -> None:
    assert need_met_by("seed funding", "angel investment") == ("funding", 1)
    assert need_met_by("seed funding", "seed investment") == ("funding", 2)
    assert need_met_by("logo design", "design") == ("design", 1)  # wider, one shared word
    assert need_met_by("funding", "small business loans") == ("funding", 0)
    assert need_met_by("web hosting", "website design") is None


def test_words_of_phrases_are_not_taken_for_typos() -> None:
    assert phrase_key("media relations").heads == {"public relations"}


CONCEPT_FIELDS = {"words", "phrases", "broader", "near", "verbs", "with_object", "kind_of",
                  "yields", "teaching"}
TABLES = {"language", "forms", "forms_after_subject", "forms_alone", "ignore", "concepts"}


@pytest.mark.parametrize("name", LEXICON_FILES)
def test_each_file_of_the_lexicon_has_only_fields_the_loader_reads(name: str) -> None:
    data = tomllib.loads(resources.files(concepts.__package__).joinpath(name).read_text("utf-8"))
    assert set(data) <= TABLES, name
    for label, spec in data.get("concepts", {}).items():
        assert isinstance(spec, dict) and spec, label
        assert set(spec) <= CONCEPT_FIELDS, f"{name}: {label} has {set(spec) - CONCEPT_FIELDS}"
        for field in ("words", "phrases", "broader", "near", "verbs"):
            assert isinstance(spec.get(field, ""), str), f"{name}: {label}.{field}"
    marks = set(lexicon().concepts["funding"].__slots__)  # what a concept can carry
    assert CONCEPT_FIELDS - {"words", "phrases", "verbs"} <= marks | {"broader", "near"}


def test_concepts_trades_reads_symptoms_and_keeps_look_alikes_apart() -> None:
    met = [
        ("air con died in the shop", "air conditioning engineer, commercial and domestic"),
        ("the office is sweltering", "HVAC contractor"),
        ("mould keeps coming back in the bathroom", "damp and mould specialist"),
        ("restrooms are filthy", "contract cleaners"),
        ("greasy hood over the fryers", "TR19 ductwork cleaning"),
        ("horses keep escaping from the paddock", "post and rail fencing installer"),
        ("tractor keeps cutting out", "agricultural engineer, mobile"),
        ("need a van for the tour", "splitter van hire"),
        ("check the roof without scaffolding", "drone roof inspections"),
        ("house loses heat through the roof", "we do loft insulation"),
        ("want to get off gas and put in a heat pump", "MCS certified heat pump installer"),
        ("need a bigger electricity supply for our kitchen", "three phase upgrades"),
        ("someone keeps breaking into our yard", "CCTV and alarm installer"),
        ("lift keeps breaking down", "lift maintenance company"),
        ("need my classic car moved", "enclosed car transporter"),
        ("rats keep coming back", "pest control"),
    ]
    apart = [
        ("need public liability insurance", "electrician, fully qualified and insured"),
        ("need office space", "commercial cleaning contractor, offices & retail"),
        ("hedge fund intro", "hedge trimming and tree work"),
        ("need a van for the tour", "walking tours of edinburgh"),
        ("electricity bills have tripled", "EV charger installs"),
        ("looking for an alternative to our bank", "alternator repairs"),
        ("panel discussion speakers", "solar panel installer"),
        ("need a baler for cardboard", "farm machinery repairs"),
    ]
    for need, offer in met:
        assert need_met_by(need, offer) is not None, (need, offer)
    for need, offer in apart:
        assert need_met_by(need, offer) is None, (need, offer)
    # A wider word does not stand in for a specific one: "construction specialist" is no
    # "damp specialist", "energy for businesses" no "solar for businesses".
    assert phrase_key("construction specialist").heads == {"construction"}
    assert phrase_key("energy for businesses").heads == {"energy"}
