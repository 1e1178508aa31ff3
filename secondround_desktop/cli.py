"""The command line: the GUI by default, and headless subcommands that never load Qt.

    secondround [--data-dir DIR] [--exit-when-ready]        start the app
    secondround export --format json [--out FILE]           everything as JSON (stdout without --out)
    secondround import FILE.json                            add what an export holds
    secondround check                                       is the database file sound?
    secondround cheatsheet INTERVIEW_ID --out FILE.pdf|.md  the sheet to take into the room
    secondround sample-data                                 add sample interviews to look around

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

from secondround_desktop import APP_NAME, __version__
from secondround_desktop.core.errors import StorageError, UserFacingError
from secondround_desktop.paths import AppPaths, resolve_paths

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
    export.add_argument("--format", choices=["json"], default="json", help="the file format (default: json)")
    export.add_argument("--out", metavar="FILE", type=Path, help="write to FILE instead of stdout")

    import_ = commands.add_parser("import", parents=[common], help="add the data of an exported JSON file")
    import_.add_argument("file", metavar="FILE.json", type=Path)

    cheatsheet = commands.add_parser(
        "cheatsheet", parents=[common], help="write an interview's cheat sheet as PDF or Markdown"
    )
    cheatsheet.add_argument(
        "interview_id", metavar="INTERVIEW_ID", type=int, help="the interview's id (see export)"
    )
    cheatsheet.add_argument("--out", metavar="FILE", type=Path, required=True, help="FILE.pdf or FILE.md")

    commands.add_parser("check", parents=[common], help="check the database file without changing it")
    commands.add_parser("sample-data", parents=[common], help="add sample interviews to look around")
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
        "cheatsheet": _cheatsheet,
        "sample-data": _sample_data,
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
    db = open_database(paths.database)
    try:
        text = export_json(db)
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


def _import(paths: AppPaths, args: argparse.Namespace) -> int:
    from secondround_desktop.core.db import open_database
    from secondround_desktop.core.exchange import ImportFileError, import_file

    source: Path = args.file
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


def _check(paths: AppPaths, _args: argparse.Namespace) -> int:
    from secondround_desktop.core import migrate
    from secondround_desktop.core.db import integrity_problems

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


# ---- helpers -----------------------------------------------------------------------------------


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
