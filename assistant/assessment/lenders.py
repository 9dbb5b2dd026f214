"""Lender types (CASE_FORMAT.md) and what the assessment takes from each.

`group` picks the stage content (stages.py): platform-like lenders or banks.
`regulated` marks lenders whose regulator takes conduct complaints directly (NFRA 12378
for banks and consumer-finance companies; pay-later credit such as 花呗 is funded by
consumer-finance companies), so any flag fits a regulator complaint.
`complaint_channels` are codes of the channels in FACTS.md §8, in the order to try them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class LenderType:
    code: str
    group: str
    regulated: bool
    complaint_channels: tuple[str, ...]


# Where a collection complaint goes (FACTS.md §8): banks and consumer-finance companies, and
# the funders behind platform and pay-later loans, to the NFRA (12378), which has taken these
# complaints since the 2024 routing announcement (12363 is for credit reports and payment
# companies); microloan companies to the local financial regulator; a private lender has no
# regulator: the police for violence, threats or illegal lending, otherwise a court.
LENDER_TYPES = (
    LenderType("bank_card", "bank", True, ("lender", "nfra_12378")),
    LenderType("bank_loan", "bank", True, ("lender", "nfra_12378")),
    LenderType("online_platform", "platform", False, ("lender", "nfra_12378", "nifa")),
    LenderType("consumer_finance", "platform", True, ("lender", "nfra_12378", "nifa")),
    LenderType("microloan", "platform", False, ("lender", "local_financial_regulator", "nifa")),
    LenderType("pay_later", "platform", True, ("lender", "nfra_12378", "nifa")),
    LenderType("private", "platform", False, ("police_110", "legal_aid_12348")),
    LenderType("other", "platform", False, ("lender", "consumer_12315")),
)

BY_CODE = {lender.code: lender for lender in LENDER_TYPES}
CODES = tuple(BY_CODE)


def lender_type(code: str) -> LenderType:
    return BY_CODE[code]
