"""`draft`: candidates with exact quotes, names matched across spellings, inferred years, the
ambiguity report, drafts kept out of the site, and `check` listing what drafts leave to review."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.__main__ import main
from generator.build import build
from generator.draft.dates import dates_in, event_title
from generator.draft.figures import figures_in
from generator.draft.names import find_new, name_key
from generator.load import load_file
from generator.models import PartialDate
from generator.quotes import normalise

SOURCE = "rferl-2019-05-28"
SECTIONS = ["people", "organisations", "terms", "issues", "figures", "timeline", "quotations"]


def run(project: Path, *argv: str) -> int:
    return main([*argv, "--root", str(project)])


def add_source(project: Path, source_id: str, text: str, published: str = "2020-02-29") -> None:
    folder = project / "data" / "sources"
    (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
    (folder / f"{source_id}.yml").write_text(
        f"outlet: Test Wire\nurl: https://example.org/{source_id}\npublished: {published}\n", encoding="utf-8"
    )


def drafted(project: Path, source_id: str, text: str, published: str):
    """The candidates the drafter finds in a source of this text and date."""
    from generator.draft.candidates import collect

    add_source(project, source_id, text, published)
    return collect(project, [source_id])


def said_by(draft) -> dict[str, str | None]:
    """Each quotation the drafter found, and the record of its speaker."""
    return {str(q.fields["words"]): q.fields["speaker"] for q in draft.quotations.values()}


def terms_of(text: str, names: list[tuple[int, int]] | None = None) -> set[str]:
    """The glossary candidates the drafter finds in a text, as words."""
    from generator.draft.terms import terms_in

    return {mention.term for mention in terms_in(text, names or [])}


def test_json_has_every_section_and_every_quote_is_in_the_source(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == SECTIONS
    text = normalise((project / "data" / "sources" / f"{SOURCE}.txt").read_text(encoding="utf-8"))
    for section in SECTIONS:
        assert out[section], section
        for item in out[section]:
            assert item["cite"]
            for cite in item["cite"]:
                assert cite["source"] == SOURCE
                assert normalise(cite["quote"]) in text and len(cite["quote"].split()) >= 3
    people = {p["id"]: p for p in out["people"]}
    assert people["omar-zakhilwal"]["role"] == "the ambassador to Pakistan"
    assert people["sergei-lavrov"]["role"] == "Foreign Minister"
    speakers = [q["speaker"] for q in out["quotations"]]
    assert speakers == ["sergei-lavrov"] * 3 + ["abdul-ghani-baradar"] * 2  # his "committed to peace" too
    figures = {(f["value"], f["qualifier"]) for f in out["figures"]}
    assert {(14000, "about"), (23, "at least"), (23000, None), (14, None)} <= figures


def test_two_runs_give_the_same_bytes(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow", "--json") == 0
    first = ((project / "data" / "drafts" / "moscow.yml").read_bytes(), capsys.readouterr().out)
    assert run(project, "draft", SOURCE, "--slug", "moscow", "--json", "--force") == 0
    assert ((project / "data" / "drafts" / "moscow.yml").read_bytes(), capsys.readouterr().out) == first


def test_years_left_out_are_inferred_from_the_article_date(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow", "--json") == 0
    timeline = {t["date"]: t for t in json.loads(capsys.readouterr().out)["timeline"]}
    assert timeline["2018-11"]["inferred"].endswith('says "in November"; the latest November before it was in 2018.')
    assert timeline["2019-09"]["status"] == "due" and timeline["2019-09"]["inferred"]
    assert timeline["1919"]["inferred"] and timeline["2018"]["inferred"]
    assert timeline["2001-09-11"]["inferred"] is None and timeline["1989"]["inferred"] is None
    draft = load_file(project / "data" / "drafts" / "moscow.yml", project).data
    assert {"date": "2018-11", "inferred": timeline["2018-11"]["inferred"]} in [e["date"] for e in draft["timeline"]]


def test_dates_months_and_decades():
    published = PartialDate.parse("2019-05-28")
    found = dates_in("It was due in April, as in the 1990s and on 3 March 2004.", published)
    assert [(d.date.form, bool(d.inferred)) for d in found] == [
        ("2020-04", True),
        ("1990s", False),
        ("2004-03-03", False),
    ]
    assert dates_in("It may rain.", published) == []


def test_a_timeline_event_is_titled_by_the_clause_that_dates_it():
    published = PartialDate.parse("2015-07-24")

    def titles(sentence: str) -> list[str | None]:
        return [event_title(sentence, mention) for mention in dates_in(sentence, published)]

    assert titles("After nine churchgoers were killed in South Carolina in June, he admitted defeat.") == [
        "Nine churchgoers were killed in South Carolina"
    ]
    assert titles("Nine months ago, the president seemed like a spent force, after a beating.") == [
        "The president seemed like a spent force"
    ]
    assert titles("Mr. Warner called last year's tax bill a mistake.") == ["Mr. Warner called tax bill a mistake"]
    assert titles("It rained in 1990.") == [None]  # two words say nothing: the editor titles it
    long = titles("In 2012 the company began to charge each of its many business units a fee for their carbon")
    assert long == ["The company began to charge each of its many business units"]  # at most twelve, none dangling


def test_figures_qualifiers_and_what_they_count():
    found = figures_in("More than 300 people and nearly two decades later, eight schools and a 5,000-strong force.", [])
    assert [(f.value, f.qualifier, f.label) for f in found] == [
        (300, "more than", "people"),
        (8, None, "schools"),
        (5000, None, "force"),
    ]


def test_a_short_label_grows_by_what_the_sentence_says_of_it():
    def found(sentence: str) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, [])]

    assert found("After nine churchgoers were killed in South Carolina in June, he spoke.") == [
        (9, None, "churchgoers killed in South Carolina in June")
    ]
    assert found("The broader halibut fleet numbers about 100 vessels.") == [
        (100, "about", "vessels: broader halibut fleet numbers")
    ]
    assert found("It includes more than 335,000 articles, written by volunteers.") == [
        (335_000, "more than", "articles written by volunteers")
    ]


def test_spans_of_time_and_shares_are_figures_dates_and_names_are_not():
    def found(sentence: str, dates: list[tuple[int, int]] | None = None) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, dates or [])]

    assert found("Children grew up during the eight years of his presidency.") == [(8, None, "years of his presidency")]
    assert found("They must keep metadata for two years.") == [(2, None, "years: keep metadata")]
    assert found("It happened two years ago, in the 10-year Treasury note.") == []
    assert found("They make up two-thirds of the total research staff.") == [
        (0.667, None, "share of the total research staff")
    ]
    assert found("Whales beached on Ninety Mile Beach, and the two brands merged.") == []
    assert found("The shares are worth six times the value of the cash.") == [(6, None, "times the value of the cash")]
    assert found("It has 450 brands, double the number in 2017.")[1:] == [(2, None, "times the number in 2017")]
    assert found("Interest payments are expected to triple over the next decade.") == [
        (3, None, "times: Interest payments")
    ]
    assert found("It has twice as many stores as in 2019.") == [(2, None, "times as many stores as in 2019")]
    assert found("It is a double standard, and she has been arrested twice.") == []  # no multiple of anything
    assert found("He had 18 months left in power.", [(6, 26)]) == [(18, None, "months left in power")]
    assert found("Retail sales, which totaled $726 billion in 2017, rose.") == [
        (726_000_000_000, None, "dollars: Retail sales")
    ]


def test_spelling_variants_share_a_key_and_acronyms_keep_their_capitals():
    assert name_key("al-Qaida") == name_key("Al Qaeda") == name_key("al-Qa'ida") == name_key("Al-Qaeda")
    assert name_key("Mohammad") == name_key("Muhammad") and name_key("Zakhilwāl") == name_key("Zakhilwal")
    assert name_key("U.S.") == name_key("US") != name_key("us")
    assert name_key("Taliban") != name_key("Pakistan")


def test_al_qaida_is_matched_to_the_al_qaeda_record(project, capsys):
    add_source(project, "wire-2020", "Officials said al-Qaida fighters had left the province.\n")
    assert run(project, "draft", "wire-2020", "--slug", "wire", "--json") == 0
    organisations = json.loads(capsys.readouterr().out)["organisations"]
    assert [(o["id"], o["name"], o["new"]) for o in organisations] == [("al-qaeda", "al-Qaida", False)]


QATAR = """\
name: Qatar
aliases: [Doha]
statements:
  - text: A country in the Gulf that hosted the talks.
    cite:
      - source: wire-2020
        quote: Talks were held in Doha
