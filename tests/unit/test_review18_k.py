"""Review 18k of json18 (data-file-syntax and syntax-error stand aside where a fetch marker has the JSON decoder's words
within 40 lines below; json-decoder-document-error's marker lines): made-up logs. A repository file that does not parse a
few lines below an unrelated fetch that worked (an installer piped into python3, a requests .json() call, wget into jq)
or a test's own JSON call quoted on pytest's or jest's "> " line must keep its file syntax reading; fetched bodies with
the fetch's trouble shown read transient."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, reads

# (id, verdict, log)
CASES: list[tuple[str, str, str]] = [
    # an installer piped into python3 that worked; the next command's JSON.parse of a repository file failed
    ('k-poetry-installer-then-node-json-parse', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ node scripts/check-locales.js\nundefined:14\n    }\n    ^\n\nSyntaxError: Unexpected token } in JSON at position 312\n    at JSON.parse (<anonymous>)\n    at Object.<anonymous> (/home/runner/work/app/app/scripts/check-locales.js:9:21)\n##[error]Process completed with exit code 1.\n'),
    # jq printed the fetched version fine; jq then read composer.json, a repository file
    ('k-wget-jq-version-then-jq-composer', 'real',
     '$ wget -qO- https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name\nv2.40.1\n$ jq empty composer.json\nparse error: Expected separator between values at line 12, column 9\n##[error]Process completed with exit code 1.\n'),
    # a requests .json() call that printed a version; json.tool then read a schema file of the change
    ('k-requests-ok-then-json-tool', 'real',
     '+ python -c \'import requests; print(requests.get("https://pypi.org/pypi/attrs/json").json()["info"]["version"])\'\n23.2.0\n+ python -m json.tool schemas/event.json\nExpecting \',\' delimiter: line 14 column 3 (char 301)\n##[error]Process completed with exit code 1.\n'),
    # the fetch worked; the script's json.load(open(path)) read a repository locale file
    ('k-requests-ok-then-loader-path', 'real',
     '+ python -c \'import requests; print(requests.get("https://pypi.org/pypi/attrs/json").json()["info"]["version"])\'\n23.2.0\n+ python scripts/validate_locales.py data/locales/en.json\nTraceback (most recent call last):\n  File "/home/runner/work/app/app/scripts/validate_locales.py", line 12, in <module>\n    doc = json.load(open(path))\n  File "/usr/lib/python3.11/json/__init__.py", line 293, in load\n    return loads(fp.read(),\njson.decoder.JSONDecodeError: Expecting \',\' delimiter: line 41 column 5 (char 1290)\n##[error]Process completed with exit code 1.\n'),
    # webpack could not parse a JSON module in src/: the change's file
    ('k-poetry-then-webpack-json-module', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ npx webpack --mode production\nassets by status 1.2 MiB [cached] 3 assets\nERROR in ./src/data/regions.json\nModule parse failed: Unexpected token } in JSON at position 88 while parsing near \'..."eu-west",\\n  },\\n  "us"...\'\nYou may need an appropriate loader to handle this file type.\nwebpack 5.89.0 compiled with 1 error in 4210 ms\n##[error]Process completed with exit code 1.\n'),
    # npm's EJSONPARSE on package.json: a trailing comma in the change
    ('k-poetry-then-npm-ejsonparse', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ npm ci\nnpm ERR! code EJSONPARSE\nnpm ERR! path /home/runner/work/app/app/package.json\nnpm ERR! JSON.parse Unexpected token } in JSON at position 412 while parsing near \'..."jest": "^29.7.0",\\n  }\\n}\'\nnpm ERR! JSON.parse Failed to parse JSON data.\nnpm ERR! JSON.parse Note: package.json must be actual JSON, not just JavaScript.\n##[error]Process completed with exit code 1.\n'),
    # composer validate: composer.json has an extra trailing comma
    ('k-wget-jq-then-composer-validate', 'real',
     '$ wget -qO- https://api.github.com/repos/composer/composer/releases/latest | jq -r .tag_name\n2.7.1\n$ composer validate --strict\n"./composer.json" does not contain valid JSON\nParse error on line 14:\n..."php": ">=8.1",    }\n---------------------^\nExpected: \'STRING\' - It appears you have an extra trailing comma\n##[error]Process completed with exit code 1.\n'),
    # ESLint cannot read .eslintrc.json: the repository's config
    ('k-poetry-then-eslintrc', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ npx eslint .\n\nOops! Something went wrong! :(\n\nESLint: 8.56.0\n\nError: Failed to load config ".eslintrc.json": Cannot read config file: /home/runner/work/app/app/.eslintrc.json\nError: Unexpected token } in JSON at position 140\n##[error]Process completed with exit code 1.\n'),
    # tsc reports a missing comma in tsconfig.json
    ('k-poetry-then-tsconfig', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ npx tsc -p tsconfig.json --noEmit\ntsconfig.json:12:5 - error TS1005: \',\' expected.\n\n12     "strict": true\n       ~~~~~~~~\n\nFound 1 error in tsconfig.json:12\n##[error]Process completed with exit code 1.\n'),
    # a Django test client's response.json() in the test: the app's view returned no JSON, the change's bug
    ('k-django-test-client-json-under-pytest', 'real',
     '============================= FAILURES =============================\n____________________ test_items_api ____________________\n\n    def test_items_api(client):\n        response = client.get("/api/items/")\n>       data = response.json()\n\ntests/test_api.py:14: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _\nE   json.decoder.JSONDecodeError: Expecting value: line 2 column 1 (char 1)\n\n/usr/lib/python3.11/json/decoder.py:355: JSONDecodeError\n=========================== short test summary info ============================\nFAILED tests/test_api.py::test_items_api - json.decoder.JSONDecodeError: Expecting value: line 2 column 1 (char 1)\n========================= 1 failed, 88 passed in 6.02s =========================\n##[error]Process completed with exit code 1.\n'),
    # json.loads of a fake response's text in the test: the test's own sample does not parse
    ('k-pytest-mock-response-json-loads', 'real',
     '____________________ test_parse_payload ____________________\n\n    def test_parse_payload():\n        resp = FakeResponse(text=SAMPLE)\n>       payload = json.loads(resp.text)\n\ntests/test_payload.py:22: \nE   json.decoder.JSONDecodeError: Unterminated string starting at: line 3 column 14 (char 41)\nFAILED tests/test_payload.py::test_parse_payload - json.decoder.JSONDecodeError: Unterminated string starting at: line 3 column 14 (char 41)\n1 failed, 30 passed in 0.91s\n##[error]Process completed with exit code 1.\n'),
    # a jest test's JSON.parse of its fixture file, below an installer that worked
    ('k-jest-own-fixture-after-installer', 'real',
     "$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ npx jest\n FAIL  src/__tests__/config.test.ts\n  ● loads the default config\n\n    SyntaxError: Unexpected token ] in JSON at position 77\n        at JSON.parse (<anonymous>)\n\n      3 | test('loads the default config', () => {\n    > 4 |   const cfg = JSON.parse(readFileSync('fixtures/default.json', 'utf8'));\n\nTests:       1 failed, 41 passed, 42 total\n##[error]Process completed with exit code 1.\n"),
    # the fetched flags parsed and printed; a repository YAML file does not parse
    ('k-yaml-after-curl-python', 'real',
     '$ curl -sS https://api.ci-fleet.example/v1/flags | python3 -c \'import json,sys; print(json.load(sys.stdin)["beta"])\'\nTrue\n$ python -c \'import yaml; yaml.safe_load(open(".github/labels.yml"))\'\nTraceback (most recent call last):\nyaml.scanner.ScannerError: mapping values are not allowed here\n  in ".github/labels.yml", line 7, column 12\n##[error]Process completed with exit code 1.\n'),
    # the fetch worked; pyproject.toml does not parse
    ('k-toml-after-requests-json', 'real',
     '+ python -c \'import requests; print(requests.get("https://pypi.org/pypi/attrs/json").json()["info"]["version"])\'\n23.2.0\n+ python -c \'import tomllib; tomllib.load(open("pyproject.toml", "rb"))\'\nTraceback (most recent call last):\ntomllib.TOMLDecodeError: Expected \'=\' after a key in a key/value pair (at line 18, column 9)\n##[error]Process completed with exit code 1.\n'),
    # a 502 answered the fetch; its HTML page is what did not parse
    ('k-node-fetch-json-after-502', 'transient',
     '$ node scripts/sync-flags.mjs\nGET https://flags.ci-fleet.example/api/v2/flags -> 502 Bad Gateway\nfile:///home/runner/work/app/app/scripts/sync-flags.mjs:8\nconst flags = await res.json();\n\nSyntaxError: Unexpected token < in JSON at position 0\n    at JSON.parse (<anonymous>)\n    at parseJSONFromBytes (node:internal/deps/undici/undici:5329:19)\n##[error]Process completed with exit code 1.\n'),
    # the read timed out; the cut-off body is what did not parse
    ('k-requests-json-timeout-then-ok-not-real', 'transient',
     '$ python ci/fetch_matrix.py\nGET https://api.ci-fleet.example/v1/matrix failed: ReadTimeoutError("HTTPSConnectionPool(host=\'api.ci-fleet.example\', port=443): Read timed out. (read timeout=30)")\nTraceback (most recent call last):\n  File "/home/runner/work/app/app/ci/fetch_matrix.py", line 20, in <module>\n    matrix = resp.json()\n  File "/opt/venv/lib/python3.11/site-packages/requests/models.py", line 978, in json\n    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)\nrequests.exceptions.JSONDecodeError: Unterminated string starting at: line 1 column 2041 (char 2040)\n##[error]Process completed with exit code 1.\n'),
    # jq read a repository file through a redirect, not curl's output
    ('k-curl-installer-then-jq-file-stdin', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ jq -e . < config/matrix.json\nparse error: Expected separator between values at line 9, column 6\n##[error]Process completed with exit code 1.\n'),
    # the app's settings loader read a repository file that does not parse
    ('k-poetry-then-python-json-load-path-decodeerror', 'real',
     '$ curl -sSL https://install.python-poetry.org | python3 -\nRetrieving Poetry metadata\n\n# Welcome to Poetry!\n\nInstalling Poetry (1.8.3): Done\n\nPoetry (1.8.3) is installed now. Great!\n$ poetry run python -m app.settings --check\nTraceback (most recent call last):\n  File "/home/runner/work/app/app/app/settings.py", line 30, in load\n    return json.load(fh)\njson.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 5 column 1 (char 88)\n##[error]Process completed with exit code 1.\n'),
    # the fetched flags parsed; node then read app.json, a repository file
    ('k-curl-ok-then-python-syntax-unterminated', 'real',
     '$ curl -sS https://api.ci-fleet.example/v1/flags | python3 -c \'import json,sys; print(json.load(sys.stdin)["beta"])\'\nTrue\n$ node -e "JSON.parse(require(\'fs\').readFileSync(\'app.json\',\'utf8\'))"\nundefined:3\nSyntaxError: Unexpected end of JSON input\n    at JSON.parse (<anonymous>)\n##[error]Process completed with exit code 1.\n'),
]

# repository files (or a test's own call) where the older entry must still read the file's syntax error
_KEEPS = {
    "k-poetry-installer-then-node-json-parse": "data-file-syntax",
    "k-wget-jq-version-then-jq-composer": "syntax-error",
    "k-requests-ok-then-json-tool": "json-decoder-document-error",
    "k-requests-ok-then-loader-path": "data-file-syntax",
    "k-poetry-then-webpack-json-module": "data-file-syntax",
    "k-poetry-then-npm-ejsonparse": "data-file-syntax",
    "k-django-test-client-json-under-pytest": "data-file-syntax",
    "k-pytest-mock-response-json-loads": "data-file-syntax",
    "k-jest-own-fixture-after-installer": "data-file-syntax",
    "k-curl-ok-then-python-syntax-unterminated": "syntax-error",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review18_k_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("sig", "log"), [pytest.param(s, log, id=i) for i, _, log in CASES
                                          for s in [_KEEPS.get(i)] if s])
def test_review18_k_file_syntax_kept(sig, log):
    assert sig in {f.signature for f in judge(log).findings}


def test_review18_k_ids_are_unique():
    assert_unique_ids(CASES)
