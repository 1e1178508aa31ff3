"""What the user types: dates, times, time zones, links and emails, and the interview form as a whole."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

import pytest

from secondround_desktop.core.errors import ValidationError
from secondround_desktop.core.interviews import InterviewDraft
from secondround_desktop.core.validation import (
    check_email,
    check_link,
    local_to_utc,
    parse_date,
    parse_time,
)

DraftFactory = Callable[..., InterviewDraft]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-03", date(2026, 12, 3)),
        (" 2026/12/03 ", date(2026, 12, 3)),
        ("03.12.2026", date(2026, 12, 3)),
        ("2028-2-29", date(2028, 2, 29)),
    ],
)
def test_parse_date_accepts_the_usual_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter the date"),
        ("tomorrow", "is not a date"),
        ("2026-13-01", "no month 13"),
        ("2027-02-29", "no 29 February 2027"),
        ("1850-01-01", "out of range"),
    ],
)
def test_parse_date_explains_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        parse_date(text)
    assert caught.value.field == "date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14:00", time(14, 0)),
        ("9:30", time(9, 30)),
        ("9", time(9, 0)),
        ("2:30 pm", time(14, 30)),
        ("12 am", time(0, 0)),
        ("12:15 p.m.", time(12, 15)),
        ("11PM", time(23, 0)),
    ],
)
def test_parse_time_accepts_the_usual_forms(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "noon", "24:00", "13 pm", "0 am", "10:60", "10:5"])
def test_parse_time_refuses_what_is_not_a_time(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(text)
    assert caught.value.field == "time"


def test_local_to_utc_converts_a_wall_clock_time() -> None:
    assert local_to_utc(date(2026, 12, 3), time(10, 0), "Europe/Berlin") == datetime(
        2026, 12, 3, 9, 0, tzinfo=UTC
    )
    assert local_to_utc(date(2026, 7, 3), time(10, 0), "Europe/Berlin") == datetime(
        2026, 7, 3, 8, 0, tzinfo=UTC
    )
    assert local_to_utc(date(2026, 7, 3), time(10, 0), "America/New_York") == datetime(
        2026, 7, 3, 14, 0, tzinfo=UTC
    )


def test_local_to_utc_refuses_a_time_skipped_by_daylight_saving() -> None:
    # Berlin jumps from 02:00 to 03:00 on 29 March 2026.
    with pytest.raises(ValidationError, match="does not exist") as caught:
        local_to_utc(date(2026, 3, 29), time(2, 30), "Europe/Berlin")
    assert caught.value.field == "time"
    assert local_to_utc(date(2026, 3, 29), time(3, 0), "Europe/Berlin") == datetime(
        2026, 3, 29, 1, 0, tzinfo=UTC
    )


def test_local_to_utc_takes_the_first_of_a_repeated_hour() -> None:
    # Berlin runs 02:00–03:00 twice on 25 October 2026; the first pass is still summer time.
    assert local_to_utc(date(2026, 10, 25), time(2, 30), "Europe/Berlin") == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )


def test_local_to_utc_refuses_an_unknown_zone() -> None:
    with pytest.raises(ValidationError, match="not a known time zone") as caught:
        local_to_utc(date(2026, 12, 3), time(10, 0), "Mars/Olympus_Mons")
    assert caught.value.field == "timezone"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("   ", ""),
        ("https://meet.example.com/abc-defg", "https://meet.example.com/abc-defg"),
        (" http://localhost:8080/room ", "http://localhost:8080/room"),
        ("HTTPS://Zoom.us/j/123?pwd=x", "HTTPS://Zoom.us/j/123?pwd=x"),
    ],
)
def test_check_link_accepts_web_addresses(text: str, expected: str) -> None:
    assert check_link(text) == expected


@pytest.mark.parametrize(
    "text",
    ["meet.example.com/abc", "ftp://example.com/x", "https://", "https://intranet/room", "https://a b.com"],
)
def test_check_link_refuses_what_is_not_a_web_address(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_link(text)
    assert caught.value.field == "meeting_link"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        (" ada@example.com ", "ada@example.com"),
        ("a.b+c@mail.example.org", "a.b+c@mail.example.org"),
    ],
)
def test_check_email_accepts_addresses(text: str, expected: str) -> None:
    assert check_email(text) == expected


@pytest.mark.parametrize(
    "text", ["ada", "ada@example", "@example.com", "ada@@example.com", "ada @example.com", "ada@example."]
)
def test_check_email_refuses_what_is_not_an_address(text: str) -> None:
    with pytest.raises(ValidationError, match="not an email address") as caught:
        check_email(text)
    assert caught.value.field == "email"


def test_a_valid_draft_gives_clean_values(make_draft: DraftFactory) -> None:
    clean, errors = make_draft(
        company="  Acme   Corp ", meeting_link=" https://meet.example.com/x "
    ).validate()
    assert errors == {}
    assert clean is not None
    assert clean.company == "Acme Corp"
    assert clean.meeting_link == "https://meet.example.com/x"
    assert clean.starts_at == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def test_a_draft_reports_every_wrong_field_at_once(make_draft: DraftFactory) -> None:
    draft = make_draft(
        company="",
        role="x" * 201,
        round_number=0,
        date_text="2026-02-30",
        time_text="25:00",
        duration_minutes=1,
        kind="brunch",
        meeting_link="not a link",
    )
    clean, errors = draft.validate()
    assert clean is None
    assert set(errors) == {
        "company",
        "role",
        "round_number",
        "date",
        "time",
        "duration_minutes",
        "kind",
        "meeting_link",
    }
    assert "required" in errors["company"]
    assert "too long" in errors["role"]
    assert "30 February 2026" in errors["date"]


def test_a_draft_in_a_daylight_saving_gap_reports_the_time(make_draft: DraftFactory) -> None:
    clean, errors = make_draft(date_text="2026-03-29", time_text="02:30").validate()
    assert clean is None
    assert list(errors) == ["time"]


def test_a_draft_with_an_unknown_zone_reports_the_zone(make_draft: DraftFactory) -> None:
    clean, errors = make_draft(timezone="Nowhere/Land").validate()
    assert clean is None
    assert list(errors) == ["timezone"]
