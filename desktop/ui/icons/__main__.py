"""python -m desktop.ui.icons: re-render app-256.png from app.svg."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from desktop.ui.icons import render_png  # noqa: E402

if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    print(render_png())
