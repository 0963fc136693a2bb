"""One set of words (README, "Glossary"): what staff and families read, in the Indonesian
catalogue, the reference lists, and the texts the core writes (receipts, letters, CLI and
error messages), never uses the words we chose not to use."""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_USED = {
    "pelapor": re.compile(r"\bpelapor\b", re.IGNORECASE),  # the complainant is the pengadu
    "PMI": re.compile(r"\bPMI\b"),  # the worker is the TKI (P3MI, an agency, is another word)
}


def catalogue_texts():
    for lang in ("id", "en"):
        tree = ET.parse(ROOT / "desktop" / "ui" / "translations" / f"halotki_{lang}.ts")
        for message in tree.getroot().iter("message"):
            yield f"halotki_{lang}.ts", message.findtext("translation") or ""
            yield f"halotki_{lang}.ts", message.findtext("source") or ""


def reference_texts():
    seed = json.loads((ROOT / "desktop" / "seed" / "reference.json").read_text("utf-8"))
    for kind, items in seed.items():
        for item in items if isinstance(items, list) else []:
            yield f"reference.json {kind}", item.get("id", "")
            yield f"reference.json {kind}", item.get("en", "")


def guide_texts():
    """The user guide (Help > Guide), in both languages, as its readers see it."""
    for path in sorted((ROOT / "desktop" / "ui" / "help").glob("guide_*.html")):
        yield path.name, re.sub(r"<[^>]+>", " ", path.read_text("utf-8"))


def core_texts():
    """String literals of the core's code (messages, receipts, letters, the CLI), not
    comments: what people read."""
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "demo" in path.parts:  # demo stories are made-up case text, not the product's words
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield str(path.relative_to(ROOT)), node.value


@pytest.mark.parametrize("word", sorted(NOT_USED))
def test_the_words_we_chose_not_to_use_appear_nowhere(word):
    pattern = NOT_USED[word]
    found = sorted({f"{where}: {text[:80]!r}"
                    for source in (catalogue_texts, reference_texts, guide_texts, core_texts)
                    for where, text in source() if pattern.search(text)})
    assert found == []
