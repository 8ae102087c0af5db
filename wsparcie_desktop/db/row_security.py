"""Who may see and edit which JST on a PostgreSQL store: enforced by the server's row-level security.

A CUW or an ODN keeps several JSTs in one database. Each user (a PostgreSQL login role) is granted JSTs one by
one, as "edit" or "read" (``python main.py pg-grant``); the grants live in the ``wsparcie_access`` schema, beside
the store, not in it (they belong to the server, are not copied by ``copy-store`` and never reach a file).

Every table of the store either reaches ``jst`` through its foreign keys (``process`` → ``advisory_process.jst_id``,
``hdr_activity`` → ``hdr`` → ``advisory_process``…) or is listed in ``SHARED_TABLES`` (reference data every user
reads and only the owner writes). The policies are derived from the models' foreign keys each time the owner
opens the store, so a table added by a later migration is covered as soon as it exists; a table that has
neither a path nor a place in the list makes ``policy_plan`` fail (and its test).

The exchange file's bookkeeping (``BOOKKEEPING_TABLES``) is written by every editor's deletions and is not
split by JST; a table naming its JST by uid (``JST_UID_COLUMNS``) is filtered through ``jst.uid``.

The owner of the tables (who runs the migrations and ``pg-grant``) is not bound by the policies.
"""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import dataclass

from sqlalchemy import Table, text

from wsparcie_desktop.db.models import Base

SCHEMA = "wsparcie_access"
EDIT_ROLE = "wsparcie_edit"  # every user with at least one JST to edit: may write (the policies say where)
READ_ROLE = "wsparcie_read"  # every user: may read (the policies say what)
ROLES = ("edit", "read")

# Tables every user reads in full and only the owner writes: the model's reference data and the program's own.
SHARED_TABLES = frozenset({
    "alembic_version", "setting", "jst_kind", "team_role", "support_provider", "ore_report_form", "area",
    "area_statement", "area_list_item", "fund_rate",
})  # fmt: skip


# The exchange file's bookkeeping (db/tombstones.py, services of the exchange): written by every save that
# deletes, so every editor writes them; they hold uids, hashes and the peers' keys, no user content.
BOOKKEEPING_TABLES = frozenset({"exchange_tombstone", "exchange_peer", "exchange_base"})
# Tables that name their JST by its uid instead of a foreign key.
JST_UID_COLUMNS = {"exchange_history": "jst_uid"}


class NoPathToJst(RuntimeError):
    """A table that neither reaches ``jst`` through foreign keys nor is listed as shared."""


@dataclass(frozen=True)
class Hop:
    column: str  # in the table the hop starts from
    table: str  # the parent
    key: str  # the parent's column


def jst_path(table: Table) -> list[Hop] | None:
    """The shortest chain of NOT NULL foreign keys from ``table`` to a row with its JST; None if there is none.

    ``[]`` means the table holds its JST itself (``jst`` is its own id, others have ``jst_id``).
    """
    tables = Base.metadata.tables

    def ends(t: Table) -> bool:
        return t.name == "jst" or "jst_id" in t.c

    if ends(table):
        return []
    seen = {table.name}
    queue: deque[tuple[Table, list[Hop]]] = deque([(table, [])])
    while queue:
        current, path = queue.popleft()
        for fk in sorted(current.foreign_keys, key=lambda f: f.parent.name):
            parent = tables[fk.column.table.name]
            if fk.parent.nullable or parent.name in seen or parent.name in SHARED_TABLES:
                continue
            hop_path = [*path, Hop(fk.parent.name, parent.name, fk.column.name)]
            if ends(parent):
                return hop_path
            seen.add(parent.name)
            queue.append((parent, hop_path))
    return None


def unclassified() -> list[str]:
    """Tables with no path to a JST that are listed nowhere: closed to everyone but the owner until listed."""
    listed = SHARED_TABLES | BOOKKEEPING_TABLES | set(JST_UID_COLUMNS)
    return [t.name for t in Base.metadata.sorted_tables if t.name not in listed and jst_path(t) is None]


