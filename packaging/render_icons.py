"""Render the icons that desktops ask for from the two SVG sources in resources/icons/.

Run from a checkout after editing an SVG (the results are committed, so that neither a wheel
build nor a PyInstaller build needs Qt's SVG renderer or an image tool)::

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

It writes the freedesktop ``hicolor`` PNG sizes beside the SVGs, a Windows ``.ico`` and a
macOS ``.icns`` for the app and for ``.dres`` documents. The ICO and ICNS containers are
written here (PNG entries in both, which Windows Vista+ and macOS 10.7+ read) because Qt's
own writers store a single image per file and Pillow is not a dependency.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
APP_ID = "org.delegateeditor.DelegateEditor"
DOC_ICON = "application-x-delegate-editor-draft"
# (hicolor context, icon name, base name of the .ico/.icns)
SOURCES = (("apps", APP_ID, "delegate-editor"), ("mimetypes", DOC_ICON, "delegate-editor-draft"))
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # what GNOME, KDE and the hicolor theme use
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can describe
# ICNS element type → pixel size; the @2x types reuse the larger renderings
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def svg_path(context: str, name: str) -> Path:
    return ICONS / "hicolor" / "scalable" / context / f"{name}.svg"


def png_path(context: str, name: str, size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size``×``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:  # QPainter needs a GUI application for its fonts
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG entry per size (ICONDIR, ICONDIRENTRYs, images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        images += data
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon family: ``icns``, its length, then (type, length, PNG) elements."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def render_all() -> list[Path]:
    """Write every PNG, ICO and ICNS; return the paths written."""
    written: list[Path] = []
    for context, name, base in SOURCES:
        svg = svg_path(context, name)
        wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
        pngs = {size: render_png(svg, size) for size in sorted(wanted)}
        for size in PNG_SIZES:
            path = png_path(context, name, size)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pngs[size])
            written.append(path)
        for path, data in (
            (ICONS / f"{base}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES})),
            (ICONS / f"{base}.icns", icns_bytes(pngs)),
        ):
            path.write_bytes(data)
            written.append(path)
    return written


if __name__ == "__main__":
    for written_path in render_all():
        print(written_path.relative_to(ICONS.parent.parent))
