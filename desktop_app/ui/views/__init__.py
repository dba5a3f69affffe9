"""Views of the desktop UI."""
