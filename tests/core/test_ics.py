"""Calendar files: invitations from Google, Outlook and Apple in, interviews out, and back again."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import col, select

from secondround_desktop import cli
from secondround_desktop.core.db import Database, open_database
from secondround_desktop.core.exchange import ImportFileError, export_data, import_data
from secondround_desktop.core.ics import (
    event_uid,
    export_calendar,
    import_calendar,
    import_calendar_data,
    interview_uid_for,
    is_calendar_file,
    read_invites,
    upcoming_interview_ids,
)
from secondround_desktop.core.interviews import InterviewDetail, InterviewDraft, InterviewService, PersonInput
from secondround_desktop.core.models import Interview, InterviewState, NoteKind, Person
from secondround_desktop.core.playbook import load_playbook
from secondround_desktop.core.prep import PrepService

DATA = Path(__file__).parent / "data" / "ics"
GOOGLE = DATA / "google_invite.ics"
OUTLOOK = DATA / "outlook_invite.ics"
OUTLOOK_CANCELLED = DATA / "outlook_cancelled.ics"
APPLE = DATA / "apple_invite.ics"
BROKEN = DATA / "broken.ics"
NOT_A_CALENDAR = DATA / "not_a_calendar.ics"
HERE = "Europe/Berlin"  # the computer's zone in these tests: the wall clock for times given in UTC


# ---- helpers -------------------------------------------------------------------------------------


def only_interview(service: InterviewService) -> InterviewDetail:
    with service.db.session() as session:
        ids = session.exec(select(Interview.id)).all()
    assert len(ids) == 1, ids
    assert ids[0] is not None
    return service.get(ids[0])


def panel(detail: InterviewDetail) -> list[tuple[str, str, str]]:
    return [(person.name, person.email, person.relation) for person in detail.panel]


def row_counts(db: Database) -> dict[str, int]:
    connection = sqlite3.connect(db.path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%fts%'"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
        }
    finally:
        connection.close()


def calendar_text(*events: str, header: str = "") -> bytes:
    """A minimal calendar around the given VEVENT bodies (one property per line)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN"]
    lines += [line for line in header.splitlines() if line]
    for body in events:
        lines += ["BEGIN:VEVENT", *[line for line in body.strip().splitlines() if line], "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def event(
    summary: str = "Interview: Staff Engineer — Acme",
    uid: str = "test-1@example.com",
    start: str = "DTSTART:20261203T130000Z",
    more: str = "",
) -> str:
    return f"UID:{uid}\nDTSTAMP:20261120T090000Z\n{start}\nDTEND:20261203T140000Z\nSUMMARY:{summary}\n{more}"


def with_line(path: Path, old: str, new: str) -> bytes:
    """The fixture with every ``old`` replaced: an updated copy of the same invitation."""
    text = path.read_bytes().decode("utf-8")
    assert old in text
    return text.replace(old, new).encode("utf-8")


# ---- importing the three clients' invitations ----------------------------------------------------


def test_google_invite_imports_time_link_panel_company_and_role(
    db: Database, service: InterviewService
) -> None:
    summary = import_calendar(db, GOOGLE, HERE)

    detail = only_interview(service)
    assert summary.added == (detail.id,)
    assert detail.starts_at == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert detail.timezone == HERE  # given in UTC: shown on this computer's clock
    assert detail.duration_minutes == 60
    assert detail.meeting_link == "https://meet.google.com/xyz-abcd-efg"
    assert detail.location == ""
    assert (detail.company, detail.role, detail.round_number) == ("Acme", "Staff Engineer", 2)
    # The organizer first, then the attendees, once each; the candidate's own address is imported too
    # (documented: it cannot be told apart reliably), named from the address.
    assert panel(detail) == [
        ("Priya Natarajan", "priya.natarajan@acme.com", "other"),
        ("Marcus Webb", "marcus.webb@acme.com", "other"),
        ("Alex Candidate", "alex.candidate@gmail.com", "other"),
    ]


