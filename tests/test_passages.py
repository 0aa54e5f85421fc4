"""Passages that support a claim (generator/passages.py) and the `cite` command."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.models import Citation
from generator.passages import SourceIndex, best_passages, claim_keys, split_sentences, word_keys
from generator.quotes import normalise

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "rferl-2019-05-28"
TEXT = (ROOT / "data" / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8")


def test_words_count_as_their_stems_and_numbers_as_numbers():
    assert word_keys("negotiators") == word_keys("negotiator")
    assert word_keys("eight") == word_keys("8") == ("8",)
    assert word_keys("14,000") == ("14000",)
    assert word_keys("14-member") == ("14", *word_keys("members"))
    assert word_keys("100th") == ("100",)
    assert word_keys("the") == ()
    assert claim_keys("The talks, the talks and the delegation") == [*word_keys("talks"), *word_keys("delegation")]


def test_the_best_passage_is_the_clause_carrying_the_claim():
    index = SourceIndex(TEXT)
    best = best_passages(index, "Russia called for the complete withdrawal of international forces")
    # The shortest span carrying the claim, grown to its clause: it never stops mid-phrase.
    assert (
        best[0].text
        == "Russia has called for the complete withdrawal of international forces from the war-ravaged country"
    )
    assert best[0].coverage == 1.0
    assert [p.coverage for p in best] == sorted((p.coverage for p in best), reverse=True)


def test_passages_are_exact_words_of_the_source_never_overlapping_nor_over_a_line_break():
    index = SourceIndex(TEXT)
    for claim in ("Two women were present at the talks", "about 14,000 U.S. troops", "Lavrov welcomed the delegation"):
        passages = best_passages(index, claim, n=5)
        assert passages
        for passage in passages:
            assert passage.text in TEXT and "\n" not in passage.text
            Citation(source=SOURCE, quote=passage.text)  # at least three words: the checks accept it
        spans = sorted((p.first, p.last) for p in passages)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans))


def test_a_number_in_words_finds_the_same_number_in_digits():
    index = SourceIndex("The report was short.\nThe ministry said 8 schools were closed on Monday.")
    assert (
        best_passages(index, "eight schools closed", n=1)[0].text == "The ministry said 8 schools were closed on Monday"
    )


def test_sentences_do_not_end_at_abbreviations():
    sentences = split_sentences('The U.S. envoy met Mr. Smith in Doha. "We talked," he said.\nA new line.')
    assert [s.text for s in sentences] == [
        "The U.S. envoy met Mr. Smith in Doha.",
        '"We talked," he said.',
        "A new line.",
    ]
    assert all(TEXT[s.start : s.end] == s.text for s in SourceIndex(TEXT).sentences())
    dated = split_sentences("He takes office on Dec. 10. The polls closed on Sept. 3.")
    assert [s.text for s in dated] == ["He takes office on Dec. 10.", "The polls closed on Sept. 3."]


def test_cite_prints_yaml_ready_to_paste(capsys):
    assert main(["cite", SOURCE, "Russia called for the withdrawal of international forces", "--root", str(ROOT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cite:\n  # 1 of 2: carries 100% of the claim's words in ")
    cites = yaml.safe_load(out)["cite"]
    assert len(cites) == 2  # a third passage would carry too little of the claim to be an alternative
    for cite in cites:
        Citation.model_validate(cite)
        assert normalise(cite["quote"]) in normalise(TEXT)


def test_cite_json_and_count(capsys):
    assert main(["cite", SOURCE, "the ambassador to Pakistan", "--json", "-n", "2", "--root", str(ROOT)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["rank"] for item in items] == [1, 2]
    assert set(items[0]) == {"rank", "coverage", "words", "source", "quote"}
    assert items[0]["quote"] == "the ambassador to Pakistan"  # its clause: from the comma before it


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["cite", "rferl-2019-05", "a claim of words"],
            "error: unknown source 'rferl-2019-05' (known sources closest to it: rferl-2019-05-28)\n",
        ),
        (["cite", SOURCE, "  "], "error: the claim is empty: give its words in quotes\n"),
    ],
)
def test_cite_errors_are_one_line(argv, message, capsys):
    assert main([*argv, "--root", str(ROOT)]) == 2
    captured = capsys.readouterr()
    assert captured.err == message and captured.out == ""


def test_a_passage_starts_and_ends_at_its_clause_never_inside_a_name():
    text = (
        "In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, "
        "cease the bombing of insurgent territory and cooperate with American intelligence agents."
    )
    best = best_passages(SourceIndex(text), "Sudan will cease bombing insurgent territory", 3)
    assert best[0].text.startswith("stop supporting rebels") and best[0].text.endswith("intelligence agents")
    assert all(not passage.text.startswith("Sudan, cease") for passage in best)


def test_a_passage_runs_through_an_abbreviation_to_the_clause_end():
    text = (
        "Both companies have come under fire from activist tech workers. Microsoft in 2017 announced a "
        "multi-year deal to sell cloud services to U.S. energy giant Chevron Corp . Then it said more."
    )
    [best] = best_passages(SourceIndex(text), "Microsoft deal cloud services U.S. energy", 1)
    assert best.text.endswith("U.S. energy giant Chevron Corp")  # "U.S." ends no clause


def test_a_quotation_inside_a_clause_is_part_of_it_and_never_left_open():
    text = (
        'In an interview, Mr Obama said it was "distressing" not to have made progress on the issue '
        '"even in the face of repeated mass killings". Critics called it a "deal with the devil, '
        'a betrayal," said Mr. Reeves.'
    )
    best = best_passages(SourceIndex(text), "Obama distressing no progress on the issue despite mass killings", 1)
    assert best[0].text == (
        'Mr Obama said it was "distressing" not to have made progress on the issue '
        '"even in the face of repeated mass killings"'
    )
    [devil] = best_passages(SourceIndex(text), "Critics called it a deal with the devil", 1)
    assert devil.text == 'Critics called it a "deal with the devil, a betrayal,"'  # on to the mark closing it
