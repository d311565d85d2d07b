"""Which language the UI speaks, for messages that come from the Qt-free core as ``Msg``.

``install_translators`` sets Qt's default locale from the chosen language, so the locale is the
one source of truth and no widget needs the language passed around.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from inspector_app.i18n import UserError


def ui_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "zh"


def error_text(error: UserError) -> str:
    return error.render(ui_language())


def capitalised(title: str) -> str:
    """A step title standing alone (a heading, a button): the English titles are written to
    sit inside sentences, so they start lower-case."""
    return title[:1].upper() + title[1:]
