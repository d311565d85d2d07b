"""Bilingual messages for the parts of the app that run without Qt.

The core (validators, importers, the CLI) must speak the officer's language but may not import
Qt, so it cannot use ``QCoreApplication.translate``.  Instead every user-facing message is built
as a :class:`Msg` that carries both the Chinese and the English wording; the caller picks the
language when it shows the message.  Chinese is the default because our users are Chinese
officers; English exists for reviewers and developers.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"


@dataclass(frozen=True, slots=True)
class Msg:
    """One message in both languages; ``str()`` gives the Chinese wording."""

    zh: str
    en: str

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.en if lang == "en" else self.zh

    def __str__(self) -> str:
        return self.zh


class UserError(Exception):
    """Bad input from the officer: shown as a one-line message, never as a traceback."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.zh)
        self.msg = msg

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.msg.render(lang)


def join_problems(problems: list[Msg], limit: int) -> Msg:
    """Several problems as one line: the first ``limit`` of them and how many more there are."""
    shown = problems[:limit]
    extra = len(problems) - len(shown)
    zh = "；".join(p.zh for p in shown)
    en = "; ".join(p.en for p in shown)
    if extra:
        zh += f"（另有 {extra} 处问题）"
        en += f" (and {extra} more)"
    return Msg(zh, en)