def test_outlook_invite_with_a_windows_time_zone(db: Database, service: InterviewService) -> None:
    import_calendar(db, OUTLOOK, "America/Chicago")

    detail = only_interview(service)
    # 14:00 "W. Europe Standard Time" in December is 13:00 UTC, and the zone is named as IANA knows it.
    assert detail.starts_at == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)
    assert detail.timezone == "Europe/Berlin"
    assert detail.duration_minutes == 90
    assert detail.meeting_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
    assert detail.meeting_link.endswith("%7d")  # the closing ">" of Outlook's <link> is not part of it
    assert detail.location == ""  # "Microsoft Teams Meeting" names no place
    assert (detail.company, detail.role, detail.round_number) == ("Contoso", "Senior Data Engineer", 2)
    # "Müller, Thomas" is turned round; the meeting room (CUTYPE=RESOURCE) is no panelist.
    assert [name for name, _, _ in panel(detail)] == ["Thomas Müller", "Anna Schmidt", "Jordan Lee"]


def test_outlook_time_zone_follows_daylight_saving_time(db: Database, service: InterviewService) -> None:
    summer = with_line(OUTLOOK, "20261210T140000", "20260708T140000")
    summer = summer.replace(b"20261210T153000", b"20260708T153000")

    import_calendar_data(db, summer, "summer.ics", HERE)

    assert only_interview(service).starts_at == datetime(2026, 7, 8, 12, 0, tzinfo=UTC)  # CEST, UTC+2


def test_apple_invite_with_tzid_america_new_york(db: Database, service: InterviewService) -> None:
    import_calendar(db, APPLE, HERE)

    detail = only_interview(service)
    assert detail.starts_at == datetime(2026, 9, 16, 14, 0, tzinfo=UTC)  # 10:00 EDT
    assert detail.timezone == "America/New_York"
    assert detail.local_start.strftime("%H:%M") == "10:00"
    assert detail.duration_minutes == 90
    assert detail.meeting_link == ""
    assert detail.location == "Globex HQ, 1 Market Street, Floor 12, New York NY 10001, United States"
    assert (detail.company, detail.role, detail.kind) == ("Globex", "Product Designer", "final")
    assert [name for name, _, _ in panel(detail)] == ["Dana Whitfield", "Sam Ortiz", "Lena Park"]


def test_a_vtimezone_block_is_used_for_a_zone_nobody_else_knows(
    db: Database, service: InterviewService
) -> None:
    custom = calendar_text(
        event(
            start="DTSTART;TZID=Customized Time Zone:20261203T140000",
            more="DTEND;TZID=Customized Time Zone:20261203T150000",
        ),
        header="\n".join(
            [
                "BEGIN:VTIMEZONE",
                "TZID:Customized Time Zone",
                "BEGIN:STANDARD",
                "DTSTART:16010101T000000",
                "TZOFFSETFROM:+0530",
                "TZOFFSETTO:+0530",
                "END:STANDARD",
                "END:VTIMEZONE",
            ]
        ),
    )
    custom = custom.replace(b"DTEND:20261203T140000Z\r\n", b"")

    import_calendar_data(db, custom, "custom.ics", HERE)

    detail = only_interview(service)
    assert detail.starts_at == datetime(2026, 12, 3, 8, 30, tzinfo=UTC)
    assert detail.duration_minutes == 60


def test_floating_times_are_local_and_x_wr_timezone_names_the_clock(
    db: Database, service: InterviewService
) -> None:
    floating = calendar_text(
        event(start="DTSTART:20261203T090000", more="DURATION:PT45M").replace("DTEND:20261203T140000Z\n", "")
    )
    import_calendar_data(db, floating, "floating.ics", "Asia/Tokyo")
    detail = only_interview(service)
    assert detail.starts_at == datetime(2026, 12, 3, 0, 0, tzinfo=UTC)
    assert (detail.timezone, detail.duration_minutes) == ("Asia/Tokyo", 45)

    published = calendar_text(event(uid="other@example.com"), header="X-WR-TIMEZONE:America/Sao_Paulo")
    summary = import_calendar_data(db, published, "feed.ics", "Asia/Tokyo")
    assert service.get(summary.added[0]).timezone == "America/Sao_Paulo"


