"""The queue's need/offer parts read needs and offers with the introductions' matcher."""

from __future__ import annotations

from mingle.domain.event.queue import NEEDS_MY_OFFER, OFFERS_MY_NEED, rank_queue, score_person
from mingle.domain.records.models import Attendance, AttendanceStatus, Goals, Person


def here(person: Person) -> Attendance:
    return Attendance(event_id="ev", person_id=person.id, status=AttendanceStatus.PRESENT)


def test_offers_what_you_need_by_concept() -> None:
    dan = Person(id="d", name="Dan", offers=["angel investment", "web hosting"],
                 needs=["someone to do my books"])
    goals = Goals(needs=["seed funding", "website design"],
                  offers=["bookkeeping for small shops"])
    parts = score_person(dan, here(dan), goals, frozenset())
    assert [(p.key, p.points, p.text) for p in parts] == [
        ("offers_my_need", OFFERS_MY_NEED, "offers angel investment — you need it"),
        ("needs_my_offer", NEEDS_MY_OFFER, "needs someone to do my books — you offer it"),
    ]  # web hosting is not website design


def test_look_alikes_do_not_rank_anyone() -> None:
    eve = Person(id="e", name="Eve", offers=["event space", "coffee tasting classes"])
    goals = Goals(needs=["office space", "a coffee supplier"])
    [entry] = rank_queue([(eve, here(eve))], goals)
    assert entry.score == 0 and entry.reason == "no match with your goals yet"
