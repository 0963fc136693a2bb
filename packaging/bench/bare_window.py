"""The launch-time baseline of `make bench`: a bare PySide6 window, frozen like the app.

It shows one empty QWidget and reports it the way the app reports its login window
(HALOTKI_EXIT_WHEN_READY), so the ratio says what the application adds to Qt's own start.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(460, 230)  # about the size of the login window
    window.show()

    def ready() -> None:
        print("halotki-ready: QWidget bare", flush=True)
        app.exit(0)

    QTimer.singleShot(0, ready)  # as the app: after show(), once the window is painted
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
