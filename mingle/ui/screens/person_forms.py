"""Forms about people: a walk-in, someone met by chance, editing a person's card."""

from __future__ import annotations

from mingle.domain.records.entered import is_yes, split_list
from mingle.domain.records.models import Person, ValidationError
from mingle.domain.records.normalize import is_email
from mingle.ui.screens.form import Field, FormScreen, Values, check_yes_no


def _check_name_email(values: Values) -> tuple[str, str] | None:
    if not values.get("name", "").strip() and not values.get("email", "").strip():
        return "name", "A name (or an email) is needed."
    email = values.get("email", "").strip()
    if email and not is_email(email):
        return "email", f"Not an email address: {email}"
    return None


def _check_capture(values: Values) -> tuple[str, str] | None:
    if not values.get("name", "").strip():
        return "name", "A name is needed."
    problem = _check_name_email(values)
    if problem is None and values.get("phone", "").strip():
        try:
            Person(name="x", phones=[values["phone"].strip()]).validate()
        except ValidationError as exc:
            return "phone", str(exc)
    return problem


class WalkInScreen(FormScreen):
    """Name plus optional company and email; the person is checked in at once."""

    def __init__(self, typed: str = "") -> None:
        super().__init__(
            "Walk-in — add and check in",
            [Field("name", "Name", typed), Field("company", "Company"),
             Field("email", "Email", placeholder="optional")],
            check=_check_name_email,
        )


class QuickCaptureScreen(FormScreen):
    """Someone new met by chance: name and a first note in one form."""

    def __init__(self) -> None:
        super().__init__(
            "Someone new — met by chance",
            [Field("name", "Name"), Field("company", "Company", placeholder="optional"),
             Field("email", "Email", placeholder="optional"),
             Field("phone", "Phone", placeholder="optional"),
             Field("note", "Note", placeholder="what you learned · #tag needs: … offers: … "
                                               "!follow 3d")],
            hint="Added to the event as present and met (merged when the email or name and "
                 "company are known) · Enter saves · Esc cancels",
            check=_check_capture,
        )


class PersonEditScreen(FormScreen):
    """Every card field of a person; lists are separated by commas."""

    def __init__(self, person: Person) -> None:
        self.person = person
        super().__init__(
            f"Edit {person.display_name}",
            [Field("name", "Name", person.name),
             Field("title", "Title", person.title),
             Field("company", "Company", person.company),
             Field("emails", "Emails", ", ".join(person.emails)),
             Field("phones", "Phones", ", ".join(person.phones)),
             Field("urls", "Links", ", ".join(person.urls)),
             Field("tags", "Interests", ", ".join(person.tags)),
             Field("needs", "Needs", ", ".join(person.needs)),
             Field("offers", "Offers", ", ".join(person.offers)),
             Field("share_card", "Share card", "yes" if person.consent.share_card else "no"),
             Field("intro_ok", "Intros OK", "yes" if person.consent.intro_ok else "no")],
            hint="Lists: separate with commas · consent: yes/no · Enter saves · Esc cancels",
            check=self._check_person,
        )

    def edited(self, values: Values) -> Person:
        """The person with the form's values."""
        consent = self.person.consent.evolve(
            share_card=is_yes(values["share_card"]), intro_ok=is_yes(values["intro_ok"]))
        return self.person.evolve(
            name=values["name"], title=values["title"], company=values["company"],
            emails=split_list(values["emails"]), phones=split_list(values["phones"]),
            urls=split_list(values["urls"]), tags=split_list(values["tags"]),
            needs=split_list(values["needs"]), offers=split_list(values["offers"]), consent=consent)

    def _check_person(self, values: Values) -> tuple[str, str] | None:
        problem = check_yes_no(values, "share_card", "intro_ok")
        if problem is not None:
            return problem
        try:
            self.edited(values).validate()
        except ValidationError as exc:
            field = "emails" if "email" in str(exc) else "phones" if "phone" in str(exc) \
                else "name"
            return field, str(exc)
        return None
