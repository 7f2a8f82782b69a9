"""psycopg2, the PostgreSQL driver, loaded only when a consolidating office's server is opened.

peewee imports psycopg2 at its own import when it is installed: 20–40 ms (and libpq, OpenSSL)
that every command, the agency workstation and a SQLite DoFA would pay for nothing. So peewee
is imported with psycopg2 hidden (`defer_with_peewee`, installed by `app/__init__.py` before
any peewee import) and sees no driver; `load()`, called before a PostgreSQL database object is
made, imports psycopg2 and hands it to peewee exactly as peewee's own import would have (the
module globals its adapter reads when it connects, the UUID adapter it registers, the
transaction states of its psycopg2 adapter).

When psycopg2 is already imported before peewee (a test or a script that uses it directly),
nothing is hidden and peewee takes it as usual; `load()` then has nothing to do.
"""

from __future__ import annotations

import sys

# What peewee tries at its import before psycopg2 itself: psycopg2cffi's shim. (psycopg 3,
# which it tries next, is not installed with this application.)
_DRIVERS = ("psycopg2cffi", "psycopg2")


class _HiddenDriversLoader:
    """Runs peewee's own loader with the PostgreSQL drivers unimportable meanwhile."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def create_module(self, spec):
        return self._inner.create_module(spec)

    def exec_module(self, module) -> None:
        hidden = [name for name in _DRIVERS if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # `import name` raises ImportError, as when not installed
        try:
            self._inner.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name, ()) is None:
                    del sys.modules[name]


# Plain classes with the methods the import system calls: importlib.abc would bring
# importlib.resources along (about 20 ms).
class _PeeweeFinder:
    """Finds peewee through the other finders (site-packages, a frozen build's importer) and
    wraps its loader; steps aside after that one import."""

    def find_spec(self, name, path, target=None):
        if name != "peewee":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find else None
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _HiddenDriversLoader(spec.loader)
                return spec
        return None


def defer_with_peewee() -> None:
    """Have peewee's coming import skip the PostgreSQL drivers (nothing if it is imported)."""
    if "peewee" in sys.modules or any(isinstance(f, _PeeweeFinder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _PeeweeFinder())


def load() -> None:
    """Import psycopg2 and give it to peewee, if peewee was imported without it."""
    import peewee

    if peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions
    from psycopg2.extras import Json, register_uuid

    register_uuid()
    peewee.psycopg2 = psycopg2
    peewee.pg_extensions = extensions
    peewee.pg_register_uuid = register_uuid
    peewee.Json_pg2 = Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
