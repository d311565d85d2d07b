"""``python -m inspector_app`` starts the desktop app."""

from inspector_app.app import main

raise SystemExit(main())
