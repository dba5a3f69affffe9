"""Another program holding the database open: saves a unit each time a line arrives on stdin.

Usage: python -m tests.attacks.holder DB. Prints "ready" once open (after a first save), then for
each line "NAME" read, creates unit NAME and prints "saved NAME" after the commit, or "refused ..."
when the save was refused; closes the database at end of input.
"""

from __future__ import annotations

import sys

from desktop_app.services import units
from desktop_app.services.database import Database


def main() -> None:
    db = Database.open(sys.argv[1], source="holder")
    units.create_unit(db, "Đơn vị mở trước", "TRUOC", "office")
    print("ready", flush=True)
    for line in sys.stdin:
        name = line.strip()
        try:
            units.create_unit(db, f"Đơn vị {name}", name, "office")
        except Exception as exc:  # the test reads it
            print(f"refused {exc}", flush=True)
            continue
        print(f"saved {name}", flush=True)
    db.close()


if __name__ == "__main__":
    main()
