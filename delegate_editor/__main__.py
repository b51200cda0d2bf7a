"""``python -m delegate_editor`` runs the same entry point as the installed command."""

import sys

from delegate_editor.cli import main

sys.exit(main())