"""


def test_an_alias_used_as_a_place_is_reported_by_draft_and_by_check(project, capsys):
    add_source(project, "wire-2020", "Talks were held in Doha, Qatar, on Saturday.\n")
    (project / "data" / "organisations" / "qatar.yml").write_text(QATAR, encoding="utf-8")
    warning = (
        "wire-2020: the alias 'Doha' of organisations/qatar is used as a place here ('in Doha'): "
        "a link from it would point at the wrong thing"
    )
    assert run(project, "draft", "wire-2020", "--slug", "doha") == 0
    assert f"  {warning}\n" in capsys.readouterr().out
    (project / "data" / "drafts" / "doha.yml").unlink()
    assert run(project, "check") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Names that may link to the wrong record:\n  {warning}\n")


def test_an_alias_two_records_share_is_reported(project, capsys):
    shutil.copy(project / "data" / "people" / "hamid-karzai.yml", project / "data" / "people" / "karzai-2.yml")
    assert run(project, "check") == 0
    assert "the name 'Karzai' belongs to more than one record: people/hamid-karzai, people/karzai-2" in (
        capsys.readouterr().out
    )


def test_a_name_the_registry_lacks_is_proposed_with_its_role(project, capsys):
    add_source(project, "wire-2020", "The talks were led by Sheikh Mohammed Al Thani, the foreign minister of Qatar.\n")
    assert run(project, "draft", "wire-2020", "--slug", "wire", "--json") == 0
    captured = capsys.readouterr()
    people = json.loads(captured.out)["people"]
    assert [(p["id"], p["new"], p["role"]) for p in people] == [
        ("mohammed-al-thani", True, "the foreign minister of Qatar")
    ]
    assert "2 names match no record: Mohammed Al Thani, Qatar" in captured.err  # a country is listed too
    assert "proposed_records:\n  - person: mohammed-al-thani\n" in (project / "data" / "drafts" / "wire.yml").read_text(
        encoding="utf-8"
    )


def test_drafts_are_never_published(project, capsys):
    before = build(project, write=False).pages
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 0
    assert (project / "data" / "drafts" / "moscow.yml").is_file()
    assert build(project, write=False).pages == before


def test_check_lists_what_drafts_leave_to_review_without_failing(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 0
    capsys.readouterr()
    assert run(project, "check") == 0
    out = capsys.readouterr().out.splitlines()
    lines = (project / "data" / "drafts" / "moscow.yml").read_text(encoding="utf-8").splitlines()
    open_items = [n for n, line in enumerate(lines, 1) if "FILL IN" in line and not line.lstrip().startswith("#")]
    assert out[0] == "Drafts (never published; they do not fail the check):"
    report = out.index("Names that may link to the wrong record:")
    assert out[report + 1] == "  rferl-2019-05-28: 1 name matches no record: Soviet Union"
    assert out[1] == f"  data/drafts/moscow.yml: {len(open_items)} items left to review"
    assert out[2] == f'    data/drafts/moscow.yml:{open_items[0]}: title: "FILL IN: the headline of the explainer"'
    assert len([line for line in out if line.startswith("    data/drafts/moscow.yml:")]) == len(open_items)
    assert out[-1].endswith("citations verified in " + out[-1].split(" in ")[-1])


def test_check_still_fails_on_published_data_and_on_a_draft_moved_in_unreviewed(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 0
    shutil.copy(project / "data" / "drafts" / "moscow.yml", project / "data" / "explainers" / "moscow.yml")
    capsys.readouterr()
    assert run(project, "check") == 1
    captured = capsys.readouterr()
    assert "data/drafts/moscow.yml:" in captured.out
    assert "data/explainers/moscow.yml:6:" in captured.err and "placeholder" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["draft", "nope", "--slug", "x"],
            "error: unknown source 'nope' (known sources closest to it: rferl-2019-05-28)",
        ),
        (
            ["draft", SOURCE, "--slug", "Not A Slug"],
            "error: 'Not A Slug' is not a valid slug: use lower-case words joined by hyphens",
        ),
    ],
)
def test_bad_arguments_give_one_line(project, argv, message, capsys):
    assert run(project, *argv) == 2
    assert capsys.readouterr().err == message + "\n"


def test_an_existing_draft_is_kept_unless_forced(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 0
    path = project / "data" / "drafts" / "moscow.yml"
    path.write_text("kept\n", encoding="utf-8")
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 2
    assert capsys.readouterr().err.endswith("error: data/drafts/moscow.yml already exists (--force replaces it)\n")
    assert path.read_text(encoding="utf-8") == "kept\n"
    assert run(project, "draft", SOURCE) == 2
    assert capsys.readouterr().err == "error: draft needs --slug: python -m generator draft SOURCE --slug SLUG\n"


def test_the_event_comes_from_the_dateline_and_sources_add_up(project, capsys):
    add_source(
        project, "wire-2020", "DOHA, Qatar, Feb. 29 (Wire) - The United States signed a deal with the Taliban.\n"
    )
    assert run(project, "draft", "wire-2020", SOURCE, "--slug", "doha") == 0
    draft = load_file(project / "data" / "drafts" / "doha.yml", project).data
    event = draft["event"]
    assert event["where"] == "Doha" and event["date"]["date"] == "2020-02-29"
    assert event["date"]["inferred"].startswith("The article, of 29 February 2020, says")
    assert event["cite"][0]["quote"] == "DOHA, Qatar, Feb. 29 (Wire)"
    assert draft["as_of"] == "2020-02-29" and draft["sources"] == ["wire-2020", "rferl-2019-05-28"]


def test_a_reviewed_draft_moved_in_has_no_quote_the_checks_reject(project, capsys):
    assert run(project, "draft", SOURCE, "--slug", "moscow") == 0
    shutil.copy(project / "data" / "drafts" / "moscow.yml", project / "data" / "explainers" / "moscow.yml")
    assert run(project, "check") == 1
    errors = capsys.readouterr().err
    assert "placeholder" in errors and "quote not found" not in errors


WIRE = """\
DOHA, Qatar (Wire) — The deal was signed on Saturday in a ceremony attended by Secretary of State Mike Pompeo.
“We will seize this moment,” Pompeo told the gathering, after the September 11 attacks were recalled.
Talks are due to begin on March 10.
Senior Afghan politicians welcomed the deal.
"""


def test_titles_surnames_weekdays_and_event_names(project, capsys):
    add_source(project, "wire-2020", WIRE)
    assert run(project, "draft", "wire-2020", "--slug", "wire", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    # "Senior Afghan politicians" names nobody; "the September 11 attacks" counts nothing.
    assert [(p["id"], p["role"]) for p in out["people"]] == [("mike-pompeo", "Secretary of State")]
    assert out["figures"] == []
    assert [q["speaker"] for q in out["quotations"]] == ["mike-pompeo"]
    dates = [(t["date"], t["status"], t["inferred"]) for t in out["timeline"]]
    assert dates == [
        (
            "2020-02-29",
            "happened",
            'The article, of 29 February 2020, says "on Saturday"; the latest Saturday on or before it.',
        ),
        (
            "2020-03-10",
            "due",
            'The article, of 29 February 2020, says "March 10"; the next March after it was in 2020.',
        ),
    ]


def test_an_alias_that_is_a_common_word_and_a_name_two_records_share(project, capsys):
    add_source(project, "wire-2020", "The Hope party said there is little hope. Karzai spoke.\n")
    hope = QATAR.replace("name: Qatar", "name: Hope Party").replace("[Doha]", "[Hope]")
    (project / "data" / "organisations" / "hope-party.yml").write_text(hope, encoding="utf-8")
    shutil.copy(project / "data" / "people" / "hamid-karzai.yml", project / "data" / "people" / "karzai-2.yml")
    assert run(project, "draft", "wire-2020", "--slug", "wire") == 0
    out = capsys.readouterr().out
    assert "  wire-2020: the alias 'Hope' of organisations/hope-party is also a common word ('hope')\n" in out
    assert "  wire-2020: 'Karzai' matches more than one record: people/hamid-karzai, people/karzai-2\n" in out


def test_a_quotation_longer_than_a_quote_may_be_is_cut_to_its_opening_sentences_and_attribution(project, capsys):
    sentence = "We want the foreign forces to leave and the people of Afghanistan to decide their future in peace."
    add_source(project, "speech", f'MOSCOW (Wire) — "{" ".join([sentence] * 7)}" Mullah Baradar said at the meeting.\n')
    assert run(project, "draft", "speech", "--slug", "speech", "--json") == 0
    [quotation] = json.loads(capsys.readouterr().out)["quotations"]
    assert quotation["words"] == " ".join([sentence] * 4)  # the whole sentences within 80 words
    source = normalise((project / "data" / "sources" / "speech.txt").read_text(encoding="utf-8"))
    assert [cite["quote"] for cite in quotation["cite"]] == [quotation["words"], "Mullah Baradar said at the meeting."]
    assert all(normalise(cite["quote"]) in source for cite in quotation["cite"])


def test_relative_dates_spans_and_parts_of_decades():
    published = PartialDate.parse("2015-03-13")  # a Friday

    def found(sentence: str) -> list[str]:
        return [d.date.form for d in dates_in(sentence, published)]

    assert found("Nine months ago, the president seemed spent.") == ["2014-06"]
    assert found("It said so in a letter last month, and will be debated this week.") == ["2015-02", "2015-03"]
    assert found("It will invest $1 billion over the next four years.") == ["2019"]
    assert found("Within a decade, payments will triple.") == ["2025"]
    assert found("Shares had their biggest drop in four years, losing a majority for the first time in a decade.") == []
    assert found("As in the 1930s or 2008-9, and between 2017-18.") == ["1930s", "2008", "2009", "2017", "2018"]
    assert found("In the mid-1990s it began, and in the Early 2000s, the late 1980s and the 1970s.") == [
        "mid-1990s",
        "early 2000s",
        "late 1980s",
        "1970s",
    ]
    assert found("November marked the start of the season.") == ["2014-11"]
    assert found("May we go?") == []
    assert found("The deal was struck late Thursday.") == ["2015-03-12"]
    assert found("It has lasted for years.") == []
    assert found("With just 18 months left in power, he spoke.") == ["2016-09"]
    # A decade is the sentence's own words: nothing in it is inferred.
    assert [d.inferred for d in dates_in("Nine months ago, in the mid-1990s", published)] == [True, False]
    assert found("Consider what happened in mid-2013, when the Fed acted.") == ["2013"]
    assert found("More than four decades ago, Congress set two goals.") == ["1970s"]
    assert found("After severe flooding a week ago, and a few weeks ago, more rain came.") == ["2015-03-06", "2015-02"]
    assert found("Last week, 12 people died. This is like what occurred last weekend.") == ["2015-03", "2015-03"]
    assert found("By Tuesday, the rain should move inland.") == ["2015-03-17"]
    assert found("Workers must wait until July to see the raise.") == ["2015-07"]
    friday = PartialDate.parse("2010-08-13")
    assert [d.date.form for d in dates_in("Saturday is the anniversary of the act.", friday)] == ["2010-08-14"]
    assert [d.date.form for d in dates_in("This past Sunday, he said they would win.", friday)] == ["2010-08-08"]
    indicated = "He is under fire for indicating in late June that the age should be raised."
    assert [d.date.form for d in dates_in(indicated, friday)] == ["2010-06"]
    assert [d.date.form for d in dates_in("It was changed from the August statement.", friday)] == ["2010-08"]
    assert [d.date.form for d in dates_in("He is one of the May protesters.", friday)] == []
    said = "After Russia said in March that the plant would be launched this year, it was delayed."
    assert [d.date.form for d in dates_in(said, friday)] == ["2010-03", "2010"]
    saturday = PartialDate.parse("2010-08-14")
    assert [d.date.form for d in dates_in("It will load fuel next Saturday.", saturday)] == ["2010-08-21"]
    # what someone said of the future is not when they said it
    assert found("\u201cWe will stand for liberty,\u201d the president said during a July speech.") == ["2014-07"]
    assert found("Sea levels will rise by the end of the century, and floods by the middle of this century.") == [
        "2100",
        "2050",
    ]
    assert found("It was the worst flood by the end of the century.") == []  # not of what is to come
    assert [d.inferred for d in dates_in("More than four decades ago", published)] == [True]


NAMES = (
    "C. Eugene Steuerle, a fellow at the Urban Institute, said the cost would grow.\n"
    "Communications Minister Malcolm Turnbull met the University and College Union on Monday.\n"
    "Mr. Trump said the Sudanese government had agreed. New Zealanders in South Carolina were told.\n"
    "Executives of News Corporation and Fairfax spoke. Rice Krispies Treats sold well in North America.\n"
    "Yahoo sold its business to Verizon, and Verizon said so. Amazon-owned Whole Foods cut prices.\n"
    "Whole Foods said it would open stores. The Department of Defense and the Committee for a Responsible "
    "Federal Budget disagreed with the Obama administration and the Ombudsman.\n"
)


def test_who_and_what_a_new_name_is(project, capsys):
    add_source(project, "names-2020", NAMES)
    assert run(project, "draft", "names-2020", "--slug", "names", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    people = {p["name"]: p["role"] for p in out["people"]}
    assert people == {
        "C. Eugene Steuerle": "a fellow at the Urban Institute",
        "Malcolm Turnbull": "Communications Minister",
        "Trump": "Mr",
    }
    organisations = {o["name"] for o in out["organisations"]}
    assert {"Urban Institute", "University and College Union", "Sudan", "News Corporation", "Fairfax"} <= organisations
    # Named by a body's words around them, or "sold to" (not a journey): bodies, not people or places.
    assert {"Verizon", "Whole Foods", "Department of Defense", "Obama administration", "Ombudsman"} <= organisations
    assert "Committee for a Responsible Federal Budget" in organisations
    # A demonym, a state, a continent and a product are no one and no body.
    assert not organisations & {"New Zealanders", "South Carolina", "North America", "Rice Krispies Treats"}


SPOKEN = (
    "Jeffrey Frankel, a professor at Harvard, has a view. “There will be another recession,” Mr. Frankel said.\n"
    "“Man’s greed is hurting the whales,” says Parata, an elder. Hori Parata is 75.\n"
    "“We are having to put up with a lot of stuff today.”\n"
    "Mr. Warner, the Virginia Democrat, called the bill “the worst piece of legislation we have passed.”\n"
    "Tyler Besecker, a buyer, spoke. “I was shocked to see that level,” he said. "
    "The price is “as low as I have ever seen.”\n"
    "Charles Schultze, chairman of the Council of Economic Advisers in the Carter administration, once summed up "
    "the danger with a metaphor. “It’s not the wolf at the door, but termites in the woodwork.”\n"
    "A spokesperson for the Universities and Colleges Employers’ Association (UCEA) said it had acted.\n"
    "“UCEA has worked with the unions for many years,” he said.\n"
)


def test_who_said_each_quotation(project, capsys):
    add_source(
        project, "spoken-2020", SPOKEN.replace("Hori Parata is 75.", "").replace("says Parata", "says Hori Parata")
    )
    assert run(project, "draft", "spoken-2020", "--slug", "spoken", "--json") == 0
    said = {q["words"][:20]: q["speaker"] for q in json.loads(capsys.readouterr().out)["quotations"]}
    assert said == {
        "There will be anothe": "jeffrey-frankel",  # "Mr. Frankel said": the full stop ends no sentence
        "Man’s greed is hurti": "hori-parata",
        "We are having to put": "hori-parata",  # a paragraph of quotation alone: the last speaker goes on
        "the worst piece of l": "warner",  # a person before "the Virginia Democrat"
        "I was shocked to see": "tyler-besecker",  # "he said": the last person named
        "as low as I have eve": "tyler-besecker",  # no attribution of its own: whoever spoke last
        "It’s not the wolf at": "charles-schultze",  # the name an apposition is of, not a body inside it
        "UCEA has worked with": "ucea",  # "he said": who spoke in the paragraph before, a body's spokesperson
    }


def test_today_and_a_month_of_what_was_done():
    published = PartialDate.parse("2018-09-25")
    assert [d.date.iso for d in dates_in("Earlier today, the court ruled.", published)] == ["2018-09-25"]
    done = "A bill approved in February that raised spending will add to the deficit."
    assert [d.date.iso for d in dates_in(done, published)] == ["2018-02"]  # not the next February
    assert [d.date.iso for d in dates_in("The vote is due in February.", published)] == ["2019-02"]


def test_money_and_percentages_are_figures_with_what_they_measure():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("Yahoo’s $4.8 billion sale to Verizon is complex.") == [(4_800_000_000, "dollars: sale to Verizon")]
    assert found("Interest will eat up 13 percent of government spending.") == [(13, "percent of government spending")]
    assert found("Retail sales, which totaled $726 billion in 2017, rose.") == [
        (726_000_000_000, "dollars: Retail sales")
    ]
    assert found("It was priced at $16.99 a pound.") == [(16.99, "dollars per pound")]
    compared = "The cost will hit $390 billion next year, nearly 50 percent more than in 2017, the office said."
    assert (50, "percent more than in 2017") in found(compared)


def test_a_count_with_no_noun_counts_what_the_count_before_it_counted():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("A further 69,000 staff were on atypical contracts, while 6,500 were on zero-hours contracts.") == [
        (69_000, "staff on atypical contracts"),
        (6_500, "staff on zero-hours contracts"),
    ]
    assert found("Sales rose 20 percent, and 5 were sold.") == [(20, "percent: Sales rose")]  # no "percent sold"


def test_terms_the_registry_lacks_are_proposed_with_the_words_that_use_them():
    text = (
        "The Marine Stewardship Council (MSC) certifies the fishery. Staff on zero-hours contracts say the "
        "so-called gig economy is here. A mass stranding was seen. Another mass stranding followed. "
        "The Paris Agreement was signed. She studied tikanga (protocol) and the \u201cmetadata\u201d rules."
    )
    found = terms_of(text)
    assert {"MSC (Marine Stewardship Council)", "zero-hours contracts", "gig economy", "mass stranding"} <= found
    assert {"Paris Agreement", "tikanga", "metadata"} <= found
    chained = "It uses direct air capture. More direct air capture is planned, and the by-catch was small."
    found = terms_of(chained)
    assert "direct air capture" in found and "direct air" not in found and "air capture" not in found
    assert "by-catch" in found
    defined = (
        "Patents are held back in the so-called Excalibur portfolio. It did not use a Morris Trust structure, "
        "in which Yahoo would have been spun off. Amazon pledged to be \u201cnet zero carbon\u201d by 2040."
    )
    found = terms_of(defined)
    assert {"Excalibur portfolio", "Morris Trust structure", "net zero carbon"} <= found


def test_a_named_strait_a_plan_called_a_deal_and_a_capitalised_compound_are_terms():
    text = (
        "She backs Medicare-for-all and the Green New Deal. Kim Jong-un spoke. Ships in the Strait of Hormuz "
        "and the Bab al-Mandab Strait were attacked."
    )
    found = terms_of(text)
    assert {"Medicare-for-all", "Green New Deal", "Strait of Hormuz", "Bab al-Mandab Strait"} <= found
    assert "Jong-un" not in found


def test_words_rare_in_english_are_terms_unless_they_name_someone():
    text = (
        "Critics called for countercyclical policy. Staff protested against casualisation, said Ms Onwurah. "
        "Stores will use cashierless checkout. The budget deficit grew as the whale swam by. \u201cIt grew.\u201d "
        "Weisbrot said so, and @bezosnews agreed."
    )
    onwurah = text.index("Onwurah")
    found = terms_of(text, [(onwurah - 3, onwurah + len("Onwurah"))])
    assert {"countercyclical", "casualisation", "cashierless"} <= found
    assert not {"Onwurah", "deficit", "whale", "Critics"} & found  # a name's word; words of every day
    assert not {"Weisbrot", "bezosnews"} & found  # a sentence's first word, after its quotation; a handle
    assert "Onwurah" in terms_of(text)  # found only as a name


def test_noun_phrases_of_uncommon_words_are_terms_and_verbs_phrases_are_not():
    text = (
        "Police may not read it without a judicial warrant, which would allay concerns. He lost the midterm "
        "elections and repeated mass killings followed. The fresh halibut fillets were cheap; halibut fillets "
        "sold out. It was the first time in the last two years."
    )
    found = terms_of(text)
    assert {"judicial warrant", "midterm elections", "mass killings"} <= found
    assert "allay concerns" not in found  # a verb and its object
    role = "Jo Smith, a senior fellow at the institute, sought a judicial warrant."
    assert terms_of(role) == {"judicial warrant"}  # "senior fellow" is a role
    assert "repeated mass killings" not in found  # a verb's participle says what happened, not what it is
    assert len({term for term in found if term.endswith("halibut fillets")}) == 1  # one phrase per head
    assert not {"first time", "last two years", "two years"} & found  # words of a time or a count
    compound = terms_of("Colleges must find new ways to achieve diverse student bodies.")
    assert "diverse student" not in compound  # cut inside a longer compound


def test_issues_one_per_item_of_what_is_at_stake():
    from generator.draft.issues import issues_in

    deal = (
        "In return, Sudan will improve access for aid groups, stop supporting rebels in neighboring South Sudan, "
        "cease the bombing of insurgent territory and cooperate with American intelligence agents."
    )
    assert [issue.text for issue in issues_in(deal)] == [
        "Sudan will improve access for aid groups",
        "stop supporting rebels in neighboring South Sudan",
        "cease the bombing of insurgent territory",
        "cooperate with American intelligence agents",
    ]
    talks = (
        "They are trying to find agreement on two issues: a timetable for withdrawal; and a cease-fire in the north."
    )
    assert [issue.text for issue in issues_in(talks)] == ["a timetable for withdrawal", "a cease-fire in the north"]
    assert issues_in("The weather was fine on the day of the talks.") == []


def test_a_body_after_a_dateline_or_called_a_group_keeps_its_whole_name(project):
    draft = drafted(
        project,
        "court",
        (
            "WASHINGTON (AP) — The Supreme Court on Thursday struck down the plans. The vote was 6-3.\n"
            "Students for Fair Admissions, the group that brought the lawsuits, is led by Edward Blum, who said so.\n"
        ),
        "2023-06-29",
    )
    assert {"supreme-court", "students-for-fair-admissions"} <= set(draft.organisations)
    assert set(draft.people) == {"edward-blum"}
    assert not draft.figures  # a vote of 6-3 is a tally, not six of something


def test_an_election_report_ages_shares_seats_and_a_day_to_come():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("Milei, a 53-year-old economist, came with his 22-year-old son.") == []  # ages of people
    assert found("He sails his 106-year-old halibut schooner.") == [(106, "years old: halibut schooner")]  # a thing's
    assert found("It serves four-year colleges.") == []  # a kind of college, not a span of time
    assert found("The number of children vaping in the past three years has tripled.") == [
        (3, "times: number children vaping past")
    ]
    assert found("Two in five Argentines live in poverty.") == [(0.4, "share of Argentines live in poverty")]
    assert found("His party holds 38 of 257 seats in the lower house.") == [
        (38, "of 257 seats in the lower house"),
        (257, "seats in the lower house"),
    ]
    assert found("He will cut spending by 15% of gross domestic product and sell state companies.") == [
        (15, "percent of gross domestic product")
    ]
    published = PartialDate.parse("2023-11-20")
    (sworn,) = dates_in("Massa said Milei would take office on Dec. 10.", published)
    assert sworn.date.form == "2023-12-10"  # three weeks after the article, not eleven months before it
    (past,) = dates_in("The attack on Oct. 3 killed five.", published)
    assert past.date.form == "2023-10-03"
    sentence = "Argentine bonds rose as much as 6% on Monday, while shares jumped."
    (monday,) = dates_in(sentence, published)
    assert event_title(sentence, monday) == "Argentine bonds rose as much as 6%"


def test_a_dateline_a_capitalised_medium_and_a_people_are_no_one(project):
    draft = drafted(
        project,
        "vote",
        (
            "BUENOS AIRES, Nov 19 (Reuters) - Radical libertarian Javier Milei won the election on Sunday.\n"
            "Milei, a former TV pundit, said Argentines want change to the gross domestic product. Milei said so.\n"
        ),
        "2023-11-20",
    )
    assert set(draft.people) == {"javier-milei"}  # "TV" is no one
    assert draft.people["javier-milei"].fields["role"] == "Radical libertarian"  # not "(Reuters) - ..."
    terms = terms_of((project / "data" / "sources" / "vote.txt").read_text(encoding="utf-8"))
    assert "gross domestic" not in terms and "gross domestic product" in terms


def test_an_announcement_its_plans_its_bodies_and_its_counts(project):
    from generator.draft.issues import issues_in

    draft = drafted(
        project,
        "vapes",
        (
            "The government has announced plans to ban the sale of disposable vapes in England.\n"
            "One in five children has tried vaping, according to Action on Smoking and Health (ASH), a charity.\n"
            "The number of children vaping in the past three years has tripled.\n"
            "Labour said the government had dragged its feet.\n"
            "Its director general, John Dunne, said the government had given up.\n"
            "Last year, more than five million disposable vapes were thrown away every week in the UK.\n"
        ),
        "2024-01-29",
    )
    assert {"action-on-smoking-and-health", "labour"} <= set(draft.organisations)  # spelt out; at a sentence's start
    assert draft.people["john-dunne"].fields["role"] == "Its director general"
    figures = {(c.fields["value"], c.fields["label"]) for c in draft.figures.values()}
    assert (5_000_000, "disposable vapes thrown away every week") in figures
    assert not any(value == 3 and "years" in str(label) for value, label in figures)  # "in the past three years": when
    announced = "The government has announced plans to ban the sale of vapes, in a bid to stop children vaping."
    assert [issue.text for issue in issues_in(announced)] == ["ban the sale of vapes"]  # not why


def test_a_deal_its_posts_and_a_common_word_that_ends_a_name(project):
    draft = drafted(
        project,
        "deal",
        (
            "Activision's Bobby Kotick will continue to serve as chief executive, reporting to Phil Spencer, the head "
            "of Microsoft Gaming.\n“Gaming is the most dynamic category in entertainment,” said Satya Nadella.\n"
            "Microsoft is now a gaming giant.\n"
        ),
        "2022-01-18",
    )
    # a post held, a head of something; "Gaming" is a word of the article's, not Microsoft Gaming's surname
    assert set(draft.people) == {"bobby-kotick", "phil-spencer", "satya-nadella"}


def test_near_misses_of_the_rules_for_bodies_surnames_ages_shares_and_dates(project):
    draft = drafted(
        project,
        "misses",
        "He met the head of the group, Jo Smith, after the disaster at Grenfell. Smith said so.\n"
        "Gordon Brown met officials. Brown said the brown envelope was lost.\n"
        "She works at the brokerage A.G. Edwards, said Ann Lee.\n"
        "Pressure on Sudan must end the bombing of villages.\n",
        "2024-03-01",
    )
    assert set(draft.people) == {"jo-smith", "gordon-brown", "ann-lee"}  # a head of a group is a person
    assert draft.people["jo-smith"].fields["role"] == "the head of the group"
    assert not {"grenfell", "g-edwards"} & set(draft.organisations)  # a place; initials stay with their name
    assert [issue.fields["party"] for issue in draft.issues.values()] == [None]  # Sudan is no subject here
    published = PartialDate.parse("2024-03-01")
    assert [d.date.form for d in dates_in("At least 40 people will be hired in three years.", published)] == ["2027"]
    assert figures_in("The company opened two in 2020 and five in 2021.", []) == []  # years, not shares
    assert figures_in("A 19-year-old student met a 30-year-old Australian man. The 25-year-old said no.", []) == []


def test_a_disaster_report_its_toll_its_bodies_and_what_would_come(project):
    draft = drafted(
        project,
        "quake",
        "The death toll from the earthquake rose above 21,000 on Thursday, as rescuers searched the rubble.\n"
        "The United Nations said at least 870,000 people needed hot meals.\n"
        "The European Union said it would host a donors' conference in March.\n"
        "Rebuilding is expected to begin by the end of 2023.\n",
        "2023-02-09",
    )
    assert "united-nations" in draft.organisations and not draft.people  # "X said" of a body of nations
    figures = {(c.fields["value"], c.fields["qualifier"], c.fields["label"]) for c in draft.figures.values()}
    assert (21_000, "more than", "death toll from the earthquake") in figures  # what the number is, before it
    titles = {c.fields["date"].iso: c.fields["title"] for c in draft.timeline.values()}
    assert titles["2023-02-09"] == "The death toll from the earthquake rose above 21,000"  # not cut at "21,"
    assert "2023-03" in titles  # "would host ... in March": the next March
    statuses = {c.fields["date"].iso: c.fields["status"] for c in draft.timeline.values()}
    assert statuses["2023"] == "planned"  # expected, and the year not over when the article was written


def test_an_issue_names_who_demands_or_commits_to_it(project, capsys):
    add_source(
        project,
        "deal-2017",
        "Russia has called for the complete withdrawal of foreign troops.\n"
        "In return, Sudan will improve access for aid groups and stop supporting rebels in South Sudan.\n"
        "The talks must settle a timetable for withdrawal and a cease-fire.\n",
        "2017-01-13",
    )
    assert run(project, "draft", "deal-2017", "--slug", "deal", "--json") == 0
    issues = json.loads(capsys.readouterr().out)["issues"]
    assert {issue["text"]: issue["party"] for issue in issues} == {
        "the complete withdrawal of foreign troops": "russia",  # named before "called for"
        "Sudan will improve access for aid groups": "sudan",  # named after "in return"
        "stop supporting rebels in South Sudan": "sudan",
        "settle a timetable for withdrawal and a cease-fire": None,  # nobody named: no position to fill in
    }
    written = load_file(project / "data" / "drafts" / "deal.yml", project).data["issues"]
    assert [[p["party"] for p in issue.get("positions", [])] for issue in written] == [
        ["russia"],
        ["sudan"],
        ["sudan"],
        [],
    ]
    position = written[0]["positions"][0]
    assert position["text"].startswith("FILL IN") and "Russia" in position["text"] and position["cite"]


def test_a_public_body_is_a_term_as_well_as_a_body_and_a_company_is_not(project):
    from generator.draft.candidates import collect

    folder = project / "data" / "sources"
    (folder / "wire.txt").write_text(
        "The Press Council said the law was flawed, and ASIO agreed. Amazon Inc. said it would not comment.\n"
        "The BBC said so. The BBC asked ASIO.\n"
        "The Press Council met again. I don't get it, he said, and they don't get it either.\n",
        encoding="utf-8",
    )
    source = "outlet: Wire\nurl: https://example.org/\npublished: 2015-03-02\n"
    (folder / "wire.yml").write_text(source, encoding="utf-8")
    draft = collect(project, ["wire"])
    terms = draft.terms
    assert {"press-council", "asio"} <= set(terms) and "amazon" not in terms
    assert "bbc" in draft.organisations and "bbc" not in terms  # a household name needs no glossary entry
    assert "Press Council" in terms["press-council"].cite[0].quote
    assert "don't get" not in terms_of((folder / "wire.txt").read_text(encoding="utf-8"))


def test_a_name_used_once_and_an_institute_are_terms(project):
    text = (
        "Soldiers searched homes, the Israel Democracy Institute reported.\n"
        "Flights left late, and snow fell over the Upper Midwest.\n"
        "The old city of H2 is watched by CCTV, the mayor told Nairobi and Tulsa. Later, Tulsa paid.\n"
        "Rents rose in Palo Alto. Landlords in Palo Alto were pleased.\n"
    )
    draft = drafted(project, "once", text, "2023-11-20")
    terms = {str(c.fields.get("term")) for c in draft.terms.values()}
    assert {"Israel Democracy Institute", "Upper Midwest", "H2", "CCTV"} <= terms  # and names of one word
    assert not terms & {"Nairobi", "Tulsa", "Palo Alto", "Soldiers"}  # cities, named once or again; a sentence's first
    assert "tulsa" not in draft.organisations


def test_a_name_led_by_a_peoples_adjective_is_no_person_and_its_last_word_no_surname(project):
    draft = drafted(
        project,
        "wiki",
        (
            "The Turkish Wikipedia has 335,000 articles, written by volunteers. Access to Wikipedia was restored.\n"
            "Editors can again add to Wikipedia, said Jo Smith. Smith was pleased.\n"
        ),
        "2020-01-15",
    )
    assert set(draft.people) == {"jo-smith"}  # "Smith" is her surname; "Wikipedia" is nobody's
    assert "wikipedia" in draft.organisations


def test_a_body_named_once_is_known_by_what_the_sentence_says_of_it(project):
    draft = drafted(
        project,
        "deals",
        (
            "Yahoo had bought Snapchat instead of Tumblr, Google or Facebook, said Jo Smith, an economist at "
            "Harvard. I agree, said Chi Onwurah, the Labour MP for Newcastle Central.\n"
            "A Reuters reporter asked the search engine Mozilla, data analysis firm 1010data and a managing director "
            "at the D.A. Davidson brokerage. Nobody at Verizon answered in Seattle.\n"
            "Shareholders may stick with Yahoo’s chief executive, Marissa Mayer, and vote the deal down.\n"
        ),
        "2016-07-29",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    named_once = {"Snapchat", "Tumblr", "Google", "Facebook", "Harvard", "Labour", "Reuters", "Mozilla", "1010data"}
    assert named_once | {"D.A. Davidson", "Verizon"} <= organisations  # Verizon: a listed company
    assert not organisations & {"Seattle", "Newcastle Central", "I", "D"}  # a place; no one's name
    assert set(draft.people) == {"jo-smith", "chi-onwurah", "marissa-mayer"}  # a seat is no one, nor is "I"
    assert draft.people["marissa-mayer"].fields["role"] == "Yahoo’s chief executive"  # a role led by its body


def test_a_listed_company_is_a_body_wherever_it_is_named(project):
    """Companies of the stock indices' lists are bodies though the sentence says nothing of them; not a
    listed name that is an everyday word, a person's or a place's, nor one after "the" (a river)."""
    draft = drafted(
        project,
        "screens",
        (
            "The Wii is from Nintendo, not Sony. Families stream Netflix on Roku boxes.\n"
            "Shares of Home Depot rose, and Goldman Sachs kept its forecast.\n"
            "Fires burn in the Amazon each year. Amy Block watched the Compass Box film with Mr. Gates.\n"
            "Buyers chose Toyota over Siemens, said Ken Hawkins. The choice was easy, Hawkins said.\n"
        ),
        "2011-05-02",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert {"Nintendo", "Sony", "Netflix", "Home Depot", "Goldman Sachs", "Toyota", "Siemens"} <= organisations
    assert not organisations & {"Amazon", "Block", "Compass", "Box", "Gates", "Wii", "Hawkins"}
    assert "ken-hawkins" in draft.people  # a family name, and a listed company's: his here


def test_a_state_that_sues_or_legislates_is_a_body_and_an_office_named_by_its_holder(project):
    """A state or a province acting as a government ("Texas and Florida sued", "North Carolina's governor")
    is a body there; named as a place or as its people's ("in Ohio", "Texas farmers"), it is not. An office
    named by who holds it ("the solicitor general's office") is a body; a general's office is not."""
    draft = drafted(
        project,
        "rule",
        (
            "Texas and Florida sued the administration on Monday, saying the rule would hurt farmers in Ohio.\n"
            "California, Oregon and New York have argued otherwise. North Carolina's governor said little.\n"
            "Texas farmers and Ohio voters were angry. The solicitor general's office declined to comment.\n"
            "The general's office was empty when the district attorney's office called.\n"
            "The Morton County sheriff's office was sued. The Standing Rock Sioux tribe says so.\n"
            "New Jersey Attorney General Matthew Platkin spoke.\n"  # a state's name, not the island Jersey's
        ),
        "2024-03-04",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert organisations == {
        "Texas",
        "Florida",
        "California",
        "Oregon",
        "New York",
        "North Carolina",
        "solicitor general's office",
        "district attorney's office",
        "Morton County sheriff's office",
        "Standing Rock Sioux",  # "tribe" after it says what it is
    }


def test_a_word_of_english_the_article_writes_only_as_a_name_is_a_body_that_declines_to_comment(project):
    """ "Google", "Apple": everyday words that the article never writes in small letters are names there,
    so that "according to Google" or "Google, Hulu and Twitter declined to comment" make them bodies, and
    "Facebook said it" at a sentence's start too (not "Critics said it"). Not a
    person who declined (a family name), nor a word the article also writes small ("orange")."""
    draft = drafted(
        project,
        "platforms",
        (
            "The videos spread fast, and Google, Hulu and Twitter declined to comment.\n"
            "Users left, according to Apple. Smith did not respond to a request for comment.\n"
            "Phones are cheap, according to Orange; it is the colour orange.\n"
            "Facebook said it had acted. Critics said it was late. Its rivals have overtaken Facebook.\n"
        ),
        "2024-03-04",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert organisations == {"Google", "Hulu", "Twitter", "Apple", "Facebook"}
    assert not draft.people


def test_a_printed_interview_labelled_q_and_a_is_the_answers_of_the_person_introduced(project):
    """Labels "Q:" and "A:" name no one (there was a person "a"): each answer is a quotation of the person the
    introduction names first, not its reporter's, and a question ends the answer before it."""
    draft = drafted(
        project,
        "interview",
        (
            "In an interview with our reporter Tom Hale, Jane Porter talked about the strike.\n"
            "Q: Why did the talks fail?\nA: We offered a fair deal.\nQ: And now?\nA: We wait for the union.\n"
        ),
        "2024-03-04",
    )
    assert said_by(draft) == {"We offered a fair deal.": "jane-porter", "We wait for the union.": "jane-porter"}
    assert set(draft.people) == {"jane-porter", "tom-hale"}


def test_a_given_name_says_he_or_she_where_the_article_s_pronouns_do_not(project):
    """By the Census's lists "Michelle" is a woman's name and "Donald" a man's: "she said" is Michelle
    Obama's though the article slips a "he" after her name and calls her husband "President Obama"."""
    draft = drafted(
        project,
        "hope",
        (
            "The first lady said the election of Donald Trump has drained the country of hope.\n"
            'In an interview, Michelle Obama said he believes President Obama\'s team "did the work."\n'
            '"Now we are feeling what not having hope feels like," she said.\n'
        ),
        "2016-12-16",
    )
    assert said_by(draft)["Now we are feeling what not having hope feels like"] == "michelle-obama"
    continued = drafted(
        project,
        "continued",
        'Michelle Obama said hope matters.\nShe continued: "Let\'s look at the future."\n',
        "2016-12-16",
    )
    assert said_by(continued) == {"Let's look at the future.": "michelle-obama"}  # 'She continued: "..."'


def test_a_quotation_after_one_said_by_someone_unnamed_is_theirs_too(project):
    """'"...," an Iowa Republican predicted. "He has a personality."': the second quotation is the same
    unnamed insider's, not Kaine's, whom the first names; a name inside a quotation never speaks it, and "a GOP
    insider" is no party."""
    draft = drafted(
        project,
        "insiders",
        (
            "Tim Kaine and Mike Pence meet on Tuesday night.\n"
            "\u201cKaine in a blowout,\u201d an Iowa Republican predicted. "
            "\u201cHe has a personality. Pence does not.\u201d\n"
            "\u201cThe only reasonable person in the race is Pence,\u201d a Virginia Republican said. "
            "\u201cHowever, he will have the unenviable task of defending Trump.\u201d\n"
            "The GOP met on Monday. \u201cPence is really effective,\u201d said a GOP insider in New Hampshire.\n"
            "Elton John was named. \u201cIncorrect. He will not be performing,\u201d Elton John's publicist retorted.\n"
        ),
        "2016-10-04",
    )
    assert set(said_by(draft).values()) == {None}  # "a GOP insider", "Elton John's publicist": someone else


def test_a_body_with_of_before_a_title_a_suffix_a_plural_after_senior_and_a_member_on_a_committee():
    """A body whose name holds "of", then one of its people ("American Federation of Government Employees
    President J. David Cox Sr."); "Sr." ends a name; "Senior Executives" opens a body's name, even at a
    sentence's start; "Democrat on the" opens no name, and neither does "anti-Batchelder"."""
    names = {
        (mention.text, mention.title)
        for sentence in (
            "American Federation of Government Employees President J. David Cox Sr. warned against it.",
            "Senior Executives Association President Bill Valdez said so. Senior officials agreed.",
            "He is the top Democrat on the House Oversight and Government Reform Committee.",
            "As the first anti-Batchelder Twitter user said, it was hard.",  # a prefix makes an adjective
            "It is a setback, Jim Cantrell, Vector Space Systems CEO and a founder, told NBC News.",
        )
        for mention in find_new(sentence, [], {0})
    }
    assert names == {
        ("American Federation of Government Employees", ""),
        ("J. David Cox Sr", "President"),
        ("Senior Executives Association", ""),
        ("Bill Valdez", "Senior Executives Association President"),
        ("House Oversight and Government Reform Committee", ""),
        ("Jim Cantrell", ""),
        ("Vector Space Systems", ""),  # a body, before the title of one of its people with no name after it
        ("NBC News", ""),
    }


def test_a_campaign_a_camp_or_a_transition_team_of_someone_named_is_a_body(project):
    """ "The Trump campaign", "Trump's transition team" and "Hillary Clinton's camp" are bodies where the
    article names the person; "Summer camp" and "the Democratic campaign" are not; "President Obama's
    administration" is the Obama administration's."""
    draft = drafted(
        project,
        "camps",
        (
            "Donald Trump and Hillary Clinton said they were ready.\n"
            "The Trump campaign said so. Trump's transition team asked. Hillary Clinton's camp disagreed.\n"
            "President Obama's administration refused. Summer camp opened. The Democratic campaign ended.\n"
        ),
        "2016-12-20",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert organisations == {
        "Trump campaign",
        "Trump's transition team",
        "Hillary Clinton's camp",
        "Obama's administration",
    }


def test_a_records_alias_that_is_a_place_is_not_the_record_where_it_is_a_place_or_opens_a_longer_name(project):
    """The registry's United States has the alias "Washington": "Washington said" is it, "in Washington" and
    "the Washington Post" are not."""
    draft = drafted(
        project,
        "capital",
        (
            "Washington said it would act. In Washington, a state Clinton won, electors broke ranks.\n"
            "According to documents obtained by the Washington Post, the plan was dropped.\n"
        ),
        "2016-12-20",
    )
    cited = [cite.quote for cite in draft.organisations["united-states"].cite]
    assert cited and all(quote.startswith("Washington said") for quote in cited)


def test_a_middle_initial_and_an_age_after_both_say_a_person(project):
    """ "George W. Bush's cabinet": a given name, a middle initial and a family name that is also a word;
    "Bogdan Radu, both 34,": ages after a pair. A school's initial is no person's ("Harvard T. Chan School")."""
    draft = drafted(
        project,
        "persons",
        (
            "Three electors supported a Republican from George W. Bush's cabinet.\n"
            "Marius Vintila and Bogdan Radu, both 34, designed the devices. The Harvard T. Chan School opened.\n"
            "That man, Mark Hughes, was not involved in the violence.\n"  # "that man": a person's noun before
        ),
        "2016-12-20",
    )
    assert {"george-w-bush", "bogdan-radu", "mark-hughes"} <= set(draft.people)
    assert "harvard-t-chan-school" not in draft.people


def test_a_paragraph_of_quotation_after_a_written_statement_is_the_statement(project):
    """A paragraph that is nothing but quotation, after one in which a body "issued a written statement",
    is the statement, not the words of whoever spoke before."""
    draft = drafted(
        project,
        "statement",
        (
            'Andrew Prokop added that the tallies "further spotlight the glaring weaknesses" of the system.\n'
            "Donald Trump's transition team issued a written statement responding to the outcome:\n"
            '"Today marks a historic electoral landslide victory in our nation\'s democracy."\n'
        ),
        "2016-12-20",
    )
    said = said_by(draft)
    assert said["further spotlight the glaring weaknesses"] == "andrew-prokop"
    assert said["Today marks a historic electoral landslide victory in our nation's democracy."] == (
        "donald-trump-s-transition-team"
    )


def test_the_us_president_is_the_president_named_before_not_the_country(project):
    """ "the US President said": the person last named with that title, though a country stands between."""
    draft = drafted(
        project,
        "retaliation",
        (
            'US President Donald Trump has said "there may be retaliation" if India does not agree.\n'
            "\"I don't like that decision, I didn't hear that that was his decision,\" the US President said.\n"
        ),
        "2020-04-07",
    )
    assert said_by(draft)["I don't like that decision, I didn't hear that that was his decision"] == "donald-trump"


def test_a_name_inside_what_was_said_after_that_does_not_speak(project):
    """ "an Iowa Republican said, adding that Pence "should be..."", "the government said that drugs linked
    to COVID-19 will go to "nations that ..."": the name after "that" is what was said of, not who said it."""
    draft = drafted(
        project,
        "reported",
        (
            "Mike Pence spoke on Tuesday. Doctors at COVID-19 wards were busy.\n"
            '"He is brilliant," an Iowa Republican said, adding that Pence "should be the presidential candidate."\n'
            'The government said that key drugs linked to COVID-19 cure will be supplied to "nations that have been '
            'badly affected" by the pandemic.\n'
        ),
        "2020-04-07",
    )
    said = said_by(draft)
    assert said["should be the presidential candidate."] is None
    assert said["nations that have been badly affected"] is None


def test_a_word_or_two_a_person_chose_is_theirs_when_a_pronoun_says_so(project):
    """ "he called Jones "terrible"": a word the person chose, theirs by the pronoun, where "a "deal""
    alone is a word the article borrows."""
    draft = drafted(
        project,
        "terrible",
        (
            "Donald Trump said the union leader was wrong.\n"
            'In a December 7 tweet he called Jones "terrible" at his job. Critics called it a "deal".\n'
        ),
        "2016-12-10",
    )
    assert said_by(draft) == {"terrible": "donald-trump"}


def test_a_family_name_of_two_words_stands_for_the_person_named_before(project):
    """ "Black Elk said" after "Linda Black Elk": one person, not a second one called Black Elk."""
    draft = drafted(
        project,
        "standing-rock",
        (
            '"We are going to hope for the absolute best," said Linda Black Elk, a member of the Catawba Nation.\n'
            '"I feel like Morton County law enforcement is experimenting on us," Black Elk said.\n'
        ),
        "2016-11-29",
    )
    assert set(draft.people) == {"linda-black-elk"}
    assert set(said_by(draft).values()) == {"linda-black-elk"}


def test_he_who_says_is_not_a_name_joined_to_a_pronoun_before(project):
    """A paragraph about "he and Dorsey" is still about him: the quotations after it are his."""
    draft = drafted(
        project,
        "interview",
        (
            "Jim McKelvey founded the company in 2009 with Jack Dorsey, a friend from St. Louis.\n"
            '"I was trying to build an electric car," McKelvey said.\n'
            "He decided to return to St. Louis, the city where he and Dorsey are from.\n"
            '"The biggest challenge here is a talent shortage," he says.\n'
            'He then notes: "The glass studio has actually thrived in my absence, almost embarrassingly."\n'
        ),
        "2013-06-01",
    )
    speakers = {str(q.fields["words"])[:15]: q.fields["speaker"] for q in draft.quotations.values()}
    assert speakers == {
        "I was trying to": "jim-mckelvey",
        "The biggest cha": "jim-mckelvey",
        "The glass studi": "jim-mckelvey",  # "he then notes": a word between the pronoun and its verb
    }


def test_a_name_that_owns_something_is_a_body_and_a_citys_is_not(project):
    draft = drafted(
        project,
        "owners",
        (
            "The obvious comparison is Capcom's 1990 platformer. Soldiers were caught off guard by Hamas' "
            "surprise attack.\nVisitors love Seattle's coffee, Mumbai's streets and Nairobi's parks.\n"
        ),
        "2014-07-01",
    )
    organisations = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert {"Capcom", "Hamas"} <= organisations
    assert not organisations & {"Seattle", "Mumbai", "Nairobi"}  # cities, by GeoNames' list


def test_a_country_spelt_like_a_registry_name_is_the_country(project):
    # The registry's Ashraf Ghani has the alias "Ghani", which the loose spelling key equates with "Ghana".
    draft = drafted(
        project,
        "accra",
        "The Electoral Commission of Ghana declared the result on Friday.\nGod bless Ghana, said the winner.\n",
        "2016-12-09",
    )
    assert "ashraf-ghani" not in draft.people
    assert "ghana" in draft.organisations  # and not the commission's surname
    assert {"electoral-commission-of-ghana", "ghana"} <= set(draft.organisations)


def test_names_of_other_shapes_and_what_says_they_are_people(project):
    draft = drafted(
        project,
        "shapes",
        (
            "North Korean leader Kim Jong-un met President Moon Jae-in on Tuesday. Kim said the talks went well.\n"
            "John Cooper QC, acting for the protesters, said they would appeal.\n"
            "However Occupy said it would take its case to Strasbourg.\n"
            "German Chancellor Angela Merkel praised the deal. Merkel said it was a good sign.\n"
            "Bella Dinh-Zarr, a safety board member, told reporters the train was speeding.\n"
            "Dinh-Zarr says it is too early to tell.\n"
            "EC Chairperson Charlotte Osei declared the result.\n"
            "The lawsuit was filed by a former Republican candidate for attorney general, Tom Devore.\n"
            "Mohamed Morsi thanked his voters. According to the commission, Morsi won 13 million votes.\n"
        ),
        "2019-03-01",
    )
    people = set(draft.people)
    assert {"kim-jong-un", "moon-jae-in", "john-cooper", "angela-merkel", "bella-dinh-zarr"} <= people
    assert {"charlotte-osei", "tom-devore", "mohamed-morsi"} <= people
    assert not {"however-occupy", "kim-jong", "moon-jae"} & people
    assert not {"kim", "angela-merkel", "dinh-zarr", "bella-dinh-zarr"} & set(draft.organisations)
    assert draft.people["john-cooper"].fields["role"] == "QC"
    assert draft.people["charlotte-osei"].fields["role"] == "EC Chairperson"
    assert draft.people["mohamed-morsi"].fields["role"] is None  # not "the commission"


def test_quotations_of_several_paragraphs_short_ones_and_who_said_them(project):
    draft = drafted(
        project,
        "appeal",
        (
            "Three judges dismissed the protesters' application on Wednesday.\n"
            'Ann Mercer QC, acting for the protesters, said in a statement: "The hearing has shown the strength '
            "of the movement.\n"
            '"The legal process recognised the integrity of my clients.\n'
            '"My clients will now consider their next steps with their legal team."\n'
            "Justice Lindblom granted orders against the Occupy group and said the council's action was "
            '"entirely lawful and justified" in every respect.\n'
            '"We are satisfied," Mr Conte told reporters after the talks.\n'
            "\u201cIt is in line with the commitment of the government to raise wages, \u201c he said in a statement.\n"
            "\u201cThe results are immaterial to the final outcome of the vote,\u201d Charlotte Osei assured.\n"
        ),
        "2012-02-22",
    )
    said = {str(q.fields["words"])[:20]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said == {
        "The hearing has show": "ann-mercer",  # not "the protesters" inside her apposition
        "The legal process re": "ann-mercer",  # a paragraph that opens a quotation and never closes it
        "My clients will now ": "ann-mercer",
        "entirely lawful and ": "lindblom",  # "... granted orders against the Occupy group and said"
        "We are satisfied": "conte",  # a whole sentence, though short
        "It is in line with t": "conte",  # its closing mark typed as an opening one
        "The results are imma": "charlotte-osei",
    }


def test_a_quotation_a_text_speaks_is_no_ones_the_article_names(project):
    draft = drafted(
        project,
        "threat",
        (
            "School board President Steve Zimmer received the emailed threat.\n"
            '"I am writing to tell you what happens on Tuesday," the email began. "Something big is going down."\n'
            '"It would have been prudent to brief other staff," the report concludes.\n'
            '"Time was against me," Zimmer said.\n'
        ),
        "2016-12-16",
    )
    said = {str(q.fields["words"])[:20]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said == {
        "I am writing to tell": None,  # not Zimmer, the last person named
        "Something big is goi": None,  # the email goes on
        "It would have been p": None,
        "Time was against me": "steve-zimmer",
    }


def test_a_body_that_opens_its_sentence_speaks_and_so_does_one_after_a_long_apposition(project):
    draft = drafted(
        project,
        "books",
        (
            "The publisher settled with Amazon on Monday, and sales at Amazon rose.\n"
            'Amazon released a separate statement saying, "It allows us to grow our business together."\n'
            'Widget Holdings Inc., the largest seller of widgets, last year pledged to be "net zero carbon" soon.\n'
        ),
        "2015-01-05",
    )
    said = said_by(draft)
    assert said == {"It allows us to grow our business together.": "amazon", "net zero carbon": "widget-holdings"}


def test_who_speaks_is_a_person_or_a_body_the_draft_proposes_under_the_id_it_proposes(project):
    draft = drafted(
        project,
        "marines",
        (
            'Widget Corp said on Thursday it aims to "remove more carbon than it emits" by 2030.\n'
            "Robert Gates spoke to sailors aboard the destroyer USS Higgins.\n"
            'Aboard the USS Higgins, the Pentagon chief said the Corps had "gotten too big" and would shrink.\n'
            "But Andrew Bacevich, a national security expert at Boston University and a graduate of the U.S. "
            'Military Academy at West Point, said the Marines are an "example of the redundancies we have."\n'
        ),
        "2010-08-13",
    )
    said = said_by(draft)
    assert said == {
        "remove more carbon than it emits": "widget",  # the id of the body proposed, not "widget-corp"
        "gotten too big": "pentagon",  # its chief spoke: not the ship, nor the Corps he spoke of
        "example of the redundancies we have.": "andrew-bacevich",  # not West Point, at the apposition's end
    }
    assert "widget" in draft.organisations and "west-point" not in draft.people


def test_wars_ships_straits_peoples_and_services_are_what_they_are(project):
    draft = drafted(
        project,
        "services",
        (
            "The review will be led by Navy Secretary Ray Mabus and Gen. James Amos, the incoming commandant.\n"
            "Unlike the Army, the Marine Corps is light. The Army said so, and the Navy agreed.\n"
            "During World War II the service landed on islands. Kahele would be the third Native Hawaiian there.\n"
            "Houthis fought Yemeni Government forces and attacked ships in the Bab al-Mandab Strait.\n"
        ),
        "2010-08-13",
    )
    assert {"ray-mabus", "james-amos"} <= set(draft.people)
    assert {"army", "navy", "marine-corps", "yemen"} <= set(draft.organisations)
    named = set(draft.people) | set(draft.organisations)
    assert not {"world-war-ii", "native-hawaiian", "bab-al-mandab-strait", "marine"} & named


def test_what_the_new_rules_leave_alone(project):
    """Counter-examples a second reader found to this round's rules, each as it was before them."""
    draft = drafted(
        project,
        "wire",
        (
            '"We will not allow this again," a senior official told Test Wire.\n'  # add_source's outlet
            '"We will continue our attacks," a Taliban spokesman told reporters.\n'
            "A lawyer for Derek Chauvin said he would appeal.\n"
            "Mary Smith, the mayor, spoke on Monday.\n"
            '"This is a disgrace," she said after the report found widespread abuse.\n'
            "Gov. Nathan Deal said he would sign it. The INS said the raid was lawful.\n"
            "Sterling Brown, 27, was arrested. Beijing Normal University said so. Trading began.\n"
            "The Kyiv Post reported the attack. Kyiv said Russian forces had withdrawn.\n"
            "Hewlett-Packard split into HP Inc. and Hewlett Packard Enterprise.\n"
            "Fees in the Apple and Google app stores rose. Nike reported Air Jordan sales rose.\n"
            "One year later, Tom Harris was elected mayor. The museum owns Picasso's Woman with a Parrot.\n"
            'Trinidad & Tobago won. The Green Party (UK) said the UK must act. "Thank God," said Maria Lopez.\n'
        ),
        "2016-12-15",
    )
    said = said_by(draft)
    assert said["We will not allow this again"] is None  # who heard it did not say it
    assert said["We will continue our attacks"] == "taliban"  # a body speaks through its spokesman
    assert said["This is a disgrace"] == "mary-smith"  # "she said", though a report found something
    assert said["Thank God"] == "maria-lopez"  # a whole sentence, not a name in title case
    people, bodies = set(draft.people), set(draft.organisations)
    assert {"derek-chauvin", "nathan-deal", "sterling-brown", "maria-lopez"} <= people
    assert "tom-harris" not in people or draft.people["tom-harris"].fields["role"] is None  # "One year later"
    assert {"beijing-normal-university", "hewlett-packard", "ins"} <= bodies
    assert not {"kyiv-post"} & {q.fields["speaker"] for q in draft.quotations.values()}
    assert not {"apple-and-google", "air-jordan", "picasso", "trinidad-tobago"} & (people | bodies)
    uk = [m.refers for m in draft.mentions["wire"] if m.text == "UK"]
    assert uk and not any(uk)  # the United Kingdom's, not the Green Party's


def test_three_words_someone_chose_are_a_quotation_a_word_borrowed_or_a_name_quoted_is_not(project):
    draft = drafted(
        project,
        "rates",
        (
            'Fed Chair Janet Yellen called the change a "very modest adjustment" on Wednesday.\n'
            'The central bank described the pace as "gradual," and said risks remain "roughly balanced."\n'
            'The bank set up a "Climate Innovation Fund" last year.\n'
        ),
        "2016-12-14",
    )
    said = said_by(draft)
    assert said == {"very modest adjustment": "janet-yellen"}


def test_a_short_month_a_witness_a_reporter_and_the_registry_name_without_its_the(project):
    draft = drafted(
        project,
        "verdict",
        (
            "The penalty phase is scheduled to begin Jan. 3 and a second trial Jan. 17.\n"
            "As the verdict was read, Roof stood still, reported Alexandra Olgin of a public radio station.\n"
            "One witness, Felicia Sanders, described hiding under a table. Jan Egeland said so.\n"
            "The U.S. Federal Reserve raised rates on Wednesday.\n"
        ),
        "2016-12-15",
    )
    assert "jan" not in draft.organisations and "jan-egeland" in draft.people  # a date, and a name
    assert "alexandra-olgin" in draft.people  # "reported Alexandra Olgin"
    assert draft.people["felicia-sanders"].fields["role"] == "witness"  # not "One witness"
    assert [m.text for m in draft.mentions["verdict"] if m.records == (("organisations", "united-states"),)] == [
        "U.S"  # the registry's "U.S.", not "The U.S"
    ]


def test_a_congregation_is_a_body_a_singer_named_church_is_not(project):
    draft = drafted(
        project,
        "church",
        (
            "The gunman entered Emanuel African Methodist Episcopal Church in Charleston.\n"
            "The victims were members of the Mother Emanuel AME Church. Charlotte Church said she wept.\n"
        ),
        "2016-12-15",
    )
    assert {"emanuel-african-methodist-episcopal-church", "emanuel-ame-church"} <= set(draft.organisations)
    assert set(draft.people) == {"charlotte-church"}  # not "Mother" Emanuel AME Church


def test_a_name_with_and_before_a_bodys_noun_is_one_body(project):
    text = "The Post and Courier newspaper reported on it. News Corporation and Fairfax merged.\n"
    draft = drafted(project, "paper", text, "2016-12-15")
    assert {"post-and-courier", "fairfax"} <= set(draft.organisations) and "courier" not in draft.organisations


def test_a_firm_with_an_ampersand_what_a_body_bought_a_place_it_is_based_in_and_a_pair_of_names(project):
    text = (
        "Macmillan, which bought Henry Holt and Picador, is part of the Germany-based von Holtzbrinck group.\n"
        "Similar agreements were reached with Simon & Schuster. Amazon said the Macmillan-Amazon dust-up was civil.\n"
    )
    draft = drafted(project, "books", text, "2015-01-05")
    assert {"henry-holt", "picador", "simon-schuster"} <= set(draft.organisations)
    assert not {"germany", "macmillan-amazon"} & set(draft.organisations)


def test_a_ticker_a_first_name_that_speaks_and_a_verb_opening_a_sentence(project):
    draft = drafted(
        project,
        "strike",
        (
            "The airport is a hub for American Airlines (AAL). AAL shares fell.\n"
            "Foreign ministry spokesperson Geng Shuang said on Tuesday that talks matter.\n"
            '"We have a good tradition," Geng said.\n'
            "Explaining Beijing's changed position, observers said it wanted calm.\n"
        ),
        "2019-10-08",
    )
    assert "american-airlines" in draft.organisations and "aal" not in draft.organisations
    said = said_by(draft)
    assert said == {"We have a good tradition": "geng-shuang"}  # his family name comes first
    assert set(draft.people) == {"geng-shuang"}  # not "Explaining Beijing"


def test_a_country_opening_a_bodys_name_is_part_of_it(project):
    text = (
        "The U.S. Securities and Exchange Commission has been grappling for years. The U.S. Treasury froze "
        "assets. Challengers include the U.S. Chamber of Commerce. The U.S. said no.\n"
    )
    draft = drafted(project, "sec", text, "2012-08-03")
    assert {
        "u-s-securities-and-exchange-commission",
        "u-s-treasury",
        "u-s-chamber-of-commerce",
        "united-states",  # "The U.S. said no"
    } <= set(draft.organisations)
    assert not {"securities-and-exchange-commission", "treasury", "chamber", "commerce"} & set(draft.organisations)


def test_the_outlet_named_in_its_own_article_is_a_body(project):
    # add_source's outlet is "Test Wire"
    draft = drafted(project, "wire", "All 120 economists in a recent Test Wire poll expected a rise.\n", "2016-12-14")
    assert "test-wire" in draft.organisations


def test_what_a_number_counts_stops_at_the_next_number():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("There were 166,248 rejected ballots representing 1.54% of votes.") == [
        (166_248, "rejected ballots"),  # not "rejected ballots representing 1"
        (1.54, "percent of votes"),
    ]
    assert not any("53" in label for _, label in found("The candidate won 5,716,026 votes making 53.85% of them."))
    ages = "It took the ratio of employed people between the ages of 25 and 54 to the whole population."
    assert found(ages) == []  # ages, not counts
    assert found("About 2,000 people aged 18 to 24 were asked.") == [(2000, "people")]  # not "people aged 18"
    assert found("He was not told until 4:55 a.m. and by 10:41 p.m. it was over.") == []  # times of day
    assert [value for value, _ in found("A million people marched in a billion-dollar city.")] == [1_000_000]
    assert found("A Million Little Pieces sold well.") == []  # a title
    assert found("The commission cut half a million dollars.") == [(500_000, "dollars: commission cut")]  # not 1m


def test_last_or_next_month_named_is_never_the_articles_own():
    def iso(sentence: str, published: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse(published))]

    assert iso("The rise was the first since last December.", "2016-12-14") == ["2015-12"]
    assert iso("Prices fell last March.", "2016-12-14") == ["2016-03"]
    assert iso("The vote is next June.", "2016-06-01") == ["2017-06"]
    assert iso("The shop opened in December.", "2016-12-14") == ["2016-12"]  # its own month, said so
    assert iso("The shop opened in December.", "2016") == ["2016-12"]
    # a weekday given with the day: the year in which they agree, the year before the article's here
    assert iso("The drama began on Monday, Dec. 14, at 10 p.m.", "2016-12-16") == ["2015-12-14"]
    assert iso("The vote is on Tuesday, 20 December.", "2016-12-16") == ["2016-12-20"]
    assert iso("It happens on Tuesday, 12/15/15, the email said.", "2016-12-16") == ["2015-12-15"]
    assert iso("On 5/6/2019 it rained, at 24/7 speed.", "2019-07-01") == ["2019"]  # May or June: the year only


def test_the_next_day_counts_from_the_last_day_named_in_that_paragraph_or_the_three_before(project):
    draft = drafted(
        project,
        "arrest",
        (
            "The gunman opened fire on the evening of June 17, 2015.\nNobody spoke.\n"
            + "He was arrested the next day. Two days later, he appeared in court.\n"
            + "Nobody spoke.\n" * 3
            + "The jury met again the following day.\n"  # four paragraphs on: from no day the article named
        ),
        "2016-12-15",
    )
    dated = {str(c.fields["phrase"]): c.fields["date"] for c in draft.timeline.values()}
    assert {phrase: date.iso for phrase, date in dated.items()} == {
        "June 17, 2015": "2015-06-17",
        "the next day": "2015-06-18",
        "Two days later": "2015-06-20",
    }
    assert "counting from 18 June 2015" in str(dated["Two days later"].inferred)


def test_yesterday_and_a_weekday_named_alone():
    published = PartialDate.parse("2019-03-01")  # a Friday

    def iso(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, published)]

    assert iso("Apple said yesterday that its profit rose.") == ["2019-02-28"]
    assert iso("The summit ended Thursday without an agreement, the agency said Friday.") == [
        "2019-02-28",
        "2019-03-01",
    ]
    assert iso("Crews found more bodies Wednesday.") == ["2019-02-27"]
    # the day something was said, though what was said is to come
    assert iso("Officials said Thursday that the review will start soon.") == ["2019-02-28"]
    assert iso("The vote is scheduled on Thursday and will pass.") == ["2019-03-07"]
    assert iso("Shops opened on Good Friday and Black Friday sales began.") == []  # names, not days
    assert iso("The talks resume tomorrow.") == ["2019-03-02"]
    assert iso("On Tuesday, Reuters reported the talks.") == ["2019-02-26"]


def test_an_acronym_spelt_out_once_is_the_body_it_stands_for(project, capsys):
    add_source(
        project,
        "derailed",
        (
            "The National Transportation Safety Board (NTSB) sent a team to the site on Monday.\n"
            "NTSB investigators said the train was travelling at 80 mph.\n"
            "The New Patriotic Party (NPP) won the vote, and the NPP said it would form a government.\n"
        ),
        "2017-12-19",
    )
    assert run(project, "draft", "derailed", "--slug", "derailed") == 0
    draft = (project / "data" / "drafts" / "derailed.yml").read_text(encoding="utf-8")
    proposed = yaml.safe_load(draft)["proposed_records"]
    bodies = {record["organisation"]: record.get("aliases") for record in proposed if "organisation" in record}
    assert bodies == {"national-transportation-safety-board": ["NTSB"], "new-patriotic-party": ["NPP"]}
    assert run(project, "draft", "accept", "derailed") == 0
    board = yaml.safe_load(
        (project / "data" / "organisations" / "national-transportation-safety-board.yml").read_text()
    )
    assert board["aliases"] == ["NTSB"]  # so the site links "NTSB" to the board's page


def test_a_body_after_of_is_its_own_name_and_a_republic_is_its_country(project):
    draft = drafted(
        project,
        "cairo",
        (
            "Mohamed Morsi of Muslim Brotherhood has defeated his rival, the commission said.\n"
            "The Korean Central News Agency reported the talks. The statement was carried by the KCNA on Friday.\n"
            "He was declared president of the Republic of Ghana.\n"
        ),
        "2012-06-25",
    )
    assert {"muslim-brotherhood", "korean-central-news-agency", "ghana"} <= set(draft.organisations)
    assert not {"kcna", "mohamed-morsi-of-muslim-brotherhood", "republic"} & set(draft.organisations)
    assert draft.organisations["korean-central-news-agency"].fields["aliases"] == ["KCNA"]


def test_an_item_at_stake_stops_where_the_sentence_turns_to_when_and_who_said_it():
    from generator.draft.issues import issues_in

    def items(sentence: str) -> list[str]:
        return [issue.text for issue in issues_in(sentence)]

    reached = (
        "Leaders reached an agreement on shared centres for migrants after almost 10 hours of chaotic talks "
        "in Brussels, as well as on trade, the chairman said."
    )
    assert items(reached) == ["shared centres for migrants"]
    assert items("The regulator should demand that banks disclose their fees in full,\u201d Grady said.") == [
        "that banks disclose their fees in full"
    ]
    assert items("There were 166,248 rejected ballots representing 1.54% of votes.") == []  # no refusal
    warned = "He must stop efforts to marginalize Arab citizens,\u201d White House press secretary Josh Earnest said."
    assert items(warned) == ["stop efforts to marginalize Arab citizens"]
    agreed = "They agreed to continue talks on the nuclear issue, Pyongyang's official news agency said Friday."
    assert items(agreed) == ["continue talks on the nuclear issue"]


def test_an_acronym_is_glossed_with_every_word_it_is_made_of():
    found = terms_of("Egypt's Supreme Council of the Armed Forces (SCAF) has ruled since February 2011.")
    assert "SCAF (Supreme Council of the Armed Forces)" in found  # not "SCAF (Armed Forces)"


def test_a_word_after_the_is_no_surname_but_before_a_noun_of_the_person_s(project):
    draft = drafted(
        project,
        "region",
        (
            "Fresh snow fell on the Upper Midwest on Monday. Travel in the Midwest was slow.\n"
            "Jane Okafor spoke in Lagos. The Okafor campaign said no more.\n"
        ),
        "2024-01-08",
    )
    assert list(draft.people) == ["jane-okafor"]  # "the Midwest" names a place, "the Okafor campaign" her


def test_a_surname_in_the_possessive_is_the_person_named_before(project):
    draft = drafted(
        project,
        "runoff",
        (
            "Mohamed Morsi defeated his rival Ahmed Shafiq to become president.\n"
            "The court ruled the law unconstitutional, ending the debate over Shafiq's qualification.\n"
        ),
        "2012-06-25",
    )
    (possessive,) = [m for m in draft.mentions["runoff"] if m.start > 70 and m.text == "Shafiq"]
    assert possessive.refers == "Ahmed Shafiq"
    assert "shafiq" not in draft.terms  # a rare word, but the rival's name


def test_a_verb_and_its_object_said_twice_is_no_term():
    text = (
        "Conte told reporters he was satisfied. Merkel told reporters the deal was good. "
        "The run-off came two days later, and the run-off came as a surprise. Wage talks resume today."
    )
    found = terms_of(text)
    assert not {"told reporters", "run-off came", "resume today"} & found
    assert "run-off" in found


def test_streets_titles_of_works_and_a_list_of_countries(project):
    draft = drafted(
        project,
        "streets",
        (
            "The district renamed Petersallee and the Nachtigalplatz, and Lüderitzstrasse is next.\n"
            "Residents of the Petersallee protested. The Manga-Bell-Platz was opened on Sunday.\n"
            'The historian wrote the article "The Case for Colonialism" in 2017, Tahir Della said.\n'
            "Other powers, including Britain, France, the Netherlands and Spain, had colonies.\n"
        ),
        "2020-01-19",
    )
    assert not {"petersallee", "nachtigalplatz", "manga-bell-platz"} & set(draft.organisations)
    assert not any("Case for Colonialism" in str(q.fields["words"]) for q in draft.quotations.values())
    assert draft.organisations["france"].fields["role"] is None  # not "the Netherlands and Spain"


def test_a_body_named_again_without_group_a_title_after_despite_and_a_percentage_compared(project):
    draft = drafted(
        project,
        "emissions",
        (
            "Total emissions fell 2 percent compared with the year before, according to the Rhodium Group, "
            "a research firm.\n"
            "The fall came despite President Donald Trump's efforts, said Trevor Houser, a partner at Rhodium.\n"
            "Rhodium said coal use fell again.\n"
        ),
        "2020-01-10",
    )
    assert "rhodium-group" in draft.organisations and "rhodium" not in draft.organisations
    assert draft.people["donald-trump"].fields["role"] == "President"  # not "despite President"
    labels = {c.fields["label"] for c in draft.figures.values()}
    assert "percent: Total emissions fell" in labels  # not "percent: compared"


def test_what_stands_before_a_name_is_a_role_only_if_it_names_what_a_person_is(project):
    draft = drafted(
        project,
        "israel",
        (
            "Martin Indyk, executive vice president of the Brookings Institution, spoke on Wednesday.\n"
            "On the way to his election victory, Benjamin Netanyahu broke a lot of crockery.\n"
            "Most voters support Netanyahu's stance, and he warned against efforts to marginalize Arab Israeli "
            "citizens.\n"
            "Obama told reporters aboard Air Force One that the talks would go on.\n"
            "The Palestinians will have to hold up on their ICC plans, Indyk said.\n"
        ),
        "2015-03-18",
    )
    roles = {key: c.fields["role"] for key, c in draft.people.items()}
    assert roles["martin-indyk"] == "executive vice president of the Brookings Institution"
    assert roles["benjamin-netanyahu"] is None  # not "the way to his election victory" nor "support"
    assert not {"arab-israeli", "force-one", "air-force-one"} & set(draft.people)


def test_a_subheadings_capitals_name_no_one_and_a_country_before_a_number_is_another_name(project):
    draft = drafted(
        project,
        "outage",
        (
            "A major outage disrupted access to Facebook and Instagram on Friday, Meta said.\n"
            "Meta Yet to Explain Meta Outage\n"
            "The company had not issued an explanation, and hardline Islamist groups were blamed by Islamist "
            "leaders.\n"
            "(FRANCE 24 with AFP, REUTERS)\n"
        ),
        "2026-06-12",
    )
    assert not draft.people  # "Explain Meta Outage" is no one
    assert not {"france", "islamist"} & set(draft.organisations)


def test_a_body_by_its_first_word_an_apposition_with_another_and_a_title_before_for(project):
    draft = drafted(
        project,
        "tunis",
        (
            "Gunmen stormed the Bardo National Museum on Wednesday, where Roman mosaics are kept.\n"
            "The Bardo reopened a week later, the Tunisia Tourism Council said, and Tunisia mourned.\n"
            '"This attack is meant to frighten tourists," said Lotfi Azzouz, Tunisia country director for '
            "Amnesty International.\n"
            "On March 30, Washiqur Rahman, another secular blogger, was killed in similar fashion.\n"
        ),
        "2015-03-18",
    )
    assert "bardo-national-museum" in draft.organisations
    assert not {"bardo", "roman"} & set(draft.organisations)
    assert {"tunisia", "tunisia-tourism-council"} <= set(draft.organisations)  # a country is no short form
    assert draft.people["lotfi-azzouz"].fields["role"] == "Tunisia country director for Amnesty International"
    assert draft.people["washiqur-rahman"].fields["role"] == "another secular blogger"


def test_titles_before_of_a_priest_a_suffix_and_who_speaks_right_after_a_quotation(project):
    draft = drafted(
        project,
        "louisiana",
        (
            "The lawsuit names state Superintendent of Education Cade Brumley and the state board.\n"
            '"The law infringes our rights," Rev. Darcy Roake, a plaintiff in the case said Tuesday.\n'
            "\u201cThe meeting was positive,\u201d the official, Hikmet Hajiyev, was quoted by agencies as saying.\n"
            "Spanish Roman Catholic priest, Miguel Pajares, was flown out of Liberia on Thursday.\n"
            '"We are on strike," said John Fageaux Jr., the union\'s president.\n'
            "The outspoken Tesla CEO met the board. The OSCE\u2019s council met at 2 p.m. GMT.\n"
            "The Justice and Development Party lost its majority.\n"
        ),
        "2024-11-12",
    )
    people = draft.people
    assert people["cade-brumley"].fields["role"] == "state Superintendent of Education"  # not "Education Cade"
    assert people["miguel-pajares"].fields["role"] == "Spanish Roman Catholic priest"
    assert "john-fageaux-jr" in people  # "Jr." is of the name
    said = {str(q.fields["words"])[:16]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["The law infringe"] == "darcy-roake" and said["The meeting was "] == "hikmet-hajiyev"
    bodies = set(draft.organisations)
    assert {"tesla", "osce", "justice-and-development-party"} <= bodies and not {"gmt", "development-party"} & bodies


def test_a_season_the_new_year_christmas_and_for_the_last_years():
    published = PartialDate.parse("2024-11-12")

    def iso(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, published)]

    assert iso("The law, signed this summer by the governor, is blocked.") == ["2024"]
    assert iso("Posters were to be displayed by the new year.") == ["2025-01-01"]
    assert iso("The bill will be passed before Christmas.") == ["2024-12"]
    assert iso("The party has ruled the country for the last 13 years.") == ["2011"]
    assert iso("Crowds gathered on New Year's Eve.") == []
    (summer,) = dates_in("It was signed last summer.", published)
    assert summer.date.iso == "2023" and summer.inferred


def test_numbers_listed_before_what_they_count_count_it_too():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    seats = found("The parties are projected to win 132, 81 and 79 seats respectively in the parliament.")
    assert [value for value, _ in seats] == [132, 81, 79] and len({label for _, label in seats}) == 1
    assert "respectively" not in seats[0][1]
    assert found("Between 2010 and 2015 the firm hired 30 workers.") == [
        (30, "workers: firm hired")
    ]  # years are no list


def test_a_peoples_parliament_is_a_body_of_its_own(project):
    draft = drafted(
        project,
        "holyrood",
        "The first minister told the Scottish parliament that the ban would come into force by spring 2006.\n",
        "2004-11-10",
    )
    assert "scottish-parliament" in draft.organisations


def test_numbers_in_words_with_a_hyphen_degrees_and_per_cent():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("Twenty-five people were killed in Elazig.") == [(25, "people killed in Elazig")]  # not 20
    assert found("In Elazig the overnight temperature dipped to 17.6°Fahrenheit on Friday.") == [
        (17.6, "degrees Fahrenheit: Elazig overnight temperature")
    ]
    assert found("It was 30 degrees Celsius in Rome.") == [(30, "degrees Celsius in Rome")]
    assert [value for value, _ in found("He holds a 9 per cent stake and faces a fine of up to £2,500.")] == [9, 2500]


def test_a_word_ending_in_ent_is_no_role_of_a_person(project):
    draft = drafted(
        project,
        "ankara",
        "The MHP secured 16.5 percent of the votes, while the HDP won 13 percent, Al Jazeera reported.\n",
        "2015-06-08",
    )
    assert "al-jazeera" not in draft.people  # "the HDP won 13 percent" says nothing of a person


def test_a_body_named_with_its_kind_after_it(project):
    draft = drafted(
        project,
        "elazig",
        (
            "Rescuers pulled 45 people from the rubble, Turkey's Anadolu news agency said on Saturday.\n"
            "Last year she was a blip on the screen of Maxim magazine, which ranked her 96th.\n"
        ),
        "2020-01-25",
    )
    assert {"anadolu", "maxim"} <= set(draft.organisations)


def test_a_named_conflict_and_a_disease_are_terms_and_no_body(project):
    text = "Ministers discussed the Nagorno-Karabakh conflict. The Ebola epidemic spread as the Ebola virus killed 900."
    assert {"Nagorno-Karabakh conflict", "Ebola"} <= terms_of(text)
    draft = drafted(project, "ebola", text + "\n", "2014-08-08")
    assert "ebola" not in draft.organisations


def test_a_party_before_a_name_a_korean_given_name_and_a_company_named_general(project):
    draft = drafted(
        project,
        "midterms",
        (
            "Republican Ron DeSantis defeated Democrat Andrew Gillum in Florida on Tuesday.\n"
            "The main opposition Republican People's Party scored 25 percent.\n"
            "U.N. Secretary-General Ban Ki-moon attended the signing.\n"
            "General Motors will cut up to 14,000 jobs, and the British Medical Association\u2019s committee met.\n"
            "Strikes would go on until Christmas, and through Christmas, the union said.\n"
        ),
        "2018-11-06",
    )
    assert {"ron-desantis", "andrew-gillum", "ban-ki-moon"} <= set(draft.people)
    assert not {"people", "motors", "ban-ki"} & set(draft.people)
    assert {"general-motors", "british-medical-association"} <= set(draft.organisations)
    assert not {"christmas", "medical-association"} & set(draft.organisations)


def test_what_a_second_reader_found_wrong_in_this_rounds_rules(project):
    """Each case a rule of this round got wrong when first written."""
    from generator.draft.candidates import _without_headings
    from generator.draft.issues import issues_in

    heading = "Protests In \u0130stanbul Square Grow\nRecep Tayyip Erdogan said on Monday that it was over."
    assert len(_without_headings(heading)) == len(heading)  # "\u0130" lowers to two characters
    merged = "Angela Merkel spoke in Berlin.\nMeta Outage Sparks Surge In Downdetector Reports\nMeta said so."
    assert _without_headings(merged).startswith("Angela Merkel spoke")  # a heading is one line, not three

    draft = drafted(
        project,
        "review",
        (
            "Donald Trump, the former president, spoke on Monday. The Trump Organization said it was fine.\n"
            "A lawyer said Trump would sue.\n"
            "For years, Jane Doe said nothing about it. Under pressure, Tom Brown resigned.\n"
            "The actor Nathan Lane said the play would go on. Heather Mills said nothing.\n"
            "Critics said the Modi government had failed.\n"
            "Rahm Emanuel, the former Obama chief of staff, said so.\n"
        ),
        "2024-11-12",
    )
    trump = [m for m in draft.mentions["review"] if m.text == "Trump" and m.refers]
    assert trump and all(m.refers == "Donald Trump" for m in trump)  # not the Trump Organization
    assert draft.people["jane-doe"].fields["role"] is None and "tom-brown" not in draft.people  # "For years"
    assert {"nathan-lane", "heather-mills"} <= set(draft.people)  # a surname that is also a street's or a firm's word
    assert not {"modi-government", "obama"} & set(draft.organisations)

    def iso(sentence: str, published: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse(published))]

    assert iso("The temple has stood for the past 3000 years.", "2024-11-12") == []
    assert iso("Sales slumped after Christmas.", "2024-01-08") == ["2023-12"]
    assert iso("Prices rose in the new year.", "2024-01-20") == ["2024-01-01"]

    def found(sentence: str, published: str = "2024-11-12") -> list[float]:
        dates = [(d.start, d.end) for d in dates_in(sentence, PartialDate.parse(published))]
        return [f.value for f in figures_in(sentence, dates)]

    assert found("Between 2010 and 2015, 300 people died in the region.") == [300]
    assert found("On May 5 and 6, 200 people were arrested.") == [200]
    assert found("Between the ages of 25 and 54, 300 people applied.") == [300]
    assert {"crisis", "This war"}.isdisjoint(terms_of("The crisis deepened on Monday. This war must end, he said."))
    assert "WHO reform" in [
        i.text for i in issues_in("The ministers called for WHO reform, vaccine patents and travel rules.")
    ]


def test_a_speaker_is_the_one_by_the_verb_before_one_named_after_the_quotation(project):
    draft = drafted(
        project,
        "senate",
        (
            "Senator John Smith of Ohio spoke on Monday. Senator Jane Jones of Utah also spoke. Smith said: "
            '"The bill is dead and we will not revive it." Senator Jones said she disagreed.\n'
            "Former mayor Bill Green spoke last week. The court sentenced Green to ten years in a federal prison "
            'on Monday and said: "The damage he caused to his victims was enormous."\n'
        ),
        "2024-11-12",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["The bill is "] == "john-smith"  # not Jane Jones, named after the quotation
    assert said["The damage h"] != "bill-green"  # the court spoke, not the man it sentenced


def test_a_body_speaks_by_noting_and_suggesting_too(project):
    """A body's statement "notes", or the article quotes it "noting" or "suggesting": its speaker is the body."""
    draft = drafted(
        project,
        "fomc",
        (
            "The Federal Open Market Committee (FOMC) met on Wednesday. The statement retained an easing bias, "
            'noting again that the FOMC "is prepared to employ its tools" to "promote a stronger economic '
            'recovery".\n'
            'The FOMC notes the moderation in inflation and expects it to "settle at levels at or below those '
            "consistent with the Committee's dual mandate\".\n"
        ),
        "2011-09-21",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["is prepared "] == said["settle at le"] == "federal-open-market-committee", said


def test_a_president_is_no_body_named_after_him_and_saying_is_the_subjects(project):
    draft = drafted(
        project,
        "lordstown",
        (
            "Rep. Tim Ryan (D-Ohio) said GM had turned its back on the town.\n"
            'Additionally, Ryan ripped President Trump, saying he "has been asleep at the switch for a year."\n'
            "The Valley has been yearning for the Trump Administration to come here.\n"
            "Head coach Owen Coyle praised his counterpart Juan Ferrando's team.\n"
        ),
        "2018-11-26",
    )
    assert {"tim-ryan", "trump", "juan-ferrando"} <= set(draft.people)  # "Trump" is not the administration's
    assert "d-ohio" not in draft.organisations
    (asleep,) = [q for q in draft.quotations.values() if "asleep" in str(q.fields["words"])]
    assert asleep.fields["speaker"] == "tim-ryan"


def test_a_places_possessive_before_a_name_and_bodies_listed_by_their_kind(project):
    draft = drafted(
        project,
        "premiers",
        (
            "The dinner disappointed Ontario's Dalton McGuinty.\n"
            '"I did not find that partner here today," he said after the meeting.\n'
            "\"I'm not worried about the type of form,\" said Manitoba's Gary Doer.\n"
            "The deal was struck by Japan's Toyota Motor and South Korea's Samsung Electronics.\n"
            "Its customers include social media networks such as Facebook and LinkedIn.\n"
            "Companies such as Cisco, Symantec, and Proofpoint are its rivals, Patrick Peterson says.\n"
        ),
        "2008-01-11",
    )
    people, bodies = set(draft.people), set(draft.organisations)
    assert {"dalton-mcguinty", "gary-doer"} <= people
    assert not {"toyota-motor", "samsung-electronics"} & people  # a company's name ends in a word of English
    assert {"facebook", "linkedin", "cisco", "symantec", "proofpoint"} <= bodies
    said = said_by(draft)
    assert said["I did not find that partner here today"] == "dalton-mcguinty"


def test_a_month_after_the_a_result_expected_on_a_weekday_and_how_long_since_is_no_date():
    published = PartialDate(2021, 2, 17)  # a Wednesday

    def dated(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, published)]

    assert dated("He will be the nominee in the November election.") == ["2021-11"]
    assert dated("The seat fell vacant after the March primary.") == ["2020-03"]
    assert dated("A final election result was expected on Friday.") == ["2021-02-19"]
    assert dated("The industry has been whacking moles for 20 years.") == []  # how long, not 2041
    assert dated("The measures won't come into full effect for two years.") == ["2023"]
    assert dated("The March of Dimes raised money.") == []


def test_money_and_shares_written_together_a_toll_put_at_and_a_span_in_minutes():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("He announced a $1-billion aid package for communities.")[0][0] == 1_000_000_000
    assert [value for value, _ in found("It gave €1.5million ($2.5million) in emergency aid.")] == [
        1_500_000,
        2_500_000,
    ]
    assert found("He said 80percent of the homes in his village had been flattened.") == [
        (80, "percent of homes village")
    ]
    assert found("Officials put the confirmed death toll at 612 and climbing.") == [(612, "confirmed death toll")]
    assert found("The premiers held a 90-minute strategy session.") == [(90, "minutes: strategy session")]
    assert found("Room 101 had 1,500million bugs.")[0][0] != 1500  # "1,500million" is not 1,500


def test_a_registry_term_is_not_proposed_by_an_alias_every_article_may_use(project):
    local = drafted(project, "local", "Voter turnout in the council election was 25 per cent.\n", "2021-02-17")
    assert "presidential-election" not in local.terms  # the registry's term, aliased "election"
    national = drafted(project, "national", "He is contesting the presidential election in September.\n", "2019-05-28")
    assert "presidential-election" in national.terms


def test_a_body_named_before_the_title_of_one_of_its_people(project):
    draft = drafted(
        project,
        "titled",
        (
            "Tesla CEO Elon Musk said the plant would open in May.\n"
            "Bloc Quebecois Leader Gilles Duceppe said the House of Commons should be recalled.\n"
            "Senate Majority Leader Mitch McConnell said no. White House Press Secretary Sean Spicer agreed.\n"
            "Finance Minister Jim Flaherty said the timing would not change.\n"
            "Microsoft Corp said it would act. Microsoft President Brad Smith said so.\n"
        ),
        "2020-01-16",
    )
    bodies = set(draft.organisations)
    assert {"tesla", "bloc-quebecois", "microsoft"} <= bodies
    assert not {"senate-majority", "white-house-press", "finance", "microsoft-president"} & bodies
    assert {"elon-musk", "gilles-duceppe", "mitch-mcconnell", "brad-smith"} <= set(draft.people)


def test_a_body_of_a_place_the_title_of_one_of_its_people_and_the_person(project):
    draft = drafted(
        project,
        "kansas",
        (
            "Federal Reserve Bank of Kansas City President Thomas M. Hoenig criticized the Federal Reserve.\n"
            "Bank of England Governor Mark Carney said so. Communications Director Jane Roe agreed.\n"
            "The Hoenig speech was long, and Hoenig said rates were too low.\n"
        ),
        "2010-08-13",
    )
    people, bodies = set(draft.people), set(draft.organisations)
    assert {"thomas-m-hoenig", "mark-carney", "jane-roe"} <= people
    assert {"federal-reserve-bank-of-kansas-city", "bank-of-england"} <= bodies
    assert not {"federal-reserve", "communications", "reserve"} & people
    assert "communications" not in bodies


def test_a_body_s_name_in_a_role_two_names_joined_by_and_and_the_deaths_of_people(project):
    draft = drafted(
        project,
        "kenosha",
        (
            "The ruling by the Canadian Transportation Agency gives Air Canada one year to comply.\n"
            "The bail was paid by former actor Ricky Schroder and MyPillow Inc. CEO Mike Lindell.\n"
            "The Justice and Development Party lost its majority.\n"
            "The shooting came after the deaths of George Floyd in Minneapolis and the killing of Ahmaud Arbery.\n"
        ),
        "2021-01-05",
    )
    people, bodies = set(draft.people), set(draft.organisations)
    assert "air-canada" not in people  # "Canadian" of the agency's name says no one is a person
    assert {"ricky-schroder", "george-floyd", "ahmaud-arbery"} <= people
    assert "justice-and-development-party" in bodies and not {"ricky-schroder-and-mypillow"} & bodies


def test_a_body_s_possessive_name_of_and_and_a_surname_before_jr(project):
    draft = drafted(
        project,
        "panel",
        (
            "The panel was appointed by Health Secretary Robert F. Kennedy Jr., who dismissed its members.\n"
            "Under Kennedy, officials scaled back access. Kennedy has called the vaccine dangerous.\n"
            "Dr. Vinay Prasad, the Food and Drug Administration's vaccine chief, told staff in a memo.\n"
            "Michael Osterholm directs the Center for Infectious Disease Research and Policy in Minneapolis.\n"
        ),
        "2026-02-25",
    )
    bodies = set(draft.organisations)
    assert {"food-and-drug-administration", "center-for-infectious-disease-research-and-policy"} <= bodies
    assert not {"kennedy", "drug-administration", "policy"} & bodies


def test_a_family_name_that_is_a_month_or_ends_like_a_holiday(project):
    draft = drafted(
        project,
        "names",
        (
            "Treasury Board President Stockwell Day is trumpeting job cuts.\n"
            'Defending the measures, Mr. Day said the cuts matter. "It\'s future savings," he said.\n'
            "Prime Minister Theresa May said no. The vote is on May 5, after Labor Day.\n"
        ),
        "2010-03-09",
    )
    assert {"stockwell-day", "theresa-may"} <= set(draft.people)
    assert not {"labor-day", "may"} & (set(draft.people) | set(draft.organisations))
    said = said_by(draft)
    assert said["It's future savings"] == "stockwell-day"


def test_a_body_named_for_its_country_with_inside_a_body_s_name_and_a_weekday_after_what_was_done(project):
    draft = drafted(
        project,
        "fares",
        (
            "The ruling gives Air Canada one year. It will cost Air Canada about $7 million a year.\n"
            "The Council of Canadians with Disabilities argued the charges are discriminatory.\n"
            "Western Australia and Atlantic Canada were not affected. Obama met with Putin.\n"
        ),
        "2008-01-10",
    )
    bodies = set(draft.organisations)
    assert {"air-canada", "council-of-canadians-with-disabilities"} <= bodies
    assert not {"western-australia", "atlantic-canada", "obama-with-putin"} & bodies
    published = PartialDate(2010, 3, 9)  # a Tuesday
    assert [d.date.iso for d in dates_in("He released Monday a list of posts that will be cut.", published)] == [
        "2010-03-08"
    ]
    assert [d.date.iso for d in dates_in("The vote is scheduled Monday and will be close.", published)] == [
        "2010-03-15"
    ]


def test_a_short_label_takes_the_verb_before_the_number_where_its_nouns_say_too_little():
    found = [(f.value, f.label) for f in figures_in("In 1970 a cyclone killed an estimated 138,000 people.", [])]
    assert found == [(138000, "people: cyclone killed")]
    found = [(f.value, f.label) for f in figures_in("The broader fleet numbers about 100 vessels.", [])]
    assert found == [(100, "vessels: broader fleet numbers")]  # its nouns say enough


def test_due_to_a_cause_is_no_future_and_a_weekday_after_a_surname_is_a_day():
    published = PartialDate(2023, 12, 12)  # a Tuesday

    def dated(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, published)]

    assert dated("He died at age 61 Monday due to a brief illness, his publicist said.") == ["2023-12-11"]
    assert dated("The vote is due to be held on Friday.") == ["2023-12-15"]
    assert dated("NBC released a statement mourning Braugher Tuesday night.") == ["2023-12-12"]
    assert dated("Biden won Super Tuesday and shops sold out on Black Friday.") == []


def test_a_statement_is_its_issuers_and_who_is_called_something_does_not_say_it(project):
    draft = drafted(
        project,
        "obit",
        (
            "Andre Braugher, the actor, died at age 61 Monday, his publicist Jennifer Allen said.\n"
            "On Tuesday night NBC released a statement mourning Braugher.\n"
            "\u201cAndre Braugher was the actor that others would aspire to be,\u201d the statement read. "
            "\u201cHis comedy chops were also on full display in the series.\u201d\n"
            "SAG-AFTRA, the actors\u2019 union, called Braugher \u201ca powerful and dynamic performer.\u201d\n"
            "\u201cThis report is wrong on every count,\u201d the report said.\n"
        ),
        "2023-12-12",
    )
    said = said_by(draft)
    assert said["Andre Braugher was the actor that others would aspire to be"] == "nbc"
    assert said["His comedy chops were also on full display in the series."] == "nbc"
    assert said["a powerful and dynamic performer."] == "sag-aftra"
    assert said["This report is wrong on every count"] is None  # a report's words, no statement's


def test_a_statement_that_says_something_is_the_body_s_named_last_before_it(project):
    draft = drafted(
        project,
        "fomc",
        (
            "Analysts had expected a cut. The Federal Open Market Committee held rates on Wednesday.\n"
            "Its statement was short, and the statement emphasizes the weak state of the economy, suggesting "
            "\u201ccontinuing weakness in overall labor market conditions.\u201d\n"
        ),
        "2011-09-21",
    )
    said = said_by(draft)
    assert said["continuing weakness in overall labor market conditions."] == "federal-open-market-committee"


def test_numbers_in_words_of_many_are_the_least_they_say():
    def found(sentence: str) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, [])]

    assert found("Thousands of former Corinthian students were already eligible for relief.") == [
        (1000, "more than", "former Corinthian students")
    ]
    assert found("The committee received dozens of submissions on the subject.")[0][:2] == (24, "at least")
    assert found("Hundreds of thousands of students will receive relief.")[0][:2] == (100_000, "more than")
    assert found("The number killed by gun violence is in the tens of thousands.")[0][:2] == (10_000, "more than")
    assert found("In the 1990s, hundreds died.") == []  # hundreds of no one named
    assert found("Stripe raised tens of millions of dollars this week.")[0][:2] == (10_000_000, "more than")
    assert found("The state spends hundreds of millions of dollars on roads.")[0][:2] == (100_000_000, "more than")


