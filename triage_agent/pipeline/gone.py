"""Nothing final on one 404: a resource counts as gone only when the token is confirmed and it was
missing twice, minutes apart.

Provider-neutral (it asks the port's ``me()`` and keeps its marks in the store), so it stays
with the stages rather than in ``providers/circleci/``: CircleCI is why it exists, but any API
that hides what a token may not see behind a 404 needs the same caution.

CircleCI answers a wrong or revoked token with 404 "Project not found" on project-scoped v2
routes (recorded v2-error-404.project-not-found.json, CircleCI-Archived/api-preview-docs#44: a
404 for a project that existed, which was a token problem), not 401. So before a 404 closes a
pipeline, settles a rerun or expires an approved proposal, ``GET /me`` is asked (it does answer
401 for a bad token: recorded v2-error-401.project-token.json), and the 404 must repeat after
``CONFIRM_AFTER``. A rerun's new workflow may not be readable right after the 202 (assumption:
the recorded 202 had no id at all, and a new workflow was found only by re-listing), so a 404
for it within ``RERUN_GRACE`` of the rerun means "not visible yet".
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from ..errors import AuthError, CircleCIError
from ..ports import CIProvider
from ..store import Store
from ..store import projects as store_projects
from ..timeutil import parse

log = logging.getLogger(__name__)

CONFIRM_AFTER = timedelta(minutes=5)
RERUN_GRACE = timedelta(minutes=10)
# A first 404 older than this no longer counts: the next one starts the confirmation again.
FORGET_AFTER = timedelta(hours=24)


class GoneCheck:
    """Decides whether a 404 is final. One instance per cycle or execute run (the token is
    confirmed at most once per instance); the 404 history lives in the ``missing`` table."""

    def __init__(self, provider: CIProvider, store: Store, now: datetime, *,
                 confirm_after: timedelta = CONFIRM_AFTER) -> None:
        self.provider = provider
        self.store = store
        self.now = now
        self.confirm_after = confirm_after
        self._token_ok = False

    def confirm_token(self) -> None:
        """Ask ``GET /me`` once: an AuthError means the token, not the resource, is the problem."""
        if not self._token_ok:
            self.provider.me()
            self._token_ok = True

    def missing(self, key: str, detail: str = "") -> bool:
        """Record a 404 for ``key``; True when it is final (an earlier 404 at least
        ``confirm_after`` ago, the token confirmed now). Raises AuthError for a refused token."""
        self.confirm_token()
        mark = store_projects.missing_mark(self.store, key)
        if mark is not None:
            last = parse(mark.last_at)
            if last is not None and self.now - last > FORGET_AFTER:
                mark = None
        if mark is None:
            store_projects.first_missing(self.store, key, self.now, detail)
            log.info("%s answered 404 (token confirmed); not final until it repeats in %s", key,
                     self.confirm_after)
            return False
        store_projects.missing_again(self.store, key, self.now, mark.count + 1)
        first = parse(mark.first_at)
        return first is not None and self.now - first >= self.confirm_after

    def final(self, key: str, detail: str = "") -> bool:
        """``missing``, where a failed ``/me`` (other than a 401, which raises) just means "not
        final yet": nothing is concluded from a 404 that could not be confirmed."""
        try:
            return self.missing(key, detail)
        except AuthError:
            raise
        except CircleCIError as exc:
            log.info("%s answered 404 and /me failed (%s); not final", key, exc)
            return False

    def found(self, key: str) -> None:
        """The resource answered again: forget its 404s."""
        store_projects.forget_missing(self.store, key)

    def forget(self, key: str) -> None:
        """The 404 was acted on: its record is no longer needed."""
        self.found(key)
