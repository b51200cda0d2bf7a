"""PyInstaller entry point of the ``delegate-editor`` program: the command line, which opens
the app when given no command or a file (the same as the installed console script)."""

import multiprocessing
import sys

from delegate_editor.cli import main

if __name__ == "__main__":
    # the preview typesets in a process of its own (app/typeset_worker.py): in the frozen
    # app that process is this executable again, which must then serve, not open a window
    multiprocessing.freeze_support()
    sys.exit(main())