def test_a_unit_written_onto_its_number_basis_points_bytes_and_cents():
    def found(sentence: str) -> list[tuple[float, str]]:
        return sorted((f.value, f.label) for f in figures_in(sentence, []))

    assert found("The Fed kept the rate on excess reserves (IOER) at 25bp, contrary to our view.") == [
        (25, "basis points: IOER")
    ]
    assert found("It holds 500GB of photos.") == [(500, "gigabytes of photos")]
    assert found("Apple stopped renting TV shows for 99\u00a2 on the gadget.") == [(0.99, "dollars on the gadget")]
    assert found("A 3m wall stands.") == []  # metres, no count


def test_a_span_of_minutes_or_months_after_the_is_a_figure_not_a_number_named_again():
    def found(sentence: str) -> list[tuple[float, str]]:
        return sorted((f.value, f.label) for f in figures_in(sentence, []))

    assert found("Watch the five-minute walk.") == [(5, "minutes: walk")]
    assert found("Sudan faces the six-month review period.") == [(6, "months: review period")]
    assert found("Of the two brands, one closed.") == []  # the two already counted


def test_a_span_told_by_its_unit_alone_an_hour_a_half_hour_half_a_century_but_no_rate():
    def found(sentence: str) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, [])]

    assert found("Each level takes about a half hour to complete.") == [(0.5, "about", "hours to complete")]
    assert found("Israel has kept the occupation for over half a century.") == [(50, None, "years: kept occupation")]
    assert found("He stood motionless for an hour in the same position.") == [(1, None, "hours: stood motionless")]
    assert found("The company has existed for a century.") == [(100, None, "years: company")]
    for no_span in (
        "An hour later, the police came.",
        "The talks ended within an hour.",
        "It took an hour and a half.",
    ):
        assert found(no_span) == [], no_span  # when, or a span this rule does not add up
    assert [value for value, _, _ in found("The car went 60 miles an hour.")] == [60]  # a rate's hour counts nothing


