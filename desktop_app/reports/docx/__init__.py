"""DOCX rendering with python-docx (the main report, for clerks who finish it in Word)."""

from desktop_app.reports.docx.render import render_docx

__all__ = ["render_docx"]
