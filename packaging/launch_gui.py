"""PyInstaller entry point of ``delegate-editor-gui`` (Windows and macOS): the app without a
console window, opening the draft named on the command line (the file association's "%1")."""

import multiprocessing

from delegate_editor.ui.app import main

if __name__ == "__main__":
    # the preview typesets in a process of its own (app/typeset_worker.py): in the frozen
    # app that process is this executable again, which must then serve, not open a window
    multiprocessing.freeze_support()
    main()
