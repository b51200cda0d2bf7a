"""PyInstaller entry point of ``delegate-editor-gui`` (Windows and macOS): the app without a
console window, opening the draft named on the command line (the file association's "%1")."""

from delegate_editor.ui.app import main

if __name__ == "__main__":
    main()
