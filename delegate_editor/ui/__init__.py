"""The desktop app (PySide6 lives only in this package).

Importing the package first works around a reference-counting bug of the PySide6 6.12
wheels on CPython 3.11: returning an unset QVariant to Python (``QTextFormat.property``,
``QModelIndex.data`` of an empty role) and emitting a signal from Python each drop one
reference to ``None`` or ``True`` that was never taken. After a few thousand keystrokes the
count reaches zero and the interpreter aborts ("none_dealloc" / "bool_dealloc"). Python 3.12
made these singletons immortal, which hides the bug there; on 3.11 we give them the same
protection by adding a very large count once. They are static objects that are never freed,
so the only effect is that the bug can no longer crash the app.
"""

from __future__ import annotations

import sys


def _protect_singletons() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40  # ob_refcnt is the first field


_protect_singletons()