@pytest.mark.parametrize(
    ("summary", "organizer", "expected"),
    [
        ("Interview: Staff Engineer — Acme", "jane@acme.com", ("Acme", "Staff Engineer", None, None)),
        ("Acme | Round 2 | Staff Engineer", "jane@acme.com", ("Acme", "Staff Engineer", 2, None)),
        ("Acme | Round 3 | Staff Engineer", "recruiter@gmail.com", ("Acme", "Staff Engineer", 3, None)),
        ("Updated invitation: Globex - Data Analyst (2nd round)", "", ("Globex", "Data Analyst", 2, None)),
        ("Product Designer at Globex — final round", "", ("Globex", "Product Designer", None, "final")),
        ("Panel interview: Initech / Backend Developer", "", ("Initech", "Backend Developer", None, "panel")),
        ("Second round with Hooli", "people@hooli.xyz", ("Hooli", "Unknown role", 2, None)),
        ("Senior Engineer", "talent@acme-corp.co.uk", ("Acme Corp", "Senior Engineer", None, None)),
        ("Catch-up", "talent@umbrella.com", ("Umbrella", "Catch-up", None, None)),
        ("", "", ("Unknown company", "Unknown role", None, None)),
    ],
)
def test_company_role_round_and_kind_come_from_the_title(
    summary: str, organizer: str, expected: tuple[str, str, int | None, str | None]
) -> None:
    more = f"ORGANIZER;CN=Someone:mailto:{organizer}" if organizer else ""
    (invite,), _ = read_invites(calendar_text(event(summary=summary, more=more)), "t.ics")
    assert (invite.company, invite.role, invite.round_number, invite.kind) == expected


@pytest.mark.parametrize(
    ("lines", "link"),
    [
        ("LOCATION:https://acme.zoom.us/j/81234567890?pwd=abc", "https://acme.zoom.us/j/81234567890?pwd=abc"),
        (
            "DESCRIPTION:Join Webex meeting: https://acme.webex.com/acme/j.php?MTID=m1f2e3d. Passcode 123",
            "https://acme.webex.com/acme/j.php?MTID=m1f2e3d",
        ),
        (
            "LOCATION:Room 4\nDESCRIPTION:Help: https://support.zoom.us/ or join https://zoom.us/j/999888777",
            "https://zoom.us/j/999888777",
        ),
        ("X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij", "https://meet.google.com/abc-defg-hij"),
        ("LOCATION:https://video.example.org/room-7", "https://video.example.org/room-7"),
        ("LOCATION:Acme HQ\\, Room 4\nDESCRIPTION:See https://acme.example/parking", ""),
    ],
)
def test_the_meeting_link_is_found_in_location_or_description(lines: str, link: str) -> None:
    (invite,), _ = read_invites(calendar_text(event(more=lines)), "t.ics")
    assert invite.meeting_link == link


# ---- importing again, cancellations, recurring events --------------------------------------------


def test_importing_the_same_invite_twice_updates_instead_of_duplicating(
    db: Database, service: InterviewService
) -> None:
    first = import_calendar(db, OUTLOOK, HERE)
    counts = row_counts(db)
    again = import_calendar(db, OUTLOOK, HERE)
    assert (again.added, again.updated, again.unchanged) == ((), (), first.added)
    assert row_counts(db) == counts

    moved = with_line(OUTLOOK, "20261210T140000", "20261211T093000")
    moved = moved.replace(b"20261210T153000", b"20261211T103000")
    assert b"\r\nDESCRIPTION;LANGUAGE" in moved
    moved = moved.replace(
        b"\r\nDESCRIPTION;LANGUAGE",
        b"\r\nATTENDEE;CN=Ravi Patel:mailto:ravi.patel@contoso.de\r\nDESCRIPTION;LANGUAGE",
    )
    updated = import_calendar_data(db, moved, "moved.ics", HERE)

    assert updated.updated == first.added
    detail = only_interview(service)
    assert detail.starts_at == datetime(2026, 12, 11, 8, 30, tzinfo=UTC)
    assert detail.duration_minutes == 60
    names = [name for name, _, _ in panel(detail)]
    assert names == ["Thomas Müller", "Anna Schmidt", "Jordan Lee", "Ravi Patel"]
    with db.session() as session:
        assert len(session.exec(select(Person)).all()) == 4  # nobody twice


def test_a_reimport_keeps_what_the_user_corrected(db: Database, service: InterviewService) -> None:
    import_calendar(db, OUTLOOK, HERE)
    detail = only_interview(service)
    draft = detail.as_draft()
    draft.company, draft.role = "Contoso AG", "Lead Data Engineer"
    service.update(detail.id, draft)
    anna = next(person for person in detail.panel if person.name == "Anna Schmidt")
    service.update_person(anna.id, PersonInput("Anna Schmidt", "Head of Data", anna.email, "hiring_manager"))
    me = next(person for person in detail.panel if person.name == "Jordan Lee")
    service.remove_panelist(detail.id, me.id)

    import_calendar(db, OUTLOOK, HERE)

    after = only_interview(service)
    assert (after.company, after.role) == ("Contoso AG", "Lead Data Engineer")
    assert ("Anna Schmidt", anna.email, "hiring_manager") in panel(after)
    # Removed from the panel by hand, put back by the invitation: the import adds, it never removes.
    assert len(after.panel) == 3


