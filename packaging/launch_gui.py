"""PyInstaller entry point of ``delegate-editor-gui`` (Windows and macOS): the app without a
console window, opening the draft named on the command line (the file association's "%1")."""

import sys

from delegate_editor.app import typeset_worker
from delegate_editor.app.typeset_worker import WORKER_FLAG
from delegate_editor.ui.app import main

if __name__ == "__main__":
    # the preview typesets in a process of its own: in the frozen app, this executable
    # started again with the flag (app/typesetter.py), which then serves, not a window
    if sys.argv[1:2] == [WORKER_FLAG]:
        sys.exit(typeset_worker.main())
    main()
