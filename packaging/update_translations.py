"""Update the translations: lupdate collects the texts of secondround_desktop/**/*.py into each
resources/translations/secondround_<lang>.ts, lrelease compiles every .ts into the .qm the app loads.

English is the language of the source texts; its .ts holds only the texts with a count (``%n``), whose
singular and plural English forms are written there (lupdate's -pluralonly).

    python packaging/update_translations.py          # both steps
    python packaging/update_translations.py --release  # only compile the .ts files (after translating)

Needs PySide6's tools (pyside6-lupdate, pyside6-lrelease), installed with PySide6.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "secondround_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de",)
PLURAL_ONLY = ("en",)  # the source language: only the texts with plural forms


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (python -m pip install PySide6)")
    return found


def update() -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    for language in LANGUAGES + PLURAL_ONLY:
        ts = TRANSLATIONS / f"secondround_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *(["-pluralonly"] if language in PLURAL_ONLY else []),
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("secondround_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    release()


if __name__ == "__main__":
    main()
