"""`python -m desktop_app.ui [database]` opens the desktop application."""

import sys

from desktop_app.ui.app import run

sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
