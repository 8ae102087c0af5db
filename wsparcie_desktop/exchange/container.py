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
import queue
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
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
CHUNK = 1024 * 1024  # the payload is encrypted and written (and decrypted) a mebibyte at a time
READ_CHUNK = 4 * 1024 * 1024  # a file is read and hashed four mebibytes at a time
MAX_HEADER = 64 * 1024
MAX_PAYLOAD = 2 * 1024**3
MAX_ENTRIES = 200_000
MAX_ENTRY = 1024**3
MAX_TOTAL = 4 * 1024**3
MAX_RATIO = 200  # uncompressed / compressed, for entries over 1 MiB
# a zip entry's local header (APPNOTE 4.3.7): signature, versions, flags, method, time, date, CRC, sizes, lengths
LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
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


class Background:
    """A function run on a thread of its own (key derivation and SHA-256 release the GIL): ``result()`` waits."""

    def __init__(self, function: Callable, *args):
        self._result = self._error = None
        self._thread = threading.Thread(target=self._run, args=(function, *args), daemon=True)
        self._thread.start()

    def _run(self, function: Callable, *args) -> None:
        try:
            self._result = function(*args)
        except BaseException as error:  # handed to the caller of result()
            self._error = error

    def wait(self) -> None:
        self._thread.join()

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


class SealingKey:
    """A new salt and the AES key Argon2id derives from the passphrase with it, derived on a thread of its own
    as soon as this is made (an export reads the store meanwhile)."""

    def __init__(self, passphrase: str):
        check_passphrase(passphrase)
        self.kdf = _argon2id_header(os.urandom(16))
        self._key = Background(_derive, passphrase, self.kdf)

    def key(self) -> bytes:
        return self._key.result()


def _sealing_key(secret: str | SealingKey) -> SealingKey:
    return secret if isinstance(secret, SealingKey) else SealingKey(secret)


def in_two(items: list, function: Callable) -> list:
    """``[function(item) for item in items]``, half of them on a second thread (for SHA-256 of large files,
    which runs outside the GIL: both cores hash at once)."""
    if len(items) < 2:
        return [function(item) for item in items]
    half = len(items) // 2
    other = Background(lambda: [function(item) for item in items[half:]])
    mine = [function(item) for item in items[:half]]
    return mine + other.result()


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError(SHORT_PASSPHRASE, field="passphrase")


class _Pieces:
    """A write-only stream (no seek: zipfile then writes each entry's sizes after its data) that keeps what is
    written as a list of pieces: a large piece, an attachment's bytes, is kept as it is and never copied."""

    LARGE = 64 * 1024

    def __init__(self):
        self.pieces: list = []
        self.size = 0
        self._small = bytearray()

    def write(self, data) -> int:
        length = len(data)
        if length >= self.LARGE:
            self._flush_small()
            self.pieces.append(data)
        else:
            self._small += data
        self.size += length
        return length

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        pass

    def _flush_small(self) -> None:
        if self._small:
            self.pieces.append(bytes(self._small))
            self._small.clear()

    def done(self) -> list:
        self._flush_small()
        return self.pieces


class Archive:
    """The zip being made, in pieces (see ``_Pieces``): JSON compressed, files stored as they are (scans and
    photos do not compress). ``add_in_background`` zips some entries on a second thread (CRC-32 and
    compression run outside the GIL) while the caller prepares the others."""

    def __init__(self):
        self._stream = _Pieces()
        self._zip = zipfile.ZipFile(self._stream, "w", allowZip64=True)  # type: ignore[arg-type]

    def add(self, name: str, data) -> None:
        compress = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
        self._zip.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data, compress_type=compress)

    def add_all(self, entries: dict[str, bytes]) -> None:
        for name, data in entries.items():
            self.add(name, data)

    def add_in_background(self, entries: dict[str, bytes]) -> Background:
        return Background(self.add_all, entries)

    def pieces(self) -> list:
        self._zip.close()
        return self._stream.done()


def _zip(entries: dict[str, bytes] | Archive) -> list:
    """The zip's pieces in order."""
    if not isinstance(entries, Archive):
        archive = Archive()
        archive.add_all(entries)
        entries = archive
    return entries.pieces()


def pack(entries: dict[str, bytes], passphrase: str | SealingKey, identity: Identity,
         now: dt.datetime | None = None) -> bytes:  # fmt: skip
    """The whole file: entries zipped, encrypted, signed."""
    key = _sealing_key(passphrase)
    return b"".join(_sealed(_zip(entries), key, identity, now))


