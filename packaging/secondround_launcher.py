"""The PyInstaller bundle's entry point: the same as the installed `secondround` command."""

from __future__ import annotations

import sys

from secondround_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
