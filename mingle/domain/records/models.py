"""The records of mingle (DESIGN.md §3) as typed objects, with validation and plain-dict forms."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import date, datetime
from enum import StrEnum
from functools import partial
from typing import Any, ClassVar, Self

from mingle.domain.records.normalize import (
    clean_list,
    is_email,
    normalize_email,
    normalize_phone,
    normalize_phrase,
    normalize_tag,
    safe_url,
)
from mingle.domain.records.text import clean_block, clean_line


class ValidationError(ValueError):
    """A record that cannot be stored as it is; the message says why, for the user."""


def new_id() -> str:
    """A fresh random UUID, as text."""
    return str(uuid.uuid4())


def now() -> datetime:
    """The current local time, with its UTC offset."""
    return datetime.now().astimezone()


def parse_datetime(value: Any) -> datetime | None:
    """Read a stored timestamp; naive values are taken as local time."""
    if value in (None, ""):
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.astimezone()


def parse_date(value: Any) -> date | None:
    """Read a stored date (a full timestamp is cut to its date)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text[:10])


_PLAIN = (str, bool, int, float, type(None))


def _dump(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, Part):
        return value.to_dict()
    if isinstance(value, list):
        return [v if type(v) is str else _dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


class Part:
    """Shared plain-dict conversion for records and their nested parts."""

    _dates: ClassVar[frozenset[str]] = frozenset()
    _datetimes: ClassVar[frozenset[str]] = frozenset()
    _parts: ClassVar[dict[str, type[Part]]] = {}
    _enums: ClassVar[dict[str, type[StrEnum]]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready values."""
        return {name: _dump(getattr(self, name)) for name in _field_names(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from stored values; unknown keys are ignored so newer files still open."""
        kwargs: dict[str, Any] = {}
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name in cls._datetimes:
                value = parse_datetime(value)
            elif f.name in cls._dates:
                value = parse_date(value)
            elif f.name in cls._parts and isinstance(value, dict):
                value = cls._parts[f.name].from_dict(value)
            elif f.name in cls._parts and isinstance(value, list):
                value = [cls._parts[f.name].from_dict(v) for v in value if isinstance(v, dict)]
            kwargs[f.name] = value
        return cls(**kwargs)

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> Self:
        """Build from the database file without cleaning again (it was cleaned when saved).

        Much faster than `from_dict` for the thousands of records of a big event. A value of the
        wrong shape (a hand-edited file) falls back to the field's default, never an error.
        """
        record = object.__new__(cls)
        for name, convert, default in _load_plan(cls):
            value = data.get(name, MISSING)
            if value is not MISSING:
                try:
                    value = convert(value)
                except (TypeError, ValueError, KeyError, AttributeError):
                    value = MISSING
            object.__setattr__(record, name, default() if value is MISSING else value)
        return record

    def evolve(self, **changes: Any) -> Self:
        """A copy with some fields changed (records also get a new `updated` time)."""
        return replace(self, **changes)  # type: ignore[type-var]


_PLANS: dict[type, list[tuple[str, Any, Any]]] = {}


def _stamp(value: Any) -> datetime:
    moment = parse_datetime(value)
    if moment is None:
        raise ValueError("a record time is required")
    return moment


def _load_plan(cls: type[Part]) -> list[tuple[str, Any, Any]]:
    """For each field: its name, a converter from the stored value, and a default maker."""
    plan = _PLANS.get(cls)
    if plan is not None:
        return plan
    plan = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING:
            default = f.default_factory
        elif f.default is not MISSING:
            default = partial(_same, f.default)
        else:
            default = str  # a required id: "" when missing
        sample = default()
        part = cls._parts.get(f.name)
        convert: Callable[[Any], Any]
        if f.name in ("created", "updated"):
            convert = _stamp
        elif f.name in cls._datetimes:
            convert = parse_datetime
        elif f.name in cls._dates:
            convert = parse_date
        elif f.name in cls._enums:
            convert = cls._enums[f.name]
        elif part is not None and isinstance(sample, list):
            convert = partial(_parts_list, part)
        elif part is not None:
            convert = part.from_stored
        elif isinstance(sample, list):
            convert = _text_list
        elif isinstance(sample, bool | int | str | dict):
            convert = partial(_checked, type(sample))
        else:
            convert = _same
        plan.append((f.name, convert, default))
    _PLANS[cls] = plan
    return plan


def _same(value: Any) -> Any:
    return value


def _checked(kind: type, value: Any) -> Any:
    if not isinstance(value, kind):
        raise TypeError(kind)
    return value


def _text_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("list")
    return list(value)


def _parts_list(part: type[Part], value: Any) -> list[Any]:
    return [part.from_stored(v) for v in value if isinstance(v, dict)]


@dataclass(slots=True, kw_only=True)
class Record(Part):
    """Fields every stored record has."""

    id: str = field(default_factory=new_id)
    created: datetime = field(default_factory=now)
    updated: datetime = field(default_factory=now)

    table: ClassVar[str] = ""
    _datetimes: ClassVar[frozenset[str]] = frozenset({"created", "updated"})

    def evolve(self, **changes: Any) -> Self:
        changes.setdefault("updated", now())
        return replace(self, **changes)

    def validate(self) -> None:
        """Raise ValidationError when the record cannot be stored."""


class Role(StrEnum):
    HOST = "host"
    ATTENDEE = "attendee"


class AttendanceStatus(StrEnum):
    EXPECTED = "expected"
    PRESENT = "present"
    LEFT = "left"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"


class QueueState(StrEnum):
    TO_MEET = "to_meet"
    TALKING = "talking"
    MET = "met"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"


class IntroState(StrEnum):
    SUGGESTED = "suggested"
    ASKED_A = "asked_a"
    ASKED_B = "asked_b"
    AGREED = "agreed"
    INTRODUCED = "introduced"
    DECLINED = "declined"
    DISMISSED = "dismissed"


@dataclass(slots=True, kw_only=True)
class Goals(Part):
    """What the user wants from an event: whom to meet, what they offer, what they need."""

    targets: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.targets = clean_list(self.targets)
        self.offers = clean_list(self.offers)
        self.needs = clean_list(self.needs)


@dataclass(slots=True, kw_only=True)
class Consent(Part):
    """What a person agreed to: their card being shared, being introduced to others."""

    share_card: bool = True
    intro_ok: bool = True


@dataclass(slots=True, kw_only=True)
class Event(Record):
    name: str = ""
    date: date | None = None
    venue: str = ""
    role: Role = Role.ATTENDEE
    goals: Goals = field(default_factory=Goals)
    started: datetime | None = None
    ended: datetime | None = None

    table: ClassVar[str] = "events"
    _dates: ClassVar[frozenset[str]] = frozenset({"date"})
    _datetimes: ClassVar[frozenset[str]] = Record._datetimes | {"started", "ended"}
    _parts: ClassVar[dict[str, type[Part]]] = {"goals": Goals}
    _enums: ClassVar[dict[str, type[StrEnum]]] = {"role": Role}

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        self.venue = clean_line(self.venue)
        self.role = Role(self.role)

    def validate(self) -> None:
        if not self.name:
            raise ValidationError("An event needs a name.")


@dataclass(slots=True, kw_only=True)
class Person(Record):
    name: str = ""
    name_parts: list[str] = field(default_factory=list)
    """The structured name as read (family, given, additional, prefix, suffix), or []."""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)
    offers: list[str] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    source: str = "manual"
    linked: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    table: ClassVar[str] = "people"
    _parts: ClassVar[dict[str, type[Part]]] = {"consent": Consent}

    def __post_init__(self) -> None:
        self.name = clean_line(self.name)
        parts = [clean_line(str(p)) for p in self.name_parts][:5]
        self.name_parts = [*parts, *[""] * (5 - len(parts))] if any(parts) else []
        self.title = clean_line(self.title)
        self.company = clean_line(self.company)
        self.emails = clean_list(self.emails, key=normalize_email)
        # Keyed by digits, but a phone without any is kept so that validate() can refuse it.
        self.phones = clean_list(self.phones, key=lambda p: normalize_phone(p) or p.lower())
        self.urls = clean_list((u for u in map(safe_url, self.urls) if u), key=str.lower)
        self.tags = clean_list((t.lstrip("#") for t in self.tags), key=normalize_tag)
        self.needs = clean_list(self.needs)
        self.offers = clean_list(self.offers)
        self.source = clean_line(self.source) or "manual"
        self.linked = [str(i) for i in self.linked]
        self.extra = {clean_line(str(k)): clean_line(str(v)) for k, v in self.extra.items()}

    @property
    def display_name(self) -> str:
        """The name, or the email when the name is unknown."""
        return self.name or (self.emails[0] if self.emails else "(no name)")

    @property
    def email_keys(self) -> set[str]:
        return {normalize_email(e) for e in self.emails}

    @property
    def phone_keys(self) -> set[str]:
        return {k for k in (normalize_phone(p) for p in self.phones) if k}

    @property
    def tag_keys(self) -> set[str]:
        return {normalize_tag(t) for t in self.tags}

    @property
    def need_keys(self) -> set[str]:
        return {normalize_phrase(n) for n in self.needs}

    @property
    def offer_keys(self) -> set[str]:
        return {normalize_phrase(o) for o in self.offers}

    def validate(self) -> None:
        if not self.name and not self.emails:
            raise ValidationError("A person needs a name or an email address.")
        for email in self.emails:
            if not is_email(email):
                raise ValidationError(f"Not an email address: {email}")
        for phone in self.phones:
            if not normalize_phone(phone):
                raise ValidationError(f"Not a phone number: {phone}")


@dataclass(slots=True, kw_only=True)
class Attendance(Record):
    event_id: str
    person_id: str
    status: AttendanceStatus = AttendanceStatus.EXPECTED
    checked_in_at: datetime | None = None
    starred: bool = False
    queue: QueueState = QueueState.TO_MEET
    met_at: datetime | None = None
    talk_seconds: int = 0
    talking_since: datetime | None = None
    snoozed_until: datetime | None = None

    table: ClassVar[str] = "attendance"
    _enums: ClassVar[dict[str, type[StrEnum]]] = {"status": AttendanceStatus,
                                                  "queue": QueueState}
    _datetimes: ClassVar[frozenset[str]] = Record._datetimes | {
        "checked_in_at", "met_at", "talking_since", "snoozed_until"}

    def __post_init__(self) -> None:
        self.status = AttendanceStatus(self.status)
        self.queue = QueueState(self.queue)

    def validate(self) -> None:
        if not self.event_id or not self.person_id:
            raise ValidationError("Attendance needs an event and a person.")
        if self.talk_seconds < 0:
            raise ValidationError("Talk time cannot be negative.")


@dataclass(slots=True, kw_only=True)
class Note(Record):
    person_id: str
    event_id: str | None = None
    text: str = ""
    tags: list[str] = field(default_factory=list)
    rating: int = 0

    table: ClassVar[str] = "notes"

    def __post_init__(self) -> None:
        self.text = clean_block(self.text)
        self.tags = clean_list((t.lstrip("#") for t in self.tags), key=normalize_tag)

    def validate(self) -> None:
        if not self.person_id:
            raise ValidationError("A note belongs to a person.")
        if not self.text:
            raise ValidationError("A note needs some text.")


@dataclass(slots=True, kw_only=True)
class FollowUp(Record):
    person_id: str
    event_id: str | None = None
    action: str = ""
    due: date | None = None
    done_at: datetime | None = None

    table: ClassVar[str] = "followups"
    _dates: ClassVar[frozenset[str]] = frozenset({"due"})
    _datetimes: ClassVar[frozenset[str]] = Record._datetimes | {"done_at"}

    def __post_init__(self) -> None:
        self.action = clean_line(self.action)

    def validate(self) -> None:
        if not self.person_id:
            raise ValidationError("A follow-up belongs to a person.")
        if not self.action:
            raise ValidationError("A follow-up needs an action.")


@dataclass(slots=True, kw_only=True)
class IntroStep(Part):
    state: IntroState
    at: datetime = field(default_factory=now)

    _datetimes: ClassVar[frozenset[str]] = frozenset({"at"})
    _enums: ClassVar[dict[str, type[StrEnum]]] = {"state": IntroState}

    def __post_init__(self) -> None:
        self.state = IntroState(self.state)


@dataclass(slots=True, kw_only=True)
class Intro(Record):
    a_id: str
    b_id: str
    event_id: str | None = None
    reason: str = ""
    state: IntroState = IntroState.SUGGESTED
    history: list[IntroStep] = field(default_factory=list)

    table: ClassVar[str] = "intros"
    _enums: ClassVar[dict[str, type[StrEnum]]] = {"state": IntroState}
    _parts: ClassVar[dict[str, type[Part]]] = {"history": IntroStep}

    def __post_init__(self) -> None:
        self.state = IntroState(self.state)
        self.reason = clean_line(self.reason)
        if not self.history:
            self.history = [IntroStep(state=self.state, at=self.created)]

    def validate(self) -> None:
        if not self.a_id or not self.b_id:
            raise ValidationError("An introduction needs two people.")
        if self.a_id == self.b_id:
            raise ValidationError("An introduction needs two different people.")

    def moved_to(self, state: IntroState) -> Intro:
        """A copy in a new state, with the step recorded in its history."""
        step = IntroStep(state=state)
        return self.evolve(state=state, history=[*self.history, step])


CARD_FIELDS = ("name", "title", "company", "email", "phone", "url", "pitch")


@dataclass(slots=True, kw_only=True)
class MyCard(Record):
    """The user's own card and default goals (one record in the `me` table)."""

    name: str = ""
    title: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    pitch: str = ""
    interests: list[str] = field(default_factory=list)
    goals: Goals = field(default_factory=Goals)

    table: ClassVar[str] = "me"
    _parts: ClassVar[dict[str, type[Part]]] = {"goals": Goals}

    def __post_init__(self) -> None:
        for name in CARD_FIELDS:
            setattr(self, name, clean_line(getattr(self, name)))
        self.interests = clean_list((t.lstrip("#") for t in self.interests), key=normalize_tag)

    def validate(self) -> None:
        if self.email and not is_email(self.email):
            raise ValidationError(f"Not an email address: {self.email}")
        if self.phone and not normalize_phone(self.phone):
            raise ValidationError(f"Not a phone number: {self.phone}")
        if self.url and not safe_url(self.url):
            raise ValidationError(f"Not a web address (http, https, mailto or tel): {self.url}")


RECORD_TYPES: dict[str, type[Record]] = {
    cls.table: cls for cls in (Event, Person, Attendance, Note, FollowUp, Intro, MyCard)
}
