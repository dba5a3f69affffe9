"""Sign-ready electronic reports (Nghị định 30/2020): PDF/A-2b, signature fields, Phụ lục VI metadata,
and the signed copies that come back from the signing tools."""

from desktop_app.reports.electronic.build import ANNEX_MODES, ElectronicFile, ElectronicReport, electronic_report

__all__ = ["ANNEX_MODES", "ElectronicFile", "ElectronicReport", "electronic_report"]
