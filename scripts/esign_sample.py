"""Sign a sample electronic report the way ND 30 shows it, and render the signed page to PNG.

    .venv/bin/python scripts/esign_sample.py docs/reports/

Builds the test fixture plan in a temporary database, makes its electronic copy (PDF/A, annex in its
own file), signs it with throw-away certificates made here (pyHanko): the signer with a blue
signature picture in its field, the organisation with a red seal picture (35 mm) in its field, the
annex with the organisation's text-only signature at the top right. Writes ``esign-signed-page.png``
(the signature page), ``esign-annex-corner.png`` and the signed PDFs. Needs ``pdftoppm``
(poppler-utils). The pictures are drawn here: no real signature or seal is used.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "reports")]
warnings.simplefilter("ignore")

from PIL import Image, ImageDraw  # noqa: E402


def signature_picture() -> Image.Image:
    """A blue handwritten-like stroke on a transparent background."""
    image = Image.new("RGBA", (1000, 420), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(80 + t * 8.2, 230 - 120 * math.sin(t / 9) * math.exp(-t / 160) - 40 * math.sin(t / 3.1))
              for t in range(100)]
    draw.line(points, fill=(20, 60, 200, 255), width=12, joint="curve")
    draw.line([(120, 330), (900, 300)], fill=(20, 60, 200, 255), width=9)
    return image


def seal_picture() -> Image.Image:
    """A red round seal (rings and a star; "MẪU" stands for the body's name)."""
    size = 700
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (210, 20, 30, 230)
    draw.ellipse((10, 10, size - 10, size - 10), outline=red, width=22)
    draw.ellipse((150, 150, size - 150, size - 150), outline=red, width=10)
    centre, outer, inner = size / 2, 150, 60
    star = [(centre + (outer if i % 2 == 0 else inner) * math.sin(i * math.pi / 5),
             centre - (outer if i % 2 == 0 else inner) * math.cos(i * math.pi / 5)) for i in range(10)]
    draw.polygon(star, fill=red)
    return image


def main(out_dir: Path) -> int:
    from fixture_plan import PERIOD, build_fixture
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import signers
    from pyhanko.stamp import TextStampStyle
    from signing import make_signer

    from desktop_app.reports.data import build_report_data
    from desktop_app.reports.electronic import electronic_report
    from desktop_app.reports.electronic.check import pdfa_problems
    from desktop_app.reports.fonts import bundled_paths
    from desktop_app.services.database import Database

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(str(Path(tmp) / "sample.sqlite"))
        fx = build_fixture(db)
        data = build_report_data(db, fx.plan_id, PERIOD, "progress", invariant=True)
        annex = build_report_data(db, fx.plan_id, PERIOD, "appendix", invariant=True)
        report = electronic_report(data, annex_data=annex, annex="separate", invariant=True)
        assert report.annex is not None
        person = make_signer(Path(tmp) / "p", "Nguyễn Thị Mỹ Hạnh")
        office = make_signer(Path(tmp) / "o", "Ủy ban nhân dân quận Ba Đình")
        # pyHanko 0.38 writes a CID font's /W in the font's own units (2048 per em for Liberation Serif):
        # the stamp's letters spread out; a 1000-unit font (URW Nimbus Roman, a Times clone) avoids it
        nimbus = Path("/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf")
        font = TextBoxStyle(font=GlyphAccumulatorFactory(str(nimbus) if nimbus.exists() else bundled_paths()[0]),
                            font_size=10)

        def sign(pdf: bytes, field: str, who, style: TextStampStyle) -> bytes:  # type: ignore[no-untyped-def]
            writer = IncrementalPdfFileWriter(__import__("io").BytesIO(pdf), strict=False)
            return signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field), signer=who.signer,
                                     stamp_style=style).sign_pdf(writer, existing_fields_only=True).getvalue()

        picture = TextStampStyle(stamp_text=" ", border_width=0, background_opacity=1.0, text_box_style=font)
        signer_place, seal_place = report.main.places
        signed = sign(report.main.pdf, signer_place.field_name, person,
                      TextStampStyle(**{**picture.__dict__, "background": PdfImage(signature_picture())}))
        signed = sign(signed, seal_place.field_name, office,
                      TextStampStyle(**{**picture.__dict__, "background": PdfImage(seal_picture())}))
        corner = TextStampStyle(stamp_text=f"{data.symbol}\n%(ts)s", border_width=0, text_box_style=font,
                                timestamp_format="%Y-%m-%dT%H:%M:%S%z")
        signed_annex = sign(report.annex.pdf, report.annex.places[0].field_name, office, corner)
        print("PDF/A checks after signing:", pdfa_problems(signed), pdfa_problems(signed_annex))
        (out_dir / "esign-signed-report.pdf").write_bytes(signed)
        (out_dir / "esign-signed-annex.pdf").write_bytes(signed_annex)
        last = str(signer_place.page)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", last, "-l", last, "-singlefile",
                        str(out_dir / "esign-signed-report.pdf"), str(out_dir / "esign-signed-page")], check=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(out_dir / "esign-signed-annex.pdf"), str(out_dir / "esign-annex-corner")], check=True)
    page = Image.open(out_dir / "esign-signed-page.png")
    page.crop((0, 0, page.width, page.height * 3 // 10)).save(out_dir / "esign-signed-page.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/reports")))
