from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.receipt import ReceiptData, render_receipt  # noqa: E402
from desktop.receipt.pdf import HALO_TKI_FROM_ABROAD, HALO_TKI_TOLL_FREE  # noqa: E402


def make_data(**overrides: object) -> ReceiptData:
    base = ReceiptData(
        case_number="SBY-2026-A-00042",
        received_at=datetime(2026, 11, 22, 7, 5, tzinfo=UTC),
        office_code="SBY",
        office_name="BP3TKI Surabaya",
        office_tz="WIB",
        office_address="Jl. Kutisari Selatan No. 2, Surabaya",
        office_phone="(031) 8494531",
        complainant_name="Siti Rahayu",
        complainant_relation="Istri",
        complainant_phone="0812 3456 7890",
        worker_name="Ahmad Suryanto",
        worker_passport="C1234567",
        destination_country="Malaysia",
        category="Gaji tidak dibayar",
        channel="Datang langsung",
        summary="Gaji tidak dibayar selama tujuh bulan; paspor ditahan majikan.",
        missing_documents=["Salinan perjanjian kerja", "Kartu Keluarga"],
        officer_name="Dewi Kartika",
    )
    return dataclasses.replace(base, **overrides)


def pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def text_of(pdf: bytes) -> str:
    # Collapse whitespace: wrapped lines must still match phrases split across them.
    return " ".join(" ".join(pages(pdf)).split())


def test_output_is_a_pdf() -> None:
    pdf = render_receipt(make_data())
    assert pdf.startswith(b"%PDF")
    assert pdf.rstrip().endswith(b"%%EOF")


def test_typical_receipt_fits_on_one_a4_page() -> None:
    pdf = render_receipt(make_data())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_whole_checklist_missing_still_fits_on_one_page(lang: str) -> None:
    # A fresh walk-in often brings none of the documents; the signatures must stay
    # on the page the complainant signs.
    docs = [
        "Salinan paspor", "KTKLN", "Salinan perjanjian kerja", "Identitas majikan",
        "Kontak majikan", "KTP pengadu", "Kartu Keluarga", "Surat kuasa",
        "Polis asuransi", "Surat atau foto dari pekerja migran",
    ]  # fmt: skip
    summary = "Pekerja migran tidak menerima gaji dan tidak dapat dihubungi. " * 5
    pdf = render_receipt(make_data(missing_documents=docs, summary=summary, lang=lang))
    page_texts = pages(pdf)
    assert len(page_texts) == 1
    text = text_of(pdf)
    for doc in docs:
        assert doc in text, doc


@pytest.mark.parametrize("lang", ["id", "en"])
def test_contains_case_people_category_documents_and_contacts(lang: str) -> None:
    text = text_of(render_receipt(make_data(lang=lang)))
    for expected in (
        "SBY-2026-A-00042",
        "Siti Rahayu",
        "Ahmad Suryanto",
        "Istri",
        "0812 3456 7890",
        "C1234567",
        "Malaysia",
        "Gaji tidak dibayar",
        "Datang langsung",
        "Salinan perjanjian kerja",
        "Kartu Keluarga",
        "Dewi Kartika",
        "BP3TKI Surabaya",
        "Badan Pelindungan Pekerja Migran Indonesia".upper(),
        HALO_TKI_TOLL_FREE,
        HALO_TKI_FROM_ABROAD,
        "(031) 8494531",
        "Jl. Kutisari Selatan No. 2, Surabaya",
    ):
        assert expected in text, expected


def test_indonesian_texts() -> None:
    text = text_of(render_receipt(make_data()))
    assert "TANDA TERIMA PENGADUAN" in text
    assert "COMPLAINT RECEIPT" not in text
    assert "22 November 2026, 14.05 WIB" in text
    assert "Dokumen yang masih diperlukan" in text
    assert "Langkah selanjutnya" in text
    assert "Simpan tanda terima ini" in text


def test_english_texts() -> None:
    text = text_of(render_receipt(make_data(lang="en")))
    assert "COMPLAINT RECEIPT" in text
    assert "TANDA TERIMA PENGADUAN" not in text
    assert "22 November 2026, 14:05 WIB" in text
    assert "Documents still needed" in text
    assert "What happens next" in text
    assert "Keep this receipt" in text


def test_received_time_is_shown_in_the_office_zone() -> None:
    # 20:30 UTC on 31 December is 05:30 on New Year's Day in Jayapura (WIT).
    data = make_data(
        received_at=datetime(2026, 12, 31, 20, 30, tzinfo=UTC),
        office_tz="WIT",
        office_name="BP3TKI Jayapura",
    )
    assert "1 Januari 2027, 05.30 WIT" in text_of(render_receipt(data))


def test_naive_received_time_is_rejected() -> None:
    with pytest.raises(ValueError):
        render_receipt(make_data(received_at=datetime(2026, 11, 22, 14, 5)))


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("id", "Semua dokumen yang diperlukan sudah lengkap."),
        ("en", "All required documents are complete."),
    ],
)
def test_no_missing_documents_says_complete(lang: str, sentence: str) -> None:
    text = text_of(render_receipt(make_data(missing_documents=[], lang=lang)))
    assert sentence in text


