"""Has the database changed since? A stamp that says so without a query.

SQLite keeps two counters on each connection: `PRAGMA data_version` moves when
any other connection (another thread or process) commits a change, and
`total_changes` counts the rows this connection itself inserted, updated or
deleted. Read together, with the connection they belong to, they make a stamp
that stays equal exactly as long as what this connection reads stays the same:
a few microseconds instead of the statement the stamp stands in for.

Inside a transaction there is no stamp: what is read there may be rolled back.
Other databases keep no such counters, so they have no stamp either (None).
"""


def change_stamp(connection):
    """A value equal to the last one returned for `connection` (a Django
    connection) only if nothing was committed to the database since by anyone,
    nor written by this connection; None where none can be given."""
    if connection.vendor != "sqlite":
        return None
    connection.ensure_connection()
    raw = connection.connection
    if raw.in_transaction or not connection.get_autocommit():
        return None
    return (raw, raw.execute("PRAGMA data_version").fetchone()[0], raw.total_changes)
