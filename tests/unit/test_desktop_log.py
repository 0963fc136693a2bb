"""The application's log file (desktop/logging_setup.py) keeps an exception's frames and type,
never its words: they can quote what was typed (a name in a search, a passport number)."""

from __future__ import annotations

import logging

from desktop.logging_setup import LOG_NAME, configure_logging

CANARY = "Siti Rahayu A1234567"


def test_a_logged_exception_leaves_its_words_out(tmp_path):
    path = configure_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_NAME
    root = logging.getLogger()
    try:
        try:
            raise ValueError(f"no case matches {CANARY}")
        except ValueError:
            logging.getLogger("desktop.ui.test").exception("search failed")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_halotki", False)]:
            root.removeHandler(handler)
            handler.close()
    text = path.read_text(encoding="utf-8")
    assert "search failed" in text and "builtins.ValueError" in text
    assert "test_desktop_log.py" in text  # the frame that raised it
    assert CANARY not in text
