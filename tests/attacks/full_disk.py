"""A real full disk: a small tmpfs mounted for the test (root only; skipped elsewhere), filled up."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """``folder`` as its own file system of ``size_kb`` KB, unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding ``folder`` up to ``leave`` bytes free."""
    filler = folder / "filler.bin"
    with filler.open("wb") as out:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                out.write(b"\0" * min(64 * 1024, max(free - leave, 1)))
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def leftovers(folder: Path) -> list[str]:
    """Files a write might leave behind (anything but the filler and the targets' own)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")
