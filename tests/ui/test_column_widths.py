"""The complaint-type column is not cut off at the default width (issue 12 §5.9): in a
1366-pixel window the category column (it takes what the others leave) holds the longest
category of the reference lists, in bold (an urgent case), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from desktop.ui import case_list_model as m
from desktop.ui.main_window import COLUMN_WIDTHS

# The window, and what is not columns (borders, the table's frame and scroll bar): 36 px
# measured under Xvfb at 1366 (the category column was 353 px with 977 px of others).
WINDOW, CHROME = 1366, 36


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_longest_category_fits_in_a_1366_pixel_window(qtbot, ctx, open_window, lang):
    window = open_window(ctx)
    bold = QFont(window.table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    longest = max(metrics.horizontalAdvance(item.label(lang))
                  for item in ctx.core.reference.items("category"))
    others = sum(w for col, w in COLUMN_WIDTHS.items() if col != m.COL_CATEGORY)
    assert WINDOW - CHROME - others >= longest + 10, (WINDOW - CHROME - others, longest)
