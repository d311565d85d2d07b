"""Entry script of the frozen ``inspector-gui`` (PyInstaller needs a file, not an entry point)."""

import sys

from inspector_app.app import main

if __name__ == "__main__":
    sys.exit(main())