def policy_plan(strict: bool = True) -> dict[str, list[Hop]]:
    """Every user table with its path to the JST. Raises NoPathToJst for a table that has neither (unless not
    ``strict``: the store must still open, and such a table is then left to its owner alone)."""
    plan = {}
    for table in Base.metadata.sorted_tables:
        if table.name in SHARED_TABLES or table.name in BOOKKEEPING_TABLES:
            continue
        path = [Hop(JST_UID_COLUMNS[table.name], "jst", "uid")] if table.name in JST_UID_COLUMNS else jst_path(table)
        if path is None:
            if not strict:
                continue
            raise NoPathToJst(
                f"table {table.name} has no NOT NULL foreign-key path to jst and is listed neither in SHARED_TABLES "
                "nor in BOOKKEEPING_TABLES (db/row_security.py)"
            )
        plan[table.name] = path
    return plan


def _granted(column: str, edit: bool) -> str:
    role = " AND g.role = 'edit'" if edit else ""
    return f"{column} IN (SELECT g.jst_id FROM {SCHEMA}.grants g WHERE g.user_name = current_user{role})"


def _jst_column(table: str) -> str:
    return "id" if table == "jst" else "jst_id"


def condition(table: str, path: list[Hop], edit: bool) -> str:
    """The SQL that says whether the current user may see (or edit) a row of ``table``."""
    if not path:
        return _granted(f"{table}.{_jst_column(table)}", edit)
    joins = []
    for n, hop in enumerate(path[1:], start=2):
        joins.append(f"JOIN {hop.table} p{n} ON p{n}.{hop.key} = p{n - 1}.{hop.column}")
    last = f"p{len(path)}.{_jst_column(path[-1].table)}"
    first = path[0]
    return (
        f"EXISTS (SELECT 1 FROM {first.table} p1 {' '.join(joins)} "
        f"WHERE p1.{first.key} = {table}.{first.column} AND {_granted(last, edit)})"
    )


def statements(existing: set[str]) -> list[str]:
    """The whole set-up, each statement safe to run again: roles, the grants table, rights, policies."""
    sql = [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.grants (user_name name NOT NULL, jst_id integer NOT NULL "
        "REFERENCES public.jst(id) ON DELETE CASCADE, role text NOT NULL CHECK (role IN ('edit', 'read')), "
        "PRIMARY KEY (user_name, jst_id))",
        f"CREATE TABLE IF NOT EXISTS {SCHEMA}.applied (digest text NOT NULL)",
        f"ALTER TABLE {SCHEMA}.grants ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS own_grants ON {SCHEMA}.grants",
        f"CREATE POLICY own_grants ON {SCHEMA}.grants FOR SELECT USING (user_name = current_user)",
    ]
    for role in (READ_ROLE, EDIT_ROLE):  # roles are the cluster's: another database's start may make one meanwhile
        sql.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
            f"CREATE ROLE {role} NOLOGIN; END IF; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    sql += [
        f"GRANT USAGE ON SCHEMA public, {SCHEMA} TO {READ_ROLE}, {EDIT_ROLE}",
        f"GRANT SELECT ON {SCHEMA}.grants TO {READ_ROLE}, {EDIT_ROLE}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {EDIT_ROLE}",
    ]
    for table in sorted(SHARED_TABLES & existing):
        sql.append(f"GRANT SELECT ON {table} TO {READ_ROLE}, {EDIT_ROLE}")
    for table in sorted(BOOKKEEPING_TABLES & existing):
        sql += [f"GRANT SELECT ON {table} TO {READ_ROLE}, {EDIT_ROLE}",
                f"GRANT INSERT, UPDATE, DELETE ON {table} TO {EDIT_ROLE}"]  # fmt: skip
    for table in sorted(set(unclassified()) & existing):  # row security with no policy: no rows for anyone else
        sql.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for table, path in policy_plan(strict=False).items():
        if table not in existing:
            continue
        read, edit = condition(table, path, edit=False), condition(table, path, edit=True)
        sql += [
            f"GRANT SELECT ON {table} TO {READ_ROLE}, {EDIT_ROLE}",
            f"GRANT INSERT, UPDATE, DELETE ON {table} TO {EDIT_ROLE}",
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        ]
        for name, clause in (
            ("jst_read", f"FOR SELECT USING ({read})"),
            ("jst_insert", f"FOR INSERT WITH CHECK ({edit})"),
            ("jst_update", f"FOR UPDATE USING ({read}) WITH CHECK ({edit})"),
            ("jst_delete", f"FOR DELETE USING ({edit})"),
        ):
            sql += [f"DROP POLICY IF EXISTS {name} ON {table}", f"CREATE POLICY {name} ON {table} {clause}"]
    return sql