def test_minutes_a_group_s_ages_a_tally_told_after_a_comma_and_an_adverb_after_a_percentage():
    def found(sentence: str) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, [])]

    assert found("He walked eight minutes to the checkpoint.") == [(8, None, "minutes to the checkpoint")]
    assert found("Ten minutes later, the police arrived.") == []  # when, not how long
    assert found("The typical consumer watches about 5 hours and 9 minutes of TV a day.") == [
        (309, "about", "minutes of TV a day")
    ]
    assert found("Adults 18 to 24 watch 49 minutes on the Web.") == [(49, None, "minutes on the Web")]
    assert found("Voters 65 and older backed him.") == []
    assert found("If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100.") == [
        (100, "fewer than", "number of Americans killed since 9/11 by terrorism")
    ]
    # an adverb after a percentage says nothing of what it is of: the words before it do
    assert found("The yield on the 10-year Treasury note has climbed to 3 percent recently.") == [
        (3, None, "percent: Treasury note")
    ]
    assert found("The program has 3,000 users and 40 viewers.") == [(3000, None, "users"), (40, None, "viewers")]


def test_a_treaty_s_acronym_and_a_car_are_no_bodies(project):
    draft = drafted(
        project,
        "treaty",
        (
            "The law withdraws Russia from the Comprehensive Nuclear Test Ban Treaty (CTBT), signed in 1996.\n"
            "Russia's withdrawal from the CTBT is not surprising. The CTBT bans tests.\n"
            "He was about to get into his SUV when police fired. The SUV was black.\n"
        ),
        "2023-11-02",
    )
    assert not {"ctbt", "suv"} & set(draft.organisations)
    assert any("Test Ban Treaty" in str(term.fields.get("term")) for term in draft.terms.values())


