"""Sizes and margins of Nghị định 30/2020 (state) and Hướng dẫn 36-HD/VPTW (Party) documents.

Shared by the PDF and DOCX renderers so both print the same layout. Sizes are in points,
margins in millimetres. Where the rule gives a range, the decree's own sample value is used.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    party: bool = False
    # margins (mm): top 20–25, bottom 20–25, left 30–35, right 15–20
    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15
    # header (left column: governing and issuing body; right: Quốc hiệu and Tiêu ngữ)
    left_fraction: float = 0.42  # the left column's share of the text width
    governing_size: float = 12
    issuing_size: float = 12
    national_size: float = 12  # Quốc hiệu; Party: "ĐẢNG CỘNG SẢN VIỆT NAM" 15
    motto_size: float = 13  # Tiêu ngữ
    number_size: float = 13
    date_size: float = 13
    type_size: float = 14  # "BÁO CÁO"
    summary_size: float = 14
    body_size: float = 14
    signer_size: float = 14
    recipients_title_size: float = 12
    recipients_size: float = 11
    page_number_size: float = 14
    table_size: float = 12  # appendix tables
    rule_fraction: float = 0.4  # short rules: 1/3–1/2 of their line
    rule_width: float = 0.6  # line thickness (pt)
    first_line_indent_cm: float = 1.27
    paragraph_space: float = 6  # pt after each body paragraph (at least 6)
    line_spacing: float = 1.2  # leading = size × this (single to 1.5 lines)
    # the signature block (Nơi nhận on the left, the signer on the right): one place for its
    # geometry, used by the PDF, the DOCX and the electronic signature field
    signature_space: float = 72  # room for signature and seal (pt)
    signature_gap: float = 18  # space above the block (pt)
    signer_share: float = 0.5  # the signer's column: the right half of the text width

    def signer_column(self, width: float) -> tuple[float, float]:
        """(x offset from the left margin, width) of the signer's column, in pt."""
        return width * (1 - self.signer_share), width * self.signer_share

    @property
    def leading(self) -> float:
        return round(self.body_size * self.line_spacing, 2)


STATE = Layout()
PARTY = Layout(party=True, left_fraction=0.46, governing_size=14, issuing_size=14, national_size=15, number_size=14,
               date_size=14, type_size=16, summary_size=14, body_size=14, signer_size=14)

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_NATIONAL = "ĐẢNG CỘNG SẢN VIỆT NAM"
SIGNER_BLANK = "…" * 12  # a dotted blank for the name, printed where no signer's name is set


def layout_for(party: bool) -> Layout:
    return PARTY if party else STATE
