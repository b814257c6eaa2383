"""JSON18: a body the job FETCHED over HTTP that did not parse is no repository file that does not parse (made-up
logs). data-file-syntax (any JSONDecodeError, "invalid json", "is not valid json") and syntax-error ("Unterminated
string", jq's "parse error") read such a body real at 0.95-0.97: a requests/httpx/aiohttp json() frame, a json.loads of
a response, jq or a JSON loader reading curl's output. Where the fetch's trouble shows (a 5xx or 429 status, a timeout,
IncompleteRead, curl 18/28/56, "Connection broken:"), the cut-off or error body is the service's: transient. Where no
trouble shows, an API that changed its format is as likely: not surely transient. Guards: json.tool / jq / a loader
reading a repository file, a test's own fixture under pytest's E lines, YAML and TOML errors, a fetched body that
parsed above a later assertion, a retried install's "Connection broken:" above a repository file's error."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_TB = "Traceback (most recent call last):\n"
_REQ_JSON = ("  File \"/opt/venv/lib/python3.11/site-packages/requests/models.py\", line 978, in json\n"
             "    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)\n")
_HTTPX_JSON = ("  File \"/opt/venv/lib/python3.11/site-packages/httpx/_models.py\", line 766, in json\n"
               "    return jsonlib.loads(self.content, **kwargs)\n")

# (id, verdict, log)
CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ fetched, the fetch's trouble shown: transient
    ("j18-requests-json-after-503", "transient",
     "$ python tools/pull_runners.py\n"
     "GET https://api.ci-fleet.example/v2/runners -> 503 Service Unavailable\n" + _TB +
     "  File \"/home/ci/repo/tools/pull_runners.py\", line 31, in <module>\n"
     "    runners = resp.json()\n" + _REQ_JSON +
     "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + _GHA),
    ("j18-requests-json-unterminated-connection-broken", "transient",
     "$ python ci/load_shards.py\n"
     "read failed, using what arrived: ChunkedEncodingError: ('Connection broken: IncompleteRead(8192 bytes read, "
     "2048 more expected)', IncompleteRead(8192 bytes read, 2048 more expected))\n" + _TB +
     "  File \"/home/ci/repo/ci/load_shards.py\", line 18, in <module>\n"
     "    shards = r.json()[\"shards\"]\n" + _REQ_JSON +
     "requests.exceptions.JSONDecodeError: Unterminated string starting at: line 1 column 8183 (char 8182)\n" + _GHA),
    ("j18-json-loads-partial-incomplete-read", "transient",
     "$ python3 scripts/feature_flags.py\n"
     "flags: short read IncompleteRead(16384 bytes read, 9210 more expected), parsing the partial body\n" + _TB +
     "  File \"/home/ci/repo/scripts/feature_flags.py\", line 27, in <module>\n"
     "    flags = json.loads(partial)\n"
     "  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n"
     "    return _default_decoder.decode(s)\n"
     "json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 16371 (char 16370)\n" + _GHA),
    ("j18-curl-18-into-python", "transient",
     "$ curl -sS https://downloads.tooling.example/index.json | python3 -c 'import json,sys; print(json.load(sys.stdin))'\n"
     "curl: (18) transfer closed with 5120 bytes remaining to read\n" + _TB +
     "  File \"<string>\", line 1, in <module>\n"
     "json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 3060 (char 3059)\n" + _CIRCLE),
    ("j18-curl-56-into-python-json-load", "transient",
     "$ curl -sS https://api.ci-fleet.example/v1/flags | python3 -c 'import json,sys; print(json.load(sys.stdin)[\"beta\"])'\n"
     "curl: (56) Recv failure: Connection reset by peer\n" + _TB +
     "  File \"<string>\", line 1, in <module>\n"
     "  File \"/usr/lib/python3.11/json/__init__.py\", line 293, in load\n"
     "    return loads(fp.read(),\n"
     "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 2049 (char 2048)\n" + _GHA),
    ("j18-httpx-json-after-502", "transient",
     "$ python -m release.notes\n"
     "INFO httpx: HTTP Request: GET https://api.ci-fleet.example/v1/releases \"HTTP/1.1 502 Bad Gateway\"\n" + _TB +
     "  File \"/home/ci/repo/release/notes.py\", line 44, in fetch\n"
     "    return client.get(url).json()\n" + _HTTPX_JSON +
     "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + _GHA),
    ("j18-aiohttp-json-after-429", "transient",
     "$ python scripts/crawl_versions.py\n"
     "crawl: https://registry.tooling.example/api/packages?page=7 answered 429 Too Many Requests\n" + _TB +
     "  File \"/home/ci/repo/scripts/crawl_versions.py\", line 52, in page\n"
     "    return await resp.json(content_type=None)\n"
     "  File \"/opt/venv/lib/python3.11/site-packages/aiohttp/client_reqrep.py\", line 1176, in json\n"
     "    return loads(stripped.decode(encoding))\n"
     "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + _GHA),
    ("j18-json-loads-resp-text-read-timeout", "transient",
     "$ python ci/compat_table.py\n"
     "using the partial body: HTTPSConnectionPool(host='compat.tooling.example', port=443): Read timed out. "
     "(read timeout=20)\n" + _TB +
     "  File \"/home/ci/repo/ci/compat_table.py\", line 12, in <module>\n"
     "    table = json.loads(resp.text)\n"
     "json.decoder.JSONDecodeError: Unterminated string starting at: line 1 column 12270 (char 12269)\n" + _GHA),
    # ------------------------------------------------------------ guards: a repository file, a fixture, other formats
    ("j18-json-tool-repo-file", "real",
     "$ python -m json.tool .vscode/settings.json > /dev/null\n"
     "Expecting property name enclosed in double quotes: line 9 column 1 (char 201)\n" + _GHA),
    ("j18-jq-repo-file-after-good-curl", "real",
     "$ curl -sSf -o /tmp/remote.json https://api.ci-fleet.example/v1/defaults\n"
     "$ jq -s '.[0] * .[1]' /tmp/remote.json deploy/values.json > merged.json\n"
     "parse error: Expected separator between values at line 14, column 9\n" + _GHA),
    ("j18-loader-open-repo-file-after-fetch", "real",
     "$ python scripts/sync_labels.py\n"
     "fetched 18 labels from https://api.forge.example/repos/acme/web/labels (200)\n" + _TB +
     "  File \"/home/ci/repo/scripts/sync_labels.py\", line 21, in <module>\n"
     "    wanted = json.load(open(\".github/labels.json\"))\n"
     "  File \"/usr/lib/python3.11/json/__init__.py\", line 293, in load\n"
     "    return loads(fp.read(),\n"
     "json.decoder.JSONDecodeError: Expecting ',' delimiter: line 30 column 5 (char 611)\n" + _GHA),
    ("j18-pytest-fixture-decode-error", "real",
     "$ pytest -q tests/test_orders.py\n"
     "_______________________________ test_parse_order _______________________________\n"
     "    def test_parse_order():\n"
     ">       order = json.loads((FIXTURES / \"order.json\").read_text())\n"
     "E       json.decoder.JSONDecodeError: Expecting ',' delimiter: line 7 column 3 (char 118)\n"
     "tests/test_orders.py:9: JSONDecodeError\n"
     "FAILED tests/test_orders.py::test_parse_order - json.decoder.JSONDecodeError: Expecting ',' delimiter: line 7\n"
     "1 failed, 30 passed in 1.20s\n" + _GHA),
    ("j18-yaml-error-after-fetched-json", "real",
     "$ python scripts/render.py deploy/app.yaml\n"
     "fetched image tags: tags = resp.json() -> 14 entries\n"
     "yaml.scanner.ScannerError: mapping values are not allowed here\n"
     "  in \"deploy/app.yaml\", line 4, column 9\n" + _GHA),
    ("j18-fetched-decode-echo-then-yaml-error", "real",
     "$ python tools/pull_runners.py || echo 'runner list unavailable'\n" + _TB +
     "  File \"/home/ci/repo/tools/pull_runners.py\", line 31, in <module>\n"
     "    runners = resp.json()\n" + _REQ_JSON +
     "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n"
     "runner list unavailable\n"
     "$ python -c \"import yaml; yaml.safe_load(open('.ci/matrix.yml'))\"\n"
     "yaml.parser.ParserError: while parsing a block mapping\n"
     "  in \".ci/matrix.yml\", line 3, column 1\n"
     "expected <block end>, but found '-'\n" + _GHA),
    ("j18-toml-error-repo-file", "real",
     "$ python -c \"import tomllib; tomllib.load(open('pyproject.toml', 'rb'))\"\n" + _TB +
     "  File \"<string>\", line 1, in <module>\n"
     "  File \"/usr/lib/python3.11/tomllib/_parser.py\", line 66, in load\n"
     "tomllib.TOMLDecodeError: Expected '=' after a key in a key/value pair (at line 12, column 8)\n" + _GHA),
    ("j18-fetched-body-parsed-then-assertion", "real",
     "$ python scripts/check_release.py\n"
     "GET https://api.forge.example/repos/acme/web/releases/latest 200\n" + _TB +
     "  File \"/home/ci/repo/scripts/check_release.py\", line 15, in <module>\n"
     "    assert data[\"tag_name\"] == VERSION, f\"{data['tag_name']} != {VERSION}\"\n"
     "AssertionError: v2.3.0 != v2.4.0\n" + _GHA),
    ("j18-pip-broken-retry-then-json-tool", "real",
     "$ pip install check-jsonschema\n"
     "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by "
     "'ProtocolError('Connection broken: IncompleteRead(4096 bytes read, 2048 more expected)')': /simple/jsonschema/\n"
     "Successfully installed check-jsonschema-0.28.0\n"
     "$ python -m json.tool schemas/invoice.json\n"
     "Expecting ',' delimiter: line 22 column 7 (char 540)\n" + _GHA),
]

# Fetched bodies that did not parse with no trouble of the fetch shown: an API that changed its format reads the same.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("j18-requests-json-no-status",
     "$ python tools/pull_runners.py\n" + _TB +
     "  File \"/home/ci/repo/tools/pull_runners.py\", line 31, in <module>\n"
     "    runners = resp.json()\n" + _REQ_JSON +
     "requests.exceptions.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + _GHA),
    ("j18-json-loads-response-text-extra-data",
     "$ python ci/targets.py\n" + _TB +
     "  File \"/home/ci/repo/ci/targets.py\", line 9, in <module>\n"
     "    targets = json.loads(response.text)\n"
     "json.decoder.JSONDecodeError: Extra data: line 1 column 5 (char 4)\n" + _GHA),
    ("j18-curl-into-jq-no-trouble",
     "$ curl -sf https://api.ci-fleet.example/v1/targets | jq -r '.[].name'\n"
     "parse error: Invalid numeric literal at line 1, column 7\n" + _GHA),
    ("j18-httpx-json-unterminated-no-status",
     "$ python -m release.notes\n" + _TB +
     "  File \"/home/ci/repo/release/notes.py\", line 44, in fetch\n"
     "    return client.get(url).json()\n" + _HTTPX_JSON +
     "json.decoder.JSONDecodeError: Unterminated string starting at: line 3 column 12 (char 40)\n" + _GHA),
]

# jq reading a cut-off body: syntax-error no longer reads it, but jq as the failing command's tool still weighs against
# the timeout (review 15e holds jq on a 503 page not surely transient): it must not read real (it reads unknown).
NOT_REAL: list[tuple[str, str]] = [
    ("j18-curl-28-into-jq",
     "$ curl -s --max-time 30 https://status.ci-fleet.example/api/matrix.json | jq -r '.include[].os'\n"
     "curl: (28) Operation timed out after 30001 milliseconds with 40960 out of 98304 bytes received\n"
     "parse error: Unfinished JSON term at EOF at line 1, column 40960\n" + _GHA),
]


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_json18_cut_off_body_into_jq_not_real(log):
    v = judge(log)
    assert v.verdict != "real" and "syntax-error" not in {f.signature for f in v.findings}, v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_json18_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_json18_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT + [c[::2] for c in CASES if c[1] == "transient"]))
def test_json18_fetched_body_is_no_file_syntax(log):
    # the older entries read no repository file that does not parse in a body the job fetched
    assert not {f.signature for f in judge(log).findings} & {"data-file-syntax", "syntax-error"}


def test_json18_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, NOT_REAL)
