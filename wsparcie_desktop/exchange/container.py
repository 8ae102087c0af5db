"""The ``.wjst`` file: a signed envelope around an AES-GCM-encrypted zip of JSON files (see README).

    MAGIC (21 bytes: "WSPARCIE-JST-WYMIANA\\n")
    header length (4 bytes, big-endian) | header (UTF-8 JSON: sender, key derivation, cipher)
    payload length (8 bytes, big-endian) | payload (AES-256-GCM of the zip; associated data: MAGIC + header)
    signature (64 bytes: Ed25519 over the SHA-256 of everything before it, by the key named in the header)

The key is derived from the passphrase with Argon2id (format version 2: memory 19 MiB, 2 passes, 1 lane, the
minimum of OWASP's Password Storage Cheat Sheet); files of format version 1 name scrypt (n=2^15, r=8, p=1)
and are still read. The header names the key derivation, its parameters and its salt. The zip holds
``manifest.json``, ``tables/<table>.json``, ``tombstones.json``, ``bases.json`` and ``files/<sha256>``.
Reading checks in this order: the frame, the signature, the sender's key (a callback, before anything is
decrypted), the passphrase, then the zip's names and sizes; any failure is a Polish ``DomainError``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange.keys import Identity, fingerprint, verify

MAGIC = b"WSPARCIE-JST-WYMIANA\n"
FORMAT = "wsparcie-jst-wymiana"
FORMAT_VERSION = 2  # 1: scrypt key; 2: Argon2id key (what this version writes)
ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES = 19 * 1024, 2, 1  # OWASP's minimum for Argon2id
MAX_ARGON2_MEMORY_KIB, MAX_ARGON2_ITERATIONS, MAX_ARGON2_LANES = 256 * 1024, 16, 8  # a hostile header's limits
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # format version 1 (read only)
SIGNATURE_LENGTH = 64
CHUNK = 1024 * 1024  # the payload is encrypted and written a mebibyte at a time
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024**3
MAX_ENTRIES = 200_000
MAX_ENTRY = 1024**3
MAX_TOTAL = 4 * 1024**3
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MiB
ENTRY_NAME = re.compile(
    r"manifest\.json|tombstones\.json|bases\.json|tables/[a-z][a-z0-9_]{0,79}\.json|files/[0-9a-f]{64}"
)

NOT_OURS = "To nie jest plik wymiany programu Wsparcie JST (plik .wjst). Niczego nie zmieniono."
TRUNCATED = (
    "Plik wymiany jest niepełny (ucięty, na przykład przy kopiowaniu albo w załączniku poczty). Niczego nie zmieniono."
)
TAMPERED = (
    "Plik wymiany został zmieniony albo uszkodzony po podpisaniu (podpis się nie zgadza). Poproś nadawcę o nowy "
    "plik. Niczego nie zmieniono."
)
WRONG_PASSPHRASE = "Nieprawidłowe hasło: plik nie dał się odszyfrować. Sprawdź hasło u nadawcy. Niczego nie zmieniono."
NEWER_FORMAT = (
    "Plik wymiany pochodzi z nowszej wersji programu Wsparcie JST. Zaktualizuj program i spróbuj ponownie. "
    "Niczego nie zmieniono."
)
HOSTILE = "Plik wymiany zawiera niedozwoloną zawartość ({reason}) i został odrzucony. Niczego nie zmieniono."
SHORT_PASSPHRASE = "Hasło musi mieć co najmniej 8 znaków."
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Sender:
    installation_id: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass
class Contents:
    """The zip's entries once decrypted and checked: name -> bytes."""

    sender: Sender
    created_at: dt.datetime
    entries: dict[str, bytes]

    def json(self, name: str):
        try:
            return json.loads(self.entries[name].decode("utf-8"))
        except KeyError:
            raise DomainError(HOSTILE.format(reason=f"brak części „{name}”")) from None
        except (UnicodeDecodeError, ValueError) as error:
            raise DomainError(HOSTILE.format(reason=f"część „{name}” nie jest poprawnym JSON")) from error


def _argon2id_header(salt: bytes) -> dict:
    return {"name": "argon2id", "memory_kib": ARGON2_MEMORY_KIB, "iterations": ARGON2_ITERATIONS,
            "lanes": ARGON2_LANES, "salt": base64.b64encode(salt).decode()}  # fmt: skip


