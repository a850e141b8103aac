"""Who is doing something, for the send ledger and the audit log: the operating-system user."""

from __future__ import annotations

import getpass


def os_user() -> str:
    """The OS login name, or "unknown" where none can be read (a service account without a name)."""
    try:
        return getpass.getuser()[:200] or "unknown"
    except Exception:  # getpass raises OSError/KeyError where no login name or passwd entry exists
        return "unknown"
