"""``python -m delegate_editor`` runs the same entry point as the installed command."""

import sys

from delegate_editor.cli import main

if __name__ == "__main__":  # not when a spawned process imports it
    sys.exit(main())
