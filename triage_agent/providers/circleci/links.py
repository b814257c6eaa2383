"""Where a person sees a pipeline, a workflow or a job: CircleCI's web app (app.circleci.com)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WEB_BASE = "https://app.circleci.com"


@dataclass(frozen=True)
class CircleCILinks:
    """The web app's pages, by project slug, pipeline number, workflow id and job number
    (``core.ci.WebLinks``)."""

    base: str = WEB_BASE

    def pipeline(self, slug: str, pipeline_number: Any) -> str:
        """The pipeline in the CircleCI web app."""
        return f"{(self.base or WEB_BASE).rstrip('/')}/pipelines/{slug}/{pipeline_number}"

    def workflow(self, slug: str, pipeline_number: Any, workflow_id: str) -> str:
        """The workflow in the CircleCI web app."""
        return f"{self.pipeline(slug, pipeline_number)}/workflows/{workflow_id}"

    def job(self, slug: str, pipeline_number: Any, workflow_id: str, job_number: Any) -> str:
        """The job in the CircleCI web app (the workflow when the job has no number)."""
        base = self.workflow(slug, pipeline_number, workflow_id)
        return f"{base}/jobs/{job_number}" if job_number not in (None, "") else base
