"""The command line: the GUI by default, and headless subcommands that never load Qt.

    secondround [--data-dir DIR] [--exit-when-ready]        start the app
    secondround export --format json [--out FILE]           everything as JSON (stdout without --out)
    secondround export --format md|ics [--interview ID]     Markdown (everything) or a calendar (upcoming)
    secondround import FILE.json|FILE.ics                   add what an export or a calendar invite holds
    secondround check [--repair]                            is the database file sound? (repair: restore
                                                            the newest good backup, keep the damaged file)
    secondround backup [--out FILE]                         a checked backup, into the backups folder
    secondround cheatsheet INTERVIEW_ID --out FILE.pdf|.md  the sheet to take into the room
    secondround sample-data                                 add sample interviews to look around
    secondround search QUERY [--json] [filters]             search everything written, as the app does

``--data-dir DIR`` works before or after the subcommand; the environment variable SECONDROUND_DATA_DIR
does the same. Exit codes: 0 ok, 1 a problem the user can act on, 2 a bad import file or bad usage,
70 an unexpected error (its traceback goes to the log file in the data folder).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from secondround_desktop import APP_NAME, __version__
from secondround_desktop.core.errors import StorageError, UserFacingError
from secondround_desktop.paths import AppPaths, resolve_paths

if TYPE_CHECKING:  # the database layer loads SQLAlchemy: only the commands that use it import it
    from secondround_desktop.core.db import Database

log = logging.getLogger(__name__)

PROG = "secondround"
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 70  # EX_SOFTWARE in sysexits.h
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    # Shared by the top level and every subcommand. SUPPRESS keeps a subcommand that was not given
    # --data-dir from overwriting the value given before the subcommand name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the database and everything else in DIR (default: $SECONDROUND_DATA_DIR, "
        "else the platform's user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=f"{APP_NAME}: prepare for a second-round interview. Without a command, starts the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the app, quit as soon as the main window is shown (a start-up check)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser("export", parents=[common], help="write all data to a file or stdout")
    export.add_argument(
        "--format",
        choices=["json", "md", "ics"],
        default="json",
        help="json: everything; md: everything as Markdown; ics: the upcoming interviews for a calendar "
        "(default: json)",
    )
    export.add_argument(
        "--interview", metavar="ID", type=int, help="with md or ics: only this interview (its id, see export)"
    )
    export.add_argument("--out", metavar="FILE", type=Path, help="write to FILE instead of stdout")

    import_ = commands.add_parser(
        "import", parents=[common], help="add the data of an exported JSON file or of calendar invites (.ics)"
    )
    import_.add_argument("file", metavar="FILE.json|FILE.ics", type=Path)

    cheatsheet = commands.add_parser(
        "cheatsheet", parents=[common], help="write an interview's cheat sheet as PDF or Markdown"
    )
    cheatsheet.add_argument(
        "interview_id", metavar="INTERVIEW_ID", type=int, help="the interview's id (see export)"
    )
    cheatsheet.add_argument("--out", metavar="FILE", type=Path, required=True, help="FILE.pdf or FILE.md")

    check = commands.add_parser(
        "check", parents=[common], help="check the database file (without --repair, without changing it)"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="if the file is damaged, keep it aside as <name>.damaged-<time> and restore the newest good "
        "backup (refused while the app runs with this data folder)",
    )
    backup = commands.add_parser("backup", parents=[common], help="back up the database, checked")
    backup.add_argument(
        "--out", metavar="FILE", type=Path, help="write the backup to FILE (default: the backups folder)"
    )
    commands.add_parser("sample-data", parents=[common], help="add sample interviews to look around")
    _add_search_parser(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed what to say
        return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    paths = resolve_paths(getattr(args, "data_dir", None))

    if args.command is None:
        # The GUI sets up its own logging (to the log file); configuring it here would pre-empt that.
        exit_when_ready: bool = args.exit_when_ready
        return _guarded(paths, lambda: _run_gui(paths, exit_when_ready=exit_when_ready))

    _setup_logging()
    handlers: dict[str, Callable[[AppPaths, argparse.Namespace], int]] = {
        "export": _export,
        "import": _import,
        "check": _check,
        "backup": _backup,
        "cheatsheet": _cheatsheet,
        "sample-data": _sample_data,
        "search": _search,
    }
    handler = handlers[args.command]
    return _guarded(paths, lambda: handler(paths, args))


def _setup_logging() -> None:
    # basicConfig does nothing when logging is already configured, so calling main() again is harmless.
    logging.basicConfig(
        level=logging.WARNING, stream=sys.stderr, format=f"{PROG}: %(levelname)s: %(message)s"
    )


def _run_gui(paths: AppPaths, *, exit_when_ready: bool) -> int:
    # Imported here so that the headless commands start without loading Qt.
    from secondround_desktop.app import run_gui

    return run_gui(paths, exit_when_ready=exit_when_ready)


def _guarded(paths: AppPaths, action: Callable[[], int]) -> int:
    """Run a command: the user's errors become one line on stderr, bugs a log entry."""
    try:
        return action()
    except UserFacingError as exc:
        _say_error(str(exc))
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        return _report_unexpected(paths, exc)


