"""Widgets of the desktop UI."""
