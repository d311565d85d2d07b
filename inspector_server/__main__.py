"""``python -m inspector_server``: the same as ``inspector-server``."""

import sys

from inspector_server.cli import main

sys.exit(main())
