"""Plan Tracker (Theo dõi thực hiện Kế hoạch)."""

__version__ = "0.1.0"

# Before anything imports peewee: it is to leave psycopg2 until a PostgreSQL server is opened.
from app import postgresql_driver as _postgresql_driver  # noqa: E402

_postgresql_driver.defer_with_peewee()
