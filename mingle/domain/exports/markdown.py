"""The Markdown report of an event: who was met, what was learned, follow-ups, introductions."""

from __future__ import annotations

import re
from datetime import date, datetime

from mingle.domain.event.review import draft_followup
from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.records.models import AttendanceStatus, IntroState, now

# Characters with a meaning anywhere in a Markdown line, and at the start of one.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^(\s*|\s*\d+)([#+=>-]|(?<=\d)[.)])")
_NOT_EXPECTED = (AttendanceStatus.DECLINED, AttendanceStatus.WAITLISTED)
# Introductions in progress first, then suggestions, then finished ones.
_INTRO_ORDER = {IntroState.ASKED_A: 0, IntroState.ASKED_B: 0, IntroState.AGREED: 0,
                IntroState.SUGGESTED: 1, IntroState.INTRODUCED: 2, IntroState.DECLINED: 3}
_INTRO_WORDS = {IntroState.ASKED_A: "asked the first", IntroState.ASKED_B: "asked the second",
                IntroState.AGREED: "both agreed"}


def md_escape(text: str) -> str:
    """Text from outside shown literally: no emphasis, link, HTML or heading made from it."""
    return _LINE_START.sub(r"\1\\\2", _INLINE.sub(r"\\\1", text))


def _day(value: date) -> str:
    return f"{value:%a %d %b %Y}"


def markdown_report(data: ExportData, people: list[PersonExport],
                    stamp: datetime | None = None) -> str:
    """A readable report of `data.event` in Markdown."""
    event = data.event
    assert event is not None
    lines = [f"# {md_escape(event.name)}", ""]
    facts = [_day(event.date) if event.date else "", md_escape(event.venue),
             f"as {event.role.value}"]
    lines += [" · ".join(f for f in facts if f), ""]
    met = sorted((p for p in people if p.met),
                 key=lambda p: (p.met_at is None, p.met_at.timestamp() if p.met_at else 0.0))
    present = [p for p in people if p.attendance is not None
               and p.attendance.status in (AttendanceStatus.PRESENT, AttendanceStatus.LEFT)]
    listed = [p for p in people if p.attendance is None
              or p.attendance.status not in _NOT_EXPECTED]
    notes = sum(len(p.notes) for p in people)
    followups = [(p, f) for p in people for f in p.followups]
    introduced = sum(i.state == IntroState.INTRODUCED for i in data.intros)
    lines += [f"**{len(listed)}** on the list · **{len(present)}** present · **{len(met)}** met "
              f"· **{notes}** notes · **{len(followups)}** follow-ups · **{introduced}** "
              "introductions made", ""]
    if event.goals.needs or event.goals.offers or event.goals.targets:
        lines += ["## Goals", ""]
        for label, values in (("Hoping to meet", event.goals.targets),
                              ("Needed", event.goals.needs), ("Offered", event.goals.offers)):
            if values:
                lines.append(f"- {label}: {md_escape(', '.join(values))}")
        lines.append("")
    lines += ["## People met", ""]
    if not met:
        lines += ["Nobody was marked as met.", ""]
    for entry in met:
        lines += _person_section(entry)
    lines += _followups_section(data, followups)
    lines += _drafts_section(data, met)
    lines += _intros_section(data)
    others = [p for p in present if not p.met]
    if others:
        names = ", ".join(md_escape(p.person.display_name) for p in others)
        lines += ["## Also there, not met", "", names, ""]
    lines.append(f"_Exported by mingle on {_day((stamp or now()).date())}._")
    return "\n".join(lines) + "\n"


def _person_section(entry: PersonExport) -> list[str]:
    person = entry.person
    role = ", ".join(p for p in (person.title, person.company) if p)
    lines = [f"### {md_escape(person.display_name)}" + (f" — {md_escape(role)}" if role else ""),
             ""]
    talk = entry.attendance.talk_seconds if entry.attendance else 0
    when = []
    if entry.met_at is not None:
        when.append(f"met at {entry.met_at:%H:%M}")
    if talk >= 60:
        when.append(f"talked {talk // 60} min")
    if when:
        lines.append(f"- {', '.join(when).capitalize()}")
    for label, values in (("Needs", person.needs), ("Offers", person.offers),
                          ("Interests", person.tags)):
        if values:
            lines.append(f"- {label}: {md_escape(', '.join(values))}")
    contact = [*person.emails[:1], *person.phones[:1], *person.urls[:1]]
    if contact:
        lines.append(f"- Contact: {md_escape(' · '.join(contact))}")
    for note in entry.notes:
        rating = f" {'+' * note.rating}" if note.rating else ""
        lines.append(f"- Note{md_escape(rating)}:")
        lines += [f"  > {md_escape(line)}" if line else "  >" for line in note.text.split("\n")]
    return [*lines, ""]


def _followups_section(data: ExportData, followups: list) -> list[str]:
    if not followups:
        return []
    lines = ["## Follow-ups", ""]
    ordered = sorted(followups, key=lambda pair: (pair[1].done_at is not None,
                                                  pair[1].due or date.max))
    for entry, followup in ordered:
        box = "x" if followup.done_at else " "
        due = f"{_day(followup.due)} — " if followup.due else ""
        done = f" (done {_day(followup.done_at.date())})" if followup.done_at else ""
        lines.append(f"- [{box}] {due}{md_escape(followup.action)} — "
                     f"{md_escape(entry.person.display_name)}{done}")
    return [*lines, ""]


def _drafts_section(data: ExportData, met: list[PersonExport]) -> list[str]:
    """A personal follow-up message for each person met who is owed something."""
    event = data.event
    assert event is not None
    lines = ["## Follow-up drafts", ""]
    for entry in met:
        promises = [f.action for f in entry.followups if f.done_at is None]
        offered = [data.name_of(i.b_id if i.a_id == entry.person.id else i.a_id)
                   for i in data.intros
                   if entry.person.id in (i.a_id, i.b_id) and i.state in _OFFERED]
        if not promises and not offered:
            continue
        topics = [t for n in sorted(entry.notes, key=lambda n: n.created) for t in n.tags]
        draft = draft_followup(entry.person, event, topics, promises, offered, data.me.name)
        lines.append(f"### To {md_escape(entry.person.display_name)}")
        lines += ["", *(f"> {md_escape(text)}" if text else ">" for text in draft.split("\n")),
                  ""]
    return lines if len(lines) > 2 else []


_OFFERED = frozenset({IntroState.SUGGESTED, IntroState.ASKED_A, IntroState.ASKED_B,
                      IntroState.AGREED})


def _intros_section(data: ExportData) -> list[str]:
    intros = [i for i in data.intros if i.state != IntroState.DISMISSED]
    if not intros:
        return []
    lines = ["## Introductions", ""]
    for intro in sorted(intros, key=lambda i: _INTRO_ORDER[i.state]):
        pair = f"{md_escape(data.name_of(intro.a_id))} ↔ {md_escape(data.name_of(intro.b_id))}"
        state = _INTRO_WORDS.get(intro.state, intro.state.value)
        reason = f": {md_escape(intro.reason)}" if intro.reason else ""
        lines.append(f"- {pair} — {state}{reason}")
    return [*lines, ""]
