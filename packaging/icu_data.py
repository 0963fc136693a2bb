"""A smaller ICU data library for the Linux build: what Qt asks of ICU, in the app's languages.

The PySide6 wheels for Linux bring ICU with its complete data (libicudata, ~31 MiB, a fifth
of the folder): every locale's names of languages, currencies and units, 230 legacy
character sets, the dictionaries that break Thai, Lao, Khmer, Burmese and CJK text into
words. Qt uses ICU for few things (nm -D on libQt6Core): case conversion, collation, time
zone names and legacy text codecs; the app reads and writes only Unicode. This keeps the
data those need, for the root locale and the app's languages (Bahasa Indonesia, English),
and drops the rest; ICU falls back to the root locale for any other, as it does whenever
a locale has no data of its own.

ICU's own package tool (icupkg, Debian's icu-devtools) removes the items; the result is
linked back into a library of the same name and entry point (icudt73_dat for ICU 73), so
libicuuc finds it as before. Windows wheels carry no ICU: there this does nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# Languages whose locale data stays (with all their regional variants); "in" is the old
# ISO code of Bahasa Indonesia, which ICU keeps as an alias.
KEEP_LANGUAGES = ("root", "id", "in", "en")
# Whole data trees Qt never reads: display names of languages, regions, currencies and
# units, transliterators, spelled-out numbers and text boundaries (Qt finds word and line
# breaks with its own tables).
DROP_TREES = ("lang/", "region/", "curr/", "unit/", "translit/", "rbnf/", "brkitr/")
_LOCALE_ITEM = re.compile(r"^(?:[a-z]+/)?(?P<locale>root|[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
NOT_LOCALES = ("res_index", "pool")  # named like a locale ("res" + "_index")
TOOLS = ("icupkg", "nm", "objcopy", "as", "ld")


class IcuTrimError(RuntimeError):
    pass


def dropped(item: str) -> bool:
    """Whether an ICU data item (as `icupkg -l` names it, e.g. "coll/fr.res") goes."""
    if item.startswith(DROP_TREES):
        return True
    if item.endswith(".cnv"):  # legacy character sets: Qt has UTF-8/16/32 and Latin-1 itself
        return True
    match = _LOCALE_ITEM.match(item)
    if match is None or match["locale"] in NOT_LOCALES:
        return False  # not a locale: shared strings, indexes, zone rules, normalisation…
    language = match["locale"].split("_", 1)[0]
    return language not in KEEP_LANGUAGES


def _run(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=cwd, check=False)
    if done.returncode != 0:
        raise IcuTrimError(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def _entry_point(library: Path) -> tuple[str, int, int]:
    """The data symbol (icudtNN_dat), its offset in .rodata and its size."""
    symbols = _run("nm", "-D", "-S", "--defined-only", str(library))
    for line in symbols.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size, name = int(parts[0], 16), int(parts[1], 16), parts[3]
            break
    else:
        raise IcuTrimError(f"{library.name}: no icudtNN_dat symbol")
    sections = _run("readelf", "-S", "-W", str(library))
    match = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)", sections)
    if match is None:
        raise IcuTrimError(f"{library.name}: no .rodata section")
    return name, address - int(match[1], 16), size


def slim(library: Path, workdir: Path) -> Path:
    """Build the smaller libicudata in workdir and return its path (same file name)."""
    missing = [t for t in TOOLS + ("readelf",) if shutil.which(t) is None]
    if missing:
        raise IcuTrimError("missing tools for trimming ICU data: " + ", ".join(missing)
                           + " (Debian: apt install icu-devtools binutils)")
    symbol, offset, size = _entry_point(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the little-endian package name
    if workdir.exists():
        shutil.rmtree(workdir)
    (workdir / "in").mkdir(parents=True)
    (workdir / "out").mkdir()
    rodata = workdir / "rodata.bin"
    _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(rodata))
    source = workdir / "in" / f"{package}.dat"
    source.write_bytes(rodata.read_bytes()[offset:offset + size])
    items = _run("icupkg", "-l", str(source)).split()
    if len(items) < 100:
        raise IcuTrimError(f"{library.name}: the ICU data lists only {len(items)} items")
    removals = workdir / "remove.txt"
    removals.write_text("\n".join(i for i in items if dropped(i)) + "\n")
    target = workdir / "out" / f"{package}.dat"
    _run("icupkg", "-r", str(removals), str(source), str(target))
    # The library holds nothing but the data under its entry point, as ICU's own build does.
    (workdir / "data.s").write_text(
        '\t.section .rodata\n\t.balign 16\n'
        f'\t.globl {symbol}\n\t.type {symbol},%object\n{symbol}:\n'
        f'\t.incbin "{target}"\n\t.size {symbol}, .-{symbol}\n'
        '\t.section .note.GNU-stack,"",%progbits\n')
    _run("as", "-o", str(workdir / "data.o"), str(workdir / "data.s"))
    out = workdir / library.name
    _run("ld", "-shared", "-soname", library.name, "-o", str(out), str(workdir / "data.o"))
    return out
