"""Models of the desktop UI."""