def test_a_name_after_an_acronym_s_possessive_and_a_body_named_international(project):
    draft = drafted(
        project,
        "interview",
        (
            "In an interview with CNN\u2019s Ana Cabrera, Cardona said he had yet to see the letter.\n"
            "According to Amnesty International, the detention centres are overcrowded.\n"
            "The NBA\u2019s Milwaukee Bucks led a brief boycott.\n"
        ),
        "2021-04-30",
    )
    assert "ana-cabrera" in draft.people and "amnesty-international" in draft.organisations
    assert not {"amnesty-international", "milwaukee-bucks"} & set(draft.people)


def test_a_title_after_the_kind_of_work_it_names_is_no_quotation(project):
    draft = drafted(
        project,
        "career",
        (
            "He played Jackie Robinson in the TV movie \u201cThe Court-Martial of Jackie Robinson\u201d in 1990.\n"
            "He spent three seasons on another series, \u201cMen of a Certain Age,\u201d with Ray Romano.\n"
            "A sign at the counter read \u201cFirst of the Season Fresh Alaskan Halibut.\u201d\n"
        ),
        "2023-12-12",
    )
    said = {str(q.fields["words"]) for q in draft.quotations.values()}
    assert not {"The Court-Martial of Jackie Robinson", "Men of a Certain Age"} & said
    assert any(words.startswith("First of the Season") for words in said)  # words on a sign are quoted


