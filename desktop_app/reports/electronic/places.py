"""Where the digital signatures go (Nghị định 30/2020, Phụ lục I, phần II), in PDF points.

- The signer's signature image: in the signature block, centred between the title (quyền hạn,
  chức vụ) and the name. The place spans the signature block's column, centred, over the room the
  layout leaves between the two lines (less 1 mm above and below).
- The organisation's signature image (the seal, true size): covers about one third of the signer's
  image on its left. The seal's size is that of the real seal (``SEAL_DIAMETER_MM``).
- An annex in its own file: the organisation's signature at the top right of its first page, with
  no image (số và ký hiệu, then the signing time, Times New Roman 10 pt): a box in the top margin,
  against the right margin.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from desktop_app.reports.pdf.flowables import MarkPosition

SIGNER_WIDTH_MM = 50.0  # wide enough for a handwritten signature's picture
SEAL_DIAMETER_MM = 35.0  # the round seals of ward / district bodies: 35–36 mm
GAP_MM = 1.0
ANNEX_BOX_MM = (62.0, 12.0)  # width, height: two lines of 10 pt with room
ANNEX_TOP_MM = 5.0  # from the page's top edge (the top margin is 20 mm)

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 (points, PDF's y upwards)


@dataclass(frozen=True)
class SignaturePlace:
    role: str  # "signer" | "organisation"
    field_name: str
    tooltip: str
    page: int  # 1-based
    rect: Rect

    @property
    def rect_mm(self) -> Rect:
        return tuple(round(v / mm, 2) for v in self.rect)  # type: ignore[return-value]


@dataclass(frozen=True)
class SignatureRoom:
    """The room the layout left between the signer's title and name (from the PDF's marks)."""

    page: int
    x0: float
    x1: float
    top: float  # under the title
    bottom: float  # over the name

    @classmethod
    def from_marks(cls, marks: list[MarkPosition]) -> SignatureRoom:
        found = {m.name: m for m in marks}
        top, bottom = found.get("signature_top"), found.get("signature_bottom")
        if top is None or bottom is None or top.page != bottom.page:
            raise ValueError("Không xác định được vị trí khối chữ ký trong bản PDF")
        return cls(top.page, top.x, top.x + top.width, top.y, bottom.y)


def signer_rect(room: SignatureRoom) -> Rect:
    centre = (room.x0 + room.x1) / 2
    width = min(SIGNER_WIDTH_MM * mm, room.x1 - room.x0)
    return (centre - width / 2, room.bottom + GAP_MM * mm, centre + width / 2, room.top - GAP_MM * mm)


def seal_rect(signer: Rect) -> Rect:
    """The seal's square: its right edge a third of the way into the signer's image, level with it."""
    size = SEAL_DIAMETER_MM * mm
    right = signer[0] + (signer[2] - signer[0]) / 3
    middle = (signer[1] + signer[3]) / 2
    return (right - size, middle - size / 2, right, middle + size / 2)


def annex_rect(page_width: float, page_height: float, right_margin_mm: float) -> Rect:
    width, height = (v * mm for v in ANNEX_BOX_MM)
    right = page_width - right_margin_mm * mm
    top = page_height - ANNEX_TOP_MM * mm
    return (right - width, top - height, right, top)
