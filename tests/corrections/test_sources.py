"""Source corrections apply over sources.json on every page that shows sources; the engine's
shipped registry stays as it is."""

import pytest
from django.core.exceptions import ValidationError

from assistant.assessment.registry import default_registry
from assistant.core.registry import site_registry
from assistant.corrections import current
from assistant.corrections.models import SourceCorrection
from tests.corrections.conftest import CHECKED, source_correction

DIRECTORY = "/en/help/directory/"


def test_without_corrections_the_site_shows_the_shipped_registry():
    assert site_registry() is default_registry()


def test_a_correction_changes_only_what_it_fills_in():
    source_correction(
        article="第二百四十五条第一款",
        article_en="art. 245 para. 1",
        url="https://flk.npc.gov.cn/detail",
    )
    corrected = site_registry().source("criminal_law_245")
    shipped = default_registry().source("criminal_law_245")
    assert corrected.article_en == "art. 245 para. 1" and corrected.url.endswith("/detail")
    assert corrected.last_reviewed == CHECKED.isoformat()
    assert corrected.instrument == shipped.instrument and corrected.issuer == shipped.issuer
    # The engine's registry, read from the file, is untouched.
    assert shipped.article_en == "art. 245" and shipped.last_reviewed != CHECKED.isoformat()


def test_a_page_shows_a_correction_at_once_and_the_file_again_once_it_is_deleted(client):
    assert "art. 245 para. 1" not in client.get(DIRECTORY).text
    correction = source_correction(article_en="art. 245 para. 1")
    page = client.get(DIRECTORY).text
    assert "art. 245 para. 1" in page and "last reviewed 2026-11-30" in page
    correction.delete()
    assert "art. 245 para. 1" not in client.get(DIRECTORY).text


def test_an_unticked_source_shows_the_check_the_official_text_caveat(client):
    before = client.get(DIRECTORY).text.count('class="caveat-mark"')
    source_correction(verified=False)
    text = client.get(DIRECTORY).text
    assert text.count('class="caveat-mark"') == before + 1
    # The caveat itself is said once per page, however many sources carry the mark.
    assert text.count('class="caveat-legend"') == 1


def test_a_correction_of_a_source_no_longer_in_the_file_is_ignored(client):
    source_correction("repealed_rule", instrument="废止的规定")
    assert "repealed_rule" not in site_registry().sources
    assert client.get(DIRECTORY).status_code == 200


@pytest.mark.parametrize(
    "fields, field",
    [({"source_id": "no_such_rule"}, "source_id"), ({"date": "1 Oct 1997"}, "date")],
)
def test_an_unknown_source_or_a_badly_written_date_is_refused(fields, field):
    correction = source_correction()
    for name, value in fields.items():
        setattr(correction, name, value)
    with pytest.raises(ValidationError) as refused:
        correction.full_clean()
    assert field in refused.value.message_dict


def test_another_process_sees_a_correction_within_the_max_age(settings, monkeypatch):
    """A correction saved by another gunicorn worker (no signal here, the per-process cache
    not shared) shows once this process's copy is older than CORRECTIONS_MAX_AGE_SECONDS."""
    settings.CORRECTIONS_MAX_AGE_SECONDS = 60
    clock = [1000.0]
    monkeypatch.setattr(current.time, "monotonic", lambda: clock[0])
    assert site_registry() is default_registry()
    # bulk_create sends no post_save, as when another process saved the row.
    SourceCorrection.objects.bulk_create(
        [
            SourceCorrection(
                source_id="criminal_law_245",
                article_en="art. 245 para. 1",
                last_reviewed=CHECKED,
                note="Checked",
            )
        ]
    )
    clock[0] += 59
    assert site_registry().source("criminal_law_245").article_en == "art. 245"
    clock[0] += 2
    assert site_registry().source("criminal_law_245").article_en == "art. 245 para. 1"