def test_a_clause_after_a_name_and_its_comma_is_not_what_the_name_is(project):
    draft = drafted(
        project,
        "clause",
        (
            "According to Amnesty International, the immigration services are completely overwhelmed.\n"
            "Students for Fair Admissions, the group that has sued Harvard, said so.\n"
        ),
        "2021-04-30",
    )
    assert draft.organisations["amnesty-international"].fields["role"] is None
    assert draft.organisations["students-for-fair-admissions"].fields["role"] == "the group that has sued Harvard"


def test_a_body_s_name_of_several_words_after_its_kind_is_one_name(project):
    draft = drafted(
        project,
        "kind",
        "The law passed after the group People for the Ethical Treatment of Animals said it would fly drones.\n",
        "2014-01-10",
    )
    assert list(draft.organisations) == ["people-for-the-ethical-treatment-of-animals"]


def test_where_someone_studied_is_a_body(project):
    draft = drafted(
        project, "school", "Braugher, who was born in Chicago, studied at Juilliard and then acted.\n", "2023-12-12"
    )
    assert "juilliard" in draft.organisations and "chicago" not in draft.organisations


def test_where_someone_graduated_and_what_they_co_founded_are_bodies(project):
    draft = drafted(
        project,
        "alumni",
        (
            "After graduating from Princeton and Yale Law School, Paul Clement joined the department.\n"
            "Investors include Peter Thiel, the PayPal co-founder.\n"
        ),
        "2023-12-12",
    )
    assert {"princeton", "paypal"} <= set(draft.organisations), list(draft.organisations)


def test_a_possessive_inside_a_body_s_name_and_a_company_s_plural_word(project):
    draft = drafted(
        project,
        "bodies",
        (
            "A police report was given to NBC News by the Cook County Sheriff's Office.\n"
            "Large cybersecurity firms such as Palo Alto Networks compete.\n"
            "The boy went to Boston Children's Hospital.\n"
            "Ontario's Dalton McGuinty spoke.\n"
        ),
        "2021-01-05",
    )
    bodies = {str(candidate.fields["name"]) for candidate in draft.organisations.values()}
    assert {"Cook County Sheriff's Office", "Palo Alto Networks", "Boston Children's Hospital"} <= bodies
    assert "dalton-mcguinty" in draft.people  # a place's possessive still ends a name


def test_a_body_s_person_whose_given_name_is_a_place_s_too(project):
    draft = drafted(
        project,
        "airline",
        (
            "American Airlines' Kent Powell reported three cancellations.\n"
            "Japan's Fukushima Daiichi plant was shut. Florida's Orlando Magic won.\n"
        ),
        "2013-11-27",
    )
    assert list(draft.people) == ["kent-powell"]  # Kent is a county, and a given name


def test_a_place_s_police_is_a_body(project):
    draft = drafted(
        project,
        "police",
        "Kenosha police officers are not equipped with body cameras. The Hong Kong police arrested him.\n"
        "The Dallas police department posted a photo.\n",
        "2021-01-05",
    )
    assert {"kenosha-police", "hong-kong-police", "dallas-police-department"} <= set(draft.organisations)


def test_what_this_stops_rules_leave_alone(project):
    """Counter-examples a second reader found to the rules of the held-out sets F, G and H."""
    published = PartialDate(2021, 1, 5)  # a Tuesday

    def dated(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, published)]

    assert dated("Smith will be sentenced Friday in federal court.") == ["2021-01-08"]
    assert dated("Shares rose more than expected on Monday after the report.") == ["2021-01-04"]
    assert dated("King delivered the speech during the March on Washington.") == []
    assert dated("Millions watched on Super Bowl Sunday.") == []
    found = [(f.value, f.label) for f in figures_in("They spent hundreds of millions of dollars on it.", [])]
    assert (100, "millions of dollars on it") not in found
    assert figures_in("The artefacts are thousands of years old.", []) == []
    draft = drafted(
        project,
        "counter",
        (
            "Rep. Jim Jordan, the top Republican, said no. Jim Jordan has long defended him.\n"
            "Speaking to reporters outside the banks, Janet Yellen said deposits were safe.\n"
            "A witness told CNN police arrived within minutes. Riot police fired tear gas.\n"
            "The resolution passed the Security Council with China and Russia abstaining.\n"
            "The National Oceanic and Atmospheric Administration issued a warning.\n"
            "Lava flowed from Italy's Mount Etna.\n"
            "Crowds attended the funeral of Manchester United legend Bobby Charlton.\n"
            "Uzbek President Shavkat Mirziyoyev and Tory MP Jacob Rees-Mogg spoke.\n"
            "The plan was described by Finance Minister Chrystia Freeland as "
            "\u201cthe most ambitious investment in our history.\u201d\n"
        ),
        "2021-01-05",
    )
    people, bodies = set(draft.people), set(draft.organisations)
    assert {"jim-jordan", "janet-yellen"} <= people and not {"jim-jordan", "janet-yellen"} & bodies
    assert not {"cnn-police", "riot-police", "council-with-china", "uzbek", "tory"} & bodies
    assert "national-oceanic-and-atmospheric-administration" in bodies
    assert not {"mount-etna", "manchester-united"} & people
    said = said_by(draft)
    assert said["the most ambitious investment in our history."] == "chrystia-freeland"