def write(path, entries: dict[str, bytes] | Archive, passphrase: str | SealingKey, identity: Identity,
          now: dt.datetime | None = None) -> Path:  # fmt: skip
    """``pack`` written to ``path`` atomically, encrypted and signed piece by piece on its way to the disk."""
    from wsparcie_desktop.reports.output import write_atomically_from

    key = _sealing_key(passphrase)
    return write_atomically_from(path, _sealed(_zip(entries), key, identity, now))


def seal(plain, passphrase: str | SealingKey, identity: Identity, now: dt.datetime | None = None) -> bytes:
    """A zip's bytes encrypted and signed: the whole file."""
    return b"".join(_sealed([plain], _sealing_key(passphrase), identity, now))


def _sealed(pieces: list, key: SealingKey, identity: Identity, now: dt.datetime | None) -> Iterator[bytes]:
    """The file's bytes in order, the payload (the zip, in pieces) encrypted a mebibyte at a time; the
    signature comes last.

    The signature's SHA-256 runs on a second thread, a piece behind the encryption (both release the GIL).
    """
    nonce = os.urandom(12)
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
        "kdf": key.kdf,
        "cipher": {"name": "AES-256-GCM", "nonce": base64.b64encode(nonce).decode()},
    }
    header_bytes = json.dumps(header, ensure_ascii=False, indent=1).encode("utf-8")
    # AES-GCM as one stream: the same bytes as AESGCM.encrypt (ciphertext, then the 16-byte tag)
    encryptor = Cipher(algorithms.AES(key.key()), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(MAGIC + header_bytes)
    pieces = [memoryview(piece).cast("B") for piece in pieces]
    prefix = b"".join([MAGIC, struct.pack(">I", len(header_bytes)), header_bytes,
                       struct.pack(">Q", sum(len(piece) for piece in pieces) + 16)])  # fmt: skip
    hasher = _Hasher(prefix)
    try:
        yield prefix
        for piece in pieces:
            for start in range(0, len(piece), CHUNK):
                part = encryptor.update(piece[start : start + CHUNK])
                hasher.add(part)
                yield part
        tail = encryptor.finalize() + encryptor.tag
        hasher.add(tail)
        yield tail
        yield identity.sign(hasher.digest())
    finally:
        hasher.close()


class _Hasher:
    """SHA-256 of pieces handed to it, computed on a thread of its own in the order they came."""

    def __init__(self, first: bytes):
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._digest = hashlib.sha256(first)
        self._thread = Background(self._run)

    def _run(self) -> bytes:
        while (part := self._queue.get()) is not None:
            self._digest.update(part)
        return self._digest.digest()

    def add(self, part: bytes) -> None:
        self._queue.put(part)

    def digest(self) -> bytes:
        self._queue.put(None)
        return self._thread.result()

    def close(self) -> None:
        if self._thread._thread.is_alive():
            self._queue.put(None)


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
    return _checked_sender(data, _frame(data))


def _checked_sender(data, frame, digest: bytes | None = None) -> Sender:
    """The header's sender once the signature is checked; ``digest``: the signed part's SHA-256, if known."""
    header, _, _, body = frame
    sender = _sender(header)
    if not verify(sender.public_key, bytes(data[len(body) :]), digest or _digest(body)):
        raise DomainError(TAMPERED)
    if header.get("format") != FORMAT:
        raise DomainError(NOT_OURS)
    version = header.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DomainError(NEWER_FORMAT)
    return sender


def _early_key(header: dict, passphrase: str) -> Background | None:
    """The key derived on a second thread while the signature is checked, when the header asks for no more work
    than this version's own Argon2id (an unsigned file gets no more); None otherwise (derived after the checks)."""
    try:
        kdf = header["kdf"]
        if not (kdf["name"] == "argon2id" and int(kdf["memory_kib"]) <= ARGON2_MEMORY_KIB
                and int(kdf["iterations"]) <= ARGON2_ITERATIONS and int(kdf["lanes"]) <= ARGON2_LANES):  # fmt: skip
            return None
        derivation = _kdf_of(kdf)
    except (KeyError, TypeError, ValueError):
        return None
    return Background(derivation.derive, passphrase.encode("utf-8"))


def read_file(path: Path, first: Callable[[memoryview], None] | None = None) -> tuple[bytearray, bytes | None]:
    """A file's bytes, read a few mebibytes at a time, and the SHA-256 of what its signature covers (all but
    the last 64 bytes; None for a shorter file), computed on a second thread as the bytes come in.

    ``first`` is given the first part read, at once. The bytes are a ``bytearray``, which ``unseal`` decrypts
    in place. Raises OSError when the file cannot be read or changes its length while it is read."""
    with open(path, "rb", buffering=0) as handle:
        size = os.fstat(handle.fileno()).st_size
        data = bytearray(size)
        view = memoryview(data)
        signed = size - SIGNATURE_LENGTH
        hasher = _Hasher(b"") if signed > 0 else None
        try:
            at = 0
            while at < size:
                got = handle.readinto(view[at : at + READ_CHUNK])
                if not got:
                    raise OSError(f"{path}: the file got shorter while it was read")
                if hasher is not None and at < signed:
                    hasher.add(view[at : min(at + got, signed)])
                if first is not None and at == 0:
                    first(view[:got])
                at += got
            digest = hasher.digest() if hasher is not None else None
        finally:
            if hasher is not None:
                hasher.close()
    return data, digest


def _peek_header(head: memoryview) -> dict | None:
    """The header of a file's first bytes, when they hold a whole one (unchecked: for an early key only)."""
    at = len(MAGIC)
    if bytes(head[:at]) != MAGIC or len(head) < at + 4:
        return None
    (length,) = struct.unpack(">I", head[at : at + 4])
    if length > MAX_HEADER or len(head) < at + 4 + length:
        return None
    try:
        header = json.loads(bytes(head[at + 4 : at + 4 + length]).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return header if isinstance(header, dict) else None


def unseal_file(path: Path, passphrase: str, check_sender: Callable[[Sender], None] | None = None) -> Contents:
    """``unseal`` of a file on disk, in fewer passes over its bytes: they are hashed for the signature as they
    are read, the key is derived from the header's parameters meanwhile, the payload is decrypted in place,
    and the attachments are memoryviews of the decrypted zip (no copy). Raises OSError when it cannot be read.
    """
    early: list[tuple[dict, Background | None]] = []

    def first(head: memoryview) -> None:
        header = _peek_header(head)
        if header is not None:
            early.append((header, _early_key(header, passphrase)))

    try:
        data, digest = read_file(path, first)
        frame = _frame(data)
        key = early[0][1] if early and early[0][0] == frame[0] else _early_key(frame[0], passphrase)
        return _unseal(data, frame, passphrase, check_sender, key, digest, views=True)
    finally:
        for _, derivation in early:
            if derivation is not None:
                derivation.wait()  # never leave a derivation running


def unseal(data: bytes, passphrase: str, check_sender: Callable[[Sender], None] | None = None) -> Contents:
    """Check and decrypt a file. ``check_sender`` runs after the signature and before any decryption."""
    frame = _frame(data)
    return _unseal(data, frame, passphrase, check_sender, _early_key(frame[0], passphrase))


def _unseal(data, frame, passphrase: str, check_sender: Callable[[Sender], None] | None, early: Background | None,
            digest: bytes | None = None, views: bool = False) -> Contents:  # fmt: skip
    """``unseal`` of a framed file. ``early``: the key being derived (None: derived here, after the checks);
    ``digest``: the SHA-256 of all but the file's last 64 bytes, when the caller computed it as it read them.
    A ``bytearray`` is decrypted in place (afterwards its bytes are the zip's, or garbage after a wrong
    passphrase); ``views``: the attachments' entries are memoryviews of the decrypted zip.
    """
    header, header_bytes, payload, _ = frame
    try:
        sender = _checked_sender(data, frame, digest)
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
        key = early.result() if early is not None else kdf.derive(passphrase.encode("utf-8"))
    finally:
        if early is not None:
            early.wait()  # never leave the derivation running
    if len(payload) < 16:
        raise DomainError(WRONG_PASSPHRASE)
    # the same check as AESGCM.decrypt, as one stream (no copy of the ciphertext without its tag)
    decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, bytes(payload[-16:]))).decryptor()
    decryptor.authenticate_additional_data(MAGIC + header_bytes)
    try:
        plain = _decrypted(decryptor, payload[:-16])
        decryptor.finalize()
    except InvalidTag:
        raise DomainError(WRONG_PASSPHRASE) from None
    return Contents(sender, created_at, read_zip(plain, views))


