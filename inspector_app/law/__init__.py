"""The law catalogue and the discretion benchmark (data in ``resources/law``).

Public API for the rest of the app (all plain data out, no database writes):

* :func:`load_catalogue` / :func:`default_catalogue` → :class:`Catalogue` with
  ``applicable(code, violation_date, continuing_until=None, *, decision_date, base_amount,
  instances)`` → :class:`ApplicableRule` and ``proposed_violations(template, item_code)``.
* :func:`load_discretion` / :func:`default_discretion` and :func:`calculate` →
  :class:`DiscretionResult`; :func:`count_prior_violations` gives the ``repeats`` factor and
  :func:`calculate_with_history` does both for an enterprise.
"""

from inspector_app.law.applicable import ApplicableRule, ProvisionText, join_citations
from inspector_app.law.catalogue import Catalogue, default_catalogue, load_catalogue
from inspector_app.law.discretion import DiscretionResult, calculate
from inspector_app.law.discretion_data import default_discretion, load_discretion
from inspector_app.law.fines import FineRange
from inspector_app.law.history import calculate_with_history, count_prior_violations
from inspector_app.law.loader import LawDataError

__all__ = [
    "ApplicableRule",
    "Catalogue",
    "DiscretionResult",
    "FineRange",
    "LawDataError",
    "ProvisionText",
    "calculate",
    "calculate_with_history",
    "count_prior_violations",
    "default_catalogue",
    "default_discretion",
    "join_citations",
    "load_catalogue",
    "load_discretion",
]