def test_he_or_she_said_is_the_last_person_the_article_calls_so_and_more_verbs_of_saying(project):
    draft = drafted(
        project,
        "sparring",
        (
            "Justice Samuel Alito is a fierce questioner. He shakes his head when he fails to get an answer.\n"
            "Solicitor General Elizabeth Prelogar is the administration's top lawyer. She responds with precision.\n"
            '"But there is some risk," Alito interjected. "Do you dispute that?"\n'
            "Alito told Prelogar it appeared she wanted to extend the case to employment. "
            '"Is that right?" he asked.\n'
            '"No, Justice Alito," Prelogar said. "I was trying to make an observation about college."\n'
            '"Then why were you talking about corporate America," he rejoined.\n'
            "Judge Arthur Engoron at first tried to stop the speeches, telling his lawyer Chris Kise to "
            '"control your client" and threatening to remove him.\n'
        ),
        "2023-11-06",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["But there is"] == said["Do you disput"[:12]] == "samuel-alito"  # "interjected" is a verb of saying
    assert said["Is that righ"] == "samuel-alito"  # not Prelogar, named last but called "she"
    assert said["No, Justice "] == said["I was trying"] == "elizabeth-prelogar"
    assert said["Then why wer"] == "samuel-alito"  # "he rejoined" after her paragraph
    assert said["control your"] == "arthur-engoron"  # who is told is not who speaks


def test_the_president_or_the_center_is_who_was_named_so_and_a_name_inside_a_quotation_does_not_speak(project):
    draft = drafted(
        project,
        "washington",
        (
            "President Joe Biden met Ukrainian leader Volodymyr Zelensky on Tuesday.\n"
            '"The American people can be and should be incredibly proud," the president said on Tuesday.\n'
            "The National Hurricane Center is watching four areas. "
            '"Some gradual development of this system is expected," the hurricane center wrote in its outlook.\n'
            "Speaker Mike Johnson spoke after the meeting. "
            '"I have asked the White House for a clear strategy," he said, "and thus far their answers are poor."\n'
            "Sen. J.D. Vance of Ohio left the meeting between Zelensky and other senators early. He said Zelensky "
            'provided senators with an "update on strategic milestones" and began taking questions.\n'
            "Whole Foods Market cut prices. The Dana F. Besecker Company sold stock. "
            '"Prices are lower than they were last week," the company said.\n'
        ),
        "2023-12-12",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["The American"] == "joe-biden"
    assert said["Some gradual"] == "national-hurricane-center"
    assert said["I have asked"] == said["and thus far"] == "mike-johnson"  # not the White House he names
    assert said["update on st"] == "j-d-vance"  # "He", the subject before, not Zelensky of whom he spoke
    assert said["Prices are l"] != "dana-f-besecker-company"  # "the company" may be any company's


def test_a_body_ending_in_system_force_or_legislatures_is_no_person_and_a_name_and_a_body_are_two(project):
    draft = drafted(
        project,
        "bodies",
        (
            "The bureau is financed through the Federal Reserve System, rather than by Congress. "
            "The Israeli Defense Force declined to comment. The list came from the National Conference of State "
            "Legislatures. She graduated from Princeton and Yale Law School, and Harvard and University of North "
            "Carolina lost the case. The Food and Drug Administration approved it, and Procter and Gamble sold it.\n"
        ),
        "2023-11-06",
    )
    assert not {"reserve-system", "force", "legislatures"} & set(draft.people)
    assert {
        "federal-reserve-system",
        "israeli-defense-force",
        "national-conference-of-state-legislatures",
        "yale-law-school",
        "food-and-drug-administration",
    } <= set(draft.organisations)
    assert not {"princeton-and-yale-law-school", "harvard-and-university-of-north-carolina"} & set(draft.organisations)


def test_people_after_a_title_of_several_a_bodys_possessive_or_before_what_they_tweeted(project):
    draft = drafted(
        project,
        "clerks",
        (
            "She was a law clerk to liberal Justices Ruth Bader Ginsburg and Elena Kagan. Two of them were "
            "then-lower court judges Brett Kavanaugh and Ketanji Brown Jackson.\n"
            "At US Airways, Todd Lehmacher testified it was minimal. Delta Air Lines' Morgan Durrant said so. "
            '"Polite seatmate," Ellie Hall tweeted early Wednesday.\n'
        ),
        "2023-11-06",
    )
    assert {
        "ruth-bader-ginsburg",
        "elena-kagan",
        "brett-kavanaugh",
        "ketanji-brown-jackson",
        "todd-lehmacher",
        "morgan-durrant",
        "ellie-hall",
    } <= set(draft.people)


def test_both_ends_of_a_range_are_figures_with_what_they_count_but_not_a_score_a_span_of_years_or_ages():
    def found(sentence: str) -> list[tuple[float, str]]:
        return sorted((f.value, f.label) for f in figures_in(sentence, []))

    assert found("Totals for west Texas are expected to reach 2 to 4 inches.") == [
        (2, "inches: Totals west Texas reach"),
        (4, "inches: Totals west Texas reach"),
    ]
    assert found("Many cities will see wet-bulb temperatures of 32-34 degrees.") == [
        (32, "degrees: cities see wet-bulb temperatures"),
        (34, "degrees: cities see wet-bulb temperatures"),
    ]
    assert found("It put 45-50 million people in danger.") == [
        (45_000_000, "people in danger"),
        (50_000_000, "people in danger"),
    ]
    # a sum of money in billions written short, both ends in the low end's currency; but no metres
    assert found("It will cost \u00a33-4bn to build the line.") == [
        (3_000_000_000, "pounds to build the line"),
        (4_000_000_000, "pounds to build the line"),
    ]
    assert found("The wall is 2-3m tall.") == []
    assert [value for value, _ in found("Its value fell from $327 million in 2016 to roughly $116.8 million.")] == [
        116_800_000,
        327_000_000,
    ]
    # a split of votes, no range of one count: the votes for and against
    assert [label.split(":")[0] for _, label in found("The court ruled by a 6-3 vote along ideological lines.")] == [
        "votes against",
        "votes for",
    ]
    assert found("As in 2017-18, people aged 18 to 24 voted.") == []


def test_a_name_the_article_introduces_is_a_term_a_verb_or_a_plural_of_one_is_not():
    text = (
        "One strand of this software, known as Red Wolf, uses cameras dubbed \u201cHebron Smart City.\u201d "
        "After leaving the military, they are often headhunted by the private sector. He has begun "
        "pre-emptively stripping to his underwear. It uses surveillance technology, and surveillance "
        "technologies are everywhere."
    )
    terms = terms_of(text)
    assert {"Red Wolf", "Hebron Smart City"} <= terms
    assert not {"often headhunted", "pre-emptively stripping"} & terms
    assert len({term for term in terms if term.startswith("surveillance tech")}) == 1


def test_bodies_listed_after_their_kind_and_what_it_does_and_a_body_after_ngo(project):
    draft = drafted(
        project,
        "exports",
        (
            "Its exports doubled thanks to companies producing surveillance systems, like Elbit, Candiru, and "
            "Rafael. It was revealed by the NGO Front Line Defenders that six were hacked. Forbes Magazine outed "
            "him in 2017. It is outside the findings of the Intergovernmental Panel on Climate Change.\n"
        ),
        "2023-11-07",
    )
    bodies = {"elbit", "candiru", "rafael", "front-line-defenders", "forbes-magazine"}
    assert bodies | {"intergovernmental-panel-on-climate-change"} <= set(draft.organisations)
    assert "ngo-front-line-defenders" not in draft.organisations


def test_a_word_used_again_that_opens_a_place_follows_a_measure_or_comes_before_a_title_is_no_body(project):
    draft = drafted(
        project,
        "storm",
        (
            "The storm will shift toward the Leeward Islands, then stay north of the Leeward Islands. It will "
            "reach 31 degrees Celsius, or 33 degrees Celsius. Democratic Sen. Chris Murphy spoke, and Democratic "
            "Sen. Jeff Merkley agreed. Trains ran, Amtrak said, and Amtrak added seats.\n"
        ),
        "2022-08-29",
    )
    assert not {"leeward", "celsius", "democratic"} & set(draft.organisations)
    assert "amtrak" in draft.organisations


def test_a_word_or_two_someone_named_is_said_to_have_chosen_is_a_quotation_a_word_borrowed_is_not(project):
    draft = drafted(
        project,
        "testimony",
        (
            'Defence lawyer Chris Kise spoke at length. Then Kise called his client\u2019s answers "brilliant." '
            'Officials claim the technology makes a "frictionless" occupation. The bill would store so-called '
            '"metadata" for two years.\n'
        ),
        "2023-11-06",
    )
    said = said_by(draft)
    assert said == {"brilliant.": "chris-kise"}


def test_a_short_label_takes_the_clause_before_its_own_and_no_adverbs():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("The impact was more pronounced at US Airways Express, which tallied 56 cancellations.") == [
        (56, "cancellations: impact US Airways Express")
    ]
    assert found("Fresh halibut fillets routinely sell for $24 to $28 a pound.")[0] == (
        24,
        "dollars: Fresh halibut fillets sell",
    )
    assert found("The hundreds of thousands, and thousands of views, came in.") == [(1000, "views")]


def test_a_congressman_a_cargo_company_a_place_and_a_peoples_adjective_before_a_body(project):
    draft = drafted(
        project,
        "contest",
        (
            "There is scare talk from Republicans like Congressman Paul Ryan. Two members of the British Red Cross "
            "were on hand. He drove for the manager of Safeway Cargo, a FedEx contractor in Liberia. Crews went to "
            "the challenge on St Leonards Place, Edinburgh. Bill Caton, president of Associated General "
            "Contractors of Alabama, said so.\n"
        ),
        "2011-10-05",
    )
    assert draft.people["paul-ryan"].fields["role"] == "Congressman"
    assert not {"red-cross", "contractors", "safeway-cargo"} & set(draft.people)
    assert {"safeway-cargo", "associated-general-contractors-of-alabama"} <= set(draft.organisations)


def test_a_pronoun_after_a_sentence_is_its_subjects_and_a_verb_in_the_past_after_a_name_is_the_names(project):
    draft = drafted(
        project,
        "campaign",
        (
            "Sharron Angle, the Republican candidate against Sen. Harry Reid, released an ad saying that she wants to "
            "save it.\n"
            'Analyst Shannon Cross also said Jobs put in place a "culture of innovation" that will help Apple.\n'
        ),
        "2010-08-13",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["culture of i"] == "shannon-cross"  # of Jobs, said by her
    from generator.draft.candidates import pronouns

    people = [m for m in draft.mentions["campaign"] if m.text in ("Sharron Angle", "Harry Reid")]
    called = pronouns(draft.texts["campaign"], people)
    assert called.get("harry-reid") != "she"  # her "she", though after his name


def test_a_number_after_what_was_done_counts_what_the_clause_did():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("The latest Ebola outbreak has killed 3,338 in Guinea, Sierra Leone and Liberia.") == [
        (3338, "latest Ebola outbreak killed")
    ]
    assert found("The iMac sold about 2 million in its first 12 months.")[0] == (2_000_000, "iMac sold in its first")
    assert found("The company opened two in 2020.") == []  # of what the article counted before


def test_a_year_a_month_a_week_or_a_day_spent_is_a_span():
    """ "took a year to return to flight": one year, spent; not "a year ago" nor "took a day off"."""

    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("Orbital Sciences took a year to return to flight.") == [(1, "years to return to flight")]
    assert found("A year ago it fell.") == found("They took a day off.") == []


def test_a_titled_pair_a_strategist_at_a_body_a_given_name_alone_two_parties_a_poll_and_a_restaurant(project):
    draft = drafted(
        project,
        "pairs",
        (
            "There is scare talk from Republicans like Congressman Paul Ryan and Newt Gingrich. We need to bring "
            "Democrats and Republicans together. Data came from the NBC News/Wall Street Journal Poll. Apple's "
            "chief operating officer, Tim Cook, was named CEO. Tim runs the show, and Tim knows it. Competitors "
            "came to Kismot Restaurant's curry challenge, courtesy of Ian Lyngen, senior Treasury strategist at "
            "CRT Capital.\n"
        ),
        "2011-08-25",
    )
    assert {"paul-ryan", "newt-gingrich", "tim-cook", "ian-lyngen"} <= set(draft.people)
    assert {"democrats", "republicans", "wall-street-journal", "kismot-restaurant"} <= set(draft.organisations)
    assert not {"tim", "democrats-and-republicans", "wall-street-journal-poll"} & set(draft.organisations)


def test_a_name_used_again_that_is_no_ones_and_no_place_is_a_term(project):
    draft = drafted(
        project,
        "programme",
        (
            "Chef Jane Smith said diners who ate the Kismot Killer fell ill. She served the Kismot Killer to "
            "twenty diners in Edinburgh, and Smith said Edinburgh liked it.\n"
        ),
        "2011-10-05",
    )
    terms = {str(candidate.fields.get("term")) for candidate in draft.terms.values()}
    assert "Kismot Killer" in terms
    assert not {"Jane Smith", "Smith", "Edinburgh"} & terms  # a person's, a place's


def test_what_the_held_out_sets_rules_leave_alone(project):
    """A second reader's counter-examples to the rules the held-out sets I, J and K led to."""
    text = (
        "Maria Lopez, 42, waited outside the courthouse on Tuesday. Her son was arrested in March, and he has been "
        "in jail since.\n"
        '"My son is innocent and the police know it," she said.\n'
        "President Joe Biden met workers in Michigan. Shawn Fain, the president of the United Auto Workers, "
        "joined him.\n"
        '"We won a record contract for our members," the president of the union said.\n'
        "Secretary of State Antony Blinken visited Austin, where a judge blocked the law.\n"
        '"The law is plainly constitutional and will be upheld," the state argued in its filing.\n'
        'Chancellor Jeremy Hunt said the tax, called a "windfall" levy by critics, would raise money. Apple CEO '
        'Tim Cook said the new chip, called "M3," was the fastest.\n'
        "Shares of Nvidia rose after Nvidia's chief executive, Jensen Huang, spoke. The Pentagon awarded the "
        "contract to Lockheed Martin. Shares of Lockheed rose, and analysts said Lockheed was well placed.\n"
        "Human Rights Watch warned that civilians faced starvation. Sen. Bernie Sanders and Whole Foods clashed. "
        "Alphabet Inc's Google DeepMind released a model. Drag racing legend John Force said he would return. "
        "The probe left the Solar System. He taught history at Franklin and Marshall College.\n"
    )
    draft = drafted(project, "counter", text, "2023-11-06")
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["My son is in"] == "maria-lopez"  # the "he" after her name is her son
    assert said["We won a rec"] != "joe-biden" and said["The law is p"] != "antony-blinken"
    assert not {"windfall", "M3"} & {str(q.fields["words"]).strip(",") for q in draft.quotations.values()}
    assert {"nvidia", "lockheed", "franklin-and-marshall-college"} <= set(draft.organisations)
    assert "solar-system" not in draft.organisations and "john-force" in draft.people
    assert not {"human-rights-watch", "whole-foods", "google-deepmind"} & set(draft.people)

    def figures(sentence: str) -> list[float]:
        return [f.value for f in figures_in(sentence, [])]

    for score in (  # a vote's tally is two figures: test_ratios_to_one_votes_and_a_decade_are_figures
        "Arsenal won 2-1 at Old Trafford.",
        "It went 10-2 last season.",
    ):
        assert figures(score) == [], score
    assert figures("The store is open 9 to 5 on weekdays. Hamilton finished 2 in Brazil. Biden turned 81.") == []
    monday = PartialDate.parse("2023-11-06")
    shooting = "The shooting Saturday is the deadliest in the state this year, police said."
    assert [d.date.form for d in dates_in(shooting, monday)] == ["2023-11-04", "2023"]
    assert [d.date.form for d in dates_in("Thousands marched last weekend.", monday)] == ["2023-11"]


def test_she_said_after_a_paragraph_is_its_subjects_not_the_last_name_it_held(project):
    draft = drafted(
        project,
        "ad",
        (
            "Sharron Angle, a Tea Party favorite running against Democratic Sen. Harry Reid in Nevada, recently "
            "released a television ad saying that she wants to save Social Security.\n"
            '"We have a contract with our seniors," She said in the ad.\n'
        ),
        "2010-08-13",
    )
    said = {str(q.fields["words"])[:12]: q.fields["speaker"] for q in draft.quotations.values()}
    assert said["We have a co"] == "sharron-angle"


def test_an_earthquakes_magnitude_is_a_figure():
    found = figures_in("The monument cracked in the magnitude-5.8 quake, and officials closed it.", [])
    assert [(f.value, f.label) for f in found] == [(5.8, "magnitude of the quake")]


def test_a_figure_in_millions_is_the_exact_number():
    found = figures_in("Of the remaining 4.1 million bbl., about 0.3 million were burned and 2.675 billion spent.", [])
    assert [f.value for f in found] == [4_100_000, 300_000, 2_675_000_000]


def test_a_sum_of_money_in_abbreviated_millions_or_billions():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("The Fed will sell $400bn of Treasuries.") == [(400_000_000_000, "dollars of Treasuries")]
    assert found("It raised \u00a33m from investors and \u20ac2.5bn from banks.") == [
        (3_000_000, "pounds from investors"),
        (2_500_000_000, "euros from banks"),
    ]
    assert found("The deal is worth $1.2tn in total.") == [(1_200_000_000_000, "dollars in total")]
    assert found("They built a 3m wall and a 40m tower.") == []  # metres, not millions
    for sentence, value in (
        ("It raised $2B from investors.", 2_000_000_000),
        ("The fund lost $3.5mn last year.", 3_500_000),
        ("It will cost $4 bn in all.", 4_000_000_000),
    ):
        assert [f.value for f in figures_in(sentence, [])] == [value], sentence
    assert found("Chapter 2b is long.") == []


def test_a_transcripts_turns_are_quotations_of_the_names_that_open_them(project):
    transcript = (
        "EDITOR'S NOTE: This is a transcript of the programme.\n"
        "The council has cut funding for the pool, reports Jane Roe.\n"
        "MARK BANNERMAN: The decision to cut funding has drawn some comment.\n"
        "JANE ROE: Do you think this is punishment for the results?\n"
        "JON SIEBEN: Look, reading between the lines, it would seem that way.\n"
        "It is not about how many dollars are in the bank.\n"
        "JANE ROE: And the swimmers?\n"
        "MARK BANNERMAN: Jane Roe reporting.\n"
    )
    draft = drafted(project, "pm", transcript, "2013-04-22")
    said = said_by(draft)
    assert said == {
        "The decision to cut funding has drawn some comment.": "mark-bannerman",
        "Do you think this is punishment for the results?": "jane-roe",
        "Look, reading between the lines, it would seem that way.": "jon-sieben",
        "It is not about how many dollars are in the bank.": "jon-sieben",  # the turn goes on
        "And the swimmers?": "jane-roe",
        "Jane Roe reporting.": "mark-bannerman",
    }
    assert {"mark-bannerman", "jane-roe"} <= set(draft.people)  # two turns each; Jon Sieben's one, named nowhere else
    assert draft.people["mark-bannerman"].fields["name"] == "Mark Bannerman"
    hearing = "SEN. ELIZABETH WARREN: You should resign.\nJOHN STUMPF: I will not.\nSEN. ELIZABETH WARREN: Then go.\n"
    said = said_by(drafted(project, "hearing", hearing, "2016-09-20"))
    assert said == {
        "You should resign.": "elizabeth-warren",
        "I will not.": "john-stumpf",
        "Then go.": "elizabeth-warren",
    }
    assert not {"editor-s-note", "editors-note"} & (set(draft.people) | set(draft.organisations))
    article = "LOS ANGELES: The council met on Monday.\nBREAKING NEWS: The mayor resigned.\nHe left at noon.\n"
    plain = drafted(project, "plain", article, "2013-04-22")
    assert not plain.quotations and not plain.people  # a dateline and a label name no speaker


def test_ratios_to_one_votes_and_a_decade_are_figures():
    def found(sentence: str) -> list[tuple[float, str | None, str]]:
        return [(f.value, f.qualifier, f.label) for f in figures_in(sentence, [])]

    assert found("The bank failed with a 34-to-1 leverage ratio.") == [(34, None, "to 1 leverage ratio")]
    assert found("Average leverage rose from 18 to 1 in 1993 to over 25 to 1 by 2007.") == [
        (18, None, "to 1: Average leverage"),
        (25, "more than", "to 1: Average leverage"),
    ]
    assert found("The committee voted 9 to 1 earlier this week to keep rates low.") == [
        (9, None, "votes for: committee"),
        (1, None, "votes against: committee"),
    ]
    assert [value for value, _, _ in found("The Senate voted 51-49 on Tuesday.")] == [51, 49]  # no range of 51 to 49
    assert found("He spoke after nearly a decade of fighting in Iraq.") == [(10, "nearly", "years of fighting in Iraq")]
    for sentence in (
        "The store is open 9 to 5.",
        "Children aged 2 to 12 may enter.",
        "It happened a decade ago.",
        "Prices will double within a decade.",
        "The team won 3 to 1 on Sunday.",
    ):
        assert not found(sentence), sentence


def test_a_body_for_an_aim_two_bodies_joined_by_and_and_a_bracketed_sentence(project):
    draft = drafted(
        project,
        "census",
        (
            "The shift is a problem, said an analyst of the liberal National Committee for an Effective Congress.\n"
            "The Labor Department met. According to Labor Department and Commerce Department data, spending fell.\n"
            "The Department of Health and Human Services agreed. The Department of Health met.\n"
            "The Food and Drug Administration approved it. (See pictures of the plant.) (See the list.)\n"
        ),
        "2010-10-09",
    )
    bodies = set(draft.organisations)
    assert {"national-committee-for-an-effective-congress", "labor-department", "commerce-department"} <= bodies
    assert {"department-of-health-and-human-services", "food-and-drug-administration"} <= bodies
    assert not {"effective-congress", "labor-department-and-commerce-department", "human-services", "see"} & bodies


def test_a_month_after_before_or_through_which_something_happens():
    october = PartialDate.parse("2010-10-09")
    forms = [
        [d.date.form for d in dates_in(sentence, october)]
        for sentence in (
            "Nothing will be official until after December, when the bureau completes its tallies.",
            "The talks ran through March.",
            "He spoke before May said anything.",
        )
    ]
    assert forms == [["2010-12"], ["2010-03"], []]


def test_an_age_before_a_name_a_patrol_and_the_titles_of_works_in_quotation_marks(project):
    draft = drafted(
        project,
        "braugher",
        (
            "The Nebraska State Patrol says 67-year-old Ruth Smathers, of Lost Springs, Wyoming, was killed.\n"
            "He won an Emmy for \u201cHomicide: Life on the Street\u201d and starred in "
            "\u201cMen of a Certain Age,\u201d then in the TV movie \u201cThe Court-Martial of Jackie Robinson.\u201d\n"
            "\u201cNo, Justice Alito,\u201d Elizabeth Prelogar said. She said \u2018Don\u2019t Tell Me\u2019 was fun.\n"
        ),
        "2023-12-12",
    )
    people, bodies, terms = set(draft.people), set(draft.organisations), set(draft.terms)
    assert "ruth-smathers" in people and "nebraska-state-patrol" in bodies and "patrol" not in people
    assert {"homicide-life-on-the-street", "men-of-a-certain-age", "the-court-martial-of-jackie-robinson"} <= terms
    assert not {"homicide", "life", "jackie-robinson", "certain-age"} & (people | bodies)
    assert "from-now-on" not in terms and "no-justice-alito" not in terms  # words said, not a title


def test_what_a_transcripts_turns_leave_alone_a_second_readers_lines(project):
    """A second reader's counter-examples to the transcript rule: labels that name no one, and the article's own
    lines after a transcript."""
    court = (
        "ANNA WEST: Did you take the money?\nMARK COLE: Yes, your honor.\nANNA WEST: All of it?\n"
        "MARK COLE: Most of it.\nCole faces up to 30 years in prison.\n"
        "\u201cHe knows what he did,\u201d his lawyer, Ruth Ames, said.\n"
    )
    said = said_by(drafted(project, "court", court, "2020-01-06"))
    assert said["Most of it."] == "mark-cole" and "Cole faces up to 30 years in prison." not in said
    assert said["He knows what he did"] == "ruth-ames"
    labels = (
        "UNIDENTIFIED MALE: Get out of the water.\nUNIDENTIFIED MALE: Now!\n"
        "THE FACTS: Not by a long shot. Growth was faster in 1997.\nTHE FACTS: Wrong again.\n"
        "JOE BIDEN: 2,473,633 votes (49.5%)\nDONALD TRUMP: 2,461,854 votes (49.3%)\nJOE BIDEN: 1,200 votes\n"
        "NAVI MUMBAI: Police on Tuesday arrested two men.\nThe men were held in Navi Mumbai overnight.\n"
    )
    draft = drafted(project, "labels", labels, "2020-11-06")
    assert not {"unidentified-male", "the-facts", "facts", "navi-mumbai"} & set(draft.people)
    assert not any(str(q.fields["words"])[:1].isdigit() for q in draft.quotations.values())
    npr = (
        "STEVE INSKEEP, HOST: Jon Sieben won gold in 1984.\nJON SIEBEN: It was a shame.\n"
        "INSKEEP: Did you ever think it would come to this?\nSIEBEN: No.\n"
        "SEN. ELIZABETH WARREN: You should resign.\nJOHN STUMPF: I will not.\n"
    )
    said = said_by(drafted(project, "npr", npr, "2016-09-20"))
    assert said.get("Did you ever think it would come to this?") != "jon-sieben"
    assert said.get("You should resign.") != "john-stumpf"


def test_what_the_fourth_held_out_sets_name_and_figure_rules_leave_alone_a_second_readers_lines(project):
    """A second reader's counter-examples to set L's rules of names and figures."""
    names = {
        (mention.text, mention.title)
        for sentence in (
            "Former Fed Chairman Ben Bernanke spoke.",
            "Acting FBI Director Jane Roe spoke.",
            "Outgoing Bank of England Governor Mark Carney spoke.",
            "The Federal Reserve Bank of Kansas City is hosting the symposium.",
            "House Oversight met. The House Oversight and Government Reform Committee said so.",
        )
        for mention in find_new(sentence, [], {0})
    }
    assert {("Fed", ""), ("FBI", ""), ("Bank of England", ""), ("Federal Reserve Bank of Kansas City", "")} <= names
    assert {("House Oversight and Government Reform Committee", "")} <= names
    assert not {text for text, _ in names} & {
        "Former Fed",
        "Acting FBI",
        "Outgoing Bank of England",
        "Federal Reserve Bank",
    }
    bodies = set(
        drafted(
            project,
            "rivian",
            "Ford lent money to a carmaker (Rivian, according to two people familiar with the matter).\n"
            "Analysts said Rivian faces pressure. Rivian declined to comment.\n",
            "2021-11-10",
        ).organisations
    )
    assert "rivian" in bodies

    def figures(sentence: str) -> list[float]:
        return [f.value for f in figures_in(sentence, [])]

    for sentence, values in (
        ("Profit margins shrank from 3 to 1 percent last year.", [1, 3]),
        ("The resolution passed 99 to 1, the widest margin of the session.", []),
        ("The ratio of nurses to patients fell from 1 to 4 to 1 to 8.", []),
        ("Ohio voted 53-47 for Trump in 2020.", []),
        ("Some people voted 2 to 3 times in the primary, prosecutors said.", []),
        ("The council voted 1,200 to 800 to approve it.", [1200, 800]),
        ("Half a decade of war has ruined it.", [5]),  # five years, not ten
        ("The drought has lasted a decade and a half.", []),
        ("Sales hit their lowest in over a decade.", []),
    ):
        assert figures(sentence) == values, sentence


def test_a_person_named_by_a_given_name_alone(project):
    draft = drafted(
        project,
        "tijuana",
        (
            "\u201cIt\u2019s corruption plain and simple,\u201d said an asylum-seeker named Beatriz. "
            "Beatriz has been waiting two months.\n"
            "\u201cWe\u2019ve been suffering for two months,\u201d said Stanley, an asylum seeker.\n"
            "The team spoke to Lorena (not her real name), an Angolan woman. Lorena has seven children.\n"
            "A dog named Max barked. The fire spread to Paris, a city of millions, said Reuters, a news agency.\n"
        ),
        "2019-07-09",
    )
    assert {"beatriz", "stanley", "lorena"} <= set(draft.people)
    assert not {"max", "paris", "reuters"} & set(draft.people)
    said = said_by(draft)
    assert said["It\u2019s corruption plain and simple"] == "beatriz"
    assert said["We\u2019ve been suffering for two months"] == "stanley"


def test_an_age_at_death_is_a_figure_and_a_time_of_day_is_none():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("Andre Braugher died at age 61 Monday due to a brief illness.") == [(61, "years of age at death")]
    assert found("She died aged 94 in London.") == [(94, "years of age at death")]
    assert found("He died at 3 a.m. on Friday.") == []
    assert found("The storm hit at 5 p.m., killing 12 people.") == [(12, "people: storm killing")]
    assert found("A 53-year-old economist said so.") == []  # an age that says who someone is


def test_what_the_fifth_held_out_sets_rules_leave_alone_a_second_readers_lines(project):
    """A second reader's counter-examples to the rules of set M: no person of a company, an adverb, a town or
    an animal; no age at death of a count; a person in a slogan stays one."""
    text = (
        "Her husband called Comcast. \u201cWe apologize,\u201d Comcast said in a statement.\n"
        "\u201cDemand remains extraordinary,\u201d said Nvidia, a chipmaker based in California.\n"
        "Separately, a 45-year-old man was charged. In Lewiston, a 40-year-old Army reservist opened fire.\n"
        "Bella, a 4-year-old Labrador, was rescued. Etsy, a 19-year-old online marketplace, said so.\n"
        "The 80-year-old Rolling Stones frontman sang. A 45-year-old Walmart Supercenter employee was hurt.\n"
        "A sign on the fence read \u201cWelcome Home Sgt. Bowe Bergdahl\u201d and Bergdahl was freed.\n"
    )
    people = set(drafted(project, "companies", text, "2024-01-05").people)
    assert not {"comcast", "nvidia", "separately", "lewiston", "bella", "etsy", "rolling-stones"} & people
    assert "bowe-bergdahl" in people

    def figures(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    for sentence in (
        "The toddler died at 18 months old.",
        "COVID-19 patients died at 12 hospitals across the state.",
        "Nursing home residents died at 10 times the rate of others.",
        "Her phone battery died at 40 percent.",
        "The victim died at 3 in the morning.",
    ):
        assert "years of age at death" not in [label for _, label in figures(sentence)], sentence
    assert figures("He died on Sunday at 88.") == [(88, "years of age at death")]


def test_a_printed_interviews_turns_are_quotations_of_the_person_the_family_name_stands_for(project):
    interview = (
        "Jim Roe founded the company with Ann Lee in 2009.\n"
        "Interviewer: How did it start?\n"
        "Roe: I lost a sale. I could not take a card.\n"
        "Did she agree at once?\n"
        "Roe:She said yes the next day.\n"
        "Update: The company was sold in 2014.\n"
    )
    said = said_by(drafted(project, "qa", interview, "2014-01-26"))
    # a question the interview leaves unlabelled is no answer; "Interviewer" and "Update" name no one here
    assert said == {"I lost a sale. I could not take a card.": "jim-roe", "She said yes the next day.": "jim-roe"}
    article = "Smith: A Life.\nSmith: The Sequel.\nThe books sold well.\n"
    assert not drafted(project, "books", article, "2014-01-26").quotations  # no one named Smith in full


def test_a_title_of_letters_or_of_a_department_stays_out_of_the_name(project):
    sentence = (
        "At the home of Verizon CIO Shaygan Kheradpir, Apple CTO Bob Smith spoke. SVP Jim Brown left. "
        "According to Director of Product Management Joe Ambeault, Secretary of State John Foster Dulles "
        "and Director of National Intelligence James R. Clapper were there."
    )
    people = drafted(project, "titles", sentence, "2010-08-18").people
    assert {key: (p.fields["name"], p.fields["role"]) for key, p in people.items()} == {
        "shaygan-kheradpir": ("Shaygan Kheradpir", "Verizon CIO"),
        "bob-smith": ("Bob Smith", "Apple CTO"),
        "jim-brown": ("Jim Brown", "SVP"),
        "joe-ambeault": ("Joe Ambeault", "Director of Product Management"),
        "john-foster-dulles": ("John Foster Dulles", "Secretary of State"),
        "james-r-clapper": ("James R. Clapper", "Director of National Intelligence"),
    }


def test_a_body_named_once_as_a_source_as_a_workplace_or_in_a_list_after_a_colon(project):
    text = (
        "Viewers watch five hours of TV a day, according to Nielsen. "
        "Stewart Alsop, a former board member at TiVo, has published rumors. "
        "It may not please the two largest companies that make set-top boxes: Motorola and Cisco. "
        "It buys parts from suppliers such as Comcast. "
        "Spending on ads will rise, Forrester forecasts."
    )
    organisations = {o.fields["name"] for o in drafted(project, "bodies", text, "2011-09-13").organisations.values()}
    assert {"Nielsen", "TiVo", "Motorola", "Cisco", "Comcast", "Forrester"} <= organisations
    text = "The ruling, according to Jane Roe, was wrong. Smith forecast rain. The list: Paris and Rome."
    assert not drafted(project, "no-bodies", text, "2011-09-13").organisations


def test_a_body_named_once_by_what_it_is_does_or_makes(project):
    text = (
        "The idea became Square, a company that provides payments. "
        "Viewers leave cable; Comcast, the leading U.S. cable system, lost subscribers. "
        "Spending, which EMarketer says will barely break $1 billion, is small. "
        "In June she joined Comedy Central as a correspondent. "
        "Analysts expect more, and Verizon launched a phone today."
    )
    organisations = {o.fields["name"] for o in drafted(project, "once", text, "2010-08-12").organisations.values()}
    assert {"Square", "Comcast", "EMarketer", "Comedy Central", "Verizon"} <= organisations
    # a place, a plural acronym, a street, a family name and a thing are no bodies
    text = (
        "She flew from Nairobi, and help came from NGOs. A store on Westlake, surrounded by towers, sold fish. "
        "Rates held, though Fisher sold bonds. Gamers say the Wii sold well. Crime fell, and Seattle's mayor spoke. "
        "Ten years ago Kodiak had a base. Big cities like Boise grew. She read a novel by Tolstoy."
    )
    assert not drafted(project, "not-once", text, "2010-08-12").organisations


def test_a_month_opening_a_sentence_and_a_christmas_of_a_named_year():
    def found(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse("2010-08-12"))]

    assert found("In May, she played a reporter in Iron Man 2.") == ["2010-05"]
    assert found("Since March, prices rose.") == ["2010-03"]
    assert found("By Christmas 2012 you will have an Apple TV.") == ["2012-12-25"]
    assert found("The shops are full by Christmas.") == ["2010-12"]


def test_a_service_a_product_or_numbers_are_no_ones_name_and_an_analysts_firm_is_a_body(project):
    text = (
        "She checks the CNN Web site. The company has 3.8 million customers for Fios Internet, and Apple TV "
        "plugs into a set. He set up Six Thirty, a financial technology accelerator. "
        "Piper Jaffray analyst Gene Munster dug through supplies."
    )
    draft = drafted(project, "services", text, "2011-09-13")
    assert {p.fields["name"] for p in draft.people.values()} == {"Gene Munster"}
    assert "Piper Jaffray" in {o.fields["name"] for o in draft.organisations.values()}


def test_a_name_with_no_title_or_speech_is_a_persons_when_the_census_knows_its_given_name(project):
    text = (
        "How else do you explain Zuckerberg, and Reed Hastings, making this list? "
        "The clip was shot by Ray Hafner and Derek Franzese. "
        "The best headphones are the Sol Republic Tracks. Flights to Georgia Tech and Austin Texas resumed."
    )
    people = {p.fields["name"] for p in drafted(project, "census", text, "2011-08-13").people.values()}
    assert people == {"Reed Hastings", "Ray Hafner", "Derek Franzese"}


def test_last_night_is_the_day_before():
    def found(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse("2013-11-27"))]

    assert found("I checked into my flight last night.") == ["2013-11-26"]
    assert found("Last night, the storm hit.") == ["2013-11-26"]
    for sentence in (
        "It was the last night of the Proms.",
        "On his last night in office he spoke.",
        "The film Last Night in Soho opened.",
        "Between 1500-2000 people marched.",  # an amount, no span of years
        "Jane Austen (1775-1817) wrote six novels.",  # a life, no event of its first year
    ):
        assert found(sentence) == [], sentence


def test_a_span_of_years_written_in_full_and_a_decade_by_its_tens():
    def found(sentence: str) -> list[tuple[str, str | None]]:
        return [(d.date.iso, d.date.inferred) for d in dates_in(sentence, PartialDate.parse("2010-08-12"))]

    assert [iso for iso, _ in found("the British East India Company (1757-1857) ruled.")] == ["1757", "1857"]
    assert [iso for iso, _ in found("British Crown rule (1858\u20131947) followed.")] == ["1858", "1947"]
    ((eighties, reason), (nineties, _)) = found("platformers from the '80s and early \u201990s")
    assert (eighties, nineties) == ("1980/1989", "1990/1993")
    assert reason is not None and "the latest decade of that name" in reason  # the century is inferred
    assert found("Rock of the \u201920s.")[0][0] == "1920/1929"  # the 2020s are after the article
    # an amount, a life, and two years the wrong way round are no span
    for sentence in ("Some 1800-2000 troops left.", "Leo Tolstoy (1828-1910) wrote it.", "It fell 2010-2005 at once."):
        assert found(sentence) == [], sentence


def test_a_place_in_a_ranking_is_a_figure_labelled_by_its_ranking_or_its_clause():
    def found(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label) for f in figures_in(sentence, [])]

    assert found("It made its debut at No. 26 on the New York Times best-seller list.") == [
        (26, "rank on the New York Times best-seller list")
    ]
    assert found("This year she shot to No. 8.") == [(8, "rank: This year she shot to")]
    assert found("Rule No. 1 is simple.") == []  # a name
    assert not [label for _, label in found("He lives at No. 10 Downing Street.") if label.startswith("rank")]
    assert found("It is the No. 2 carrier.") == [(2, "carrier")]  # counted once, as before


def test_a_quarter_is_of_the_year_it_names_or_the_next_or_latest_such_quarter():
    def found(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse("2010-08-12"))]

    assert found("Due in Q4 along with its FlexView app.") == ["2010"]  # to come: this year's
    assert found("It will ship in Q1.") == ["2011"]  # to come: next year's
    assert found("Revenue rose in Q4.") == ["2009"]  # gone: the latest
    assert found("Revenue rose in Q2.") == ["2010"]
    assert found("Sales in Q1 2011 will rise. In the third quarter of 2012 it fell.") == ["2011", "2012"]
    assert found("In the fourth quarter, the Lakers led. The Q&A was long.") == []  # a game's quarter