def _decrypted(decryptor, cipher_text: memoryview):
    """The plain text: in place of a writable cipher text (a mebibyte at a time through a scratch buffer, each
    part written back behind where it was read), else as new bytes."""
    if cipher_text.readonly:
        return decryptor.update(cipher_text)
    scratch = bytearray(CHUNK + 15)  # update_into wants room for a block more than it is given
    written = memoryview(scratch)
    out = 0
    for start in range(0, len(cipher_text), CHUNK):
        got = decryptor.update_into(cipher_text[start : start + CHUNK], scratch)
        cipher_text[out : out + got] = written[:got]
        out += got
    return cipher_text[:out]


class _ViewFile(io.RawIOBase):
    """A seekable, read-only file over a memoryview (``io.BytesIO`` would copy a buffer that is not bytes)."""

    def __init__(self, view: memoryview):
        super().__init__()
        self._view = view
        self._at = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._at, io.SEEK_END: len(self._view)}[whence]
        self._at = max(0, base + offset)
        return self._at

    def readinto(self, buffer) -> int:
        part = self._view[self._at : self._at + len(buffer)]
        memoryview(buffer).cast("B")[: len(part)] = part
        self._at += len(part)
        return len(part)


def read_zip(plain, views: bool = False) -> dict[str, bytes]:
    """The entries of the inner zip, refusing odd names (paths), duplicates, and bombs (sizes checked as read).

    ``views``: an attachment's entry is a memoryview of ``plain`` instead of a copy of its bytes."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain) if isinstance(plain, bytes) else _ViewFile(memoryview(plain)))
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
    view = memoryview(plain)
    files = [info for info in infos if _is_stored_file(info)]
    apart = {info.filename for info in files}
    # the attachments (named by their SHA-256) checked against their names on a second thread while the JSON
    # entries are inflated here: both release the GIL
    checking = Background(lambda: dict(zip((info.filename for info in files), in_two(files, _file_of(view, views)))))
    try:
        entries = {}
        for info in infos:
            if info.filename in apart:
                continue
            entries[info.filename] = _entry(archive, view, info)
    finally:
        checking.wait()
    entries.update(checking.result())  # each entry as long as declared: in all no more than MAX_TOTAL
    return {info.filename: entries[info.filename] for info in infos}


def _is_stored_file(info: zipfile.ZipInfo) -> bool:
    return info.filename.startswith("files/") and info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 0x1


def _file_of(view: memoryview, as_view: bool) -> Callable[[zipfile.ZipInfo], bytes]:
    """A stored attachment's bytes, checked against the SHA-256 its name gives (which also covers what the
    entry's CRC-32 would check: one pass over the bytes instead of two)."""

    def read(info: zipfile.ZipInfo) -> bytes:
        try:
            data = _stored(view, info, check_crc=False, as_view=as_view)
        except (zipfile.BadZipFile, ValueError) as error:
            raise DomainError(HOSTILE.format(reason=f"uszkodzona część „{info.filename}”")) from error
        if hashlib.sha256(data).hexdigest() != info.filename[len("files/") :]:
            raise DomainError(TAMPERED)
        return data

    return read


