"""PDF rendering with reportlab: ND30 (state) and Party layouts, landscape appendices."""

from desktop_app.reports.pdf.render import render_pdf

__all__ = ["render_pdf"]
