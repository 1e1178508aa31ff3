"""`python -m secondround_desktop` runs the same entry point as `secondround`."""

import sys

from secondround_desktop.cli import main

sys.exit(main())