def _entry(archive: zipfile.ZipFile, view: memoryview, info: zipfile.ZipInfo) -> bytes:
    """One entry's bytes, its CRC-32 and size checked; an attachment's also against the SHA-256 it is named by."""
    try:
        if info.compress_type == zipfile.ZIP_STORED and not info.flag_bits & 0x1:
            data = _stored(view, info)  # the bytes as they lie in the archive: one copy, its CRC checked
        else:
            with archive.open(info) as handle:
                data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as error:
        raise DomainError(HOSTILE.format(reason=f"uszkodzona część „{info.filename}”")) from error
    if len(data) != info.file_size:
        raise DomainError(HOSTILE.format(reason=f"część „{info.filename}” ma inny rozmiar niż podany"))
    if info.filename.startswith("files/") and hashlib.sha256(data).hexdigest() != info.filename[len("files/") :]:
        raise DomainError(TAMPERED)
    return data


def _stored(view: memoryview, info: zipfile.ZipInfo, check_crc: bool = True, as_view: bool = False):
    """An entry stored without compression, read from its local header as ``zipfile`` reads it (its CRC-32
    checked unless the caller checks the bytes otherwise)."""
    at = info.header_offset
    local = bytes(view[at : at + LOCAL_HEADER.size])
    if len(local) != LOCAL_HEADER.size:
        raise zipfile.BadZipFile("truncated local header")
    fields = LOCAL_HEADER.unpack(local)
    if fields[0] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local header")
    name_length, extra_length = fields[-2], fields[-1]
    start = at + LOCAL_HEADER.size
    if bytes(view[start : start + name_length]) != info.orig_filename.encode(
        "utf-8" if info.flag_bits & 0x800 else "cp437"
    ):
        raise zipfile.BadZipFile("the local header names another entry")
    start += name_length + extra_length
    if info.compress_size != info.file_size or start + info.compress_size > len(view):
        raise zipfile.BadZipFile("bad size")
    data = view[start : start + info.compress_size]
    if not as_view:
        data = bytes(data)
    if check_crc and zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile("bad CRC")
    return data
