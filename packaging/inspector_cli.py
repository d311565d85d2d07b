"""Entry script of the frozen ``inspector`` command (same ``main`` as the installed script)."""

import sys

from inspector_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
