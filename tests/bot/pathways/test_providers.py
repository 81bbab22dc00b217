"""providers.yml: where a referral may be emailed, each address with its source; every problem named."""

import pytest

from bot.pathways import providers
from bot.settings import ROOT


def test_the_shipped_file_is_valid_and_lists_no_invented_address():
    assert len(providers.load(ROOT / "providers.yml")) == 0


def test_a_missing_file_means_no_addresses(tmp_path):
    assert providers.load(tmp_path / "nope.yml").address("Anyone") is None


def test_names_match_the_catalogue_whatever_the_spacing_or_case():
    book = providers.parse("providers:\n  - name: Example  College\n    referral_email: r@example.ac.uk\n"
                           "    source: https://example.ac.uk\n")
    assert book.address("example college") == "r@example.ac.uk"
    assert book.address("Other College") is None


@pytest.mark.parametrize("text, expected", [
    ("providers: [", "not valid YAML"),
    ("- a\n- b\n", "field providers: the file must have a `providers:` list"),
    ("providers:\n  - just a string\n", "entry #1: each provider is a mapping"),
    ("providers:\n  - name: A\n    source: s\n", "entry 'A', field referral_email: required"),
    ("providers:\n  - name: A\n    referral_email: not-an-email\n    source: s\n",
     "entry 'A', field referral_email: 'not-an-email' is not an email address"),
    ("providers:\n  - name: A\n    referral_email: a@b.org\n", "entry 'A', field source: required"),
    ("providers:\n  - name: A\n    referral_email: a@b.org\n    source: s\n    phone: 1\n",
     "entry 'A', field phone: unknown field"),
    ("providers:\n  - {name: A, referral_email: a@b.org, source: s}\n  - {name: a, referral_email: c@b.org, source: s}\n",
     "entry 'a', field name: this provider is listed twice"),
])
def test_each_problem_names_the_file_entry_and_field(text, expected):
    with pytest.raises(providers.ProvidersError) as caught:
        providers.parse(text, "providers.yml")
    assert expected in str(caught.value)


def test_every_problem_is_reported_at_once():
    text = "providers:\n  - {name: A}\n  - {name: B, referral_email: x, source: s}\n"
    with pytest.raises(providers.ProvidersError) as caught:
        providers.parse(text)
    assert len(caught.value.problems) == 3
