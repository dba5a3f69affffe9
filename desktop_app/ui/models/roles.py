"""Custom item-data roles shared by the grids, their delegates and the tests."""

from PySide6.QtCore import Qt

USER = Qt.ItemDataRole.UserRole
ID_ROLE = USER + 1  # the id of the row's entity (task, group, unit, progress row key)
KIND_ROLE = USER + 2  # "group" | "task" | "draft" | "unit" …
ERROR_ROLE = USER + 3  # the message of a refused value, or None
VALUE_ROLE = USER + 4  # the typed Python value (date, Schedule, unit id …)
EDITOR_ROLE = USER + 5  # which editor the delegate opens: "text" | "date" | "unit" | "units" | "schedule" …
STATE_ROLE = USER + 6  # report / deadline state of a progress row
SORT_ROLE = USER + 7
