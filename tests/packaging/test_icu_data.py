"""The smaller ICU data of the Linux build still gives Qt what the app asks of it.

The data library is rebuilt from the wheel's and loaded in place of it (LD_PRELOAD: same
soname, so Qt's own libicuuc binds to it); a child Qt process then sorts names, changes
case and names a time zone in Bahasa Indonesia and English, and must answer exactly as
with the complete data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import icu_data  # noqa: E402

LINUX = sys.platform.startswith("linux")

PROBE = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone
app = QCoreApplication(sys.argv)
names = ["Siti Rahayu", "ahmad", "Éka", "Budi", "Çandra", "lampiran10.pdf", "lampiran2.pdf", "Zainal"]
out = {}
for loc in ("id_ID", "en_US", "ms_MY", "ar_SA"):
    c = QCollator(QLocale(loc))
    c.setNumericMode(True)
    out["sort " + loc] = sorted(names, key=c.sortKey)
    c.setCaseSensitivity(__import__("PySide6.QtCore").QtCore.Qt.CaseSensitivity.CaseInsensitive)
    out["same " + loc] = c.compare("siti", "SITI")
out["upper id"] = QLocale("id_ID").toUpper("jalan istiqlal no. 5 ß")
out["upper tr"] = QLocale("tr_TR").toUpper("istanbul")
out["lower en"] = QLocale("en_US").toLower("KUALA LUMPUR İ")
moment = QDateTime.fromString("2026-12-02T10:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
for zone in (b"Asia/Jakarta", b"Asia/Makassar", b"Asia/Jayapura", b"Asia/Hong_Kong"):
    tz = QTimeZone(zone)
    for loc in ("id_ID", "en_US"):
        out[f"{zone.decode()} {loc}"] = tz.displayName(
            moment, QTimeZone.NameType.LongName, QLocale(loc))
out["utf-8"] = QStringDecoder("UTF-8").isValid()
print(json.dumps(out, ensure_ascii=False))
"""


def test_only_other_languages_and_unused_trees_are_dropped():
    keep = ["root.res", "id.res", "id_ID.res", "in.res", "en.res", "en_GB.res", "en_US_POSIX.res",
            "coll/root.res", "coll/id.res", "coll/ucadata.icu", "coll/res_index.res",
            "zone/en.res", "zone/pool.res", "zone/tzdbNames.res", "pool.res", "res_index.res",
            "zoneinfo64.res", "metaZones.res", "timezoneTypes.res", "supplementalData.res",
            "likelySubtags.res", "nfkc.nrm", "uts46.nrm", "cnvalias.icu", "plurals.res"]
    drop = ["fr.res", "zh_Hant_TW.res", "de_.res", "coll/de_.res", "coll/zh.res",
            "zone/ja.res", "lang/id.res", "region/en.res", "curr/root.res", "unit/id.res",
            "translit/root.res", "rbnf/en.res", "brkitr/root.res", "brkitr/thaidict.dict",
            "ibm-5348_P100-1997.cnv", "gb18030.cnv"]
    assert [i for i in keep if icu_data.dropped(i)] == []
    assert [i for i in drop if not icu_data.dropped(i)] == []


def _qt_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU of its own (Windows, macOS)")
    return found[0]


def _probe(preload: Path | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if preload is not None:
        env["LD_PRELOAD"] = str(preload)
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not LINUX, reason="the ICU data is trimmed in the Linux build only")
def test_qt_answers_the_same_with_the_smaller_data(tmp_path):
    full = _qt_icu_data()
    slim = icu_data.slim(full, tmp_path / "icu")
    assert slim.name == full.name
    assert slim.stat().st_size < full.stat().st_size / 5
    with_all, with_slim = _probe(None), _probe(slim)
    assert with_slim == with_all
    assert with_slim["Asia/Jakarta id_ID"] == "Waktu Indonesia Barat"
    assert with_slim["Asia/Jakarta en_US"] == "Western Indonesia Time"
    assert with_slim["upper tr"] == "İSTANBUL"


@pytest.mark.skipif(not LINUX, reason="the ICU data is trimmed in the Linux build only")
def test_a_library_without_icu_data_is_refused(tmp_path):
    with pytest.raises(icu_data.IcuTrimError):
        icu_data.slim(Path(sys.executable).resolve(), tmp_path / "icu")
