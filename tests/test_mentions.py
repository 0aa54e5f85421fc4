"""Which words of prose become links: first mentions, longest names, whole words, names' case."""

from __future__ import annotations

from generator.render.mentions import Destination, Mentions, Target, Vocabulary


def vocabulary() -> Vocabulary:
    people = {name: Target("ghani", "people") for name in ("Ashraf Ghani", "Ghani")}
    people["Abdul Ghani Baradar"] = Target("baradar", "people")
    terms = {
        "peace": Target("peace", "glossary"),
        "peace process": Target("process", "glossary"),
        "peace processes": Target("process", "glossary"),
    }
    return Vocabulary(people, terms)


def links(text: str) -> str:
    mentions = Mentions(vocabulary(), lambda target: Destination(f"{target.kind}/{target.id}"), tooltips=False)
    return str(mentions.prose(text))


def test_the_longest_name_at_a_place_wins():
    assert (
        links("Abdul Ghani Baradar met Ashraf Ghani.")
        == '<a href="people/baradar">Abdul Ghani Baradar</a> met <a href="people/ghani">Ashraf Ghani</a>.'
    )
    assert (
        links("The peace process and peace.")
        == 'The <a href="glossary/process">peace process</a> and <a href="glossary/peace">peace</a>.'
    )


def test_only_the_first_mention_links():
    assert links("Ghani and Ashraf Ghani") == '<a href="people/ghani">Ghani</a> and Ashraf Ghani'


def test_names_match_whole_words_only():
    assert links("Ghanis, peaceful, peace-keeping") == "Ghanis, peaceful, peace-keeping"


def test_a_shorter_name_is_found_where_a_longer_one_is_cut_short():
    assert links("Abdul Ghani spoke") == 'Abdul <a href="people/ghani">Ghani</a> spoke'
    assert links("peace processing") == '<a href="glossary/peace">peace</a> processing'


def test_names_keep_their_case_and_terms_match_in_any_case():
    assert links("ghani spoke of Peace Processes") == 'ghani spoke of <a href="glossary/process">Peace Processes</a>'


def test_a_term_is_not_linked_inside_its_own_definition():
    mentions = Mentions(vocabulary(), lambda target: Destination(f"#{target.id}"), tooltips=False)
    assert (
        str(mentions.prose("A peace process brings peace.", itself="process"))
        == 'A peace process brings <a href="#peace">peace</a>.'
    )


def test_a_page_links_only_what_it_may_show_with_its_own_tooltip():
    def destination(target: Target) -> Destination | None:
        return None if target.id == "ghani" else Destination(f"#{target.id}", f"{target.id} <defined>")

    mentions = Mentions(vocabulary(), destination)
    assert (
        str(mentions.prose("Ghani spoke of peace."))
        == 'Ghani spoke of <a href="#peace" title="peace &lt;defined&gt;">peace</a>.'
    )
    assert mentions.seen == {"peace"}