def test_a_name_joined_by_an_ampersand_with_no_spaces_is_one(project):
    text = "Three students received scholarships from Alabama A&M University on Monday."
    organisations = {o.fields["name"] for o in drafted(project, "am", text, "2022-03-02").organisations.values()}
    assert organisations == {"Alabama A&M University"}


def test_a_vote_by_its_tally_or_its_split_gives_the_votes_for_and_against():
    def found(sentence: str) -> list[float]:
        return [f.value for f in figures_in(sentence, [])]

    assert found("The Senate confirmed her by a vote of 53-36.") == [53, 36]
    assert found("The administration lost by a 6-3 vote along ideological lines.") == [6, 3]
    assert found("The court issued a 5-4 decision on Monday.") == [5, 4]
    assert found("The team won 3-1 on Sunday.") == [] and found("It was a 2-1 win.") == []


def test_a_body_by_the_business_it_does_or_listed_after_its_kind(project):
    text = (
        "For example, Sense360, which focuses on the restaurant industry, says its data is anonymous. "
        "Emmett Kilduff, the chief executive of Eagle Alpha, which sells data to financial firms, spoke. "
        "Two location firms, Fysical and SafeGraph, mapped people. Gaza, which borders Egypt, is small. "
        "Outside the banks, Janet Yellen spoke. "
        "Hurricane Sandy, which hit New York, was big."
    )
    organisations = {o.fields["name"] for o in drafted(project, "business", text, "2018-12-10").organisations.values()}
    assert {"Sense360", "Eagle Alpha", "Fysical", "SafeGraph"} <= organisations
    assert not {"Gaza", "Hurricane Sandy", "New York", "Janet Yellen"} & organisations


def test_what_set_n_and_os_rules_leave_alone_a_second_readers_lines(project):
    """Each case one of the rules of held-out sets N and O got wrong when first written."""
    transcript = (
        "John Cole and Mary Cole spoke to the council.\n"
        "JOHN COLE: We were promised a new road.\nAnd what did we get?\nNothing at all.\n"
        "MARY COLE: We will appeal.\nCole faces up to 30 years in prison.\nCorrection: An earlier version erred.\n"
    )
    said = said_by(drafted(project, "t", transcript, "2020-01-01"))
    assert said == {
        "We were promised a new road.": "john-cole",
        "And what did we get?": "john-cole",  # a question inside a broadcast speaker's turn
        "Nothing at all.": "john-cole",
        "We will appeal.": "mary-cole",
    }
    ratings = (
        "Bukayo Saka starred.\nSaka: Tormented the left-back all afternoon. 9\nGeorge Washington University said so.\n"
    )
    ratings += "Washington: The Senate passed the bill on Tuesday.\n"
    assert not drafted(project, "ratings", ratings, "2020-01-01").quotations  # one line each: no interview
    people = drafted(
        project,
        "names",
        "Analysts at Morgan Stanley agreed. Tourists visit Beverly Hills and the Rose Garden. The Orlando Magic won. "
        "Democratic strategist Joe Trippi and Reagan economist Arthur Laffer spoke. Al Jazeera reported it.",
        "2020-01-01",
    )
    assert set(people.people) == {"joe-trippi", "arthur-laffer"}
    assert not {"democratic", "reagan"} & set(people.organisations)
    bodies = drafted(
        project,
        "bodies",
        "According to Sarah, a nurse, it was bad. \u201cExperts estimated the cost,\u201d he said. "
        "Street vendors such as Maria sold food. He has worked at both companies, Jones said. "
        "Shenzhen, which makes most phones, grew. Army Radio reported it. Virgin Mobile said its network failed.",
        "2020-01-01",
    ).organisations
    assert {o.fields["name"] for o in bodies.values()} == {"Army Radio", "Virgin Mobile"}

    def dated(sentence: str, published: str = "2020-11-12") -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse(published))]

    assert dated("In June, the company said it would cut jobs.") == ["2020-06"]
    # what was announced then, though what it announced is to come
    notified = "In a notification on March 25, the government announced a hold, adding that it would end soon."
    assert dated(notified, "2020-04-07") == ["2020-03-25"]
    # how long something has lasted, and a century, are no dated event; a decade is
    assert dated("Sudan has been on the list since the 1990s, the most since the 1800s.") == []
    assert dated("He lived there in the early 1900s and in the 1960s.") == ["1960/1969"]
    # a day weeks ahead, across the year's end: the next year's
    assert dated("Singers refuse to play the inauguration on January 20th.", "2016-12-22") == ["2017-01-20"]
    assert dated("In May's view, Brexit had to be delivered.") == dated("Until May resigned, it was split.") == []
    assert dated("They met on Christmas Eve of 2012.") == ["2012-12-24"]

    def votes(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.label.split(":")[0]) for f in figures_in(sentence, [])]

    assert votes("The Senate rejected the amendment by a vote of 53-47.") == [(53, "votes against"), (47, "votes for")]
    assert votes("MPs backed the bill by 330 votes to 231.") == [(330, "votes for"), (231, "votes against")]
    for sentence in (
        "Republicans hold a 51-49 majority in the Senate.",
        "The Yankees dropped a 4-3 decision to the Red Sox.",
    ):
        assert votes(sentence) == [], sentence


def test_a_named_sea_strip_or_desert_is_a_term_and_its_countrys_name_no_party(project):
    text = (
        "Tension rose in the South China Sea. Troops entered the Gaza Strip. Ships crossed the Panama Canal. "
        "China protested."
    )
    draft = drafted(project, "seas", text, "2020-01-01")
    assert {"South China Sea", "Gaza Strip", "Panama Canal"} <= {t.fields["term"] for t in draft.terms.values()}
    cited = [cite.quote for o in draft.organisations.values() for cite in o.cite]
    assert set(draft.organisations) == {"china"} and all("protested" in quote for quote in cited)  # not the sea's


def test_a_day_told_without_its_year_after_a_day_of_another_year_in_its_paragraph_is_of_that_year(project):
    draft = drafted(
        project,
        "surrender",
        (
            "Japan's emperor addressed his country on August 15, 1945, announcing the surrender. Severely damaged "
            "by the bombing of Hiroshima and Nagasaki on August 6 and 9, respectively, Japan had no choice.\n"
            "The museum reopened on August 7.\n"  # a paragraph on: the article's year, as before
            "The law passed on March 3, 2019, and will take effect on July 1.\n"  # to come: not the paragraph's year
            "Ellis was born on March 30, 1940. She died on July 30 at home.\n"  # months away: the article's year
            "The bomb fell on August 6, 1945. This year, the ceremony on August 5 drew crowds.\n"  # the present
        ),
        "2022-08-14",
    )
    dated = sorted((c.fields["date"].iso, str(c.fields["phrase"])) for c in draft.timeline.values())
    assert dated == [
        ("1940-03-30", "March 30, 1940"),
        ("1945-08-06", "August 6 and 9"),
        ("1945-08-06", "August 6, 1945"),
        ("1945-08-09", "August 6 and 9"),
        ("1945-08-15", "August 15, 1945"),
        ("2019-03-03", "March 3, 2019"),
        ("2022", "This year"),
        ("2022-07-30", "July 30"),
        ("2022-08-05", "August 5"),
        ("2022-08-07", "August 7"),
        ("2023-07-01", "July 1"),
    ]
    bombing = next(c.fields["date"] for c in draft.timeline.values() if c.fields["date"].iso == "1945-08-09")
    assert bombing.inferred == (
        'The article says "August 6 and 9" with no year, within a month of 15 August 1945, named before it.'
    )


def test_two_days_of_a_month():
    def found(sentence: str) -> list[str]:
        return [d.date.iso for d in dates_in(sentence, PartialDate.parse("2022-08-14"))]

    assert found("The talks were held on May 3 and 4, 1990.") == ["1990-05-03", "1990-05-04"]
    assert found("Polls open on September 12 and 13.") == ["2022-09-12", "2022-09-13"]
    assert found("It rained on August 9 and 6 people died.") == ["2022-08-09"]  # no earlier day: a count
    assert found("He was born on February 28 and 30 guests came.") == ["2022-02-28"]
    assert found("Police held him on May 3 and 14 others were detained.") == ["2022-05-03"]  # a count


def labelled(sentence: str) -> list[tuple[float, str]]:
    return [(figure.value, figure.label) for figure in figures_in(sentence, [])]


def test_an_amount_before_a_clause_s_comma_and_a_measure_named_before_its_number():
    assert labelled("Williams will receive a total annual value of $5,000, including a $250 book voucher.") == [
        (5000, "dollars: receive total annual value"),
        (250, "dollars: book voucher"),
    ]
    measures = figures_in("She had a minimum high school GPA of 3.25 or above and an ACT score of 17.", [])
    assert [(figure.value, figure.label, figure.phrase) for figure in measures] == [
        (3.25, "minimum high school GPA", "a minimum high school GPA of 3.25"),
        (17, "ACT score", "an ACT score of 17"),
    ]
    assert labelled("Labour won 132, 81 and 79 seats.") == [(132, "seats"), (81, "seats"), (79, "seats")]  # a list
    assert labelled("Officials said the city has a population of 3 million.") == [(3_000_000, "population")]
    assert labelled("He was the first of 3.") == []  # which one, no measure
    assert labelled("She was there at the age of 17.") == []  # an age says who someone is
    for who in (
        "He was a father of two, friends said.",
        "The victim, a man of 45, was hurt.",
        "She was the youngest of 9.",
    ):
        assert labelled(who) == [], who  # who someone is, as a second reader found them read
    assert labelled("The Group of 20, which meets in Bali, will talk.") == []  # a name
    # what follows says what it counts: a span of minutes, not a measure called "game"
    assert labelled("It is a game of 90 minutes, and anything can happen.") == [(90, "minutes: game")]


def test_both_ends_of_a_range_of_amounts_whatever_follows_it():
    assert labelled("Movies can be rented for between $2 to $18.") == [(2, "dollars: Movies"), (18, "dollars: Movies")]
    assert labelled("Labour won 51-49 on Tuesday.") == []  # no amount, no count of a thing
    assert labelled("The city paid $500 to 12 of the victims.") == [(500, "dollars: city paid")]  # 12 people


def test_island_names_no_country(project):
    draft = drafted(project, "votes", "Voters on the Island backed the plan. Iceland did not.\n", "2010-09-30")
    assert [cite.quote for cite in draft.organisations["iceland"].cite] == ["Iceland did not."]  # not "Island"


def test_one_name_after_a_title_in_lower_case_and_a_name_as_a_title_are_people(project):
    draft = drafted(
        project,
        "surrender",
        (
            "Japan's emperor Hirohito addressed his country on August 15, 1945, announcing the surrender.\n"
            "In 1929, Jawaharlal Nehru as Congress President gave the call for total independence.\n"
            "The president Friday said no. Her former Boss agreed.\n"
            "The ruling was written by the judge Trump appointed. She joined Goldman Sachs as Vice President.\n"
        ),
        "2022-08-14",
    )
    assert set(draft.people) == {"hirohito", "jawaharlal-nehru"}  # not the judge's appointer, nor her employer
    assert draft.people["hirohito"].fields["role"] == "Japan's emperor"
