"""Exports read back by independent parsers: the csv module, vobject for vCard and iCalendar."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import vobject

from mingle.domain.exchange.vformat import escape_text, fold_line, vcard_bundle
from mingle.domain.exports.data import ExportData, PersonExport
from mingle.domain.exports.formats import export, safe_cell
from mingle.domain.exports.markdown import md_escape
from mingle.domain.records.models import (
    Attendance,
    AttendanceStatus,
    Consent,
    Event,
    FollowUp,
    Intro,
    IntroState,
    Note,
    Person,
    QueueState,
)
from mingle.domain.records.names import first_last
from mingle.services.transfer import gather_export
from mingle.store.database import Store
from mingle.store.settings import CURRENT_EVENT
from tests.unit.test_cli import assert_clean_error, run

TODAY = date(2025, 3, 14)
MET_AT = datetime(2025, 3, 14, 19, 5).astimezone()
TRICKY = "Smith, Jones; \\ and\nsons"
ANN = "Ann [@click=app.quit]x[/]"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """An event with people met and not, notes, follow-ups, an introduction, consent withheld."""
    path = tmp_path / "db.json"
    event = Event(name="Founders Night", date=TODAY, venue="The Loft")
    other = Event(name="Old Meetup", date=date(2025, 1, 10))
    asa = Person(name="Åsa Lindqvist", title="CTO", company=TRICKY, emails=["asa@nordfin.example"],
                 phones=["+46 70 123 45 67"], urls=["https://nordfin.example/a,b;c"],
                 tags=["fintech", "a,b"], needs=["designer"], offers=["intros; investors"])
    ludwig = Person(name="Ludwig van Beethoven", emails=["lvb@example.com"],
                    company="=HYPERLINK(\"https://evil.example\")")
    private = Person(name="Pat Private", emails=["pat@example.com"],
                     consent=Consent(share_card=False))
    hostile = Person(name=ANN, company="*bold* <script>", emails=["ann@example.com"])
    elsewhere = Person(name="Olga Only-Old", emails=["olga@example.com"])
    links = [
        Attendance(event_id=event.id, person_id=asa.id, status=AttendanceStatus.PRESENT,
                   queue=QueueState.MET, met_at=MET_AT, talk_seconds=600),
        Attendance(event_id=event.id, person_id=ludwig.id, status=AttendanceStatus.PRESENT),
        Attendance(event_id=event.id, person_id=private.id, status=AttendanceStatus.PRESENT,
                   queue=QueueState.MET, met_at=MET_AT + timedelta(minutes=20)),
        Attendance(event_id=event.id, person_id=hostile.id, status=AttendanceStatus.DECLINED),
        Attendance(event_id=other.id, person_id=elsewhere.id, status=AttendanceStatus.PRESENT),
    ]
    records = [
        event, other, asa, ludwig, private, hostile, elsewhere, *links,
        Note(person_id=asa.id, event_id=event.id, text="Rides bikes.\nNeeds a designer, fast!",
             rating=2),
        Note(person_id=private.id, event_id=event.id, text=f"Knows {ANN}"),
        FollowUp(person_id=asa.id, event_id=event.id, action="Send the deck, v2; today",
                 due=TODAY + timedelta(days=3)),
        FollowUp(person_id=asa.id, event_id=event.id, action="Later thing",
                 due=TODAY + timedelta(days=10)),
        FollowUp(person_id=private.id, event_id=event.id, action="Coffee", due=None),
        FollowUp(person_id=ludwig.id, event_id=event.id, action="Done already", due=TODAY,
                 done_at=MET_AT),
        FollowUp(person_id=elsewhere.id, event_id=other.id, action="Old promise",
                 due=date(2025, 1, 20)),
        Intro(a_id=asa.id, b_id=private.id, event_id=event.id, reason="designer [x]",
              state=IntroState.ASKED_A),
    ]
    with Store(path) as store:
        store.save(*records)
        store.set_setting(CURRENT_EVENT, event.id)
        store.flush()
    return path


def exported(db: Path, file_format: str, event: str | None = "Founders Night", **options):
    with Store(db, read_only=True) as store:
        chosen = next((e for e in store.events if e.name == event), None)
        data = gather_export(store, chosen)
    return export(data, file_format, stamp=MET_AT, **options)


GENERIC_COLUMNS = ("Name", "Name Prefix", "First Name", "Middle Name", "Last Name",
                   "Name Suffix", "Email", "Phone", "Company", "Title", "Website", "Tags", "Needs",
                   "Offers", "Share Card", "Intro OK", "Status", "Met", "Notes", "Follow-up",
                   "Follow-up Due")


def csv_rows(payload: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8"), newline="")))


def assert_content_lines(payload: bytes) -> None:
    """CRLF only, no line over 75 octets, and every line valid UTF-8 on its own."""
    assert payload.endswith(b"\r\n")
    assert b"\n" not in payload.replace(b"\r\n", b"") and b"\r" not in payload.replace(b"\r\n", b"")
    for line in payload.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")


# -- CSV --------------------------------------------------------------------------------------

def test_csv_has_the_crm_columns_and_one_row_per_attendee(db: Path) -> None:
    result = exported(db, "csv")
    text = result.payload.decode("utf-8")
    assert text.splitlines()[0] == ",".join(GENERIC_COLUMNS)
    assert "\r\n" in text and not text.startswith("\ufeff")
    rows = {r["Name"]: r for r in csv_rows(result.payload)}
    assert set(rows) == {"Åsa Lindqvist", "Ludwig van Beethoven", ANN}  # Pat withheld consent
    assert result.withheld == 1 and result.summary == "3 people"
    asa = rows["Åsa Lindqvist"]
    assert (asa["First Name"], asa["Last Name"]) == ("Åsa", "Lindqvist")
    assert asa["Email"] == "asa@nordfin.example" and asa["Phone"] == "+46 70 123 45 67"
    assert asa["Company"] == "Smith, Jones; \\ and sons" and asa["Title"] == "CTO"
    assert asa["Website"] == "https://nordfin.example/a,b;c"
    assert asa["Tags"] == "fintech\na,b" and asa["Needs"] == "designer"  # one a line
    assert asa["Offers"] == "intros; investors"
    assert asa["Status"] == "present" and asa["Met"] == "2025-03-14"
    assert asa["Notes"] == "Rides bikes.\nNeeds a designer, fast!"
    assert asa["Follow-up"] == "Send the deck, v2; today" and asa["Follow-up Due"] == "2025-03-17"
    ludwig = rows["Ludwig van Beethoven"]
    assert (ludwig["First Name"], ludwig["Last Name"]) == ("Ludwig", "van Beethoven")
    assert ludwig["Company"].startswith("'=HYPERLINK")  # not run as a formula
    assert ludwig["Follow-up"] == "" and ludwig["Met"] == ""
    assert rows[ANN]["Status"] == "declined"


def test_csv_withheld_people_only_when_asked_and_everyone_without_an_event(db: Path) -> None:
    rows = csv_rows(exported(db, "csv", include_withheld=True).payload)
    assert "Pat Private" in {r["Name"] for r in rows}
    everyone = {r["Name"]: r for r in csv_rows(exported(db, "csv", event=None).payload)}
    assert set(everyone) == {"Åsa Lindqvist", "Ludwig van Beethoven", ANN, "Olga Only-Old"}
    assert everyone["Olga Only-Old"]["Follow-up"] == "Old promise"
    assert everyone["Olga Only-Old"]["Status"] == "present"


def test_safe_cells_and_name_splitting() -> None:
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("-2") == "-2" and safe_cell("+1 (555) 010-2000") == "+1 (555) 010-2000"
    assert safe_cell("-cmd") == "'-cmd" and safe_cell("plain") == "plain"
    assert first_last("Ana de la Cruz") == ("Ana", "de la Cruz")
    assert first_last("Cher") == ("", "Cher") and first_last("") == ("", "")


# -- vCard --------------------------------------------------------------------------------------

def test_vcf_parses_back_with_vobject(db: Path) -> None:
    result = exported(db, "vcf")
    assert_content_lines(result.payload)
    cards = {c.fn.value: c for c in vobject.readComponents(result.payload.decode("utf-8"))}
    assert set(cards) == {"Åsa Lindqvist", "Ludwig van Beethoven", ANN}
    asa = cards["Åsa Lindqvist"]
    assert asa.version.value == "3.0"
    assert (asa.n.value.family, asa.n.value.given) == ("Lindqvist", "Åsa")
    assert asa.org.value == ["Smith, Jones; \\ and sons"]
    assert asa.title.value == "CTO" and asa.email.value == "asa@nordfin.example"
    assert asa.tel.value == "+46 70 123 45 67"
    assert asa.url.value == "https://nordfin.example/a%2Cb%3Bc"
    assert asa.categories.value == ["fintech", "a,b"]
    assert asa.note.value == "Needs: designer\nOffers: intros; investors"
    assert cards["Ludwig van Beethoven"].n.value.family == "van Beethoven"
    with_pat = exported(db, "vcf", include_withheld=True).payload.decode("utf-8")
    assert "FN:Pat Private" in with_pat


def test_vcard_escaping_and_folding_by_the_rfc() -> None:
    assert escape_text("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    line = "NOTE:" + "é" * 80
    folded = fold_line(line)
    parts = folded.split(b"\r\n")
    assert parts[-1] == b"" and all(len(p) <= 75 for p in parts)
    assert all(p.startswith(b" ") for p in parts[1:-1])
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts[:-1])).decode() == line
    person = Person(name="王芳 " * 30, emails=["wang@example.cn"])
    card = next(vobject.readComponents(vcard_bundle([person]).decode("utf-8")))
    assert card.fn.value == person.name


# -- iCalendar ----------------------------------------------------------------------------------

def test_ics_follow_ups_with_reminders_parse_back(db: Path) -> None:
    result = exported(db, "ics")
    assert_content_lines(result.payload)
    assert result.summary == "2 follow-ups (1 follow-up without a due date left out)"
    calendar = vobject.readOne(result.payload.decode("utf-8"))
    events = calendar.contents["vevent"]
    assert [e.summary.value for e in events] == ["Send the deck, v2; today (Åsa Lindqvist)",
                                                  "Later thing (Åsa Lindqvist)"]
    first = events[0]
    assert first.dtstart.value == date(2025, 3, 17) and first.dtend.value == date(2025, 3, 18)
    assert first.uid.value.endswith("@mingle")
    assert "Met at Founders Night (14 Mar 2025)" in first.description.value
    assert "Your note: Rides bikes.\nNeeds a designer, fast!" in first.description.value
    alarm = first.valarm
    assert alarm.action.value == "DISPLAY" and alarm.trigger.value == timedelta(hours=9)
    everything = vobject.readOne(exported(db, "ics", event=None).payload.decode("utf-8"))
    assert len(everything.contents["vevent"]) == 3  # the old meetup's follow-up too


# -- Markdown -------------------------------------------------------------------------------------

def test_markdown_report_of_the_event(db: Path) -> None:
    result = exported(db, "md")
    text = result.payload.decode("utf-8")
    assert text.startswith("# Founders Night\n\nFri 14 Mar 2025 · The Loft · as attendee")
    assert "**3** on the list · **3** present · **2** met" in text
    met = text.index("## People met")
    assert met < text.index("### Åsa Lindqvist — CTO, Smith, Jones; \\\\ and sons")
    assert text.index("### Åsa Lindqvist") < text.index("### Pat Private")  # in meeting order
    assert "- Met at 19:05, talked 10 min" in text
    assert "  > Rides bikes.\n  > Needs a designer, fast!" in text
    assert "- [ ] Mon 17 Mar 2025 — Send the deck, v2; today — Åsa Lindqvist" in text
    assert "- [x] Fri 14 Mar 2025 — Done already — Ludwig van Beethoven (done" in text
    assert "Åsa Lindqvist ↔ Pat Private — asked the first: designer \\[x\\]" in text
    assert "## Also there, not met\n\nLudwig van Beethoven" in text
    assert "Knows Ann \\[@click=app.quit\\]x\\[/\\]" in text


def test_markdown_escaping() -> None:
    assert md_escape("*bold* <b> [l](x) `c` a_b") == "\\*bold\\* \\<b\\> \\[l\\](x) \\`c\\` a\\_b"
    assert md_escape("# not a heading") == "\\# not a heading"
    assert md_escape("1. not a list") == "1\\. not a list"
    assert md_escape("- not a list") == "\\- not a list"


def test_markdown_needs_an_event() -> None:
    with pytest.raises(ValueError, match="--event"):
        export(ExportData(people=[PersonExport(person=Person(name="A"))]), "md")


# -- the command line -----------------------------------------------------------------------------

def test_export_to_stdout_and_to_a_private_file(db: Path, tmp_path: Path) -> None:
    result = run("export", "--format", "csv", "--event", "founders night", "--db", str(db),
                 tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ",".join(GENERIC_COLUMNS)
    assert "Left out 1 person who did not agree to share their card" in result.stderr
    out = tmp_path / "cards.vcf"
    result = run("export", "--format", "vcf", "--out", str(out), "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Wrote 4 cards to" in result.stdout
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert len(list(vobject.readComponents(out.read_text("utf-8")))) == 4


def test_export_keeps_an_existing_file_unless_forced(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("precious")
    out.chmod(0o644)
    result = run("export", "--format", "md", "--out", str(out), "--db", str(db), tmp=tmp_path)
    assert_clean_error(result)
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert out.read_text() == "precious"
    result = run("export", "--format", "md", "--out", str(out), "--force", "--db", str(db),
                 tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").startswith("# Founders Night")
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_export_reads_while_the_app_writes(db: Path, tmp_path: Path) -> None:
    with Store(db):  # the app holds the writer's lock
        result = run("export", "--format", "ics", "--db", str(db), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("BEGIN:VEVENT") == 3


@pytest.mark.parametrize(("args", "words"), [
    (("--format", "csv", "--event", "Nope"), 'no event named "Nope"'),
    (("--format", "csv", "--out", "{db}"), "mingle's own database"),
    (("--format", "csv", "--out", "{tmp}"), "is a folder"),
    (("--format", "csv", "--out", "{tmp}/missing/x.csv"), "does not exist"),
])
def test_export_mistakes_get_clear_messages(db: Path, tmp_path: Path, args, words) -> None:
    before = db.read_bytes()
    filled = [a.format(db=db, tmp=tmp_path) for a in args]
    result = run("export", *filled, "--db", str(db), tmp=tmp_path)
    assert_clean_error(result)
    assert words in result.stderr
    assert db.read_bytes() == before


def test_markdown_without_a_current_event_asks_for_one(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    with Store(path) as store:
        store.save(Event(name="Some night")).result()
    result = run("export", "--format", "md", "--db", str(path), tmp=tmp_path)
    assert_clean_error(result)
    assert "--event NAME" in result.stderr
    result = run("export", "--format", "csv", "--db", str(tmp_path / "none.json"), tmp=tmp_path)
    assert_clean_error(result)
    assert "no database" in result.stderr


def test_export_layouts_from_the_command_line(db: Path, tmp_path: Path) -> None:
    result = run("export", "--format", "csv", "--layout", "hubspot", "--db", str(db),
                 tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ("First Name,Last Name,Email,Phone Number,"
                                             "Mobile Phone Number,Company Name,Job Title,"
                                             "Website URL")
    result = run("export", "--format", "csv", "--layout", "salesforce", "--db", str(db),
                 tmp=tmp_path)
    assert result.returncode != 0 and "salesforce" in result.stderr
