"""What the office's printed papers share: the letterhead (kop surat), page geometry,
paragraph styles, and the cleaning every typed value goes through before reportlab.

Used by the complaint receipt (pdf.py) and the letters (letters.py), so they look alike.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import Flowable

# A single table row taller than the page makes reportlab raise LayoutError; no real
# name or label comes near this, so a longer value is junk and is cut rather than crash.
FIELD_MAX_CHARS = 200

AGENCY_NAME = "Badan Pelindungan Pekerja Migran Indonesia"
AGENCY_NAME_EN = "Indonesian Migrant Workers Protection Agency"


# Text hygiene: everything user-typed goes through here before reaching reportlab.


def _winansi_ok(ch: str) -> bool:
    # The built-in Helvetica is WinAnsi-encoded (cp1252). Outside that set reportlab 5
    # prints a black box (older versions raised); a "?" at least reads as "unknown".
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def to_winansi(text: str) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat == "Cc":
            out.append(" ")
            continue
        if cat == "Cf":  # zero-width and bidi marks: invisible, so dropping loses nothing
            continue
        if _winansi_ok(ch):
            out.append(ch)
            continue
        # Vietnamese and similar names lose only their accents ("Nguyễn" -> "Nguyen"),
        # as a passport's machine-readable line would spell them; the rest becomes "?".
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and all(_winansi_ok(c) for c in base) else "?")
    return "".join(out)


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    # Prefer a word boundary when one is near, so the receipt doesn't end mid-word.
    space = max(cut.rfind(" "), cut.rfind("\n"))
    if space >= limit - 60:
        cut = cut[:space]
    return cut.rstrip(" \n\t.,;:-") + "…"


def field(text: str | None, limit: int = FIELD_MAX_CHARS) -> str:
    """A one-line value, cleaned and escaped for Paragraph markup."""
    clean = " ".join(to_winansi(text or "").split())
    return escape(truncate(clean, limit))


def paragraphs(text: str, limit: int) -> str:
    """Free text (a summary, a request): its paragraphs kept, cleaned, capped at `limit`
    characters and escaped for Paragraph markup."""
    clean = to_winansi(text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in clean.split("\n")]
    # Keep the writer's paragraphs but not runs of blank lines that waste paper.
    clean = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return escape(truncate(clean, limit)).replace("\n", "<br/>")


def plain(text: str) -> str:
    """For strings drawn directly on the canvas (no markup involved)."""
    return " ".join(to_winansi(text or "").split())


# Layout


PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 18 * mm  # room for the footer drawn on every page
FRAME_PAD = 6  # SimpleDocTemplate's default frame padding, in points
# Tables must use the frame's inner width, or they stick out past the rules and text.
CONTENT_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PAD

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#f0f0f0")


def number_box_style(top: float, bottom: float) -> TableStyle:
    """The boxed case number at the top of a receipt or a case file: a shaded box of two
    cells (label row, value row) with a rule between them; `top`, `bottom`: the label's
    top and the value's bottom padding."""
    return TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.6, INK),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("LINEBEFORE", (1, 0), (1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), top),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0.5 * mm),
        ("TOPPADDING", (0, 1), (-1, 1), 0.5 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, 1), bottom),
    ])


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "agency": ParagraphStyle(
            "agency", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13
        ),
        "agency_en": ParagraphStyle(
            "agency_en", parent=base, fontName="Helvetica-Oblique", fontSize=8.5,
            leading=10.5, textColor=MUTED,
        ),
        "office": ParagraphStyle(
            "office", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=17
        ),
        "office_sub": ParagraphStyle(
            "office_sub", parent=base, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName="Helvetica-Bold", fontSize=15, leading=19,
            alignment=TA_CENTER, spaceBefore=2, spaceAfter=2,
        ),
        "box_label": ParagraphStyle(
            "box_label", parent=base, fontName="Helvetica-Bold", fontSize=7.5,
            leading=9, textColor=MUTED,
        ),
        "case_number": ParagraphStyle(
            "case_number", parent=base, fontName="Helvetica-Bold", fontSize=20, leading=24
        ),
        "received": ParagraphStyle(
            "received", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontSize=9, leading=12, textColor=MUTED
        ),
        "value": ParagraphStyle(
            "value", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12.5
        ),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
            spaceBefore=7, spaceAfter=2.5,
        ),
        "box_title": ParagraphStyle(
            "box_title", parent=base, fontName="Helvetica-Bold", fontSize=9.5, leading=12
        ),
        "phone_number": ParagraphStyle(
            "phone_number", parent=base, fontName="Helvetica-Bold", fontSize=12.5, leading=15
        ),
        "sign": ParagraphStyle(
            "sign", parent=base, alignment=TA_CENTER, leading=13
        ),
        "list": ParagraphStyle("list", parent=base, alignment=TA_LEFT),
        # The receipt's data-use notice (UU PDP): small print, still readable on paper.
        "notice": ParagraphStyle(
            "notice", parent=base, fontSize=7, leading=8.4, textColor=MUTED
        ),
        # Same geometry as the ListFlowable bullets: text at 7 mm, bullet 5 mm before it.
        "bullet_cell": ParagraphStyle(
            "bullet_cell", parent=base, leftIndent=7 * mm, bulletIndent=2 * mm,
            bulletFontName="Helvetica",
        ),
    }  # fmt: skip


def letterhead(office_name: str, office_address: str, office_phone: str, lang: str,
               s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The agency, the office and its contact, over the double rule."""
    rows: list[Flowable] = [Paragraph(escape(AGENCY_NAME.upper()), s["agency"])]
    if lang == "en":
        rows.append(Paragraph(AGENCY_NAME_EN, s["agency_en"]))
    rows.append(Paragraph(field(office_name), s["office"]))
    contact = " · ".join(part for part in (field(office_address), field(office_phone)) if part)
    if contact:
        rows.append(Paragraph(contact, s["office_sub"]))
    # The double rule is the letterhead (kop surat) line of Indonesian official papers.
    rows += [
        Spacer(1, 2.5 * mm),
        HRFlowable(width="100%", thickness=1.6, color=INK, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=INK, spaceAfter=3.5 * mm),
    ]
    return rows
