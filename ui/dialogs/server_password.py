"""The password prompt of a server store: the password (not shown), and "remember it in the system keyring".

The box is offered only where the operating system has a keyring (db/credentials.py); elsewhere the prompt
asks for the password alone. The password stays in memory for as long as the store is open, and is written
nowhere but in the system keyring, when the user ticks the box and the server takes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from wsparcie_desktop import APP_NAME


class PasswordDialog(QDialog):
    def __init__(self, message: str, keyring: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("server_password_dialog")
        self.setWindowTitle(APP_NAME)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.why = QLabel(message)
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        label = QLabel(self.tr("&Password:"))
        label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        label.setBuddy(self.password)
        layout.addWidget(label)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setObjectName("server_password_remember")
        self.remember.setToolTip(self.tr(
            "The password is kept by the operating system (on Windows in the Credential Manager), not by the "
            "program, and the program does not ask for it at the next start."))  # fmt: skip
        self.remember.setVisible(keyring)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask_password(error, url: str) -> tuple[str, bool] | None:
    """Ask for the server's password: (password, remember it), or None when the user cancelled."""
    from wsparcie_desktop.db import credentials

    keyring = credentials.available()
    dialog = PasswordDialog(str(error), keyring)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text(), keyring and dialog.remember.isChecked()