def test_a_cancelled_invite_is_skipped_with_a_note(db: Database) -> None:
    counts = row_counts(db)

    summary = import_calendar(db, OUTLOOK_CANCELLED, HERE)

    assert summary.interview_ids == ()
    assert summary.notes == (
        "Skipped “Canceled: Contoso | Round 2 | Senior Data Engineer”: it was cancelled.",
    )
    assert "it was cancelled" in summary.describe("outlook_cancelled.ics")
    assert row_counts(db) == counts


def test_a_cancellation_marks_the_imported_interview_cancelled(
    db: Database, service: InterviewService
) -> None:
    added = import_calendar(db, OUTLOOK, HERE).added

    summary = import_calendar(db, OUTLOOK_CANCELLED, HERE)

    assert summary.cancelled == added
    assert only_interview(service).state == InterviewState.CANCELLED.value
    import_calendar(db, OUTLOOK, HERE)  # re-sent later: planned again
    assert only_interview(service).state == InterviewState.PLANNED.value


def test_repeating_and_all_day_events(db: Database, service: InterviewService) -> None:
    data = calendar_text(
        event(uid="weekly@example.com", more="RRULE:FREQ=WEEKLY;COUNT=4"),
        "UID:offsite@example.com\nDTSTART;VALUE=DATE:20261204\nSUMMARY:Offsite day",
    )

    summary = import_calendar_data(db, data, "mixed.ics", HERE)

    assert len(summary.added) == 1
    assert service.get(summary.added[0]).starts_at == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert summary.notes == (
        "“Interview: Staff Engineer — Acme” repeats; only its first date was imported.",
        "Skipped “Offsite day”: it lasts all day and has no start time.",
    )


# ---- bad files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (BROKEN, "broken.ics is a damaged calendar file"),
        (NOT_A_CALENDAR, "not_a_calendar.ics is not a calendar file (it starts with “BEGIN:VCARD”)"),
    ],
)
def test_a_broken_or_foreign_file_is_refused_and_changes_nothing(
    db: Database, path: Path, message: str
) -> None:
    import_calendar(db, GOOGLE, HERE)
    counts = row_counts(db)

    with pytest.raises(ImportFileError) as caught:
        import_calendar(db, path, HERE)

    assert message in str(caught.value)
    assert row_counts(db) == counts


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "is not a calendar file: it is not text"),
        (b"", "is not a calendar file (it is empty)"),
        (b'{"format": "secondround-export"}', "is not a calendar file (it starts with “{"),
        (calendar_text(), "holds no calendar event"),
        (calendar_text(event(start="DTSTART:2026-12-03 13:00")), "has no readable start time"),
        (calendar_text(event(start="DTSTART;TZID=Mars/Olympus_Mons:20261203T130000")), "Mars/Olympus_Mons"),
    ],
)
def test_unusable_data_gets_a_clear_message(db: Database, data: bytes, message: str) -> None:
    counts = row_counts(db)
    with pytest.raises(ImportFileError) as caught:
        import_calendar_data(db, data, "x.ics", HERE)
    assert message in str(caught.value)
    assert row_counts(db) == counts


def test_one_bad_event_stops_the_whole_file(db: Database) -> None:
    counts = row_counts(db)
    data = calendar_text(event(uid="good@example.com"), event(uid="bad@example.com", start="DTSTART:soon"))

    with pytest.raises(ImportFileError) as caught:
        import_calendar_data(db, data, "two.ics", HERE)

    assert "event 2: “Interview: Staff Engineer — Acme” has no readable start time" in str(caught.value)
    assert row_counts(db) == counts


