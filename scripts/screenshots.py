"""Screenshots of every screen on the demo database (offscreen), into docs/screenshots/demo-*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from demo_window import OUT, demo_window, settle  # noqa: E402 — scripts/ is on sys.path


def main() -> int:
    db, window = demo_window(size=(1360, 820))
    OUT.mkdir(parents=True, exist_ok=True)
    for page in ("overview", "plans", "tasks", "progress", "units"):
        window.show_view(page)
        settle()
        path = OUT / f"demo-{page}.png"
        window.grab().save(str(path))
        print(path)
    window.runner.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
