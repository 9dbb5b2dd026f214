"""The conduct reader against its labelled corpus: precision and recall per code.

`python -m benchmarks.suggester [--errors]` prints the table for the development part, the
held-out part (written after the patterns, never tuned on) and both; `make bench` prints it
too. tests/calls/test_suggester_corpus.py holds the floor. No Django needed.
"""

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assistant.assessment.conduct import REPORTED_CODES
from assistant.calls.suggester import suggest

CORPUS = Path(__file__).parent / "conduct"
PARTS = ("dev", "heldout", "heldout2", "heldout3", "heldout4")


@dataclass(frozen=True)
class Example:
    codes: frozenset
    text: str
    line: int


def load(part):
    examples = []
    path = CORPUS / f"{part}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        codes, text = line.split("\t", 1)
        wanted = frozenset() if codes == "-" else frozenset(codes.split(","))
        unknown = wanted - set(REPORTED_CODES)
        if unknown:
            raise ValueError(f"{path.name}:{number}: unknown codes {sorted(unknown)}")
        examples.append(Example(wanted, text, number))
    return examples


@dataclass
class Score:
    tp: Counter
    fp: Counter
    fn: Counter
    errors: list
    sentences: int
    conduct_sentences: int

    def precision(self, code=None):
        tp, fp = self._sum(self.tp, code), self._sum(self.fp, code)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, code=None):
        tp, fn = self._sum(self.tp, code), self._sum(self.fn, code)
        return tp / (tp + fn) if tp + fn else 1.0

    @staticmethod
    def _sum(counter, code):
        return counter[code] if code else sum(counter.values())


def score(examples):
    tp, fp, fn, errors = Counter(), Counter(), Counter(), []
    for example in examples:
        got = frozenset(suggest(example.text))
        for code in got & example.codes:
            tp[code] += 1
        for code in got - example.codes:
            fp[code] += 1
        for code in example.codes - got:
            fn[code] += 1
        if got != example.codes:
            errors.append((example, got))
    conduct = sum(1 for e in examples if e.codes)
    return Score(tp, fp, fn, errors, len(examples), conduct)


def table(name, result):
    lines = [
        f"conduct suggester, {name}: {result.conduct_sentences} conduct sentences, "
        f"{result.sentences - result.conduct_sentences} ordinary",
        f"  {'code':<28} {'precision':>9} {'recall':>7}   tp  fp  fn",
    ]
    for code in REPORTED_CODES:
        if result.tp[code] + result.fp[code] + result.fn[code] == 0:
            continue
        lines.append(
            f"  {code:<28} {result.precision(code):9.1%} {result.recall(code):7.1%}"
            f" {result.tp[code]:4d}{result.fp[code]:4d}{result.fn[code]:4d}"
        )
    lines.append(
        f"  {'all codes (micro)':<28} {result.precision():9.1%} {result.recall():7.1%}"
        f" {sum(result.tp.values()):4d}{sum(result.fp.values()):4d}{sum(result.fn.values()):4d}"
    )
    wrong_ordinary = sum(1 for e, got in result.errors if not e.codes and got)
    lines.append(f"  ordinary sentences given a suggestion: {wrong_ordinary}")
    return "\n".join(lines)


def run(show_errors=False):
    parts = {part: load(part) for part in PARTS}
    parts["all"] = [example for part in PARTS for example in parts[part]]
    for name, examples in parts.items():
        result = score(examples)
        print(table(name, result))
        if show_errors and name != "all":
            for example, got in result.errors:
                want = ",".join(sorted(example.codes)) or "-"
                print(f"    {name}:{example.line} want {want} got {','.join(sorted(got)) or '-'}")
                print(f"      {example.text}")
    texts = [e.text for e in parts["all"]]
    start = time.perf_counter()
    for text in texts:
        suggest(text)
    per = (time.perf_counter() - start) * 1000 / len(texts)
    print(f"conduct suggester: {per:.3f} ms per sentence ({len(texts)} sentences)")


if __name__ == "__main__":
    run(show_errors="--errors" in sys.argv)