def test_calendar_files_are_told_by_suffix_or_content(tmp_path: Path) -> None:
    named = tmp_path / "invite.txt"
    named.write_bytes(b"\xef\xbb\xbf\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    other = tmp_path / "export.json"
    other.write_text('{"format": "secondround-export"}', encoding="utf-8")
    assert is_calendar_file(named)
    assert is_calendar_file(tmp_path / "missing.ics")
    assert not is_calendar_file(other)
    assert not is_calendar_file(tmp_path / "missing.json")


# ---- export ----------------------------------------------------------------------------------------


@pytest.fixture
def prep(db: Database) -> PrepService:
    return PrepService(db, load_playbook("en"))


def prepared_interview(service: InterviewService, prep: PrepService) -> int:
    interview_id = service.create(
        InterviewDraft(
            company="Acme",
            role="Staff Engineer",
            round_number=2,
            date_text="2026-12-03",
            time_text="14:00",
            timezone="Europe/Berlin",
            duration_minutes=90,
            location="Acme HQ, Room 4",
            meeting_link="https://meet.example.com/acme-2",
        )
    )
    ada = service.add_person(
        interview_id, PersonInput("Ada Lovelace", "Head of Platform", "ada@acme.example", "hiring_manager")
    )
    service.add_person(interview_id, PersonInput("Bob Builder", relation="team_member"))
    prep.set_note(
        interview_id, NoteKind.ADVOCATE.value, "words", "Ada, would you tell the panel\nabout the migration?"
    )
    for text in (
        "What does a great first year look like?",
        "How do you handle on-call?",
        "Who decides?",
        "A fourth",
    ):
        prep.assign_question(interview_id, text, ada)
    return interview_id


def test_export_is_a_valid_calendar_with_uid_zone_alarm_attendees_and_prep(
    db: Database, service: InterviewService, prep: PrepService
) -> None:
    interview_id = prepared_interview(service, prep)
    with db.session() as session:
        row = session.get(Interview, interview_id)
        assert row is not None
        uid = row.uid
        bob_uid = session.exec(select(Person.uid).where(Person.name == "Bob Builder")).one()

    text = export_calendar(service, prep, [interview_id], now=datetime(2026, 11, 26, 9, 0, tzinfo=UTC))

    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    calendar = Calendar.from_ical(text)
    (zone_block,) = calendar.walk("VTIMEZONE")
    assert str(zone_block["TZID"]) == "Europe/Berlin"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"{uid}@secondround" == event_uid(uid)
    start = vevent["DTSTART"]
    assert start.params["TZID"] == "Europe/Berlin"
    assert start.dt.tzinfo is not None
    assert start.dt.replace(tzinfo=None) == datetime(2026, 12, 3, 14, 0)
    assert start.dt.astimezone(UTC) == datetime(2026, 12, 3, 13, 0, tzinfo=UTC)
    assert vevent.decoded("DTEND") - start.dt == timedelta(minutes=90)
    (alarm,) = vevent.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(hours=-1)
    attendees = [(str(address), address.params["CN"]) for address in vevent["ATTENDEE"]]
    assert attendees == [("mailto:ada@acme.example", "Ada Lovelace"), (f"urn:uuid:{bob_uid}", "Bob Builder")]
    assert str(vevent["LOCATION"]) == "Acme HQ, Room 4"
    assert str(vevent["URL"]) == "https://meet.example.com/acme-2"
    description = str(vevent["DESCRIPTION"])
    assert re.search(r"Prep: \d+% ready \(\d+ of \d+ checks done\)", description)
    assert "Advocate ask: “Ada, would you tell the panel about the migration?”" in description
    assert (
        "• What does a great first year look like?\n• How do you handle on-call?\n• Who decides?"
        in description
    )
    assert "A fourth" not in description  # only the first three
    assert "Join: https://meet.example.com/acme-2" in description


def test_an_interview_in_utc_is_written_with_z_and_no_vtimezone(
    db: Database, service: InterviewService, prep: PrepService
) -> None:
    interview_id = service.create(
        InterviewDraft(
            company="Acme", role="Engineer", date_text="2026-12-03", time_text="13:00", timezone="UTC"
        )
    )
    text = export_calendar(service, prep, [interview_id])
    assert "DTSTART:20261203T130000Z\r\n" in text
    assert "VTIMEZONE" not in text


def test_all_upcoming_leaves_out_past_and_deleted_interviews(service: InterviewService) -> None:
    now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def add(day: str, company: str) -> int:
        return service.create(
            InterviewDraft(company=company, role="Engineer", date_text=day, time_text="10:00", timezone="UTC")
        )

    past, soon, later, gone = (
        add("2026-11-20", "Past"),
        add("2026-11-27", "Soon"),
        add("2026-12-20", "Later"),
        add("2026-12-01", "Gone"),
    )
    service.delete(gone)
    assert upcoming_interview_ids(service, now) == [soon, later]
    assert past not in upcoming_interview_ids(service, now)


def test_export_then_import_round_trips_time_and_panel(
    db: Database, service: InterviewService, prep: PrepService, tmp_path: Path
) -> None:
    interview_id = prepared_interview(service, prep)
    original = service.get(interview_id)
    ics = tmp_path / "acme.ics"
    ics.write_text(export_calendar(service, prep, [interview_id]), encoding="utf-8", newline="")

    other = open_database(tmp_path / "other.sqlite3")
    try:
        other_service = InterviewService(other)
        summary = import_calendar(other, ics, "Asia/Tokyo")
        copy = other_service.get(summary.added[0])
        with other.session() as session:
            copied_uid = session.exec(select(Interview.uid)).one()
    finally:
        other.close()
    with db.session() as session:
        assert copied_uid == session.exec(select(Interview.uid).where(Interview.id == interview_id)).one()
    assert (copy.starts_at, copy.timezone, copy.duration_minutes) == (
        original.starts_at,
        original.timezone,
        original.duration_minutes,
    )
    assert (copy.company, copy.role, copy.round_number, copy.kind) == (
        original.company,
        original.role,
        original.round_number,
        original.kind,
    )
    assert (copy.location, copy.meeting_link) == (original.location, original.meeting_link)
    assert [(p.name, p.email, p.relation) for p in copy.panel] == [
        (p.name, p.email, p.relation) for p in original.panel
    ]

    # And back into the database it came from: recognised by its UID, nothing added.
    counts = row_counts(db)
    again = import_calendar(db, ics, HERE)
    assert again.unchanged == (interview_id,)
    assert row_counts(db) == counts


# ---- the uid an invitation maps to ---------------------------------------------------------------


def test_foreign_uids_map_to_a_stable_uid_that_the_json_format_accepts(db: Database, tmp_path: Path) -> None:
    foreign = "040000008200E00074C5B7101A82E00800000000D0E6B3F6A14DDB01000000000000000010000000A1B2C3D4E5F6"
    assert interview_uid_for(foreign) == interview_uid_for(foreign)
    assert re.fullmatch(r"[0-9a-f]{32}", interview_uid_for(foreign))
    assert interview_uid_for(foreign, "2026-12-10T13:00:00+00:00") != interview_uid_for(foreign)
    assert (
        interview_uid_for("0123456789abcdef0123456789abcdef@secondround")
        == "0123456789abcdef0123456789abcdef"
    )

    import_calendar(db, OUTLOOK, HERE)
    import_calendar(db, GOOGLE, HERE)
    document = export_data(db)  # the JSON export, validated on its way into another database
    other = open_database(tmp_path / "other.sqlite3")
    try:
        summary = import_data(other, document)
        assert summary.interviews == 2
        again = import_calendar(other, OUTLOOK, HERE)  # still recognised after the JSON round trip
        assert again.unchanged and not again.added
    finally:
        other.close()


def test_a_deleted_interview_comes_back_when_its_invite_is_imported(
    db: Database, service: InterviewService
) -> None:
    (interview_id,) = import_calendar(db, GOOGLE, HERE).added
    service.delete(interview_id)

    summary = import_calendar(db, GOOGLE, HERE)

    assert summary.updated == (interview_id,)
    assert service.exists(interview_id)


# ---- the command line ------------------------------------------------------------------------------


def test_import_command_reads_ics_files_and_refuses_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "cli")
    assert cli.main(["import", str(APPLE), "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{APPLE}: 1 interview added."
    database = Path(folder) / "secondround.sqlite3"
    before = database.read_bytes()

    assert cli.main(["import", str(BROKEN), "--data-dir", folder]) == 2
    captured = capsys.readouterr()
    assert "broken.ics is a damaged calendar file" in captured.err and captured.out == ""

    db = open_database(database)
    try:
        with db.session() as session:
            assert len(session.exec(select(col(Interview.id))).all()) == 1
    finally:
        db.close()
    assert before  # the file existed before the refused import


def test_export_command_writes_ics_for_one_interview_or_the_upcoming_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "cli")
    assert cli.main(["import", str(OUTLOOK), "--data-dir", folder]) == 0
    assert cli.main(["export", "--format", "ics", "--interview", "1", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "UID:" in out and "SUMMARY:Contoso — Senior Data Engineer\\, round 2" in out
    assert cli.main(["export", "--format", "ics", "--interview", "99", "--data-dir", folder]) == 1
    assert "There is no interview with id 99." in capsys.readouterr().err
