"""Which route a report is about: its number as listed, or words naming it, never the words that only
say something is wrong."""

from bot.dialogue import next_steps
from bot.pathways import corrections

ROUTES = [{"id": "hnc-it", "title": "HNC in Information Technology", "provider": "Walsall College"},
          {"id": "data-bootcamp", "title": "Skills Bootcamp in Data", "provider": "Aston University"}]


def _which(text):
    return next_steps.pick(ROUTES, corrections.naming(text), numbered=[r["id"] for r in ROUTES])


def test_words_saying_it_is_wrong_do_not_pick_a_route_whose_title_shares_them():
    assert _which("this information is wrong") is None
    assert _which("the info is not right, out of date") is None


def test_words_naming_a_route_pick_it():
    assert _which("the information about the data bootcamp is wrong")["id"] == "data-bootcamp"
    assert _which("Walsall College info is incorrect")["id"] == "hnc-it"


def test_a_number_is_the_route_at_that_place_on_the_list():
    shown = ["a", "b", "c"]
    assert corrections.position(2, shown) == "b" and corrections.position("3", shown) == "c"
    assert corrections.position(0, shown) is None and corrections.position(4, shown) is None
    assert corrections.position("two", shown) is None
