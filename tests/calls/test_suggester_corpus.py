"""The floor the conduct reader holds on its labelled corpus (benchmarks/conduct/).

`make bench` prints the whole table. The development part is what the patterns were written
against; the held-out parts were written after them, so their floors are lower: they say
how the reader does on wordings it has not seen, and must not get worse.
"""

import pytest

from benchmarks.suggester import load, score

FLOORS = {  # part: (precision, recall)
    "dev": (0.95, 0.95),
    "heldout": (0.95, 0.90),
    "heldout2": (0.95, 0.90),
    "heldout3": (0.95, 0.90),
    "heldout4": (0.90, 0.75),
}


@pytest.mark.parametrize("part", FLOORS)
def test_the_reader_holds_its_floor_on_the_corpus(part):
    result = score(load(part))
    precision, recall = FLOORS[part]
    assert result.precision() >= precision, [e.text for e, _got in result.errors]
    assert result.recall() >= recall, [e.text for e, _got in result.errors]


def test_no_ordinary_sentence_in_the_development_part_gets_a_suggestion():
    assert [e.text for e, got in score(load("dev")).errors if not e.codes and got] == []


def test_the_corpus_is_big_enough():
    examples = [e for part in FLOORS for e in load(part)]
    assert sum(1 for e in examples if e.codes) >= 200
    assert sum(1 for e in examples if not e.codes) >= 60