def _say_error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _report_unexpected(paths: AppPaths, exc: BaseException) -> int:
    """Write the traceback to the log file and point the user there."""
    where = paths.log_file
    crash_log = logging.getLogger("secondround_desktop.unexpected")
    crash_log.propagate = False  # the traceback is for the log file, not for the terminal
    try:
        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(where, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        file_handler = logging.FileHandler(where, encoding="utf-8")
    except OSError:
        # No log file to be had: the terminal is the only place left for the details.
        logging.getLogger(__name__).error("unexpected error", exc_info=exc)
        _say_error("unexpected error; the log file could not be written, details above.")
        return EXIT_UNEXPECTED
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    crash_log.addHandler(file_handler)
    try:
        crash_log.error("unexpected error in %s %s", PROG, __version__, exc_info=exc)
    finally:
        crash_log.removeHandler(file_handler)
        file_handler.close()
    _say_error(f"unexpected error, details in {where}")
    return EXIT_UNEXPECTED


# ---- the headless commands ---------------------------------------------------------------------


def _export(paths: AppPaths, args: argparse.Namespace) -> int:
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.exchange import export_json
    from secondround_desktop.core.files import write_text_atomically

    if not paths.database.exists():
        # Opening would create an empty database; an export of nothing is more likely a wrong folder.
        raise UserFacingError(f"There is no SecondRound database in {paths.data_dir}, so nothing to export.")
    if args.interview is not None and args.format == "json":
        _say_error("--interview goes with --format md or --format ics; JSON exports everything.")
        return EXIT_BAD_INPUT
    db = open_database(paths.database)
    try:
        text = export_json(db) if args.format == "json" else _export_text(db, args.format, args.interview)
    finally:
        db.close()
    out: Path | None = args.out
    if out is None:
        print(text, end="" if text.endswith("\n") else "\n")
    else:
        try:
            write_text_atomically(out, text, mode=0o600)
        except StorageError as exc:
            raise StorageError(f"Could not export to {out}. {exc}") from exc
        print(f"Exported to {out}.")
    return EXIT_OK


def _export_text(db: Database, file_format: str, interview_id: int | None) -> str:
    """Markdown (everything, or one interview) or iCalendar (the upcoming interviews, or one)."""
    from secondround_desktop.core.interviews import InterviewService
    from secondround_desktop.core.playbook import load_playbook

    service = InterviewService(db)
    if interview_id is not None and not service.exists(interview_id):
        raise UserFacingError(f"There is no interview with id {interview_id}.")
    playbook = load_playbook("en")
    if file_format == "md":
        from secondround_desktop.core.markdown_export import all_markdown, interview_markdown

        if interview_id is None:
            return all_markdown(db, playbook)
        return interview_markdown(db, interview_id, playbook)
    from secondround_desktop.core.ics import export_calendar, upcoming_interview_ids
    from secondround_desktop.core.prep import PrepService

    ids = [interview_id] if interview_id is not None else upcoming_interview_ids(service)
    return export_calendar(service, PrepService(db, playbook), ids)


def _import_calendar(paths: AppPaths, source: Path) -> int:
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.exchange import ImportFileError
    from secondround_desktop.core.ics import import_calendar, local_zone_name

    db = open_database(paths.database)
    try:
        summary = import_calendar(db, source, local_zone_name())
    except ImportFileError as exc:
        _say_error(str(exc))
        return EXIT_BAD_INPUT
    finally:
        db.close()
    print(summary.describe(str(source)))
    return EXIT_OK


def _import(paths: AppPaths, args: argparse.Namespace) -> int:
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.exchange import ImportFileError, import_file
    from secondround_desktop.core.ics import is_calendar_file

    source: Path = args.file
    if is_calendar_file(source):
        return _import_calendar(paths, source)
    db = open_database(paths.database)
    try:
        summary = import_file(db, source)
    except ImportFileError as exc:
        _say_error(str(exc))
        return EXIT_BAD_INPUT
    finally:
        db.close()
    print(
        f"Imported {_count(summary.opportunities, 'opportunity', 'opportunities')}, "
        f"{_count(summary.interviews, 'interview', 'interviews')} and "
        f"{_count(summary.people, 'person', 'people')} from {source}."
    )
    return EXIT_OK


def _check(paths: AppPaths, args: argparse.Namespace) -> int:
    from secondround_desktop.core import migrate
    from secondround_desktop.core.db import integrity_problems

    if args.repair:
        return _repair(paths)
    problems = integrity_problems(paths.database)
    if not problems:
        # A sound SQLite file can still be someone else's database, or one from a newer app.
        try:
            revision = migrate.current_revision(paths.database)
        except StorageError as exc:
            problems = [str(exc)]
        else:
            if revision is not None and revision not in migrate.SCHEMA_REVISIONS:
                problems = [
                    f"{paths.database} was written by a newer version of SecondRound (schema {revision})."
                ]
    if problems:
        for problem in problems:
            print(problem)
        return EXIT_PROBLEM
    print("ok")
    return EXIT_OK


def _repair(paths: AppPaths) -> int:
    """What the app does at start for a damaged file, with the full integrity check."""
    from secondround_desktop.core.backup import find_damage, recover
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.instance import InstanceLock

    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        raise UserFacingError(
            f"SecondRound is running with the data folder {paths.data_dir}, so it cannot be repaired now. "
            "Quit the app, then run `secondround check --repair` again. (A plain `secondround check` "
            "works while it runs.)"
        )
    try:
        problems = find_damage(paths.database, thorough=True)
        if not problems:
            status = _check(paths, argparse.Namespace(repair=False))
            if status != EXIT_OK:
                print("The file itself is not damaged, so --repair left it as it is.")
            return status
        report = recover(paths.database, problems)
        # The restored copy is brought up to this version's schema, or a new empty database is made.
        open_database(paths.database).close()
    finally:
        lock.release()
    print(report.message)
    return EXIT_OK if report.restored_from is not None else EXIT_PROBLEM


def _backup(paths: AppPaths, args: argparse.Namespace) -> int:
    from datetime import datetime

    from secondround_desktop.core.backup import MANUAL_LABEL, backup_name, make_backup, take_backup

    if not paths.database.exists():
        raise UserFacingError(f"There is no SecondRound database in {paths.data_dir}, so nothing to back up.")
    out: Path | None = args.out
    if out is None:
        target = take_backup(paths.database, label=MANUAL_LABEL)
    else:
        out = out.expanduser()
        if out.is_dir():
            out = out / backup_name(paths.database.stem, MANUAL_LABEL, datetime.now())
        target = make_backup(paths.database, out, label=MANUAL_LABEL)
    print(f"Backed up to {target}.")
    return EXIT_OK


def _cheatsheet(paths: AppPaths, args: argparse.Namespace) -> int:
    from secondround_desktop.core.cheatsheet import build_cheat_sheet, to_html, to_markdown
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.files import write_text_atomically
    from secondround_desktop.core.interviews import InterviewService
    from secondround_desktop.core.playbook import load_playbook
    from secondround_desktop.core.prep import PrepService

    out: Path = args.out
    if out.suffix.lower() not in (".pdf", ".md"):
        _say_error(f"{out.name}: the cheat sheet is written as .pdf or .md.")
        return EXIT_BAD_INPUT
    if not paths.database.exists():
        raise UserFacingError(f"There is no SecondRound database in {paths.data_dir}.")
    db = open_database(paths.database)
    try:
        interviews = InterviewService(db)
        if not interviews.exists(args.interview_id):
            _say_error(f"There is no interview with id {args.interview_id}.")
            return EXIT_BAD_INPUT
        sheet = build_cheat_sheet(interviews, PrepService(db, load_playbook("en")), args.interview_id)
    finally:
        db.close()
    if out.suffix.lower() == ".md":
        write_text_atomically(out, to_markdown(sheet))
    else:
        # Qt is needed for the PDF writer only; it renders offscreen, with no window.
        from secondround_desktop.ui.pdf import ensure_gui_application, write_pdf

        application = ensure_gui_application()
        write_pdf(to_html(sheet), out, sheet.title)
        del application
    print(f"Wrote the cheat sheet to {out}.")
    return EXIT_OK


def _sample_data(paths: AppPaths, _args: argparse.Namespace) -> int:
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.sample import add_sample_data

    db = open_database(paths.database)
    try:
        added = add_sample_data(db)
    finally:
        db.close()
    print(f"Added {_count(added, 'sample interview', 'sample interviews')} to {paths.database}.")
    return EXIT_OK


def _add_search_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from datetime import date

    search = commands.add_parser(
        "search", parents=[common], help="search everything you wrote or recorded, as the app's search does"
    )
    search.add_argument("query", metavar="QUERY", nargs="*", help="words to find; any text is fine")
    search.add_argument("--json", action="store_true", help="print the results as JSON")
    search.add_argument("--company", metavar="NAME", help="only interviews with this company")
    search.add_argument(
        "--outcome",
        choices=["pending", "advanced", "offer", "rejected"],
        help="only rounds with that outcome",
    )
    search.add_argument("--round", metavar="N", type=int, help="only this round number")
    search.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=date.fromisoformat)
    search.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=date.fromisoformat)
    search.add_argument("--limit", metavar="N", type=int, default=200, help="at most N hits (default: 200)")
    search.add_argument(
        "--check-index", action="store_true", help="check the search index against the data, then stop"
    )
    search.add_argument(
        "--rebuild-index", action="store_true", help="rebuild the search index from the data first"
    )


def _search(paths: AppPaths, args: argparse.Namespace) -> int:
    import json

    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.search import (
        SearchFilters,
        check_index,
        rebuild_index,
        result_dict,
        results_text,
        search,
    )

    if not paths.database.exists():
        raise UserFacingError(f"There is no SecondRound database in {paths.data_dir}, so nothing to search.")
    query = " ".join(args.query)
    db = open_database(paths.database)
    try:
        if args.check_index:
            problems = check_index(db)
            print("\n".join(problems) if problems else "ok")
            return EXIT_PROBLEM if problems else EXIT_OK
        if args.rebuild_index:
            entries = rebuild_index(db)
            if not query:
                print(f"Rebuilt the search index: {_count(entries, 'entry', 'entries')}.")
                return EXIT_OK
        filters = SearchFilters(args.company, args.outcome, args.round, args.date_from, args.date_to)
        results = search(db, query, filters, limit=args.limit)
    finally:
        db.close()
    if args.json:
        document = {"query": query, "results": [result_dict(group) for group in results]}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif results:
        print(results_text(results))
    else:
        print(f"Nothing matches “{query}”." if query.strip() else "Type some words to search for.")
    return EXIT_OK


# ---- helpers -----------------------------------------------------------------------------------


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
