"""Settings → Database on a server…: the shared PostgreSQL store the program opens at its next start.

Only the address is saved (in the program's settings), never a password: the password comes from the
standard PostgreSQL password file (PGPASSFILE or ~/.pgpass), from the system keyring, or is asked for at start
and kept in memory (and in the system keyring when the user ticks the box, ui/dialogs/server_password.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from wsparcie_desktop import APP_ID

STORE_URL_KEY = "store_url"
EXAMPLE = "postgresql+psycopg://uzytkownik@serwer/baza"


def saved_url() -> str:
    return str(QSettings(APP_ID, APP_ID).value(STORE_URL_KEY, "") or "")


class ServerConnection(QObject):
    """Asks for the address until it is one (or empty), and saves it."""

    def edit(self, parent: QWidget) -> str | None:
        """The saved address ("" for the file on this computer), or None when the user cancelled."""
        from wsparcie_desktop.db.postgres import parsed_url

        title = self.tr("Database on a server")
        current = saved_url()
        while True:
            url, given = QInputDialog.getText(
                parent, title,
                self.tr("Address of the shared PostgreSQL database (empty: the data file on this computer), for "
                        "example %1.\nThe password is not saved here: it is asked for at start (and kept in the "
                        "system keyring if you choose so), or read from the PostgreSQL password file (PGPASSFILE "
                        "or ~/.pgpass).").replace("%1", EXAMPLE),
                QLineEdit.EchoMode.Normal, current,
            )  # fmt: skip
            if not given:
                return None
            url = current = url.strip()
            parsed = parsed_url(url) if url else None
            if url and (parsed is None or parsed.get_backend_name() != "postgresql" or not parsed.database):
                QMessageBox.warning(
                    parent,
                    title,
                    self.tr("This is not an address of a PostgreSQL database. Type it like %1.").replace("%1", EXAMPLE),
                )
                continue
            if parsed is not None and parsed.password:
                QMessageBox.warning(
                    parent,
                    title,
                    self.tr(
                        "The address contains a password. The program never saves a password in its settings: remove "
                        "it from the address (it will be asked for at start, and may be kept in the system keyring)."
                    ),
                )
                continue
            QSettings(APP_ID, APP_ID).setValue(STORE_URL_KEY, url)
            QMessageBox.information(parent, title, self.tr(
                "Saved. The program opens this database at its next start.") if url else self.tr(
                "Saved. The program opens the data file on this computer at its next start."))  # fmt: skip
            return url
