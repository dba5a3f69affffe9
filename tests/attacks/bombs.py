"""Small hostile files that would be huge once read, and a way to measure what reading them costs.

Each bomb is written by streaming (never held whole in memory here either). ``peak_mb`` runs a
piece of code in a fresh Python process and returns that process's own peak memory
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``), so the figure is the import's, not pytest's.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

MB = 1024 * 1024
GIB = 1024 * MB
LIMIT_MB = 300  # the bound for every bomb


def zip_bomb(path: Path, expanded: int = 3 * GIB) -> Path:
    """A package (~3 MB) whose data.json expands to ``expanded`` bytes of spaces after a valid start."""
    head = b'{"format": "plantrack-exchange", "version": 1, "units": []'
    manifest = {"format": "plantrack-package", "version": 1, "kind": "unit-progress", "unit_id": "x",
                "period": "2025-Q4", "files": {"data.json": {"sha256": "0" * 64, "size": expanded}}}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        with archive.open("data.json", "w", force_zip64=True) as member:
            member.write(head)
            block = b" " * (16 * MB)
            left = expanded - len(head) - 1
            while left > 0:
                member.write(block[:left])
                left -= len(block)
            member.write(b"}")
    return path


def manifest_bomb(path: Path, expanded: int = 2 * GIB) -> Path:
    """A package (~2 MB) whose manifest.json expands to ``expanded`` bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("manifest.json", "w", force_zip64=True) as member:
            member.write(b'{"format": "plantrack-package", "version": 1, "pad": "')
            block = b"A" * (16 * MB)
            left = expanded
            while left > 0:
                member.write(block[:left])
                left -= len(block)
            member.write(b'"}')
        archive.writestr("data.json", b"{}")
    return path


def bad_rows(path: Path, rows: int = 200_000) -> Path:
    """A ~3 MB exchange document with ``rows`` progress rows, each wrong in several ways."""
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "plantrack-exchange", "version": 1, "progress": [')
        out.write(",".join(['{"percent":"x"}'] * rows))
        out.write("]}")
    return path


def nested(path: Path, levels: int = 200_000) -> Path:
    path.write_text('{"format": "plantrack-exchange", "version": 1, "units": ' + "[" * levels + "]" * levels + "}")
    return path


def nested_manifest_package(path: Path, levels: int = 200_000) -> Path:
    body = b'{"format": "plantrack-exchange", "version": 1}'
    files = json.dumps({"data.json": {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}})
    manifest = ('{"format": "plantrack-package", "version": 1, "files": ' + files
                + ', "x": ' + "[" * levels + "]" * levels + "}")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("data.json", body)
    return path


def xlsx_bomb(path: Path, template: Path, rows: int = 1_200_000, columns: int = 10,
              numbered: bool = False) -> Path:
    """``template`` (a real .xlsx) with its first sheet replaced by ``rows`` × ``columns`` cells."""
    with zipfile.ZipFile(template) as source, \
            zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                archive.writestr(info, source.read(info.filename))
                continue
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                member.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                             b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                             b"<sheetData>")
                row = "<row>" + '<c t="inlineStr"><is><t>1</t></is></c>' * columns + "</row>"
                block = (row * 1000).encode()  # rows without numbers: openpyxl counts them itself
                for start in range(1, rows + 1, 1000):
                    if numbered:  # numbered rows and cells compress far less (about 20:1)
                        block = "".join(f'<row r="{r}">' + "".join(
                            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{r % 97}</t></is></c>'
                            for c in range(columns)) + "</row>" for r in range(start, start + 1000)).encode()
                    member.write(block)
                member.write(b"</sheetData></worksheet>")
    return path


def peak_mb(code: str, *args: str) -> tuple[float, str]:
    """(peak memory in MB of a new process running ``code``, what it printed)."""
    # VmHWM is this process's own high-water mark; getrusage's ru_maxrss also carries the memory of
    # the parent it was forked from (a big pytest worker), which is not the import's
    script = textwrap.dedent(code) + textwrap.dedent("""
        import re as _re
        with open("/proc/self/status", encoding="ascii") as _status:
            print("PEAK_KB", _re.search(r"VmHWM:\\s+(\\d+) kB", _status.read()).group(1))
    """)
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    peak = int(lines[-1].split()[1]) / 1024
    return peak, "\n".join(lines[:-1])
