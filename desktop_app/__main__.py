"""``python -m desktop_app`` is the ``plantrack`` command."""

from desktop_app.main import main

raise SystemExit(main())
