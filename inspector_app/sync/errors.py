"""What can go wrong during a sync, in words an officer understands (both languages).

Every message says what happened and that nothing captured on the laptop was lost: sync only
ever copies; the outbox keeps each change until the server confirmed it.
"""

from __future__ import annotations

from inspector_app.i18n import Msg, UserError

_KEPT_ZH = "本机数据均已保存，下次同步会从中断处继续。"
_KEPT_EN = "Everything on this laptop is kept; the next sync continues where this one stopped."


class SyncError(UserError):
    """A sync step failed; ``retryable`` says whether trying again later may help."""

    def __init__(self, msg: Msg, retryable: bool = True) -> None:
        super().__init__(msg)
        self.retryable = retryable


class SyncCancelled(SyncError):
    def __init__(self) -> None:
        super().__init__(Msg("同步已取消。" + _KEPT_ZH, "Sync cancelled. " + _KEPT_EN))


def unreachable(url: str, detail: str) -> SyncError:
    return SyncError(
        Msg(
            f"无法连接服务器 {url}（{detail}）。请检查网络。" + _KEPT_ZH,
            f"Cannot reach the server {url} ({detail}). Check the network. " + _KEPT_EN,
        )
    )


def not_signed_in() -> SyncError:
    return SyncError(
        Msg(
            "尚未登录服务器或登录已过期，请用执法证号和密码重新登录。",
            "Not signed in to the server, or the sign-in expired; sign in again "
            "with your certificate number and password.",
        ),
        retryable=False,
    )


def from_server(status: int, detail: object) -> SyncError:
    """The server's own bilingual refusal, or a plain one when it sent none."""
    if isinstance(detail, dict) and "zh" in detail and "en" in detail:
        return SyncError(Msg(str(detail["zh"]), str(detail["en"])), retryable=status >= 500)
    return SyncError(
        Msg(
            f"服务器出错（{status}）。" + _KEPT_ZH,
            f"The server reported an error ({status}). " + _KEPT_EN,
        ),
        retryable=status >= 500,
    )


def interrupted(exc: Exception) -> SyncError:
    """Anything else that stopped a sync: a file that could not be read, a garbled answer."""
    what = f"{type(exc).__name__}: {exc}"[:200]
    return SyncError(
        Msg(f"同步中断（{what}）。" + _KEPT_ZH, f"Sync interrupted ({what}). " + _KEPT_EN)
    )
