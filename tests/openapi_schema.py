"""Validate JSON bodies against CircleCI's OpenAPI 3.0 document (../shared/circleci/openapi-v2.json) with jsonschema.

    from openapi_schema import validate_response, validate_request
    validate_response("GET", "/project/{project-slug}/pipeline", 200, body)
    validate_request("POST", "/workflow/{id}/rerun", {"from_failed": True})

OpenAPI 3.0 schemas are not JSON Schema: `nullable: true` (and Swagger's `x-nullable`) become
type unions with "null", boolean `exclusiveMinimum/Maximum` become numeric ones, and `$ref`s
into `components` resolve through a `referencing` registry over the converted document.

`KNOWN_LIVE_DEVIATIONS` lists where the live API is known to answer outside the document;
they are relaxed unless `strict=True`.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from shared_data import shared_file

_URI = "urn:circleci:openapi-v2"

# (method, path template) -> where recorded live bodies (../shared/circleci/recorded/) break the
# document: (kind, property path[, detail]). "[]" steps into array items. Kinds: "null" (sent as
# null though not nullable), "optional" (required, but absent live), "renamed" (the live key
# differs: detail = (documented, live)), "enum" (an extra value seen live: detail = value).
_PIPELINE_ITEMS = [("enum", ("items", "[]", "trigger", "type"), "schedule"),
                   ("null", ("items", "[]", "trigger", "actor", "avatar_url"))]
KNOWN_LIVE_DEVIATIONS: dict[tuple[str, str], list[tuple[Any, ...]]] = {
    # Approval jobs and jobs that never started have "started_at": null (LFE, ROP).
    ("get", "/workflow/{id}/job"): [("null", ("items", "[]", "started_at"))],
    # "vcs_type", not "vcs-type" (WKL 2025).
    ("get", "/me/collaborations"): [("renamed", ("[]",), ("vcs-type", "vcs_type"))],
    # No avatar_url (ROP 2020).
    ("get", "/me"): [("optional", ("avatar_url",))],
    # No project.id (LFE 2020).
    ("get", "/project/{project-slug}/job/{job-number}"): [("optional", ("project", "id"))],
    # trigger.type "schedule" with a null actor avatar (ROP 2020).
    ("get", "/pipeline"): _PIPELINE_ITEMS,
    ("get", "/project/{project-slug}/pipeline"): _PIPELINE_ITEMS,
    ("get", "/pipeline/{pipeline-id}"): [("enum", ("trigger", "type"), "schedule"),
                                         ("null", ("trigger", "actor", "avatar_url"))],
    ("get", "/project/{project-slug}/pipeline/{pipeline-number}"): [
        ("enum", ("trigger", "type"), "schedule"), ("null", ("trigger", "actor", "avatar_url"))],
}


def openapi_to_jsonschema(node: Any) -> Any:
    """A deep copy of an OpenAPI 3.0 schema (or whole document) rewritten as JSON Schema 2020-12."""
    if isinstance(node, list):
        return [openapi_to_jsonschema(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: openapi_to_jsonschema(v) for k, v in node.items()}
    for bound in ("Minimum", "Maximum"):
        flag = out.get(f"exclusive{bound}")
        if isinstance(flag, bool):
            del out[f"exclusive{bound}"]
            if flag and bound.lower() in out:
                out[f"exclusive{bound}"] = out.pop(bound.lower())
    nullable = out.pop("nullable", False) | out.pop("x-nullable", False)
    if nullable:
        out = _make_nullable(out)
    return out


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    schema = dict(schema)
    kind = schema.get("type")
    if isinstance(kind, str) and "$ref" not in schema:
        schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    if isinstance(kind, list):
        if "null" not in kind:
            schema["type"] = [*kind, "null"]
        return schema
    # No single type (allOf, $ref, anyOf...): allow null beside whatever the schema says.
    return {"anyOf": [schema, {"type": "null"}]}


@cache
def _document() -> dict[str, Any]:
    return openapi_to_jsonschema(json.loads(shared_file("circleci", "openapi-v2.json").read_text()))


@cache
def _registry() -> Registry:
    resource = Resource.from_contents(_document(), default_specification=DRAFT202012)
    return Registry().with_resource(_URI, resource)


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _normalise_path(path_template: str) -> str:
    for prefix in ("/api/v2",):
        if path_template.startswith(prefix):
            path_template = path_template[len(prefix) :]
    return path_template


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    doc = _document()
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def response_schema(
    method: str, path_template: str, status: int, *, strict: bool = False
) -> dict[str, Any]:
    """The JSON Schema of one response (falls back to the `default` response), refs left to the registry."""
    method, path = method.lower(), _normalise_path(path_template)
    operation = _document()["paths"][path][method]
    responses = operation["responses"]
    key = str(status) if str(status) in responses else "default"
    if key not in responses:
        raise KeyError(f"{method.upper()} {path} documents no response {status}")
    response = _deref(responses[key])
    schema = copy.deepcopy(response["content"]["application/json"]["schema"])
    if not strict and 200 <= status < 300:
        for deviation in KNOWN_LIVE_DEVIATIONS.get((method, path), []):
            schema = _relax(schema, *deviation)
    return schema


def _inline(node: dict[str, Any]) -> dict[str, Any]:
    # Relaxing through a $ref must not edit the shared, cached document: inline a copy.
    while "$ref" in node:
        node = copy.deepcopy(_deref(node))
    return node


def _relax(schema: dict[str, Any], kind: str, prop_path: tuple[str, ...], detail: Any = None) -> dict[str, Any]:
    """A copy of ``schema`` loosened at ``prop_path`` as ``kind`` says."""
    schema = _inline(copy.deepcopy(schema))
    node = schema
    for i, step in enumerate(prop_path):
        last = i == len(prop_path) - 1
        if step == "[]":
            node["items"] = _inline(node["items"])
            node = node["items"]
            if last:
                break
            continue
        props = node["properties"]
        if last:
            if kind == "null":
                props[step] = _make_nullable(_inline(props[step]))
            elif kind == "optional":
                node["required"] = [r for r in node.get("required", []) if r != step]
            elif kind == "enum":
                props[step] = _inline(props[step])
                props[step]["enum"] = [*props[step]["enum"], detail]
            break
        props[step] = _inline(props[step])
        node = props[step]
    if kind == "renamed":
        documented, live = detail
        node["properties"][live] = node["properties"].pop(documented)
        node["required"] = [live if r == documented else r for r in node.get("required", [])]
    return schema


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    # Relative refs ("#/components/...") must resolve against the converted document.
    rooted = {"$id": _URI + "/fragment", **schema}
    rooted = json.loads(json.dumps(rooted).replace('"$ref": "#/', f'"$ref": "{_URI}#/'))
    return Draft202012Validator(
        rooted, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


@cache
def _response_validator(method: str, path: str, status: int, strict: bool) -> Draft202012Validator:
    return _validator(response_schema(method, path, status, strict=strict))


def validate_response(
    method: str, path_template: str, status: int, body: Any, *, strict: bool = False
) -> None:
    """Raise `jsonschema.ValidationError` unless `body` matches the documented response.

    `path_template` is the document's template, e.g. "/workflow/{id}/job" ("/api/v2" prefix allowed).
    """
    validator = _response_validator(method.lower(), _normalise_path(path_template), status, strict)
    error = next(iter(sorted(validator.iter_errors(body), key=lambda e: list(e.path))), None)
    if error is not None:
        raise error


def request_schema(method: str, path_template: str) -> dict[str, Any]:
    """The JSON Schema of an operation's JSON request body."""
    operation = _document()["paths"][_normalise_path(path_template)][method.lower()]
    body = _deref(operation["requestBody"])
    return copy.deepcopy(body["content"]["application/json"]["schema"])


def validate_request(method: str, path_template: str, body: Any) -> None:
    """Raise `jsonschema.ValidationError` unless `body` matches the documented request body."""
    validator = _validator(request_schema(method, path_template))
    error = next(iter(validator.iter_errors(body)), None)
    if error is not None:
        raise error
