"""Door ranking and ticket codes, in the domain."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mingle.domain.event.door_search import IncrementalFilter, search_key
from mingle.domain.event.tickets import TicketIndex, is_code_header, ticket_type

PEOPLE = sorted([("Amara Diallo", "Diallo Textiles"), ("Mark Hill", "Hill Farm"),
                 ("Marcus Bell", "Bellwether"), ("Oliver Grant", "Grant & Vale"),
                 ("Valentina Greco", "Greco Pasta"), ("Val", "Solo"), ("Ivan Aval", "")])
"""In the list's own order: by name."""


def ranked(query: str) -> list[str]:
    names = [n for n, _ in PEOPLE]
    found = IncrementalFilter([search_key(n, c) for n, c in PEOPLE],
                              [search_key(n) for n in names]).filter(query)
    return [names[i] for i in found]


def test_exact_then_word_start_then_inside_then_company():
    assert ranked("val") == ["Val", "Valentina Greco", "Ivan Aval", "Oliver Grant"]
    assert ranked("mar") == ["Marcus Bell", "Mark Hill", "Amara Diallo"]
    assert ranked("mark h") == ["Mark Hill"]
    assert ranked("hill") == ["Mark Hill"]


@given(st.text(alphabet="avlmrkhi ", max_size=5))
def test_ranking_keeps_exactly_the_matching_people(query):
    everyone = IncrementalFilter([search_key(n, c) for n, c in PEOPLE])
    assert sorted(ranked(query)) == sorted(PEOPLE[i][0] for i in everyone.filter(query))


def test_ticket_columns_and_types():
    for header in ("Barcode #", "Attendee # ", "Order #", "qr_code_url", "api_id",
                   "Ticket ID", "ticket barcode"):
        assert is_code_header(header), header
    for header in ("Ticket Type", "ticket_name", "Email", "Company"):
        assert not is_code_header(header), header
    assert ticket_type({"Ticket Type": "VIP"}) == "VIP"
    assert ticket_type({"ticket_name": "Standard", "api_id": "gst-1"}) == "Standard"
    index = TicketIndex.of([
        ("zoe", {"Barcode #": "83412", "Order #": "9"}),
        ("ines", {"qr_code_url": "https://lu.ma/check-in/e?pk=G-Q7", "api_id": "gst-042"}),
        ("bo", {"Order #": "9"}),
    ])
    assert index.find(" 83412 ") == ["zoe"]
    assert index.find("g-q7") == ["ines"]
    assert index.find("https://lu.ma/check-in/e?pk=G-Q7") == ["ines"]
    assert index.find("GST-042") == ["ines"]
    assert index.find("9") == ["zoe", "bo"]
    assert index.find("nope") == []


@settings(max_examples=500)
@given(st.lists(st.text(), max_size=4))
def test_a_search_key_is_each_word_folded(texts: list[str]) -> None:
    from mingle.domain.records.normalize import fold

    expected = " ".join(fold(word) for text in texts if text for word in text.split())
    assert search_key(*texts) == expected
