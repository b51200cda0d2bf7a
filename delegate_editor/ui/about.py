"""The About dialog: the version, and what the app is built from under which licence.

The licences of the libraries travel inside every copy of the app (the PyInstaller folder and
the Windows and macOS installers included), so the dialog is where a delegation's IT office
finds them. LGPL-3.0 also asks that users be told Qt is used and may be replaced; the app
loads Qt as separate shared libraries, which the dialog says. "Copy version information" puts
the versions on the clipboard for a bug report.
"""

from __future__ import annotations

import html
import platform
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegate_editor import __version__
from delegate_editor.resources import resource
from delegate_editor.ui.i18n import translate

APP_ID = "org.delegateeditor.DelegateEditor"
APP_LICENCE = "GPL-3.0-or-later"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

LGPL = QT_TRANSLATE_NOOP(
    "About",
    "You may use and redistribute the library; changes to the library itself must be published "
    "under the LGPL, and users must be able to replace it with a version of their own. Delegate "
    "Editor loads Qt as separate shared libraries, which can be replaced.",
)
PSF = QT_TRANSLATE_NOOP(
    "About",
    "The Python Software Foundation licence: use, modification and distribution are permitted, "
    "provided the copyright notice is kept.",
)
SAME_AS_QT = QT_TRANSLATE_NOOP("About", "Used under the LGPL-3.0, like Qt above.")
MIT = QT_TRANSLATE_NOOP(
    "About",
    "Any use, copying, modification and distribution is permitted, provided the copyright notice "
    "and the permission notice are kept. No warranty.",
)
APACHE = QT_TRANSLATE_NOOP(
    "About",
    "Use, modification and distribution are permitted, provided the licence and notices are kept "
    "and changes are marked; contributors grant a licence to their patents. No warranty.",
)
BSD3 = QT_TRANSLATE_NOOP(
    "About",
    "Redistribution with or without modification is permitted, provided the copyright notice, the "
    "conditions and the disclaimer are kept, and the authors' names are not used to endorse the app.",
)

ODFPY = QT_TRANSLATE_NOOP(
    "About",
    "Offered under any of three licences at the user's choice; Delegate Editor uses it under "
    "the Apache License 2.0. Use, modification and distribution are permitted, provided the "
    "licence and notices are kept and changes are marked; contributors grant a licence to their "
    "patents. No warranty.",
)
FONTS = QT_TRANSLATE_NOOP(
    "About",
    "The fonts may be used, embedded in documents and redistributed with software; they may not "
    "be sold on their own, and modified versions must be renamed. The full text is in "
    "fonts/LICENSE-fonts-liberation2.txt among the app's resources.",
)


@dataclass(frozen=True)
class Component:
    """A part of the app that comes from elsewhere, with its licence and a short explanation."""

    name: str
    licence: str  # an SPDX expression
    summary: str  # English; shown through translate("About", ...)
    url: str
    dist: str = ""  # the distribution whose installed version is shown


