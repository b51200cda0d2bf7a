"""Storage: the ``.dres`` file, atomic writes, autosave and recovery, locks, settings and
the user's folders.

Loading storage gives the conventions layer the user's own phrases file
(``user_phrases.py``): conventions sit below storage and cannot reach it themselves.
"""

from delegate_editor.storage import user_phrases

user_phrases.install()
