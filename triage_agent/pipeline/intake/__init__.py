"""Intake: how failures come in. Discovery decides which projects are watched (and who they
are); polling reads their pipelines and workflows and records failed jobs as failures;
webhooks record CircleCI's deliveries and hand their workflows to the same stages."""
