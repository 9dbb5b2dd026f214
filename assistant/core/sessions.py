"""Django's database sessions, read with one fixed statement.

Every page a borrower opens with a case reads their session. Building that ORM query
(`Session.objects.get(session_key=..., expire_date__gt=now)`) cost five times running it:
0.25 ms of a kept case page's 2.3 (issue 18, benchmarks/pages.py). Reading is the same
row by the same rules; writing, expiry and clean-up stay Django's (settings.SESSION_ENGINE).
"""

import functools
from types import SimpleNamespace

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        """The session's row while it has not expired (what `load` reads), else None and
        the key is dropped, as Django's own store does."""
        key = self.session_key  # None when the cookie is missing or malformed
        row = None
        if key is not None:
            connection = connections[router.db_for_read(self.model)]
            now = connection.ops.adapt_datetimefield_value(timezone.now())
            with connection.cursor() as cursor:
                cursor.execute(_statement(connection.alias), [key, now])
                row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return SimpleNamespace(session_data=row[0])


@functools.cache
def _statement(alias):
    from django.contrib.sessions.models import Session

    quote = connections[alias].ops.quote_name
    names = (Session._meta.db_table, "session_data", "session_key", "expire_date")
    table, data, key, expiry = (quote(name) for name in names)
    return f"SELECT {data} FROM {table} WHERE {key} = %s AND {expiry} > %s"
