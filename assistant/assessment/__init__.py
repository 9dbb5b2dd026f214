"""Pure-Python assessment of an overdue consumer-loan case (no Django imports here).

Entry points: `parse_case` / `case_to_dict` (the anxin.case/1 file; in casefile.py they
are `parse` / `to_dict`), `assess` and
`assessment_to_dict` (the anxin.assessment/1 result), `timeline_detail` (per-stage content
for the case page), `load_registry` (sources and thresholds, with database overrides).
"""

from .assess import Assessment, assess, assessment_to_dict, timeline_detail
from .casefile import Case, CaseFileError
from .casefile import parse as parse_case
from .casefile import parse_json as parse_case_json
from .casefile import to_dict as case_to_dict
from .registry import Registry, default_registry, load_registry

__all__ = [
    "Assessment",
    "Case",
    "CaseFileError",
    "Registry",
    "assess",
    "assessment_to_dict",
    "case_to_dict",
    "default_registry",
    "load_registry",
    "parse_case",
    "parse_case_json",
    "timeline_detail",
]
