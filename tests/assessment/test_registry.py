import json
from datetime import date, time
from decimal import Decimal

from assistant.assessment import default_registry, load_registry
from assistant.assessment.conduct import CONDUCT
from assistant.assessment.lenders import CODES as LENDER_TYPES
from assistant.assessment.registry import DATA_DIR, threshold
from assistant.assessment.stage_content import CONTENT, LENDER_EXTRAS

OFFICIAL_SITES = (
    "https://flk.npc.gov.cn/",
    "https://www.nfra.gov.cn/",
    "https://www.pbc.gov.cn/",
    "https://www.court.gov.cn/",
    "https://std.samr.gov.cn/",
    "https://www.nifa.org.cn/",
    "https://www.china-cba.net/",
)


def test_the_registry_is_read_once():
    assert default_registry() is default_registry()
    assert load_registry() is default_registry()


# The registry's review passes: the first one, and the LPR history's (added 2026-12-03).
REVIEWS = ("2026-11-28", "2026-12-03")


def test_every_source_has_the_fields_the_site_shows():
    for source in default_registry().sources.values():
        assert source.instrument and source.instrument_en and source.issuer, source.id
        assert source.summary_en and source.date, source.id
        assert isinstance(source.verified, bool), source.id
        # Reviewed on or after the first full review; a correction moves the date on.
        assert date.fromisoformat(source.last_reviewed) >= date(2026, 11, 28), source.id
        assert source.url is None or source.url.startswith(OFFICIAL_SITES), source.id
        assert set(source.applies_to) <= set(LENDER_TYPES), source.id


def test_the_sources_named_in_the_brief_are_there():
    for source_id in (
        "civil_code_1033",
        "gbt_45251_2025_hours",
        "gbt_45251_2025_frequency",
        "cba_2026_unanswered",
        "pipl_10",
        "card_measures_68",
        "card_measures_70",
        "cbirc_2022_9_art41",
        "nifa_2018",
        "criminal_law_196",
        "criminal_law_293_1",
        "psapl_2025_50",
        "credit_reg_16",
        "credit_reg_25",
        "civil_code_188",
        "civil_code_189",
        "civil_code_195",
        "spc_private_lending_25",
    ):
        default_registry().source(source_id)


def test_unconfirmed_rules_are_marked_unverified():
    registry = default_registry()
    assert registry.source("civil_code_1033").verified
    assert not registry.source("gbt_45251_2025_hours").verified
    assert not registry.source("cbirc_2022_9_art41").verified


def test_every_rule_id_in_the_tables_is_in_the_registry():
    registry = default_registry()
    contents = [c for group in CONTENT.values() for c in group.values()]
    contents += [c for extras in LENDER_EXTRAS.values() for c in extras.values()]
    ids = {rule for content in contents for rule in content.rules}
    ids |= {rule for conduct in CONDUCT for rule in conduct.rules}
    ids |= {t.source for t in registry.thresholds.values() if t.source}
    for source_id in ids:
        registry.source(source_id)


def test_thresholds_carry_typed_values_and_their_source():
    assert threshold("collection_window_start").value == time(8, 0)
    assert threshold("collection_window_end").value == time(22, 0)
    assert threshold("answered_calls_per_day").value == 3
    assert threshold("unanswered_attempts_per_day").source == "cba_2026_unanswered"
    assert threshold("apr_threshold_low").value == Decimal("0.24")
    assert threshold("apr_threshold_high").value == Decimal("0.36")
    assert (threshold("lpr_one_year").value, threshold("lpr_one_year").as_of) == (
        Decimal("0.030"),
        "2025-12",
    )
    assert threshold("limitation_years").value == 3


def test_decimal_thresholds_are_stored_as_strings_not_floats():
    data = json.loads((DATA_DIR / "thresholds.json").read_text(encoding="utf-8"))
    for name, entry in data["thresholds"].items():
        if entry["type"] == "decimal":
            assert isinstance(entry["value"], str), name


def test_overrides_from_the_database_replace_values_and_keep_the_rest():
    registry = load_registry(
        threshold_overrides={"lpr_one_year": {"value": "0.0285", "as_of": "2026-10"}},
        source_overrides={"gbt_45251_2025_hours": {"verified": True, "article": "5.3.2"}},
    )
    assert registry.value("lpr_one_year") == Decimal("0.0285")
    assert registry.threshold("lpr_one_year").source == "lpr_2025_12"
    assert registry.source("gbt_45251_2025_hours").article == "5.3.2"
    assert registry.source("gbt_45251_2025_hours").verified
    assert default_registry().value("lpr_one_year") == Decimal("0.030")


def test_an_override_can_add_a_source():
    registry = default_registry().with_overrides(
        sources={
            "new_rule": {
                "instrument": "新规定",
                "instrument_en": "A new rule",
                "issuer": "国家金融监督管理总局",
                "date": "2027-01-01",
                "article": None,
                "article_en": None,
                "url": "https://www.nfra.gov.cn/",
                "verified": False,
                "last_reviewed": "2027-01-02",
                "summary_en": "Something new.",
            }
        }
    )
    assert registry.source("new_rule").applies("bank_card")


def test_a_rule_limited_to_some_lenders_applies_only_to_them():
    registry = default_registry()
    assert registry.applicable(["card_measures_68", "civil_code_1033"], "pay_later") == (
        "civil_code_1033",
    )
