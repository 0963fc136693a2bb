"""The application icon: app.svg is the source, app-256.png is rendered from it.

Run `python -m desktop.ui.icons` after editing the SVG to refresh the PNG (the PNG is what
window managers and the Windows installer use; it needs no SVG plugin at run time).
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon

SVG_NAME = "app.svg"
PNG_NAME = "app-256.png"


def icon_path(name: str) -> str:
    return str(resources.files("desktop.ui.icons").joinpath(name))


def app_icon() -> QIcon:
    icon = QIcon(icon_path(PNG_NAME))
    icon.addFile(icon_path(SVG_NAME))
    return icon


def render_png(size: int = 256) -> str:
    """Render the SVG to the PNG next to it; returns the PNG's path."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(icon_path(SVG_NAME))
    if not renderer.isValid():
        raise RuntimeError("app.svg could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out = icon_path(PNG_NAME)
    if not image.save(out, "PNG"):
        raise RuntimeError(f"could not write {out}")
    return out
