"""An sRGB ICC profile (version 2, display class) built in code for the PDF/A OutputIntent.

PDF/A needs an embedded ICC profile for its device colours. Rather than shipping a file under
someone else's licence, the program writes the standard one itself: IEC 61966-2-1 primaries adapted
to D50 (Bradford), the sRGB tone curve as a 1024-entry table, D65 media white. Version 2 is what
every PDF/A level accepts.
"""

from __future__ import annotations

import struct
from functools import cache

DESCRIPTION = "sRGB IEC61966-2.1"
COPYRIGHT = "No copyright, use freely"
D50 = (0.9642, 1.0, 0.8249)
D65 = (0.9505, 1.0, 1.0890)
# sRGB colorants adapted to D50 (ICC's PCS illuminant)
RED = (0.4361, 0.2225, 0.0139)
GREEN = (0.3851, 0.7169, 0.0971)
BLUE = (0.1431, 0.0606, 0.7141)
CURVE_POINTS = 1024


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ \0\0\0\0" + b"".join(_s15(v) for v in values)


def _srgb_to_linear(v: float) -> float:
    return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4


def _curve() -> bytes:
    entries = [round(_srgb_to_linear(i / (CURVE_POINTS - 1)) * 65535) for i in range(CURVE_POINTS)]
    return b"curv\0\0\0\0" + struct.pack(">I", CURVE_POINTS) + struct.pack(f">{CURVE_POINTS}H", *entries)


def _desc(text: str) -> bytes:
    ascii_ = text.encode("ascii") + b"\0"
    return (b"desc\0\0\0\0" + struct.pack(">I", len(ascii_)) + ascii_
            + struct.pack(">II", 0, 0) + struct.pack(">HB", 0, 0) + b"\0" * 67)


def _text(text: str) -> bytes:
    return b"text\0\0\0\0" + text.encode("ascii") + b"\0"


def _pad(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


@cache
def srgb_profile() -> bytes:
    """The profile's bytes (deterministic)."""
    curve = _curve()
    tags: list[tuple[bytes, bytes]] = [
        (b"desc", _desc(DESCRIPTION)), (b"cprt", _text(COPYRIGHT)), (b"wtpt", _xyz(D65)),
        (b"rXYZ", _xyz(RED)), (b"gXYZ", _xyz(GREEN)), (b"bXYZ", _xyz(BLUE)),
        (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    table_size = 4 + 12 * len(tags)
    offset = 128 + table_size
    entries, blobs, placed = [], b"", {}  # the three curves share one copy
    for signature, data in tags:
        if data not in placed:
            placed[data] = offset + len(blobs)
            blobs += _pad(data)
        entries.append(struct.pack(">4sII", signature, placed[data], len(data)))
    body = struct.pack(">I", len(tags)) + b"".join(entries) + blobs
    size = 128 + len(body)
    header = (struct.pack(">I", size) + b"\0\0\0\0" + struct.pack(">I", 0x02100000) + b"mntrRGB XYZ "
              + struct.pack(">6H", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"\0" * 4 + struct.pack(">I", 0)
              + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + struct.pack(">I", 0) + b"".join(_s15(v) for v in D50)
              + b"\0" * 4 + b"\0" * 16 + b"\0" * 28)
    assert len(header) == 128
    return header + body
