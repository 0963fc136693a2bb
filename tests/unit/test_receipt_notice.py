"""The receipt's data-use notice (UU PDP 27/2022, issue 14 §1.4): what the data is for, who
it is shared with and on what basis, how it is kept and for how long, and the person's right
to see and correct it; small print at the bottom of every page, the receipt still one page."""

from __future__ import annotations

import io

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.receipt import render_receipt  # noqa: E402
from desktop.receipt.layout import styles  # noqa: E402
from desktop.receipt.pdf import _notice  # noqa: E402
from tests.unit.test_receipt_pdf import make_data, pages, text_of  # noqa: E402

WHOLE_CHECKLIST = [
    "Salinan paspor", "KTKLN", "Salinan perjanjian kerja", "Identitas majikan",
    "Kontak majikan", "KTP pengadu", "Kartu Keluarga", "Surat kuasa",
    "Polis asuransi", "Surat atau foto dari pekerja migran",
]  # fmt: skip
SUMMARY = "Pekerja migran tidak menerima gaji dan tidak dapat dihubungi. "

INDONESIAN = [
    "Pelindungan data pribadi.",
    "untuk menangani pengaduan ini dan untuk menghubungi Anda",
    "KBRI/KJRI, kepolisian, perusahaan asuransi, rumah sakit, dinas sosial, unit di kantor pusat",
    "dengan persetujuan Anda atau bila diizinkan undang-undang",
    "disimpan terenkripsi",
    "dihapus atau dianonimkan setelah masa penyimpanannya berakhir",
    "melihat atau memperbaiki data Anda di kantor ini",
    "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi",
]
ENGLISH = [
    "Your personal data.",
    "to handle this complaint and to contact you",
    "embassy or consulate, police, insurer, hospital, social services, central units",
    "with your consent or where the law allows",
    "kept encrypted",
    "deleted or anonymised when its retention period ends",
    "see or correct your data at this office",
    "Law No. 27 of 2022 on Personal Data Protection",
]


def heights_of_lines(pdf: bytes, page: int = 0) -> dict[str, float]:
    """Each text run on the page and its baseline height (points from the bottom)."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():  # the text matrix's origin, in page space
            found.setdefault(" ".join(text.split()), tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    pypdf.PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def height_of(found: dict[str, float], start: str) -> float:
    return next(y for text, y in found.items() if text.startswith(start))


@pytest.mark.parametrize(("lang", "phrases", "other"), [
    ("id", INDONESIAN, ENGLISH), ("en", ENGLISH, INDONESIAN)])
def test_the_notice_says_use_sharing_keeping_and_rights_in_the_receipts_language(
        lang, phrases, other):
    text = text_of(render_receipt(make_data(lang=lang)))
    for phrase in phrases:
        assert phrase in text, phrase
    assert other[0] not in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_notice_is_at_most_four_lines_of_small_print(lang):
    notice, height = _notice(lang, styles())
    assert notice.style.fontSize <= 7.5
    assert height <= 4 * notice.style.leading


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_whole_checklist_missing_with_the_notice_still_fits_one_page(lang):
    pdf = render_receipt(make_data(missing_documents=WHOLE_CHECKLIST, summary=SUMMARY * 5,
                                   lang=lang))
    assert len(pages(pdf)) == 1
    text = text_of(pdf)
    assert "( Siti Rahayu )" in text and "( Dewi Kartika )" in text
    assert (INDONESIAN if lang == "id" else ENGLISH)[-1] in text


@pytest.mark.parametrize(("lang", "sign", "notice", "footer"), [
    ("id", "( Siti Rahayu )", "Pelindungan data pribadi.", "Simpan tanda terima ini."),
    ("en", "( Siti Rahayu )", "Your personal data.", "Keep this receipt."),
])
def test_the_notice_sits_between_the_signatures_and_the_footer(lang, sign, notice, footer):
    pdf = render_receipt(make_data(missing_documents=WHOLE_CHECKLIST, summary=SUMMARY * 5,
                                   lang=lang))
    found = heights_of_lines(pdf)
    _paragraph, height = _notice(lang, styles())
    top_line = height_of(found, notice)
    # Below the signatures' name line by more than the notice's first line, above the footer.
    assert height_of(found, sign) > top_line + 7
    assert top_line - height > height_of(found, footer)


def test_a_receipt_that_runs_to_two_pages_has_the_notice_on_each():
    pdf = render_receipt(make_data(missing_documents=WHOLE_CHECKLIST, summary=SUMMARY * 12))
    texts = pages(pdf)
    assert len(texts) == 2
    for page in texts:
        assert "UU No. 27 Tahun 2022" in " ".join(page.split())


def test_the_notice_leaves_the_receipt_byte_for_byte_reproducible():
    assert render_receipt(make_data()) == render_receipt(make_data())
