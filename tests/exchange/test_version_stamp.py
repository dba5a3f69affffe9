"""Every exported file says which version of the program wrote it (desktop_app.__version__, the
one place the version lives): JSON exchange files, ward/district packages, Excel exports and
templates, PDF and DOCX reports."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app import APP_NAME, __version__
from desktop_app.exchange import load_schema, package
from desktop_app.exchange.excel import workbook
from desktop_app.exchange.excel.export import export_period, export_rows
from desktop_app.exchange.excel.templates import progress_template, task_template
from desktop_app.exchange.export import export_data, write_file
from desktop_app.exchange.importer import import_file
from desktop_app.reports.api import generate
from desktop_app.services.database import Database
from tests.sample_data import Sample, make_sample

PERIOD = "2024-Q3"


@pytest.fixture
def sample(db: Database) -> Sample:
    return make_sample(db)


@pytest.fixture
def odd_version() -> str:
    """The version as the program has it (desktop_app/__init__.py, its one place)."""
    return __version__


def test_json_export_carries_the_version_and_the_schema_allows_it(db: Database, sample: Sample, tmp_path: Path,
                                                                  odd_version: str) -> None:
    path = tmp_path / "ke-hoach.json"
    write_file(db, path, sample.plan_id)
    data = json.loads(path.read_text("utf-8"))
    assert data["app_version"] == odd_version
    assert load_schema()["properties"]["app_version"]["type"] == "string"
    fresh = Database.open(tmp_path / "fresh.sqlite", source="test")
    try:
        import_file(fresh, path)  # a reader accepts the key
    finally:
        fresh.close()
    assert export_data(db, sample.plan_id)["app_version"] == odd_version


def test_packages_carry_the_version(db: Database, sample: Sample, tmp_path: Path, odd_version: str) -> None:
    plan = tmp_path / "ke-hoach.ptpkg"
    package.export_plan_package(db, sample.plan_id, plan)
    with zipfile.ZipFile(plan) as archive:
        assert json.loads(archive.read("manifest.json"))["app_version"] == odd_version
        assert json.loads(archive.read("data.json"))["app_version"] == odd_version
    unit = tmp_path / "don-vi.ptpkg"
    package.export_unit_progress(db, sample.pnv, PERIOD, unit)
    with zipfile.ZipFile(unit) as archive:
        assert json.loads(archive.read("manifest.json"))["app_version"] == odd_version
        assert json.loads(archive.read("data.json"))["app_version"] == odd_version


def test_excel_exports_and_templates_carry_the_version(db: Database, sample: Sample, tmp_path: Path,
                                                       odd_version: str) -> None:
    files = [
        task_template(db, sample.plan_id, tmp_path / "mau-nhiem-vu.xlsx"),
        progress_template(db, sample.plan_id, PERIOD, tmp_path / "mau-tien-do.xlsx"),
        export_period(db, sample.plan_id, PERIOD, tmp_path / "phu-luc.xlsx"),
        export_rows(tmp_path / "luoi.xlsx", "Lưới", ["A"], [["1"]]),
    ]
    for path in files:
        wb = load_workbook(path)
        assert wb.properties.creator == f"{APP_NAME} {odd_version}", path.name
        assert wb.properties.version == odd_version
        assert wb.custom_doc_props[workbook.APP_VERSION_PROPERTY].value == odd_version


def test_pdf_and_docx_reports_carry_the_version(db: Database, sample: Sample, odd_version: str) -> None:
    pdf = PdfReader(io.BytesIO(generate(db, sample.plan_id, PERIOD, invariant=True)))
    assert pdf.metadata is not None
    assert pdf.metadata["/Creator"] == f"{APP_NAME} {odd_version}"
    assert odd_version in pdf.metadata["/Producer"]
    from docx import Document

    doc = Document(io.BytesIO(generate(db, sample.plan_id, PERIOD, fmt="docx", invariant=True)))
    assert doc.core_properties.version == odd_version
    assert doc.core_properties.comments == f"{APP_NAME} {odd_version}"


def test_about_box_shows_the_version(odd_version: str) -> None:
    from desktop_app.ui.menus import about_text

    assert f"Phiên bản {odd_version}" in about_text()
