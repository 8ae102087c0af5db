"""Writing a finished PDF to the user's chosen path without ever leaving half a file there.

The bytes go to a temporary file in the same folder first and then replace the destination in one step
(``os.replace``), so a full disk, a crash or a locked file leaves the old file, or nothing, but never a
truncated PDF. Every failure becomes a :class:`DomainError` whose Polish message names the path.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from wsparcie_desktop.errors import DomainError


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Put ``data`` at ``path``; raise DomainError (Polish, with the path) when the system refuses."""
    return write_atomically_from(path, (data,))


def write_atomically_from(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> Path:
    """``write_atomically`` for bytes made piece by piece (a large file is never held whole in memory twice)."""
    target = Path(path)
    folder = target.parent
    temp = folder / f".{target.name[:60]}.{secrets.token_hex(4)}.tmp"
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        handle = os.open(temp, flags, 0o666)  # the umask gives the usual permissions, as for any new file
        try:
            with os.fdopen(handle, "wb") as stream:
                for chunk in chunks:
                    stream.write(chunk)
                stream.flush()
                os.fsync(stream.fileno())
        except BaseException:
            _remove_quietly(temp)
            raise
        try:
            os.replace(temp, target)
        except BaseException:
            _remove_quietly(temp)
            raise
    except OSError as exc:
        raise DomainError(write_error_message(target, exc), field="path") from exc
    return target


def write_error_message(path: Path, exc: OSError) -> str:
    """'Nie udało się zapisać pliku „…”: <why>. <what to do>.' — the text the user reads."""
    return f"Nie udało się zapisać pliku „{path}”: {_reason(exc)}. Wybierz inne miejsce lub inną nazwę pliku."


def _reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "pod tą nazwą istnieje folder"
    if isinstance(exc, FileNotFoundError):
        return "folder nie istnieje"
    if isinstance(exc, PermissionError):
        return "brak uprawnień do zapisu w tym folderze albo plik jest otwarty w innym programie"
    if exc.errno == errno.EROFS:
        return "dysk lub folder jest tylko do odczytu"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "brak miejsca na dysku"
    if exc.errno == errno.ENAMETOOLONG:
        return "nazwa pliku jest za długa"
    if exc.errno == errno.ENOTDIR:
        return "część ścieżki nie jest folderem"
    return f"błąd systemu ({exc.strerror or exc})"


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
