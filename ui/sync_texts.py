"""The sync's words: the status line (header and settings screen), and the sync's errors.

Shared by ui/sync_status.py (the header's button) and ui/sync_settings.py (the screen it opens), so
neither imports the other for its sentences. `words` is the sync area of ui/messages.py's registry:
shop/sync_errors.py's errors, enrolment and the owner's server sign-in included.
"""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from PySide6.QtCore import QCoreApplication

from shop import sync_errors as se
from shop.settings import ShopSettings
from ui.sync_service import SyncState

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The sentence for a sync error, or None if `error` is not one."""
    match error:
        case se.ChangesWaiting(count=count):
            return changes_waiting_text(count)
        case se.SyncBusy():
            return translate("sync", "Another Bottega window on this computer is syncing this shop's data. "
                             "Close it, or wait: this window takes over when it closes.")
        case se.CodeRefused():
            return translate("sync", "The server refused this code: it is wrong, used or expired. Ask the owner for a new one.")
        case se.ServerFailed(status=status) if status:
            return translate("sync", "The server answered with an error (%1). Try again later.").replace("%1", str(status))
        case se.ServerFailed() | se.ServerNotReached():
            return translate("sync", "Could not reach the server at this address. Check the address and the network.")
        case se.WrongSignIn():
            return translate("OwnerServerSignIn", "The server does not know this name with this password.")
        case se.SignInLocked(seconds=seconds):
            minutes = max(1, (seconds + 59) // 60)
            return translate("OwnerServerSignIn", "Too many wrong passwords: try again in %1 minutes.").replace("%1", str(minutes))
        case se.NotEnrolled():
            return translate("OwnerServerSignIn", "This shop works on its own: there is no server to publish to.")
        case se.ServerUnreachable():
            return translate("OwnerServerSignIn", "Could not reach the server. Your changes stay here and wait; try again later.")
    return None


def changes_waiting_text(count: int) -> str:
    return translate("sync", "%1 changes made here have not reached the server yet. Press Sync now and try again "
                     "when none wait, or export them to a file first.").replace("%1", str(count))


def sync_time(iso_utc: str | None, settings) -> str:
    """When the last sync was, as the shop reads it: a time today, else a date and time."""
    if not iso_utc:
        return translate("sync", "never")
    zone = ZoneInfo(settings.timezone)
    moment = datetime.fromisoformat(iso_utc).astimezone(zone)
    clock = format_time(moment, "short", locale=settings.locale)
    if moment.date() == datetime.now(timezone.utc).astimezone(zone).date():
        return clock
    return f"{format_skeleton('MMMd', moment, locale=settings.locale)} {clock}"


def skew_text(state: SyncState) -> str:
    minutes = round(abs(state.clock_offset_s) / 60)
    if state.clock_offset_s > 0:
        return translate("sync", "This computer's clock is %1 min behind the server: correct its date and time.").replace("%1", str(minutes))
    return translate("sync", "This computer's clock is %1 min ahead of the server: correct its date and time.").replace("%1", str(minutes))


def status_text(state: SyncState, settings) -> tuple[str, str]:
    """One line for the header and its role: "" (all well), "warning" (offline, waiting) or "error" (clock)."""
    waiting = translate("sync", "%1 waiting").replace("%1", str(state.waiting))
    if not state.enrolled:
        return translate("sync", "No server · %1").replace("%1", waiting), "warning" if state.waiting else ""
    if state.busy_elsewhere:
        return translate("sync", "Synced by another Bottega window · %1").replace("%1", waiting), ""
    if state.online:
        text = translate("sync", "Online · %1 · synced %2").replace("%1", waiting).replace("%2", sync_time(state.last_sync, settings))
        role = "warning" if state.refused else ""
    elif state.online is None:
        text, role = translate("sync", "Connecting… · %1").replace("%1", waiting), ""
    elif state.fault:
        text = translate("sync", "Sync failing · %1 · last sync %2").replace("%1", waiting).replace(
            "%2", sync_time(state.last_sync, settings))
        role = "error"
    else:
        text = translate("sync", "Offline · %1 · last sync %2").replace("%1", waiting).replace(
            "%2", sync_time(state.last_sync, settings))
        role = "warning"
    if state.history_percent is not None:
        text = translate("sync", "%1 · shop history %2%").replace("%1", text).replace("%2", str(state.history_percent))
    if state.clock_skewed:
        text = translate("sync", "Clock wrong! %1").replace("%1", text)
        role = "error"
    return text, role


def header_text(state: SyncState, settings) -> tuple[str, str]:
    """The short form for the crowded header: offline, since when; the full line is its tooltip."""
    text, role = status_text(state, settings)
    if not state.enrolled or state.busy_elsewhere or state.online is None:
        return text, role
    waiting = translate("sync", "%1 waiting").replace("%1", str(state.waiting))
    if state.online:
        short = translate("sync", "Online · %1").replace("%1", waiting)
    elif state.fault:
        short = translate("sync", "Sync failing · %1").replace("%1", waiting)
    elif state.last_sync:
        short = translate("sync", "Offline since %1 · %2").replace("%1", sync_time(state.last_sync, settings)).replace("%2", waiting)
    else:
        short = translate("sync", "Offline · %1").replace("%1", waiting)
    if state.history_percent is not None:
        short = translate("sync", "%1 · shop history %2%").replace("%1", short).replace("%2", str(state.history_percent))
    if state.clock_skewed:
        short = translate("sync", "Clock wrong! %1").replace("%1", short)
    return short, role
