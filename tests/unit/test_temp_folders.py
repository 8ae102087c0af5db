"""Temporary folders a killed program left behind are removed at the next start; those in use are kept."""

from __future__ import annotations

import os
import time

from filelock import FileLock

from wsparcie_desktop.temp_folders import DEMO_PREFIX, PREVIEW_PREFIX, STALE_AFTER_SECONDS, remove_stale


def test_old_previews_go_and_fresh_ones_stay(tmp_path):
    old = tmp_path / f"{PREVIEW_PREFIX}old"
    fresh = tmp_path / f"{PREVIEW_PREFIX}fresh"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "hdr-1.pdf").write_bytes(b"%PDF")
    past = time.time() - STALE_AFTER_SECONDS - 60
    for path in (old / "hdr-1.pdf", old):
        os.utime(path, (past, past))
    other = tmp_path / "inny-program"
    other.mkdir()
    os.utime(other, (past, past))
    assert remove_stale(tmp_path) == [old]
    assert fresh.is_dir() and other.is_dir()


def test_a_demo_folder_goes_only_when_no_program_holds_it(tmp_path):
    abandoned = tmp_path / f"{DEMO_PREFIX}abandoned"
    in_use = tmp_path / f"{DEMO_PREFIX}in-use"
    for folder in (abandoned, in_use):
        folder.mkdir()
        (folder / "demo.sqlite").write_bytes(b"")
        (folder / "demo.sqlite.lock").write_bytes(b"")
    held = FileLock(in_use / "demo.sqlite.lock", timeout=0)
    held.acquire()
    try:
        assert remove_stale(tmp_path) == [abandoned]
        assert in_use.is_dir()
    finally:
        held.release()


def test_a_symlink_named_like_a_preview_is_not_followed(tmp_path):
    target = tmp_path / "dane"
    target.mkdir()
    (target / "gmina.sqlite").write_bytes(b"x")
    link = tmp_path / f"{PREVIEW_PREFIX}link"
    link.symlink_to(target)
    assert remove_stale(tmp_path, now=time.time() + 10 * STALE_AFTER_SECONDS) == []
    assert (target / "gmina.sqlite").exists()


def test_a_demo_folder_without_its_lock_yet_stays_until_a_day_old(tmp_path):
    """Another program's demo being built (its working folder 'wsparcie-demo-cke-…', or a folder made just
    before its lock) is not taken away from it."""
    import os
    import time

    building = tmp_path / f"{DEMO_PREFIX}cke-abcd1234"
    building.mkdir()
    (building / "wyniki_e8_2025.xlsx").write_bytes(b"x")
    assert remove_stale(tmp_path) == [] and building.is_dir()
    day_ago = time.time() - 2 * 24 * 3600
    for path in (building / "wyniki_e8_2025.xlsx", building):
        os.utime(path, (day_ago, day_ago))
    assert remove_stale(tmp_path) == [building]
