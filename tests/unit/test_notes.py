"""Quick-note syntax: tags, needs, offers, follow-ups, ratings, and never raising on odd text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.event.notes import FollowSpec, ParsedNote, parse_note, parse_when

TODAY = date(2026, 11, 22)  # a Sunday


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def test_today_is_a_sunday() -> None:
    assert TODAY.weekday() == 6


# Tags


def test_tags_are_read_and_kept_in_the_text() -> None:
    note = parse_note("Plays #golf and rides bikes #cycling", TODAY)
    assert note.tags == ["golf", "cycling"]
    assert note.text == "Plays #golf and rides bikes #cycling"


def test_tags_keep_first_spelling_and_drop_repeats() -> None:
    note = parse_note("#Fintech #fintech #FINTECH #designers #Designer #golf", TODAY)
    assert note.tags == ["Fintech", "designers", "golf"]


def test_tags_may_hold_digits_underscores_and_dashes() -> None:
    note = parse_note("#web3 #machine_learning #follow-up", TODAY)
    assert note.tags == ["web3", "machine_learning", "follow-up"]


def test_non_ascii_tags() -> None:
    assert parse_note("#café #王 #Москва #São-Paulo", TODAY).tags == [
        "café", "王", "Москва", "São-Paulo"]


def test_tag_with_combining_accent() -> None:
    assert parse_note("#cafe\u0301 ok", TODAY).tags == ["cafe\u0301"]


@pytest.mark.parametrize(
    "text",
    ["Writes C# all day", "see issue#4", "mail a#b@x.example", "page example.com/#top",
     "ranked #1 in sales", "table #42", "a lone # sign", "##", "#-", "#_", "#b@x.example"],
)
def test_hashes_that_are_not_tags(text: str) -> None:
    assert parse_note(text, TODAY).tags == []


def test_tag_ends_at_punctuation() -> None:
    assert parse_note("Loves #golf, #tennis. (#chess)", TODAY).tags == ["golf", "tennis", "chess"]


def test_trailing_dash_is_not_part_of_a_tag() -> None:
    assert parse_note("#golf- fan", TODAY).tags == ["golf"]


# Needs and offers


def test_needs_and_offers_split_on_commas() -> None:
    note = parse_note("needs: designer, a CTO\noffers: SEO intros, warm leads", TODAY)
    assert note.needs == ["designer", "a CTO"]
    assert note.offers == ["SEO intros", "warm leads"]


def test_singular_keywords_and_any_case() -> None:
    note = parse_note("NEED: investors. Offer: office space. NEEDS: legal advice", TODAY)
    assert note.needs == ["investors", "legal advice"]
    assert note.offers == ["office space"]


def test_two_needs_clauses_merge_without_repeats() -> None:
    note = parse_note("needs: designer, CTO. Later: needs: Designers, lawyer", TODAY)
    assert note.needs == ["designer", "CTO", "lawyer"]


def test_keyword_may_have_a_space_before_the_colon() -> None:
    assert parse_note("needs : a designer", TODAY).needs == ["a designer"]


def test_value_ends_at_sentence_end() -> None:
    note = parse_note("needs: a designer. She also skis! offers: intros? Nice.", TODAY)
    assert note.needs == ["a designer"]
    assert note.offers == ["intros"]


def test_value_ends_at_semicolon_and_newline() -> None:
    note = parse_note("needs: a, b; likes jazz\noffers: c\nrest of note", TODAY)
    assert note.needs == ["a", "b"]
    assert note.offers == ["c"]


def test_value_ends_at_next_marker() -> None:
    note = parse_note("needs: designer offers: intros #golf", TODAY)
    assert note.needs == ["designer"]
    assert note.offers == ["intros"]
    assert note.tags == ["golf"]


def test_value_ends_at_follow_and_rating() -> None:
    note = parse_note("offers: SEO intros !follow 3d\nneeds: a CTO ++ more text", TODAY)
    assert note.offers == ["SEO intros"]
    assert note.needs == ["a CTO"]
    assert note.rating == 2


def test_dots_inside_words_do_not_end_a_value() -> None:
    assert parse_note("needs: Node.js devs, $1.5m seed", TODAY).needs == [
        "Node.js devs", "$1.5m seed"]


def test_abbreviations_do_not_end_a_value() -> None:
    note = parse_note("needs: intros to VCs e.g. Sequoia, Dr. Smith. Then lunch.", TODAY)
    assert note.needs == ["intros to VCs e.g. Sequoia", "Dr. Smith"]


def test_spaced_slash_splits_but_a_slash_inside_a_word_does_not() -> None:
    note = parse_note("needs: UI/UX designer / CI/CD engineer", TODAY)
    assert note.needs == ["UI/UX designer", "CI/CD engineer"]


def test_plus_between_words_is_part_of_a_value() -> None:
    note = parse_note("offers: design + dev, C++ mentoring", TODAY)
    assert note.offers == ["design + dev", "C++ mentoring"]
    assert note.rating == 0


def test_items_are_trimmed_and_empties_dropped() -> None:
    assert parse_note("needs:  designer ,, , lawyer...  ", TODAY).needs == ["designer", "lawyer"]


def test_empty_needs_gives_a_problem_not_an_item() -> None:
    note = parse_note("needs:", TODAY)
    assert note.needs == []
    assert note.problems == ["Nothing after 'needs:'"]
    assert parse_note("offers: ; needs: x", TODAY).offers == []


def test_non_ascii_needs() -> None:
    note = parse_note("needs: diseñadora, 设计师，投资人。offers: café", TODAY)
    assert note.needs == ["diseñadora", "设计师", "投资人"]
    assert note.offers == ["café"]


def test_full_width_colon() -> None:
    assert parse_note("needs：投资人", TODAY).needs == ["投资人"]


@pytest.mark.parametrize(
    "text", ["theneeds: x", "#needs: x", "http://x.example/needs:x", "me@needs: x", "co-offers: y"],
)
def test_keywords_inside_words_are_not_clauses(text: str) -> None:
    note = parse_note(text, TODAY)
    assert note.needs == []
    assert note.offers == []


def test_keyword_without_colon_is_plain_text() -> None:
    note = parse_note("She needs a designer and offers intros", TODAY)
    assert (note.needs, note.offers, note.problems) == ([], [], [])


# Follow-ups


@pytest.mark.parametrize(
    ("token", "due"),
    [("0d", TODAY), ("1d", days(1)), ("3d", days(3)), ("10d", days(10)), ("1w", days(7)),
     ("2w", days(14)), ("3D", days(3)), ("3 days", days(3)), ("1day", days(1)),
     ("2 weeks", days(14)), ("in 2w", days(14)), ("in 5 days", days(5)),
     ("today", TODAY), ("Tomorrow", days(1)), ("tmrw", days(1)),
     ("2026-11-05", date(2026, 11, 5)), ("2026-12-01", date(2026, 12, 1)),
     ("2027-1-9", date(2027, 1, 9)), ("12-01", date(2026, 12, 1)), ("11-22", TODAY),
     ("11-05", date(2027, 11, 5)), ("02-29", date(2028, 2, 29)), ("tomorrow.", days(1))],
)
def test_parse_when(token: str, due: date) -> None:
    assert parse_when(token, TODAY) == due


@pytest.mark.parametrize(
    ("token", "due"),
    [("mon", days(1)), ("monday", days(1)), ("tue", days(2)), ("Wed", days(3)),
     ("thurs", days(4)), ("friday", days(5)), ("SAT", days(6)),
     # The next such day strictly after today: Sunday means a week away.
     ("sun", days(7)), ("sunday", days(7))],
)
def test_parse_when_weekdays(token: str, due: date) -> None:
    assert parse_when(token, TODAY) == due


def test_weekday_after_a_wednesday() -> None:
    wednesday = date(2026, 11, 25)
    assert parse_when("wed", wednesday) == date(2026, 12, 2)
    assert parse_when("thu", wednesday) == date(2026, 11, 26)
    assert parse_when("mon", wednesday) == date(2026, 11, 30)


@pytest.mark.parametrize(
    "token",
    ["", "someday", "3", "3m", "3mo", "d", "-3d", "2026-13-45", "2026-02-30", "13-45", "00-10",
     "99999d", "soon-ish", "2026/11/05", "next week"],
)
def test_parse_when_unreadable(token: str) -> None:
    assert parse_when(token, TODAY) is None


def test_parse_when_near_the_end_of_time_does_not_raise() -> None:
    assert parse_when("9999w", date(9999, 12, 1)) is None
    assert parse_when("12-25", date(9999, 12, 26)) is None


def test_follow_with_when_and_action() -> None:
    note = parse_note("Great chat !follow 3d send deck", TODAY)
    assert note.follow == FollowSpec(days(3), "send deck")
    assert note.text == "Great chat !follow 3d send deck"


def test_follow_without_when_defaults_to_three_days() -> None:
    assert parse_note("!follow", TODAY).follow == FollowSpec(days(3), "")
    assert parse_note("!follow. Nice person", TODAY).follow == FollowSpec(days(3), "")
    assert parse_note("!follow #golf", TODAY).follow == FollowSpec(days(3), "")


@pytest.mark.parametrize("marker", ["!fu", "!FOLLOW", "!Follow", "!followup", "!follow-up",
                                    "!follow up"])
def test_follow_aliases(marker: str) -> None:
    assert parse_note(f"{marker} 1w intro to Sam", TODAY).follow == FollowSpec(days(7),
                                                                              "intro to Sam")


def test_follow_iso_date() -> None:
    note = parse_note("!follow 2026-12-05 coffee", TODAY)
    assert note.follow == FollowSpec(date(2026, 12, 5), "coffee")


def test_follow_month_day_rolls_into_next_year_when_past() -> None:
    assert parse_note("!follow 11-05", TODAY).follow == FollowSpec(date(2027, 11, 5), "")
    assert parse_note("!follow 12-05", TODAY).follow == FollowSpec(date(2026, 12, 5), "")


def test_follow_past_iso_date_is_kept_with_a_warning() -> None:
    note = parse_note("!follow 2026-11-05", TODAY)
    assert note.follow == FollowSpec(date(2026, 11, 5), "")
    assert note.problems == ["The follow-up date 2026-11-05 is in the past"]


def test_follow_weekday() -> None:
    assert parse_note("!fu fri book demo", TODAY).follow == FollowSpec(days(5), "book demo")


def test_follow_several_words_of_when() -> None:
    note = parse_note("!follow in 2 weeks: send the deck. Then lunch", TODAY)
    assert note.follow == FollowSpec(days(14), "send the deck")


def test_follow_action_stops_at_markers_and_sentence_end() -> None:
    note = parse_note("!follow tomorrow send deck #saas ++", TODAY)
    assert note.follow == FollowSpec(days(1), "send deck")
    assert note.tags == ["saas"]
    assert note.rating == 2
    assert parse_note("!follow tue call her; she golfs", TODAY).follow == FollowSpec(days(2),
                                                                                      "call her")
    assert parse_note("!follow 1d ping\nnext line", TODAY).follow == FollowSpec(days(1), "ping")


@pytest.mark.parametrize("when", ["2026-13-45", "someday", "2026-02-30", "13-45"])
def test_unreadable_follow_date_is_a_problem(when: str) -> None:
    note = parse_note(f"!follow {when} send deck", TODAY)
    assert note.follow is None
    assert len(note.problems) == 1
    assert note.problems[0].startswith(f"Could not read the follow-up date '{when}'")


def test_long_unreadable_date_is_shortened_in_the_problem() -> None:
    note = parse_note("!follow " + "x" * 200, TODAY)
    assert note.follow is None
    assert len(note.problems[0]) < 120


def test_last_follow_counts() -> None:
    note = parse_note("!follow 1d call. !follow 2w lunch", TODAY)
    assert note.follow == FollowSpec(days(14), "lunch")
    assert note.problems == ["More than one !follow; the last one counts"]


@pytest.mark.parametrize("text", ["great!follow 3d", "!follower", "!fun", "!!follow 3d"])
def test_bang_words_that_are_not_follow_markers(text: str) -> None:
    note = parse_note(text, TODAY)
    assert note.follow is None
    assert note.problems == []


# Rating


@pytest.mark.parametrize(
    ("text", "rating"),
    [("+", 1), ("++", 2), ("+++", 3), ("great ++", 2), ("+++ amazing", 3), ("ok\n+\nbye", 1),
     ("++ then later +", 1), ("+ then later +++", 3), ("no rating", 0), ("++++", 0),
     ("C++ dev", 0), ("+1 for this", 0), ("a+b", 0), ("++,", 0), ("Notepad++ user", 0)],
)
def test_rating(text: str, rating: int) -> None:
    assert parse_note(text, TODAY).rating == rating


def test_single_plus_between_words_means_and() -> None:
    assert parse_note("met Jo + Sam", TODAY).rating == 0
    assert parse_note("met Jo ++ Sam", TODAY).rating == 2


# Everything at once


def test_example_from_the_brief() -> None:
    note = parse_note(
        "Runs a ceramics studio. needs: wholesale buyers, a UX designer #ceramics !follow 1w ++",
        TODAY,
    )
    assert note.needs == ["wholesale buyers", "a UX designer"]
    assert note.tags == ["ceramics"]
    assert note.follow == FollowSpec(days(7), "")
    assert note.rating == 2
    assert note.offers == []
    assert note.problems == []


def test_every_piece_at_once() -> None:
    text = ("  Ana, CTO at Brightloop. #fintech #Golf\n"
            "needs: a designer, seed investors\n"
            "offers: SEO intros / hiring advice\n"
            "!follow wed send deck +++  ")
    note = parse_note(text, TODAY)
    assert note.text == text.strip()
    assert note.tags == ["fintech", "Golf"]
    assert note.needs == ["a designer", "seed investors"]
    assert note.offers == ["SEO intros", "hiring advice"]
    assert note.follow == FollowSpec(date(2026, 11, 25), "send deck")
    assert note.rating == 3
    assert note.problems == []
    assert note.summary() == [
        "tags: fintech, Golf",
        "needs: a designer, seed investors",
        "offers: SEO intros, hiring advice",
        "follow up: Wed 25 Nov (in 3 days) — send deck",
        "rating: +++",
    ]


def test_text_is_cleaned_of_control_characters() -> None:
    note = parse_note("\x1b[31mRed\x1b[0m needs: x\x07y\r\nnext", TODAY)
    assert note.text == "Red needs: xy\nnext"
    assert note.needs == ["xy"]


def test_plain_text_has_nothing_to_read() -> None:
    note = parse_note("Just a nice chat about boats.", TODAY)
    assert (note.tags, note.needs, note.offers, note.follow, note.rating, note.problems) == (
        [], [], [], None, 0, [])
    assert note.summary() == []


def test_empty_text() -> None:
    assert parse_note("", TODAY) == ParsedNote(text="", tags=[], needs=[], offers=[], follow=None,
                                                rating=0, problems=[])


# Summary


def test_summary_leaves_out_empty_parts() -> None:
    assert parse_note("#golf ++", TODAY).summary() == ["tags: golf", "rating: ++"]
    assert parse_note("offers: intros", TODAY).summary() == ["offers: intros"]


@pytest.mark.parametrize(
    ("when", "line"),
    [("today", "follow up: Sun 22 Nov (today)"),
     ("tomorrow", "follow up: Mon 23 Nov (tomorrow)"),
     ("3d", "follow up: Wed 25 Nov (in 3 days)"),
     ("2w", "follow up: Sun 6 Dec (in 2 weeks)"),
     ("2026-12-05", "follow up: Sat 5 Dec (in 13 days)"),
     ("01-04", "follow up: Mon 4 Jan 2027 (in 43 days)"),
     ("2026-11-20", "follow up: Fri 20 Nov (2 days ago)"),
     ("2026-11-21", "follow up: Sat 21 Nov (yesterday)")],
)
def test_summary_follow_line(when: str, line: str) -> None:
    assert parse_note(f"!follow {when}", TODAY).summary() == [line]


def test_summary_follow_line_with_action() -> None:
    assert parse_note("!fu 3d send deck", TODAY).summary() == [
        "follow up: Wed 25 Nov (in 3 days) — send deck"]


# Never raising

_PIECES = st.sampled_from(
    ["#", "#golf", "needs:", "NEED:", "offers:", "offer：", "!follow", "!fu", "+", "++", "+++",
     "++++", " ", "\n", ".", "!", "?", ";", ",", "/", " / ", "3d", "2w", "fri", "11-05",
     "2026-13-45", "9999w", "C++", "C#", "a#b@x.example", "e.g.", "\x1b[31m", "\x00", "\u2028",
     "\u0301", "王", "é", "-", "_", "：", "。", "，"]
)


def _check_invariants(note: ParsedNote) -> None:
    assert isinstance(note, ParsedNote)
    assert 0 <= note.rating <= 3
    for values in (note.tags, note.needs, note.offers):
        assert isinstance(values, list)
        for value in values:
            assert isinstance(value, str)
            assert value
            assert value == value.strip()
            assert "\n" not in value and "\r" not in value
    assert all(isinstance(p, str) and p for p in note.problems)
    if note.follow is not None:
        assert isinstance(note.follow.due, date)
        assert "\n" not in note.follow.action
    assert all(isinstance(line, str) and "\n" not in line for line in note.summary())


@settings(max_examples=400)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check_invariants(parse_note(text, TODAY))


@settings(max_examples=400)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=4)), max_size=30).map("".join))
def test_never_raises_on_syntax_soup(text: str) -> None:
    _check_invariants(parse_note(text, TODAY))


@given(st.text(max_size=30), st.dates())
def test_parse_when_never_raises(token: str, today: date) -> None:
    result = parse_when(token, today)
    assert result is None or isinstance(result, date)


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(min_value=0, max_value=999))
def test_day_counts_add_up(today: date, n: int) -> None:
    assert parse_when(f"{n}d", today) == today + timedelta(days=n)
    assert parse_when(f"{n}w", today) == today + timedelta(weeks=n)
