"""Project and organization identity: every spelling CircleCI accepts mapped to one canonical key.

CircleCI names a project by a slug: ``gh/org/repo`` or ``bb/org/repo`` for GitHub OAuth and
Bitbucket Cloud organizations, and an opaque ``circleci/<org-id>/<project-id>`` for GitHub App,
GitLab and Bitbucket Data Center ones. The API also accepts ``github/`` and ``bitbucket/``
(webhooks send those long forms, the API answers with the short ones), any letter case for
GitHub and Bitbucket names, and the web app shows ``circleci/`` ids as UUIDs.

``canonical_key`` turns any of these into one lookup key, so a configured alias, a webhook's
long form and the API's answer all land on the same project. The authoritative slug is still
the one ``GET /api/v2/project/{slug}`` answers; the key only matches spellings.

Evidence for the ``circleci/`` forms (see ../shared/circleci/recorded/README.md, "circleci/…
slug projects"): the two ids are the organization's and project's UUIDs written in base58 with
the Bitcoin alphabet, checked on 15 of 15 UUID/slug pairs from six public sources; CircleCI does
not document it, and no UUID with leading zero bytes was seen, so padding of short ids is
unknown (we never pad). ``vcs_url`` of such projects is ``//circleci.com/<org UUID>/<project
UUID>`` (v2 project body, WKL capture, and a terraform provider's acceptance tests).
"""

from __future__ import annotations

import re
import uuid

BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(BASE58_ALPHABET)}

# What CircleCI accepts before the first slash, mapped to the short form it answers with.
VCS_PREFIXES = {"gh": "gh", "github": "gh", "bb": "bb", "bitbucket": "bb", "circleci": "circleci"}
# Organization kinds as `triage-agent check` names them.
ORG_KINDS = {
    "gh": "GitHub (OAuth)",
    "bb": "Bitbucket Cloud",
    "circleci": "GitHub App, GitLab or Bitbucket Data Center (circleci/ slug)",
}
# A pipeline's trigger_parameters key that tells which integration a circleci/ project uses.
PROVIDER_KINDS = {"github_app": "GitHub App", "gitlab": "GitLab", "bitbucket_dc": "Bitbucket Data Center",
                  "bitbucket_server": "Bitbucket Data Center"}

_UUID = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")
_CIRCLECI_VCS_URL = re.compile(r"^(?:https?:)?//circleci\.com/([0-9a-fA-F-]{32,36})/([0-9a-fA-F-]{32,36})/?$")


def b58encode_uuid(value: str) -> str:
    """A UUID (any case, with or without dashes) as CircleCI's short id: base58 of its 128-bit value."""
    n = uuid.UUID(value).int
    if n == 0:
        return BASE58_ALPHABET[0]
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(BASE58_ALPHABET[r])
    return "".join(reversed(out))


def b58decode_uuid(short: str) -> str | None:
    """The UUID behind a short id, or None when it is not base58 of a 128-bit value."""
    n = 0
    for c in short:
        if c not in _B58_INDEX:
            return None
        n = n * 58 + _B58_INDEX[c]
    if n >= 1 << 128:
        return None
    return str(uuid.UUID(int=n))


def is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID (the form the web app shows for circleci/ ids)."""
    return bool(_UUID.match(text))


def _short_id(part: str) -> str:
    return b58encode_uuid(part) if is_uuid(part) else part


def canonical_key(slug: str) -> str:
    """One key for every spelling of a project or organization slug that CircleCI accepts.

    ``github/Acme/API``, ``GH/acme/api`` and ``gh/acme/api`` give ``gh/acme/api``;
    ``circleci/<org UUID>/<project UUID>`` gives ``circleci/<base58>/<base58>``. The ids of a
    ``circleci/`` slug keep their case (base58 is case-sensitive). Anything else is returned
    stripped of surrounding slashes and spaces, its prefix lower-cased.
    """
    parts = [p for p in slug.strip().strip("/").split("/")]
    if not parts or not parts[0]:
        return ""
    prefix = VCS_PREFIXES.get(parts[0].lower(), parts[0].lower())
    rest = parts[1:]
    if prefix in ("gh", "bb"):
        # GitHub and Bitbucket Cloud names are case-insensitive, and so is CircleCI's lookup.
        rest = [p.lower() for p in rest]
    elif prefix == "circleci":
        rest = [_short_id(p) for p in rest]
    return "/".join([prefix, *rest])


def org_of(slug: str) -> str:
    """The organization part of a project slug: gh/acme/api -> gh/acme; circleci/O/P -> circleci/O."""
    parts = slug.strip("/").split("/")
    return "/".join(parts[:2]) if len(parts) >= 2 else slug


def vcs_prefix(slug: str) -> str:
    """gh, bb or circleci (or whatever else the slug starts with), in canonical form."""
    head = slug.strip().strip("/").split("/", 1)[0].lower()
    return VCS_PREFIXES.get(head, head)


def org_kind(slug: str, provider: str = "") -> str:
    """A human name for the kind of organization a slug belongs to (refined by a seen provider)."""
    prefix = vcs_prefix(slug)
    if prefix == "circleci" and provider:
        return f"{PROVIDER_KINDS.get(provider, provider)} (circleci/ slug)"
    return ORG_KINDS.get(prefix, prefix or "unknown")


def slug_from_circleci_vcs_url(vcs_url: str) -> str:
    """``circleci/<b58 org>/<b58 project>`` from a ``//circleci.com/<org UUID>/<project UUID>`` URL, or ""."""
    m = _CIRCLECI_VCS_URL.match((vcs_url or "").strip())
    if not m:
        return ""
    org, project = m.groups()
    if not (is_uuid(org) and is_uuid(project)):
        return ""
    return f"circleci/{b58encode_uuid(org)}/{b58encode_uuid(project)}"


def same_project(a: str, b: str) -> bool:
    """Whether two slugs name the same project (after canonicalisation)."""
    return bool(a) and canonical_key(a) == canonical_key(b)