def _kdf_of(kdf: dict):
    """The key derivation a header names, its parameters checked (a hostile header could ask for any memory)."""
    salt = base64.b64decode(kdf["salt"], validate=True)
    if not 8 <= len(salt) <= 64:
        raise ValueError("salt")
    if kdf["name"] == "argon2id":
        memory, iterations, lanes = int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])
        if not (1 <= lanes <= MAX_ARGON2_LANES and 8 * lanes <= memory <= MAX_ARGON2_MEMORY_KIB
                and 1 <= iterations <= MAX_ARGON2_ITERATIONS):  # fmt: skip
            raise ValueError("argon2id parameters")
        return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory)
    if kdf["name"] == "scrypt":
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        if not (2 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
            raise ValueError("scrypt parameters")
        return Scrypt(salt=salt, length=32, n=n, r=r, p=p)
    raise ValueError(kdf["name"])


def _derive(passphrase: str, kdf: dict) -> bytes:
    return _kdf_of(kdf).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(SHORT_PASSPHRASE, field="passphrase")


def _zip(entries: dict[str, bytes]) -> io.BytesIO:
    """The entries zipped: JSON compressed, files stored as they are (scans and photos do not compress)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=True) as archive:
        for name, data in entries.items():
            compress = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            archive.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data, compress_type=compress)
    return buffer


def pack(entries: dict[str, bytes], passphrase: str, identity: Identity, now: dt.datetime | None = None) -> bytes:
    """The whole file: entries zipped, encrypted, signed."""
    check_passphrase(passphrase)
    return seal(_zip(entries).getbuffer(), passphrase, identity, now)


def write(path, entries: dict[str, bytes], passphrase: str, identity: Identity, now: dt.datetime | None = None) -> Path:
    """``pack`` written to ``path`` atomically, encrypted and signed piece by piece on its way to the disk."""
    from wsparcie_desktop.reports.output import write_atomically_from

    check_passphrase(passphrase)
    return write_atomically_from(path, _sealed(_zip(entries).getbuffer(), passphrase, identity, now))


def seal(plain, passphrase: str, identity: Identity, now: dt.datetime | None = None) -> bytes:
    return b"".join(_sealed(plain, passphrase, identity, now))


def _sealed(plain, passphrase: str, identity: Identity, now: dt.datetime | None) -> Iterator[bytes]:
    """The file's bytes in order, the payload encrypted a mebibyte at a time; the signature comes last."""
    salt, nonce = os.urandom(16), os.urandom(12)
    now = now or dt.datetime.now(dt.UTC)
    header = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": now.isoformat(timespec="seconds"),
        "sender": {
            "installation_id": identity.installation_id,
            "name": identity.name,
            "public_key": identity.public_bytes.hex(),
            "fingerprint": identity.fingerprint,
        },
        "kdf": _argon2id_header(salt),
        "cipher": {"name": "AES-256-GCM", "nonce": base64.b64encode(nonce).decode()},
    }
    header_bytes = json.dumps(header, ensure_ascii=False, indent=1).encode("utf-8")
    # AES-GCM as one stream: the same bytes as AESGCM.encrypt (ciphertext, then the 16-byte tag)
    encryptor = Cipher(algorithms.AES(_derive(passphrase, header["kdf"])), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(MAGIC + header_bytes)
    plain = memoryview(plain)
    digest = hashlib.sha256()
    prefix = b"".join([MAGIC, struct.pack(">I", len(header_bytes)), header_bytes,
                       struct.pack(">Q", len(plain) + 16)])  # fmt: skip
    digest.update(prefix)
    yield prefix
    for start in range(0, len(plain), CHUNK):
        part = encryptor.update(plain[start : start + CHUNK])
        digest.update(part)
        yield part
    tail = encryptor.finalize() + encryptor.tag
    digest.update(tail)
    yield tail
    yield identity.sign(digest.digest())


def _digest(body) -> bytes:
    return hashlib.sha256(body).digest()


def _frame(data: bytes) -> tuple[dict, bytes, bytes, bytes]:
    """(header, header bytes, payload, signed body) of a well-framed file."""
    if not data.startswith(MAGIC):
        if len(data) < len(MAGIC) and MAGIC.startswith(data) and data:
            raise DomainError(TRUNCATED)
        raise DomainError(NOT_OURS)
    at = len(MAGIC)
    if len(data) < at + 4:
        raise DomainError(TRUNCATED)
    (header_length,) = struct.unpack(">I", data[at : at + 4])
    if header_length > MAX_HEADER:
        raise DomainError(NOT_OURS)
    at += 4
    if len(data) < at + header_length + 8:
        raise DomainError(TRUNCATED)
    header_bytes = data[at : at + header_length]
    at += header_length
    (payload_length,) = struct.unpack(">Q", data[at : at + 8])
    at += 8
    if payload_length > MAX_PAYLOAD:
        raise DomainError(HOSTILE.format(reason="zbyt duża zawartość"))
    end = at + payload_length
    if len(data) < end + SIGNATURE_LENGTH:
        raise DomainError(TRUNCATED)
    if len(data) > end + SIGNATURE_LENGTH:
        raise DomainError(TAMPERED)
    try:
        header = json.loads(header_bytes.decode("utf-8"))
        if not isinstance(header, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        raise DomainError(TAMPERED) from None
    view = memoryview(data)
    return header, header_bytes, view[at:end], view[:end]


def _sender(header: dict) -> Sender:
    try:
        info = header["sender"]
        key = bytes.fromhex(info["public_key"])
        if len(key) != 32:
            raise ValueError
        return Sender(str(info["installation_id"]), str(info.get("name", "")), key)
    except (KeyError, TypeError, ValueError):
        raise DomainError(TAMPERED) from None


def read_sender(data: bytes) -> Sender:
    """Who signed the file, once the frame and the signature are checked (nothing is decrypted)."""
    header, _, _, body = _frame(data)
    sender = _sender(header)
    if not verify(sender.public_key, bytes(data[len(body) :]), _digest(body)):
        raise DomainError(TAMPERED)
    if header.get("format") != FORMAT:
        raise DomainError(NOT_OURS)
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DomainError(NEWER_FORMAT)
    return sender


def unseal(data: bytes, passphrase: str, check_sender: Callable[[Sender], None] | None = None) -> Contents:
    """Check and decrypt a file. ``check_sender`` runs after the signature and before any decryption."""
    sender = read_sender(data)
    header, header_bytes, payload, _ = _frame(data)
    if check_sender is not None:
        check_sender(sender)
    try:
        cipher = header["cipher"]
        kdf = _kdf_of(header["kdf"])
        if cipher["name"] != "AES-256-GCM":
            raise ValueError
        nonce = base64.b64decode(cipher["nonce"], validate=True)
        if len(nonce) != 12:
            raise ValueError
        created_at = dt.datetime.fromisoformat(header["created_at"])
    except (KeyError, TypeError, ValueError):
        raise DomainError(NEWER_FORMAT) from None
    try:
        plain = AESGCM(kdf.derive(passphrase.encode("utf-8"))).decrypt(nonce, payload, MAGIC + header_bytes)
    except InvalidTag:
        raise DomainError(WRONG_PASSPHRASE) from None
    return Contents(sender, created_at, read_zip(plain))


def read_zip(plain: bytes) -> dict[str, bytes]:
    """The entries of the inner zip, refusing odd names (paths), duplicates, and bombs (sizes checked as read)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
    except (zipfile.BadZipFile, ValueError):
        raise DomainError(HOSTILE.format(reason="uszkodzone archiwum")) from None
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise DomainError(HOSTILE.format(reason="zbyt wiele części"))
    names = set()
    declared = 0
    for info in infos:
        if not ENTRY_NAME.fullmatch(info.filename) or info.filename in names:
            raise DomainError(HOSTILE.format(reason=f"niedozwolona nazwa „{info.filename[:80]}”"))
        names.add(info.filename)
        declared += info.file_size
        if info.file_size > MAX_ENTRY or declared > MAX_TOTAL:
            raise DomainError(HOSTILE.format(reason="zbyt duża zawartość po rozpakowaniu"))
        if info.file_size > 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise DomainError(HOSTILE.format(reason="podejrzanie silnie spakowana część (bomba zip)"))
    entries = {}
    total = 0
    for info in infos:
        try:
            with archive.open(info) as handle:
                data = handle.read(info.file_size + 1)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
            raise DomainError(HOSTILE.format(reason=f"uszkodzona część „{info.filename}”")) from error
        if len(data) != info.file_size:
            raise DomainError(HOSTILE.format(reason=f"część „{info.filename}” ma inny rozmiar niż podany"))
        total += len(data)
        if total > MAX_TOTAL:
            raise DomainError(HOSTILE.format(reason="zbyt duża zawartość po rozpakowaniu"))
        entries[info.filename] = data
    return entries