COMPONENTS: tuple[Component, ...] = (
    Component("Qt", "LGPL-3.0-only", LGPL, "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    Component(
        "PySide6 (Qt for Python)",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        SAME_AS_QT,
        "https://pyside.org",
        "PySide6_Essentials",
    ),
    Component(
        "Shiboken6",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only",
        SAME_AS_QT,
        "https://pyside.org",
        "shiboken6",
    ),
    Component("python-docx", "MIT", MIT, "https://github.com/python-openxml/python-docx", "python-docx"),
    Component(
        "odfpy",
        "Apache-2.0 OR LGPL-2.1-or-later OR GPL-2.0-or-later",
        ODFPY,
        "https://github.com/eea/odfpy",
        "odfpy",
    ),
    Component("platformdirs", "MIT", MIT, "https://github.com/tox-dev/platformdirs", "platformdirs"),
    Component(
        "typst (Python bindings and the Typst compiler)",
        "Apache-2.0",
        APACHE,
        "https://github.com/messense/typst-py",
        "typst",
    ),
    Component(
        "pycrdt (Python bindings of Yrs, the Rust port of Yjs), for co-drafting",
        "MIT",
        MIT,
        "https://github.com/y-crdt/pycrdt",
        "pycrdt",
    ),
    Component("anyio (used by pycrdt)", "MIT", MIT, "https://github.com/agronholm/anyio", "anyio"),
    Component("idna (used by anyio)", "BSD-3-Clause", BSD3, "https://github.com/kjd/idna", "idna"),
    Component(
        "websockets, the co-drafting client's transport",
        "BSD-3-Clause",
        BSD3,
        "https://github.com/python-websockets/websockets",
        "websockets",
    ),
    Component("lxml (with libxml2 and libxslt, MIT)", "BSD-3-Clause", BSD3, "https://lxml.de", "lxml"),
    Component(
        "defusedxml",
        "PSF-2.0",
        PSF,
        "https://github.com/tiran/defusedxml",
        "defusedxml",
    ),
    Component(
        "typing_extensions",
        "PSF-2.0",
        PSF,
        "https://github.com/python/typing_extensions",
        "typing_extensions",
    ),
    Component(
        "Liberation Serif fonts",
        "OFL-1.1",
        FONTS,
        "https://github.com/liberationfonts/liberation-fonts",
    ),
    Component(
        "Python",
        "PSF-2.0",
        PSF,
        "https://docs.python.org/3/license.html",
    ),
)


def component_version(component: Component) -> str:
    """The installed version, or "" when it is not known (a bundle without the metadata)."""
    if component.name == "Qt":
        return qVersion()
    if component.name == "Python":
        return platform.python_version()
    if not component.dist:
        return ""
    try:
        return metadata.version(component.dist)
    except metadata.PackageNotFoundError:
        return ""


def version_information() -> str:
    """Plain text for a bug report: the app, Python, Qt, the system and every library."""
    lines = [
        f"Delegate Editor {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"System: {platform.platform()}",
    ]
    for component in COMPONENTS:
        if component.dist:
            lines.append(f"{component.dist} {component_version(component) or 'unknown'}")
    return "\n".join(lines)


def app_icon() -> QIcon:
    """The app's icon in every size the desktop may ask for (window, taskbar, dock)."""
    icon = QIcon()
    hicolor = resource("icons", "hicolor")
    for size in ICON_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def _components_html() -> str:
    rows = []
    for component in COMPONENTS:
        version = component_version(component)
        title = html.escape(component.name + (f" {version}" if version else ""))
        rows.append(
            f"<p><b><a href='{html.escape(component.url, quote=True)}'>{title}</a></b> "
            f"— <i>{html.escape(component.licence)}</i><br>{html.escape(translate('About', component.summary))}</p>"
        )
    return "".join(rows)


class AboutDialog(QDialog):
    """Modal dialog: the app's name, version and licence, then each component's licence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Delegate Editor"))
        icon = app_icon()
        self.setWindowIcon(icon)

        logo = QLabel()
        logo.setPixmap(icon.pixmap(64, 64))
        heading = QLabel(
            self.tr(
                "<h2>Delegate Editor {0}</h2><p>Draft United Nations resolutions as structure and export them in the official UN layout.</p><p>Free software under the GNU General Public License, version 3 or later ({APP_LICENCE}). No warranty.</p><p>Python {1} · Qt {2} · PySide6 {pyside_version}</p>"
            ).format(
                html.escape(__version__),
                platform.python_version(),
                qVersion(),
                APP_LICENCE=APP_LICENCE,
                pyside_version=pyside_version,
            )
        )
        heading.setObjectName("aboutHeading")
        heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)

        self.components = QTextBrowser()
        self.components.setObjectName("aboutComponents")
        self.components.setOpenExternalLinks(True)
        self.components.setHtml("<h3>" + html.escape(self.tr("Built with")) + "</h3>" + _components_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy version information"))
        self.copy_button.setObjectName("aboutCopy")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_version_information)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def copy_version_information(self) -> None:
        QGuiApplication.clipboard().setText(version_information())


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog over ``parent`` (Help > About) and return it.

    Window-modal and non-blocking (``open()``, not ``exec()``), so the event loop keeps
    running (autosave included); the dialog deletes itself when closed."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
