"""The YAML loader: values, positions, and the located problems of unreadable files."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from generator.dataset import load_dataset
from generator.load import MAX_FILE_BYTES, load_file
from generator.problems import DataError


def load(tmp_path: Path, text: str | bytes):
    path = tmp_path / "file.yml"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return load_file(path, tmp_path)


def problems(tmp_path: Path, text: str | bytes) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(tmp_path, text)
    return [str(problem) for problem in caught.value.problems]


def test_values_keep_their_line_and_column(tmp_path):
    document = load(tmp_path, "title: Talks\nitems:\n  - name: one\n  - name: two\n")
    assert document.data == {"title": "Talks", "items": [{"name": "one"}, {"name": "two"}]}
    assert document.locate(("items", 1, "name")) == (4, 11)
    assert document.locate(("items", 1, "name"), key=True) == (4, 5)
    assert document.locate(("items", 1, "missing")) == (4, 5)  # falls back to the enclosing value


def test_scalars_follow_yaml_1_2_so_words_stay_words(tmp_path):
    document = load(tmp_path, "a: no\nb: on\nc: true\nd: 14\ne: 1.5\nf: 2019-05-28\ng: ~\nh: '14'\ni: 1_000\n")
    assert document.data == {
        "a": "no",
        "b": "on",
        "c": True,
        "d": 14,
        "e": 1.5,
        "f": "2019-05-28",
        "g": None,
        "h": "14",
        "i": "1_000",
    }


def test_duplicate_keys_are_reported_where_they_repeat(tmp_path):
    assert problems(tmp_path, "name: a\nother: b\nname: c\n") == [
        "file.yml:3:1: error: field 'name' appears twice in the same place "
        "(it was first set on line 1; keep one of them)"
    ]


def test_tags_that_construct_objects_are_refused(tmp_path):
    assert problems(tmp_path, "name: !!python/object/apply:os.system ['echo hi']\n") == [
        "file.yml:1:7: error: YAML tag '!!python/object/apply:os.system' is not allowed "
        "(remove the tag: data files hold plain text, numbers, lists and fields)"
    ]


def test_an_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    found = problems(tmp_path, "\n".join(lines) + "\n")
    # Expanded, the bomb holds 9**9 (387 million) values: minutes and gigabytes. Refused, it takes a
    # fraction of a second; the bound is wide so that a busy machine never fails it (it did at 0.5 s).
    assert time.perf_counter() - started < 30
    assert len(found) == 1 and "too many values (aliases expand beyond the limit)" in found[0]


def test_syntax_errors_are_located_and_explained(tmp_path):
    assert problems(tmp_path, "title: Talks: in Moscow\n") == [
        "file.yml:1:13: error: YAML syntax: a colon followed by a space starts a new field "
        "(put the whole value in double quotes if it contains ': ')"
    ]


def test_tabs_get_a_hint(tmp_path):
    found = problems(tmp_path, "items:\n\t- one\n")
    assert found[0].startswith("file.yml:2:1: error: YAML syntax:")
    assert "tabs" in found[0]


def test_empty_and_comment_only_files_are_reported(tmp_path):
    expected = ["file.yml:1:1: error: file is empty (fill in the fields, or delete the file if it is not needed)"]
    assert problems(tmp_path, "") == expected
    assert problems(tmp_path, "# just a comment\n") == expected


def test_text_that_is_not_utf8_is_located(tmp_path):
    assert problems(tmp_path, b"title: ok\nname: caf\xe9\n") == [
        "file.yml:2:10: error: file is not valid UTF-8 text (save the file with UTF-8 encoding)"
    ]


def test_oversized_files_are_refused_before_parsing(tmp_path):
    found = problems(tmp_path, "a: " + "x" * MAX_FILE_BYTES + "\n")
    assert found[0].startswith("file.yml:1:1: error: file is too large")


def test_more_than_one_document_is_refused(tmp_path):
    found = problems(tmp_path, "a: 1\n---\nb: 2\n")
    assert found == [
        "file.yml:2:1: error: YAML syntax: the file holds more than one YAML document "
        "(remove the '---' line: one file holds one document)"
    ]


def test_control_characters_are_located(tmp_path):
    assert problems(tmp_path, "title: ok\nname: a\x1fb\n") == [
        "file.yml:2:8: error: the character U+001F is not allowed here "
        "(delete it: it is invisible, and often comes with pasted text)"
    ]


def test_links_devices_and_oversized_texts_are_problems_and_never_read(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=do-not-publish\n", encoding="utf-8")
    sources = project / "data" / "sources"
    (sources / "rferl-2019-05-28.txt").unlink()
    (sources / "rferl-2019-05-28.txt").symlink_to(secret)
    (project / "data" / "people" / "leak.yml").symlink_to("/dev/zero")
    shutil.move(project / "data" / "glossary", tmp_path / "glossary")
    (project / "data" / "glossary").symlink_to(tmp_path / "glossary")
    _, problems = load_dataset(project)
    found = [str(problem) for problem in problems]
    assert "data/glossary:1:1: error: is a link, not a folder (replace it with the folder itself)" in found
    assert "data/people/leak.yml:1:1: error: is a link or a special file, not a file of text" in "\n".join(found)
    assert any(line.startswith("data/sources/rferl-2019-05-28.txt:1:1: error: is a link") for line in found)
    assert "do-not-publish" not in "\n".join(found)
    (sources / "rferl-2019-05-28.txt").unlink()
    (sources / "rferl-2019-05-28.txt").write_bytes(b"words " * 1_000_000)
    _, problems = load_dataset(project)
    assert "data/sources/rferl-2019-05-28.txt:1:1: error: file is too large (6,000,000 bytes)" in "\n".join(
        map(str, problems)
    )
