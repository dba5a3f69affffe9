"""Plain rules with no I/O: text folding, reporting periods, schedules, derived status."""