def test_missing_documents_do_not_claim_complete() -> None:
    text = text_of(render_receipt(make_data()))
    assert "sudah lengkap" not in text


def test_next_steps_quote_the_case_number() -> None:
    text = text_of(render_receipt(make_data(lang="en")))
    assert "quoting case number SBY-2026-A-00042" in text
    assert "by quoting case number SBY-2026-A-00042" in text


def test_optional_fields_may_be_empty() -> None:
    data = make_data(
        office_address="",
        office_phone="",
        complainant_phone="",
        worker_passport="",
        destination_country="",
    )
    text = text_of(render_receipt(data))
    assert HALO_TKI_TOLL_FREE in text
    assert "Telepon BP3TKI" not in text
    assert "Alamat BP3TKI" not in text


def test_markup_characters_render_literally() -> None:
    data = make_data(
        complainant_name="<script>alert(1)</script>",
        worker_name="A & B <b>bold</b>",
        summary="Majikan bilang gaji < 500 & paspor > ditahan. <br/> &amp; <para>",
        missing_documents=["Surat <kuasa> & KTP"],
    )
    text = text_of(render_receipt(data))
    assert "<script>alert(1)</script>" in text
    assert "A & B <b>bold</b>" in text
    assert "gaji < 500 & paspor > ditahan. <br/> &amp; <para>" in text
    assert "Surat <kuasa> & KTP" in text


def test_very_long_summary_is_capped_and_stays_within_two_pages() -> None:
    summary = "Pekerja migran tidak menerima gaji dan tidak dapat dihubungi. " * 200
    pdf = render_receipt(make_data(summary=summary))
    page_texts = pages(pdf)
    assert 1 <= len(page_texts) <= 2
    text = text_of(pdf)
    assert "…" in text
    assert text.count("tidak dapat dihubungi") < 15  # ~600 characters, not 12,000


def test_long_unbroken_values_and_many_documents_do_not_crash() -> None:
    data = make_data(
        complainant_name="X" * 5000,
        worker_name="Nama " * 400,
        summary="A" * 3000,
        missing_documents=[f"Dokumen nomor {i}" for i in range(12)],
    )
    pdf = render_receipt(data)
    assert 1 <= len(pages(pdf)) <= 2
    assert "Dokumen nomor 11" in text_of(pdf)


def test_same_input_gives_identical_bytes() -> None:
    assert render_receipt(make_data()) == render_receipt(make_data())
    assert render_receipt(make_data(lang="en")) == render_receipt(make_data(lang="en"))


def test_different_input_gives_different_bytes() -> None:
    assert render_receipt(make_data()) != render_receipt(make_data(case_number="SBY-2026-A-00043"))


def test_latin_accents_and_typographic_quotes_survive() -> None:
    data = make_data(complainant_name="José Muñoz", worker_name="Nur’aini Café")
    text = text_of(render_receipt(data))
    assert "José Muñoz" in text
    assert "Nur’aini Café" in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nguyễn Thị Hương", "Nguyen Thi Huong"),  # accents outside WinAnsi are dropped
        ("王小明", "???"),
        ("Ahmad \U0001f600 Dahlan", "Ahmad ? Dahlan"),
        ("Łukasz", "?ukasz"),
    ],
)
def test_characters_outside_winansi_do_not_crash(name: str, expected: str) -> None:
    text = text_of(render_receipt(make_data(worker_name=name, complainant_name=name)))
    assert expected in text


def test_control_and_invisible_characters_are_harmless() -> None:
    data = make_data(
        complainant_name="Siti\x00 Ra\u200bhayu\x07",
        summary="Baris satu\r\nBaris dua\n\n\n\n\nBaris tiga\x0c",
    )
    text = text_of(render_receipt(data))
    assert "Siti Rahayu" in text
    assert re.search(r"Baris satu Baris dua Baris tiga", text)


def test_personal_data_stays_out_of_the_metadata() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_receipt(make_data())))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "SBY-2026-A-00042" in meta
    assert "Siti" not in meta
    assert "Ahmad" not in meta


def test_render_writes_nothing_to_disk(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    render_receipt(make_data())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("lang", "arrived", "recorded"), [
    ("id", "3 November 2026", "dicatat 5 Desember 2026"),
    ("en", "3 November 2026", "recorded 5 December 2026"),
])
def test_a_letter_shows_the_day_it_arrived_and_when_it_was_recorded(lang, arrived, recorded):
    from desktop.formatting import zone_info

    day = datetime(2026, 11, 3, tzinfo=zone_info("WIB"))  # a day typed: its start
    data = make_data(received_at=day, recorded_at=datetime(2026, 12, 5, 2, 30, tzinfo=UTC),
                     lang=lang)
    text = " ".join(pages(render_receipt(data)))
    assert arrived in text and recorded in text
    assert "00:00" not in text


def test_a_walk_in_shows_one_date():
    at = datetime(2026, 12, 5, 2, 30, tzinfo=UTC)
    text = " ".join(pages(render_receipt(make_data(received_at=at, recorded_at=at))))
    assert "dicatat" not in text
