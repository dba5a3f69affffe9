"""`python -m desktop_app.ui [database]` opens the desktop application."""

import sys

from desktop_app.ui.app import main

sys.exit(main())
