"""This installation's identity for exchange files: an id, a name and an Ed25519 key pair, made on first use.

They live in one file beside the data file (``wsparcie.sqlite.klucz-wymiany``), readable by its owner only; a
store without a file (a database address) keeps it in the user's data folder. The private key never leaves it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

__all__ = ["Ed25519PrivateKey", "Identity", "fingerprint", "key_file", "load_or_create", "verify"]

from wsparcie_desktop.errors import DomainError

KEY_SUFFIX = ".klucz-wymiany"


def fingerprint(public_key: bytes) -> str:
    """The first 8 bytes of the key's SHA-256 in 4 groups: short enough to read over the phone."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class Identity:
    installation_id: str
    name: str
    private_key: Ed25519PrivateKey

    @property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def key_file(db_file: Path | None) -> Path:
    if db_file is not None:
        return Path(str(db_file) + KEY_SUFFIX)
    from wsparcie_desktop.paths import data_dir

    return data_dir() / ("wsparcie.sqlite" + KEY_SUFFIX)


def _default_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 (no user name in the environment: the computer's name alone)
        user = ""
    host = platform.node() or "komputer"
    return f"{user}@{host}" if user else host


def load_or_create(db_file: Path | None) -> Identity:
    """The installation's identity; the first call writes a new one (owner-only) beside the data file."""
    path = key_file(db_file)
    if path.exists():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            key = serialization.load_pem_private_key(data["private_key"].encode(), password=None)
            if not isinstance(key, Ed25519PrivateKey):
                raise ValueError("not an Ed25519 key")
            return Identity(str(uuid.UUID(data["installation_id"])), str(data.get("name", "")), key)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DomainError(
                f"Nie można odczytać klucza wymiany tej instalacji ({path}): {error}. Przywróć ten plik z kopii "
                "albo usuń go, a program utworzy nowy klucz (odbiorcy zobaczą wtedy ostrzeżenie o zmianie klucza)."
            ) from error
    key = Ed25519PrivateKey.generate()
    identity = Identity(str(uuid.uuid4()), _default_name(), key)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    text = json.dumps({"installation_id": identity.installation_id, "name": identity.name, "private_key": pem})
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:  # another program made it at the same moment: use that one
        return load_or_create(db_file)
    except OSError as error:
        raise DomainError(f"Nie można zapisać klucza wymiany w „{path}”: {error.strerror or error}.") from error
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return identity
