"""Logging in to a shared PostgreSQL server: addresses without passwords, passwords kept safely.

The settings file and the list of recent databases only ever hold the server's address without a
password. A password is kept in the system's credential store (Windows Credential Manager) through
``keyring`` when a secure store exists and the clerk asks for it; otherwise only in memory until
the program closes (it is asked again at the next start). An empty password lets libpq use the
PGPASSFILE / .pgpass file, or a server that needs none.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import URL, make_url

SERVICE = "Theo dõi Kế hoạch"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
_typed: dict[str, str] = {}  # address → password typed in this session (memory only)


def is_server(target: str | None) -> bool:
    if not target or "://" not in target:
        return False
    try:
        return make_url(target).get_backend_name() == "postgresql"
    except Exception:  # not a database address at all
        return False


def server_url(host: str, port: int, database: str, user: str) -> URL:
    """The address of a database on a server; a host starting with "/" is a Unix socket folder."""
    socket_dir = host.startswith("/")
    return URL.create(DRIVER, username=user or None, host=None if socket_dir else host or None,
                      port=None if socket_dir or port == DEFAULT_PORT else port, database=database,
                      query={"host": host} if socket_dir else {})


def host_of(url: URL) -> str:
    value: Any = url.host or url.query.get("host", "")
    return str(value[0] if isinstance(value, tuple) else value)


def without_password(target: str | URL) -> str:
    """The address as text with no password in it (what settings and window titles may hold)."""
    url = make_url(target) if isinstance(target, str) else target
    return url._replace(password=None).render_as_string(hide_password=False)


def account(target: str | URL) -> str:
    """The credential store's name for a login: ``user@host:port/database``."""
    url = make_url(target) if isinstance(target, str) else target
    return f"{url.username or ''}@{host_of(url)}:{url.port or DEFAULT_PORT}/{url.database or ''}"


def _keyring() -> Any | None:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def secure_store_available() -> bool:
    """A credential store that keeps passwords encrypted (not keyring's fail / null / plain-text ones)."""
    keyring = _keyring()
    if keyring is None:
        return False
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return False


def stored_password(target: str | URL) -> str | None:
    if not secure_store_available():
        return None
    keyring = _keyring()
    assert keyring is not None
    try:
        value = keyring.get_password(SERVICE, account(target))
    except Exception:  # a locked or broken store: ask instead
        return None
    return str(value) if value is not None else None


def remember(target: str | URL, password: str, keep: bool) -> bool:
    """Use ``password`` for this session; with ``keep``, also in the secure store (True if stored).

    Unticking "remember" removes a password stored before.
    """
    address = without_password(target)
    if password:
        _typed[address] = password
    else:
        _typed.pop(address, None)
    keyring = _keyring()
    if not secure_store_available() or keyring is None:
        return False
    try:
        if keep and password:
            keyring.set_password(SERVICE, account(target), password)
            return True
        if keyring.get_password(SERVICE, account(target)) is not None:
            keyring.delete_password(SERVICE, account(target))
    except Exception:
        return False
    return False


def replace_stored(target: str | URL, password: str) -> None:
    """A password typed at start-up replaces a stale one in the store (never adds a new one)."""
    remember(target, password, keep=stored_password(target) is not None)


def with_password(target: str) -> str:
    """What to open: a server address gets its password (typed this session, else stored)."""
    if not is_server(target):
        return target
    url = make_url(target)
    if url.password:
        return target
    password = _typed.get(without_password(url)) or stored_password(url)
    if not password:
        return target
    return url.set(password=password).render_as_string(hide_password=False)


def asks_for_password(exc: BaseException) -> bool:
    """The server refused the login for want of the right password."""
    text = " ".join(str(e) for e in (exc, exc.__cause__) if e is not None).lower()
    return "password authentication failed" in text or "no password supplied" in text
