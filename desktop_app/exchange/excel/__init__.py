"""Excel (.xlsx) templates, import and export (openpyxl; no Qt).

- :func:`~desktop_app.exchange.excel.templates.task_template`,
  :func:`~desktop_app.exchange.excel.templates.progress_template`: templates to fill in;
- :func:`~desktop_app.exchange.excel.importer.import_tasks`,
  :func:`~desktop_app.exchange.excel.importer.import_progress`: a filled template back, all or nothing;
- :func:`~desktop_app.exchange.excel.export.export_rows`, :func:`~desktop_app.exchange.excel.export.export_period`:
  any grid, and a period's report appendix.
"""
