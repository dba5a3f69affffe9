"""Reports: what a report says (data, narrative) apart from how it is printed (pdf, docx).

Entry point: :func:`desktop_app.reports.api.generate`. Issued reports: :mod:`.issue`.
"""
