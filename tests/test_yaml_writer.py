"""What the generator writes for editors loads back, with the project's loader, to the same values."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.load import load_file
from generator.yaml_writer import dump

_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=160)
_awkward = st.sampled_from(["no", "1.5", "2019", "2019-05-28", "a\u2028b", "x\x85y", "- item", "key: value", " lead"])
_scalars = st.one_of(_text, _awkward, st.integers(-(10**6), 10**6), st.booleans())
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.from_regex(r"[a-z_]{1,10}", fullmatch=True), inner, max_size=4)
    ),
    max_leaves=12,
)
_documents = st.dictionaries(st.from_regex(r"[a-z_]{1,10}", fullmatch=True), _values, min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(_documents)
@example({"_": "\ufffe\U00010000"})  # a noncharacter beside a character beyond U+FFFF: escaped one by one
@example({"_": ["A,\U00010000"]})  # quoted in a list for its comma: the same escapes, no JSON surrogates
def test_what_is_written_loads_back_as_it_was(tmp_path_factory, document):
    path = tmp_path_factory.mktemp("yaml") / "written.yml"
    path.write_text(dump(document, ["a comment"]), encoding="utf-8")
    assert load_file(path, path.parent).data == document


def test_long_text_is_folded_and_short_lists_are_bracketed():
    written = dump({"text": "word " * 40 + "end", "topics": ["Afghanistan", "Peace talks"], "empty": []})
    assert written.startswith("text: >-\n  word word")
    assert "topics: [Afghanistan, Peace talks]\nempty: []\n" in written


def test_comments_and_blank_lines_leave_the_values_as_they_were(tmp_path):
    from generator.yaml_writer import Commented

    document = {"cite": Commented([Commented({"source": "a", "quote": "b c d"}, ("1 of 1",))], ("", "the best first"))}
    path = tmp_path / "written.yml"
    path.write_text(dump(document, ["a comment"]), encoding="utf-8")
    assert path.read_text(encoding="utf-8") == (
        "# a comment\n\n# the best first\ncite:\n  # 1 of 1\n  - source: a\n    quote: b c d\n"
    )
    assert load_file(path, tmp_path).data == {"cite": [{"source": "a", "quote": "b c d"}]}
