"""PyInstaller entry point of the ``delegate-editor`` program: the command line, which opens
the app when given no command or a file (the same as the installed console script)."""

import sys

from delegate_editor.cli import main

if __name__ == "__main__":
    sys.exit(main())
