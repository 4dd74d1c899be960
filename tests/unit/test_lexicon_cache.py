"""The lexicon as built, kept in the cache folder: read back the same, never stale, never fatal."""

from __future__ import annotations

import os
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mingle.domain.introductions import concepts, lexicon_cache
from mingle.domain.introductions.concepts import LEXICON_FILES, Lexicon, build_lexicon
from mingle.domain.introductions.need_match import need_met_by


@pytest.fixture(scope="module")
def texts() -> dict[str, bytes]:
    folder = Path(concepts.__file__).parent
    return {name: (folder / name).read_bytes()
            for name in (*LEXICON_FILES, concepts.ENGLISH_WORDS)}


def _counting(texts: dict[str, bytes]) -> tuple[list[int], Callable[[], Lexicon]]:
    calls: list[int] = []

    def build() -> Lexicon:
        calls.append(1)
        return build_lexicon(texts)

    return calls, build


def test_a_built_lexicon_is_read_back_the_same(tmp_path: Path, texts: dict[str, bytes]) -> None:
    calls, build = _counting(texts)
    first = lexicon_cache.cached("k", build, Lexicon, tmp_path)
    second = lexicon_cache.cached("k", build, Lexicon, tmp_path)
    assert calls == [1]  # built once, then read
    assert second is not first
    assert second.concepts == first.concepts and second.phrases == first.phrases
    assert second.ancestors == first.ancestors and second.exact == first.exact
    # The stemmer is made again, and reading goes on as before.
    for word in ("bookkeepers", "photographers", "roasting", "bookeeper"):
        assert second.lookup(word) == first.lookup(word)
    assert second.related("investment", "funding") == first.related("investment", "funding")


def test_another_key_builds_again_and_the_newest_three_are_kept(
        tmp_path: Path, texts: dict[str, bytes]) -> None:
    calls, build = _counting(texts)
    for age, key in enumerate(("d", "c", "b")):  # three older ones, "d" the oldest
        lexicon_cache.cached(key, build, Lexicon, tmp_path)
        os.utime(tmp_path / f"lexicon-{key}.pickle", (1e9 + age * 100, 1e9 + age * 100))
    crashed = tmp_path / ".lexicon-left.pickle.1234.tmp"  # as the store's atomic write names it
    crashed.write_bytes(b"half")
    os.utime(crashed, (1e9, 1e9))
    lexicon_cache.cached("new", build, Lexicon, tmp_path)
    assert calls == [1, 1, 1, 1]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "lexicon-b.pickle", "lexicon-c.pickle", "lexicon-new.pickle"]


def test_a_file_others_may_write_is_not_read(tmp_path: Path, texts: dict[str, bytes]) -> None:
    calls, build = _counting(texts)
    lexicon_cache.cached("k", build, Lexicon, tmp_path)
    (tmp_path / "lexicon-k.pickle").chmod(0o666)
    lexicon_cache.cached("k", build, Lexicon, tmp_path)
    assert calls == [1, 1]  # built again, and written again as the user's own
    assert not (tmp_path / "lexicon-k.pickle").stat().st_mode & 0o022


def test_the_key_names_every_source_and_version() -> None:
    base = lexicon_cache.key_of([b"a", b"b"], ["cpython 3.11"])
    assert lexicon_cache.key_of([b"a", b"b"], ["cpython 3.11"]) == base
    assert lexicon_cache.key_of([b"a", b"b!"], ["cpython 3.11"]) != base
    assert lexicon_cache.key_of([b"ab"], ["cpython 3.11"]) != base  # parts are not run together
    assert lexicon_cache.key_of([b"a", b"b"], ["cpython 3.12"]) != base


@pytest.mark.parametrize("content", [b"", b"not a pickle at all", pickle.dumps({"a": 1}),
                                     b"\x80\x05\x95 cut short"])
def test_a_file_that_cannot_be_read_is_built_again_and_written(
        tmp_path: Path, texts: dict[str, bytes], content: bytes) -> None:
    (tmp_path / "lexicon-k.pickle").write_bytes(content)
    calls, build = _counting(texts)
    found = lexicon_cache.cached("k", build, Lexicon, tmp_path)
    assert calls == [1] and isinstance(found, Lexicon)
    assert isinstance(pickle.loads((tmp_path / "lexicon-k.pickle").read_bytes()), Lexicon)


def test_a_folder_that_cannot_be_written_keeps_nothing(tmp_path: Path,
                                                       texts: dict[str, bytes]) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    calls, build = _counting(texts)
    assert isinstance(lexicon_cache.cached("k", build, Lexicon, blocked / "cache"), Lexicon)
    assert lexicon_cache.cached("k", build, Lexicon, None) is not None
    assert calls == [1, 1]
    assert not any(p.suffix == ".tmp" for p in tmp_path.rglob("*"))


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(lexicon_cache.CACHE_ENV, str(tmp_path))
    assert lexicon_cache.cache_dir() == tmp_path
    monkeypatch.setenv(lexicon_cache.CACHE_ENV, "off")
    assert lexicon_cache.cache_dir() is None
    for unusable in ("~nosuchuser-of-this-machine/cache", "relative/cache"):
        monkeypatch.setenv(lexicon_cache.CACHE_ENV, unusable)
        assert lexicon_cache.cache_dir() is None
    monkeypatch.delenv(lexicon_cache.CACHE_ENV)
    assert lexicon_cache.cache_dir() is not None and "mingle" in str(lexicon_cache.cache_dir())


def test_the_shipped_lexicon_is_kept_in_the_tests_own_cache_folder(
        isolated_cache: Path) -> None:
    assert os.environ[lexicon_cache.CACHE_ENV] == str(isolated_cache)
    concepts.lexicon()
    assert len(list(isolated_cache.glob("lexicon-*.pickle"))) == 1
    assert need_met_by("someone to do my books", "bookkeeping for small shops") is not None


def test_threads_asking_at_once_load_the_lexicon_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []

    def slow_load() -> object:
        time.sleep(0.05)
        built.append(object())
        return built[-1]

    monkeypatch.setattr(concepts, "_lexicon", None)
    monkeypatch.setattr(concepts, "_load", slow_load)
    got: list[object] = []
    threads = [threading.Thread(target=lambda: got.append(concepts.lexicon())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1
    assert got == built * 4