def apply(conn) -> bool:
    """Bring the roles, rights and policies up to the models (run by the owner, in a transaction).

    Skipped when the same set-up was applied before (its digest is kept in ``wsparcie_access.applied``);
    returns whether anything was run.
    """
    existing = set(conn.dialect.get_table_names(conn))
    sql = statements(existing)
    digest = hashlib.sha256("\n".join(sql).encode()).hexdigest()
    if conn.execute(text(f"SELECT to_regclass('{SCHEMA}.applied')")).scalar() is not None:
        if conn.execute(text(f"SELECT 1 FROM {SCHEMA}.applied WHERE digest = :d"), {"d": digest}).first():
            return False
    for statement in sql:
        conn.exec_driver_sql(statement)
    conn.execute(text(f"DELETE FROM {SCHEMA}.applied"))
    conn.execute(text(f"INSERT INTO {SCHEMA}.applied (digest) VALUES (:d)"), {"d": digest})
    return True


# ----------------------------------------------------------------------------------------------- grants


def grant(conn, user: str, jst_id: int, role: str) -> bool:
    """Give ``user`` (created as a login role without a password when missing) ``role`` on one JST.

    Returns whether the role was created. The user's membership follows the grants: ``wsparcie_edit`` while
    they may edit at least one JST, ``wsparcie_read`` always.
    """
    if role not in ROLES:
        raise ValueError(role)
    quoted = conn.execute(text("SELECT quote_ident(:u)"), {"u": user}).scalar()
    created = not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}).first()
    if created:
        conn.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
    conn.execute(
        text(
            f"INSERT INTO {SCHEMA}.grants (user_name, jst_id, role) VALUES (:u, :j, :r) "
            "ON CONFLICT (user_name, jst_id) DO UPDATE SET role = EXCLUDED.role"
        ),
        {"u": user, "j": jst_id, "r": role},
    )
    conn.exec_driver_sql(f"GRANT {READ_ROLE} TO {quoted}")
    edits = conn.execute(
        text(f"SELECT 1 FROM {SCHEMA}.grants WHERE user_name = :u AND role = 'edit'"), {"u": user}
    ).first()
    conn.exec_driver_sql(f"{'GRANT' if edits else 'REVOKE'} {EDIT_ROLE} {'TO' if edits else 'FROM'} {quoted}")
    return created


@dataclass(frozen=True)
class Access:
    """What the connected user may do: everything (the owner), or the JSTs granted to them."""

    administers: bool
    editable: frozenset[int] = frozenset()
    readable: frozenset[int] = frozenset()

    def can_edit(self, jst_id: int | None = None) -> bool:
        if self.administers:
            return True
        return bool(self.editable) if jst_id is None else jst_id in self.editable


def access(conn) -> Access:
    from wsparcie_desktop.db.postgres import administers

    if administers(conn):
        return Access(True)
    if conn.execute(text(f"SELECT to_regclass('{SCHEMA}.grants')")).scalar() is None:
        return Access(False)
    rows = conn.execute(text(f"SELECT jst_id, role FROM {SCHEMA}.grants WHERE user_name = current_user")).all()
    return Access(
        False,
        frozenset(j for j, role in rows if role == "edit"),
        frozenset(j for j, _role in rows),
    )
