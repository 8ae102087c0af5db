"""The .wjst file: framed, encrypted with a passphrase, signed by the installation's key; every bad file refused.

Each refusal is checked against the receiving store: every row of every table is the same before and after,
and no backup copy was made (a refusal comes before the import starts).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import struct
import uuid
import zipfile
from pathlib import Path

import pytest

from tests.exchange_support import PASSPHRASE, copy_store, jst_id_of, make_full_demo
from tests.unit.test_migrations import all_rows
from wsparcie_desktop.db.backup import backups_dir
from wsparcie_desktop.errors import DomainError
from wsparcie_desktop.exchange import container, keys, service
from wsparcie_desktop.exchange.keys import Identity


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return make_full_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite")


@pytest.fixture(scope="module")
def sent(demo_template, tmp_path_factory):
    """Installation A (the demo) and the file it exported."""
    folder = tmp_path_factory.mktemp("a")
    a = copy_store(demo_template, folder / "a.sqlite")
    result = service.export_jst(a, jst_id_of(a), folder / "zalesie.wjst", PASSPHRASE)
    a.close()
    return folder / "a.sqlite", result.path


@pytest.fixture
def receiver(db, db_path):
    """Installation B: an empty store. Yields (db, a function asserting that nothing changed)."""
    before = all_rows(db_path)

    def unchanged() -> None:
        assert all_rows(db_path) == before
        assert not backups_dir(db_path).exists() or not any(backups_dir(db_path).iterdir())

    return db, unchanged


def refused(db, path: Path, passphrase: str = PASSPHRASE, **kwargs) -> str:
    with pytest.raises(DomainError) as caught:
        service.read_package(db, path, passphrase, **kwargs)
    return caught.value.message


def entries_of(path: Path) -> dict[str, bytes]:
    return container.unseal(path.read_bytes(), PASSPHRASE).entries


def identity_of(db_file: Path) -> Identity:
    return keys.load_or_create(db_file)


def forge(tmp_path: Path, entries: dict[str, bytes], identity: Identity, name: str = "forged.wjst") -> Path:
    path = tmp_path / name
    path.write_bytes(container.pack(entries, PASSPHRASE, identity))
    return path


# ---------------------------------------------------------------- what the file is


def test_the_file_is_framed_encrypted_and_signed_and_shows_no_personal_data(sent):
    a_file, path = sent
    data = path.read_bytes()
    assert data.startswith(container.MAGIC)
    (header_length,) = struct.unpack(">I", data[len(container.MAGIC) : len(container.MAGIC) + 4])
    header = json.loads(data[len(container.MAGIC) + 4 : len(container.MAGIC) + 4 + header_length])
    assert header["format"] == "wsparcie-jst-wymiana" and header["format_version"] == 2
    assert header["cipher"]["name"] == "AES-256-GCM" and header["kdf"]["name"] == "argon2id"
    # at least OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane
    assert header["kdf"]["memory_kib"] >= 19 * 1024 and header["kdf"]["iterations"] >= 2
    assert header["kdf"]["lanes"] == 1 and len(base64.b64decode(header["kdf"]["salt"])) == 16
    identity = identity_of(a_file)
    assert header["sender"]["fingerprint"] == identity.fingerprint
    assert header["sender"]["installation_id"] == identity.installation_id
    for clear in (b"Zalesie", b"zalesie.pl", b"person", b"manifest"):
        assert clear not in data, clear
    assert keys.verify(identity.public_bytes, data[-64:], hashlib.sha256(data[:-64]).digest())


def test_the_inside_is_a_zip_of_json_per_table_with_a_manifest_and_the_attachments(sent):
    _, path = sent
    entries = entries_of(path)
    manifest = json.loads(entries["manifest.json"])
    assert manifest["jst"]["name"] == "Gmina Zalesie"
    assert manifest["schema_revision"] and manifest["program"] == "Wsparcie JST"
    for table, count in manifest["counts"].items():
        rows = json.loads(entries[f"tables/{table}.json"])
        assert len(rows) == count
    people = json.loads(entries["tables/person.json"])
    assert all("id" not in row and len(row["uid"]) == 36 and len(row["jst_id"]) == 36 for row in people)
    files = [name for name in entries if name.startswith("files/")]
    assert len(files) == len(manifest["files"]) >= 2  # the coat of arms and the attachments


def test_the_key_pair_is_made_on_first_use_beside_the_data_file_and_kept(tmp_path):
    db_file = tmp_path / "wsparcie.sqlite"
    first = keys.load_or_create(db_file)
    path = Path(str(db_file) + keys.KEY_SUFFIX)
    assert path.is_file()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    again = keys.load_or_create(db_file)
    assert again.installation_id == first.installation_id and again.public_bytes == first.public_bytes
    assert len(first.fingerprint) == 19 and first.fingerprint.count(" ") == 3


def test_a_passphrase_shorter_than_eight_characters_is_refused_at_its_field(demo_template, tmp_path):
    a = copy_store(demo_template, tmp_path / "a.sqlite")
    with pytest.raises(DomainError) as caught:
        service.export_jst(a, jst_id_of(a), tmp_path / "x.wjst", "krótkie")
    assert caught.value.field == "passphrase" and not (tmp_path / "x.wjst").exists()
    a.close()


def test_the_first_import_records_the_senders_key_with_its_fingerprint(sent, db):
    a_file, path = sent
    package = service.read_package(db, path, PASSPHRASE)
    assert package.first_time and not package.new_key
    service.import_package(db, package)
    [peer] = service.known_senders(db)
    assert peer.fingerprint == identity_of(a_file).fingerprint and peer.last_import_at is not None
    assert not service.read_package(db, path, PASSPHRASE).first_time


# ---------------------------------------------------------------- refusals, the store unchanged


def test_a_wrong_passphrase_is_refused(sent, receiver):
    db, unchanged = receiver
    assert refused(db, sent[1], "inne hasło 123") == container.WRONG_PASSPHRASE
    unchanged()


@pytest.mark.parametrize("where", ["header", "payload-start", "payload-middle", "payload-end", "signature"])
def test_any_modified_byte_is_refused(sent, receiver, tmp_path, where):
    db, unchanged = receiver
    data = bytearray(sent[1].read_bytes())
    position = {
        "header": len(container.MAGIC) + 30,
        "payload-start": len(data) // 3,
        "payload-middle": len(data) // 2,
        "payload-end": len(data) - 70,
        "signature": len(data) - 10,
    }[where]
    data[position] ^= 0x01
    path = tmp_path / "changed.wjst"
    path.write_bytes(bytes(data))
    assert refused(db, path) in (container.TAMPERED, container.NOT_OURS, container.TRUNCATED)
    assert "Niczego nie zmieniono" in refused(db, path)
    unchanged()


@pytest.mark.parametrize("keep", [5, 30, 200, 0.5, -1])
def test_a_truncated_file_is_refused(sent, receiver, tmp_path, keep):
    db, unchanged = receiver
    data = sent[1].read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (len(data) + keep if keep < 0 else keep)
    path = tmp_path / "cut.wjst"
    path.write_bytes(data[:cut])
    assert refused(db, path) == container.TRUNCATED
    unchanged()


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n" + b"x" * 500, b"", b"PK\x03\x04" + b"\0" * 100, "Gmina;TERYT\nZalesie;1434052\n".encode("cp1250")],
    ids=["pdf", "empty", "zip", "csv"],
)
def test_a_file_that_is_not_ours_is_refused(receiver, tmp_path, content):
    db, unchanged = receiver
    path = tmp_path / "cudzy.wjst"
    path.write_bytes(content)
    assert refused(db, path) == container.NOT_OURS
    unchanged()


def test_a_file_from_a_newer_schema_is_refused(sent, receiver, tmp_path):
    db, unchanged = receiver
    entries = entries_of(sent[1])
    manifest = json.loads(entries["manifest.json"])
    manifest["schema_revision"] = "9999"
    entries["manifest.json"] = json.dumps(manifest).encode()
    path = forge(tmp_path, entries, identity_of(sent[0]))
    assert refused(db, path) == container.NEWER_FORMAT
    unchanged()


def test_a_file_of_a_newer_format_version_is_refused(sent, receiver, tmp_path):
    db, unchanged = receiver
    identity = identity_of(sent[0])
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", "{}")
    sealed = bytearray(container.seal(plain.getvalue(), PASSPHRASE, identity))
    text = bytes(sealed).replace(
        f'"format_version": {container.FORMAT_VERSION}'.encode(), b'"format_version": 7'
    )  # fmt: skip
    body = text[:-64]
    path = tmp_path / "newer.wjst"
    path.write_bytes(body + identity.sign(hashlib.sha256(body).digest()))
    assert refused(db, path) == container.NEWER_FORMAT
    unchanged()


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "/etc/passwd", "tables/../../x.json", "files\\..\\x", "C:/Windows/x.json", "x.exe"]
)
def test_a_path_traversal_or_unknown_name_in_the_archive_is_refused(sent, receiver, tmp_path, name):
    db, unchanged = receiver
    entries = entries_of(sent[1])
    entries[name] = b"{}"
    message = refused(db, forge(tmp_path, entries, identity_of(sent[0])))
    assert "niedozwolona nazwa" in message and "Niczego nie zmieniono" in message
    unchanged()


def test_a_zip_bomb_is_refused(sent, receiver, tmp_path):
    db, unchanged = receiver
    identity = identity_of(sent[0])
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("tables/person.json", b" " * (40 * 1024**2))
    assert len(plain.getvalue()) < 100_000
    path = tmp_path / "bomb.wjst"
    path.write_bytes(container.seal(plain.getvalue(), PASSPHRASE, identity))
    assert "bomba zip" in refused(db, path)
    unchanged()


def test_an_attachment_that_does_not_match_its_name_is_refused(sent, receiver, tmp_path):
    db, unchanged = receiver
    entries = entries_of(sent[1])
    name = next(n for n in entries if n.startswith("files/"))
    entries[name] = entries[name] + b"!"
    assert refused(db, forge(tmp_path, entries, identity_of(sent[0]))) == container.TAMPERED
    unchanged()


def test_a_file_signed_with_another_key_by_a_known_sender_is_flagged_before_anything_is_read(
    sent, db, db_path, tmp_path
):
    a_file, path = sent
    service.import_package(db, service.read_package(db, path, PASSPHRASE))
    before = all_rows(db_path)
    genuine = identity_of(a_file)
    impostor = Identity(genuine.installation_id, genuine.name, keys.Ed25519PrivateKey.generate())
    forged = forge(tmp_path, entries_of(path), impostor)
    with pytest.raises(service.KeyChangedError) as caught:
        service.read_package(db, forged, "a wrong passphrase, never tried")  # the key is checked first
    assert genuine.fingerprint in caught.value.message and impostor.fingerprint in caught.value.message
    assert all_rows(db_path) == before
    package = service.read_package(db, forged, PASSPHRASE, accept_new_key=True)
    assert package.new_key
    service.import_package(db, package)
    [peer] = service.known_senders(db)
    assert peer.fingerprint == impostor.fingerprint


def test_a_file_made_by_this_installation_is_refused(sent, receiver):
    a_file, path = sent
    from wsparcie_desktop.db.migrate import open_store

    a = open_store(a_file, backup=False)
    try:
        assert "tej samej instalacji" in refused(a, path)
    finally:
        a.close()


def test_a_file_whose_manifest_names_another_sender_than_its_signature_is_refused(sent, receiver, tmp_path):
    db, unchanged = receiver
    other = Identity(str(uuid.uuid4()), "Inny laptop", keys.Ed25519PrivateKey.generate())
    assert "niezgodny opis nadawcy" in refused(db, forge(tmp_path, entries_of(sent[1]), other))
    unchanged()


# ---------------------------------------------------------------- the key derivation, old and new


OLD_FILE = Path(__file__).resolve().parent.parent / "data" / "exchange_v1_scrypt.wjst"
OLD_PASSPHRASE = "stary format 2026"


def resigned(data: bytes, identity: Identity, change_header) -> bytes:
    """The file with its header changed by ``change_header(dict)`` and signed again by ``identity``."""
    at = len(container.MAGIC)
    (length,) = struct.unpack(">I", data[at : at + 4])
    header = json.loads(data[at + 4 : at + 4 + length])
    change_header(header)
    header_bytes = json.dumps(header).encode()
    rest = data[at + 4 + length : -64]
    body = container.MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + rest
    return body + identity.sign(hashlib.sha256(body).digest())


def test_a_file_of_format_version_1_with_its_scrypt_key_still_imports(db, tmp_path):
    """tests/data/exchange_v1_scrypt.wjst was written by the version that derived the key with scrypt."""
    from sqlalchemy import select

    from wsparcie_desktop.db import models as m

    data = OLD_FILE.read_bytes()
    header = json.loads(data[len(container.MAGIC) + 4 : len(container.MAGIC) + 4 + struct.unpack(">I", data[21:25])[0]])
    assert header["format_version"] == 1 and header["kdf"]["name"] == "scrypt" and header["kdf"]["n"] == 2**15
    with pytest.raises(DomainError) as caught:
        service.read_package(db, OLD_FILE, "niewłaściwe hasło")
    assert caught.value.message == container.WRONG_PASSPHRASE
    package = service.read_package(db, OLD_FILE, OLD_PASSPHRASE)
    assert package.jst_name == "Gmina Łąkowa"
    result = service.import_package(db, package)
    assert result.new_jst and result.added == 4
    with db.transaction() as s:
        person = s.scalars(select(m.Person)).one()
        school = s.scalars(select(m.School)).one()
        attachment = s.scalars(select(m.Attachment)).one()
        assert (person.full_name, person.phone, person.role_code) == ("Zofia Żurawska", "25 111 22 33", "decydent")
        assert (school.name, school.pupils, school.notes) == (
            "Szkoła Podstawowa w Łąkach", 143, "Zajęcia popołudniowe: świetlica do 17:00"
        )  # fmt: skip
        assert attachment.data == "Protokół: ąęść zażółć\n".encode() and attachment.jst_id == person.jst_id


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "memory_kib": 64 * 1024 * 1024, "iterations": 2, "lanes": 1},  # 64 GiB
        {"name": "argon2id", "memory_kib": 19456, "iterations": 10_000, "lanes": 1},
        {"name": "argon2id", "memory_kib": 19456, "iterations": 2, "lanes": 0},
        {"name": "scrypt", "n": 2**24, "r": 8, "p": 1},
        {"name": "pbkdf2", "iterations": 1},
    ],
)
def test_a_header_asking_for_an_unknown_or_hostile_key_derivation_is_refused_before_deriving(
    sent, receiver, tmp_path, kdf
):
    db, unchanged = receiver
    identity = identity_of(sent[0])

    def change(header):
        header["kdf"] = {**kdf, "salt": header["kdf"]["salt"]}

    path = tmp_path / "kdf.wjst"
    path.write_bytes(resigned(sent[1].read_bytes(), identity, change))
    assert refused(db, path) == container.NEWER_FORMAT
    unchanged()
