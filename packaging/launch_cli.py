"""PyInstaller entry point of the ``delegate-editor`` program: the command line, which opens
the app when given no command or a file (the same as the installed console script)."""

import sys

from delegate_editor.app import typeset_worker
from delegate_editor.app.typeset_worker import WORKER_FLAG
from delegate_editor.cli import main

if __name__ == "__main__":
    # the preview typesets in a process of its own: in the frozen app, this executable
    # started again with the flag (app/typesetter.py), which then serves, not a window
    if sys.argv[1:2] == [WORKER_FLAG]:
        sys.exit(typeset_worker.main())
    sys.exit(main())
