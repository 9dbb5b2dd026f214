"""The APR check: a loan's real yearly rate from what a borrower can read off it.

No maths of its own: the rate and its band come from assessment/money.py, the thresholds
(24% and 36%) and their sources from the registry.
"""

from dataclasses import dataclass
from decimal import Decimal

from assistant.assessment import money
from assistant.assessment.registry import Registry

BAND_SOURCES = ("apr_threshold_low", "apr_threshold_high")


@dataclass(frozen=True)
class AprCheck:
    apr: Decimal | None
    band: str | None
    total_repaid: Decimal

    @property
    def percent(self):
        return None if self.apr is None else f"{self.apr * 100:.2f}%"


def check_apr(received, instalment, months, registry: Registry) -> AprCheck:
    """The yearly rate (monthly IRR × 12) of `months` equal payments for `received` yuan."""
    apr = money.effective_apr(received, [instalment] * months)
    return AprCheck(
        apr=apr,
        band=money.apr_band(apr, registry),
        total_repaid=(instalment * months).quantize(money.CENT),
    )


def threshold_sources(registry: Registry):
    """The source ids behind the 24% and 36% lines."""
    return [registry.thresholds[name].source for name in BAND_SOURCES]


def threshold_percents(registry: Registry):
    """The two lines as the page shows them: {"low": "24%", "high": "36%"}."""
    low, high = (registry.value(name) * 100 for name in BAND_SOURCES)
    return {"low": f"{low.normalize():f}%", "high": f"{high.normalize():f}%"}
