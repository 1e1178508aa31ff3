"""Make the fixture database of one released schema revision: ``python make_fixture.py 0001``.

The file is brought to exactly that revision with Alembic, then filled with plain SQL written against
that revision's tables — never through today's models, which follow the newest schema. A fixture is
made once, when its revision is released, and committed; tests/core/test_migration_fixtures.py then
upgrades a copy of every fixture to the newest schema and checks that no data was lost on the way.

For a new release: add a ``fill_NNNN`` function below for the revision that ships, run this script
for it, and commit the resulting NNNN.sqlite3.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]


def fill_0001(connection: sqlite3.Connection) -> None:
    """Two opportunities, three interviews (one deleted, awaiting purge), and every kind of child row.

    The text is the kind users write: several scripts, emoji, markup characters, line breaks.
    """
    run = connection.executemany
    run(
        "INSERT INTO opportunity (id, uid, company, role, posting_url, status, notes, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
                "Northwind Analytics",
                "Senior Data Engineer",
                "https://jobs.example.com/northwind/4711",
                "active",
                "Recruiter: Jana. Salary band 85–95k €.\nRemote two days a week.",
                "2026-10-01 08:00:00.000000",
                "2026-10-20 17:30:00.000000",
            ),
            (
                2,
                "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                "Café Zürich & Söhne <GmbH>",
                "Head of Product 🚀",
                "",
                "offer",
                "مرحبا — the Dubai office may call.\r\nפגישה ביום שלישי",
                "2026-09-15 10:00:00.000000",
                "2026-11-02 09:15:00.000000",
            ),
        ],
    )
    run(
        "INSERT INTO person (id, uid, opportunity_id, name, title, email, relation, notes, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "p0000000000000000000000000000001",
                1,
                "Ada Lovelace",
                "VP Engineering",
                "ada@northwind.example",
                "hiring_manager",
                "Likes concrete numbers.",
                "2026-10-01 08:05:00.000000",
            ),
            (
                2,
                "p0000000000000000000000000000002",
                1,
                "Bob Müller",
                "Staff Engineer",
                "",
                "team_member",
                "",
                "2026-10-01 08:06:00.000000",
            ),
            (
                3,
                "p0000000000000000000000000000003",
                2,
                "Zoë O'Brien",
                "CPO",
                "zoe@cafe.example",
                "potential_boss",
                "Asked about 👶 parental leave policy",
                "2026-09-15 10:05:00.000000",
            ),
        ],
    )
    run(
        "INSERT INTO question (id, audience, text, is_seed, position) VALUES (?, ?, ?, ?, ?)",
        [
            (1, "hiring_manager", "What would make the first 90 days a success?", 1, 0),
            (2, "team_member", "How are on-call duties shared?", 1, 1),
            (3, "anyone", "Was ist das größte Risiko im Team?", 0, 2),
        ],
    )
    run(
        "INSERT INTO interview (id, uid, opportunity_id, round_number, kind, starts_at, timezone,"
        " duration_minutes, location, meeting_link, state, outcome, deleted_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                "i0000000000000000000000000000001",
                1,
                1,
                "screen",
                "2026-10-10 09:00:00.000000",
                "Europe/Berlin",
                30,
                "",
                "https://meet.example.com/abc-defg-hij",
                "done",
                "advanced",
                None,
                "2026-10-01 08:10:00.000000",
                "2026-10-10 10:00:00.000000",
            ),
            (
                2,
                "i0000000000000000000000000000002",
                1,
                2,
                "panel",
                "2026-12-03 13:00:00.000000",
                "Europe/Berlin",
                90,
                "Hauptstraße 5, 3. OG",
                "",
                "planned",
                "pending",
                None,
                "2026-10-20 17:30:00.000000",
                "2026-10-20 17:30:00.000000",
            ),
            (
                3,
                "i0000000000000000000000000000003",
                2,
                2,
                "final",
                "2026-11-01 15:00:00.000000",
                "Asia/Dubai",
                60,
                "",
                "",
                "cancelled",
                "pending",
                "2026-11-02 09:15:00.000000",
                "2026-09-15 10:10:00.000000",
                "2026-11-02 09:15:00.000000",
            ),
        ],
    )
    run(
        "INSERT INTO panelist (id, interview_id, person_id, position) VALUES (?, ?, ?, ?)",
        [(1, 1, 1, 0), (2, 2, 1, 0), (3, 2, 2, 1), (4, 3, 3, 0)],
    )
    run(
        "INSERT INTO talkingpoint (id, interview_id, person_id, text, status, landed, kept_despite_repeat,"
        " position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                1,
                1,
                "Cut the nightly batch from 6 h to 40 min",
                "told",
                1,
                0,
                0,
                "2026-10-09 20:00:00.000000",
            ),
            (
                2,
                2,
                1,
                "Led the migration of 3 teams to one data platform",
                "planned",
                None,
                0,
                0,
                "2026-10-21 18:00:00.000000",
            ),
            (
                3,
                2,
                None,
                "Cut the nightly batch from 6 h to 40 min — with the cost figures",
                "planned",
                None,
                1,
                1,
                "2026-10-21 18:05:00.000000",
            ),
        ],
    )
    run(
        "INSERT INTO interviewquestion"
        " (id, interview_id, person_id, question_id, text, position, asked, answer)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, 1, 1, "What would make the first 90 days a success?", 0, 1, "Ship the new ingest."),
            (2, 2, 2, 2, "How are on-call duties shared?", 0, 0, ""),
            (3, 2, None, None, "Why is the role open?", 1, 0, ""),
        ],
    )
    run(
        "INSERT INTO checkliststate (id, interview_id, item_key, done, note) VALUES (?, ?, ?, ?, ?)",
        [
            (1, 2, "recap-round-one", 1, "Told: batch speed-up. Missed: team size."),
            (2, 2, "research-panel", 0, ""),
        ],
    )
    run(
        "INSERT INTO fitcriterion (id, interview_id, text, answer, position) VALUES (?, ?, ?, ?, ?)",
        [(1, 2, "Remote days", "Two a week, flexible", 0), (2, 2, "Team size", "", 1)],
    )
    run(
        "INSERT INTO note (id, interview_id, person_id, kind, topic, body, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                1,
                1,
                None,
                "general",
                "",
                "Went well.\nThey want someone who <owns> pipelines.\t✓",
                "2026-10-10 10:00:00.000000",
            ),
            (2, 1, 1, "debrief", "impression", "Warm, asked for numbers.", "2026-10-10 10:05:00.000000"),
            (
                3,
                2,
                None,
                "prep",
                "why-company",
                "Their open-data work — 🌍 — fits me.",
                "2026-10-21 18:10:00.000000",
            ),
            (4, 2, None, "recap", "missed", "Did not mention the team I led.", "2026-10-21 18:12:00.000000"),
            (
                5,
                2,
                1,
                "advocate",
                "ask",
                "Ask Ada what would make her argue for me.",
                "2026-10-21 18:15:00.000000",
            ),
        ],
    )
    run(
        "INSERT INTO followup (id, interview_id, person_id, kind, due_date, done_at, draft)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, 1, "thank_you", "2026-10-11", "2026-10-11 08:00:00.000000", "Dear Ada, thank you…"),
            (2, 2, 2, "thank_you", "2026-12-04", None, ""),
        ],
    )


def fill_0002(connection: sqlite3.Connection) -> None:
    """0002 added the search index only: the same rows, and its triggers index them as they go in."""
    fill_0001(connection)


def fill_0003(connection: sqlite3.Connection) -> None:
    """0003 added indexes only: the same rows."""
    fill_0001(connection)


def fill_0004(connection: sqlite3.Connection) -> None:
    """0004 made indexes partial only: the same rows."""
    fill_0001(connection)


def fill_0005(connection: sqlite3.Connection) -> None:
    """0005 changed the search index's merge settings only: the same rows."""
    fill_0001(connection)


FILLERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": fill_0001,
    "0002": fill_0002,
    "0003": fill_0003,
    "0004": fill_0004,
    "0005": fill_0005,
}


def make_fixture(revision: str, target: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from alembic import command

    from secondround_desktop.core.migrate import alembic_config

    target.unlink(missing_ok=True)
    command.upgrade(alembic_config(target), revision)  # type: ignore[arg-type]
    connection = sqlite3.connect(target)
    try:
        with connection:
            FILLERS[revision](connection)
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"the fixture breaks foreign keys: {problems}")
        # One self-contained, compact file to commit: no -wal beside it.
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    finally:
        connection.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("revision", choices=sorted(FILLERS))
    args = parser.parse_args()
    made = make_fixture(args.revision, HERE / f"{args.revision}.sqlite3")
    print(f"wrote {made}")


if __name__ == "__main__":
    main()
