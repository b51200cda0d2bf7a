"""The one exception type for bad input, shared by every layer.

Anything a user can feed the app (a damaged ``.dres``, a hostile DOCX, a wrong type) is
turned into :class:`InputError` whose ``str()`` is the single line shown on stderr or in a
dialog: it names the file and what is wrong. Code that catches it never shows a traceback.
"""


class InputError(ValueError):
    """Bad input; ``str(exc)`` is the one line for the user."""
