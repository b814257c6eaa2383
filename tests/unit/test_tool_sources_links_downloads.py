"""Twelfth round, tool sources: link checkers in docs and site builds, and the data sets, models and
fixtures that tests download.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string; a few rest on a tool's documentation and say so). Hosts, pages, packages and paths are
made up; no project's CI log is copied.

Link checkers: a link answering 404/410, a host name that does not exist, a redirect the check
refuses, an anchor or an internal page that is missing, all fail every run: real. An external
server answering 5xx or 429, a timeout, a connection reset or refused is that server at that moment:
transient. A report mixing a 404 with a 503 is real (the 404 fails it again). A status the checker
could not explain (status 0, "response code 0") stays unsure: not transient with confidence.

Downloads in tests: an outage of the download (5xx, 429, a timeout, a reset, a name that did not
resolve for now) is transient, even when the test then reports the resource missing; a model, data
set or package name that does not exist, an offline mode the job set itself, a resource the job
never downloads, is real. A checksum that does not match a pinned hash may be a truncated download
or an outdated pin: not transient with confidence.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

from triage_agent.classify.catalogue import load_catalogue
from triage_agent.errors import ConfigError

_EXIT = "##[error]Process completed with exit code 1.\n"
_CCI = "\nExited with code exit status 1\n"
_PYTEST_END = "=========================== 1 failed, 57 passed in 21.40s ===========================\n" + _EXIT

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ markdown-link-check
    # tcort/markdown-link-check markdown-link-check ("  [%s] %s → Status: %s", "ERROR: %s dead link%s found!")
    ("mlc-404", "real",
     "Run markdown-link-check docs/install.md\n"
     "FILE: docs/install.md\n"
     "  [✓] https://example.org/start\n"
     "  [✖] https://old.example.org/guide/v1\n\n"
     "  7 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://old.example.org/guide/v1 → Status: 404\n" + _EXIT),
    ("mlc-503", "transient",
     "Run markdown-link-check docs/install.md\n"
     "FILE: docs/install.md\n"
     "  [✓] https://example.org/start\n"
     "  [✖] https://status.example.net/api\n\n"
     "  7 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://status.example.net/api → Status: 503\n" + _EXIT),
    # tcort/link-check lib/proto/http.js (a 429 is dead once its retries, if any, ran out)
    ("mlc-429", "transient",
     "FILE: README.md\n"
     "  [✓] https://example.org/start\n"
     "  [✖] https://api.example.net/v2/docs\n\n"
     "  12 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://api.example.net/v2/docs → Status: 429\n" + _EXIT),
    ("mlc-404-and-503", "real",
     "FILE: README.md\n"
     "  [✖] https://old.example.org/guide/v1\n"
     "  [✖] https://status.example.net/api\n\n"
     "  12 links checked.\n\n"
     "  ERROR: 2 dead links found!\n"
     "  [✖] https://old.example.org/guide/v1 → Status: 404\n"
     "  [✖] https://status.example.net/api → Status: 503\n" + _EXIT),
    # the verbose line ("  [%s] %s → Status: %s %s", status 0 with the request's error)
    ("mlc-status0-econnreset", "transient",
     "FILE: docs/faq.md\n"
     "  [✓] https://example.org/start → Status: 200\n"
     "  [✖] https://mirror.example.net/pkg → Status: 0 Error: read ECONNRESET\n\n"
     "  5 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://mirror.example.net/pkg → Status: 0\n" + _EXIT),
    ("mlc-status0-enotfound", "real",
     "FILE: docs/faq.md\n"
     "  [✓] https://example.org/start → Status: 200\n"
     "  [✖] https://gone-project.example/ → Status: 0 Error: getaddrinfo ENOTFOUND gone-project.example\n\n"
     "  5 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://gone-project.example/ → Status: 0\n" + _EXIT),
    # lib/proto/file.js (a relative link to a file that is not there: 400)
    ("mlc-relative-file-missing", "real",
     "FILE: docs/index.md\n"
     "  [✓] ./install.md\n"
     "  [✖] ./setup/linux.md\n\n"
     "  4 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] ./setup/linux.md → Status: 400\n" + _CCI),
    # markdown-link-check ("ERROR: File not found! Please provide a valid filename as an argument.")
    ("mlc-input-file-missing", "real",
     "$ markdown-link-check docs/INSTALL.md\n\n"
     "ERROR: File not found! Please provide a valid filename as an argument.\n" + _CCI),
    # ------------------------------------------------------------------ lychee
    # lycheeverse/lychee lychee-lib/src/types/status.rs before 0.16 ("Failed: {e}") with
    # lychee-bin/src/formatters/stats/compact.rs ("🔍 {} Total", " ✅ {} OK", " 🚫 {} {}")
    ("lychee-old-404", "real",
     "Run lycheeverse/lychee-action@v1\n"
     "Issues found in 1 input. Find details below.\n\n"
     "[README.md]:\n"
     "✗ [404] https://example.org/docs/removed-page | Failed: Network error: Not Found\n\n"
     "🔍 58 Total ✅ 57 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-old-429", "transient",
     "Issues found in 1 input. Find details below.\n\n"
     "[README.md]:\n"
     "✗ [429] https://api.example.net/v1/stats | Failed: Network error: Too Many Requests\n\n"
     "🔍 58 Total ✅ 57 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-old-500", "transient",
     "[docs/guide.md]:\n"
     "✗ [500] https://wiki.example.net/Main_Page | Failed: Network error: Internal Server Error\n\n"
     "🔍 112 Total ✅ 111 OK 🚫 1 Error\n" + _EXIT),
    # lychee-lib/src/types/status.rs (Status::Timeout: "Timeout", code "TIMEOUT")
    ("lychee-timeout", "transient",
     "[docs/guide.md]:\n"
     "[TIMEOUT] https://slow.example.net/paper.pdf | Timeout\n\n"
     "🔍 112 Total (in 31s) ✅ 111 OK 🚫 1 Error ⏳ 1 Timeouts\n" + _EXIT),
    # lychee-lib/src/types/error.rs (RejectedStatusCode, the 0.15 wording and the current one)
    ("lychee-rejected-503", "transient",
     "[README.md]:\n"
     "[503] https://ci.example.net/badge.svg | Rejected status code (this depends on your \"accept\" "
     "configuration): Service Unavailable\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-rejected-410", "real",
     "[README.md]:\n"
     "[410] https://blog.example.org/2019/intro | Rejected status code: 410 Gone\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-rejected-502-at", "transient",
     "Errors in docs/index.md\n"
     "[502] https://downloads.example.net/latest (at 14:3) | Rejected status code: 502 Bad Gateway\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    # lychee-lib/src/utils/reqwest.rs (analyze_error_chain) inside error.rs ("Network error: {analysis} ({error})")
    ("lychee-connection-refused", "transient",
     "Errors in README.md\n"
     "[ERROR] https://metrics.example.net/ | Network error: Connection refused - server may be down or port "
     "blocked (error sending request for url (https://metrics.example.net/))\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-dns-temporary", "transient",
     "Errors in README.md\n"
     "[ERROR] https://docs.example.net/ | Network error: DNS temporarily unavailable. Try again later "
     "(error sending request for url (https://docs.example.net/))\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    ("lychee-dns-failed", "real",
     "Errors in README.md\n"
     "[ERROR] https://defunct-tool.example/ | Network error: DNS resolution failed. Check hostname and DNS "
     "settings (error sending request for url (https://defunct-tool.example/))\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    # the pre-0.16 chain as reqwest printed it
    ("lychee-old-dns-not-known", "real",
     "[README.md]:\n"
     "✗ [ERR] https://defunct-tool.example/ | Failed: Network error: error sending request for url "
     "(https://defunct-tool.example/): error trying to connect: dns error: failed to lookup address "
     "information: Name or service not known\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    # lychee-bin/src/formatters/stats/detailed.rs ("📝 Summary", "Errors in {source}", per-host "Rate limited")
    ("lychee-detailed-404-and-timeout", "real",
     "📝 Summary\n---------------------\n"
     "🔍 Total............9\n✅ Successful.......7\n⏳ Timeouts.........1\n🚫 Errors...........1\n\n"
     "Errors in docs/api.md\n"
     "[404] https://example.org/api/v1/old (at 3:1) | 404 Not Found\n"
     "[TIMEOUT] https://slow.example.net/spec (at 9:1) | Request timed out\n" + _EXIT),
    # lychee-lib/src/types/error.rs ("Cannot find fragment")
    ("lychee-fragment-missing", "real",
     "Errors in docs/index.md\n"
     "[ERROR] file:///home/runner/work/app/app/docs/setup.md#install | Cannot find fragment\n\n"
     "🔍 40 Total ✅ 39 OK 🚫 1 Error\n" + _EXIT),
    # ------------------------------------------------------------------ html-proofer
    # gjtorikian/html-proofer lib/html_proofer/url_validator/external.rb (3.x: "failed: %{code} %{message}")
    # and lib/html_proofer/runner.rb ("HTML-Proofer found #{failure_text}!")
    ("htmlproofer3-404", "real",
     "Running [\"ImageCheck\", \"LinkCheck\"] on [\"./_site\"] on *.html...\n"
     "Checking 120 external links...\n"
     "- ./_site/guide/index.html\n"
     "  *  External link https://old.example.org/spec.pdf failed: 404 No error\n"
     "htmlproofer 3.19.4 | Error:  HTML-Proofer found 1 failure!\n" + _CCI),
    # the same file before 4.0 ("response code #{response_code} means something's wrong. ...")
    ("htmlproofer3-code0-timeout", "transient",
     "Checking 120 external links...\n"
     "- ./_site/guide/index.html\n"
     "  *  External link https://mirror.example.net/ failed: response code 0 means something's wrong.\n"
     "             It's possible libcurl couldn't connect to the server or perhaps the request timed out.\n"
     "             Sometimes, making too many requests at once also breaks things.\n"
     "             Either way, the return message (if any) from the server is: Timeout was reached\n"
     "htmlproofer 3.19.4 | Error:  HTML-Proofer found 1 failure!\n" + _CCI),
    # 4.x+: "failed with something very wrong." / handle_timeout ("got a time out (response code ...)")
    ("htmlproofer-very-wrong-peer", "transient",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/index.html:41:\n\n"
     "  External link https://cdn.example.net/lib.js failed with something very wrong.\n"
     "It's possible libcurl couldn't connect to the server, or perhaps the request timed out.\n"
     "Sometimes, making too many requests at once also breaks things.\n"
     "Either way, the return message from the server is: Failure when receiving data from the peer (status code 0)\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    ("htmlproofer-time-out", "transient",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/about/index.html:12:\n\n"
     "  External link https://slow.example.net/talk failed: got a time out (response code 0) (status code 0)\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    ("htmlproofer-503", "transient",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/index.html:88:\n\n"
     "  External link https://status.example.net/ failed: Service Unavailable (status code 503)\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    ("htmlproofer-429", "transient",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/index.html:88:\n\n"
     "  External link https://api.example.net/v2 failed: Too Many Requests (status code 429)\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    ("htmlproofer-404-and-503", "real",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/index.html:88:\n\n"
     "  External link https://status.example.net/ failed: Service Unavailable (status code 503)\n\n"
     "* At ./_site/blog/index.html:19:\n\n"
     "  External link https://old.example.org/post failed: Not Found (status code 404)\n\n"
     "HTML-Proofer found 2 failures!\n" + _EXIT),
    # lib/html_proofer/url_validator/internal.rb ("internally linking to #{url}, which does not exist")
    ("htmlproofer-internal", "real",
     "For the Links > Internal check, the following failures were found:\n\n"
     "* At ./_site/docs/index.html:30:\n\n"
     "  internally linking to ../setup/, which does not exist\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    # external.rb ("failed: #{url.without_hash} exists, but the hash '#{hash}' does not")
    ("htmlproofer-hash", "real",
     "For the Links > External check, the following failures were found:\n\n"
     "* At ./_site/docs/index.html:30:\n\n"
     "  External link https://example.org/manual#install failed: https://example.org/manual exists, but the "
     "hash 'install' does not (status code 200)\n\n"
     "HTML-Proofer found 1 failure!\n" + _EXIT),
    # ------------------------------------------------------------------ linkinator
    # JustinBeckwith/linkinator src/cli.ts ("[<status>] <url>", "ERROR: Detected N broken links. Scanned ...")
    ("linkinator-404", "real",
     "> linkinator ./public --recurse\n"
     "🏊‍♂️ crawling ./public\n"
     "  [404] https://example.org/removed\n"
     "ERROR: Detected 1 broken links. Scanned 214 links in 9.12 seconds.\n" + _EXIT),
    ("linkinator-503", "transient",
     "> linkinator ./public --recurse\n"
     "  [503] https://downloads.example.net/nightly\n"
     "ERROR: Detected 1 broken links. Scanned 214 links in 9.12 seconds.\n" + _EXIT),
    ("linkinator-429", "transient",
     "> linkinator ./public --recurse\n"
     "  [429] https://api.example.net/v1\n"
     "ERROR: Detected 1 broken links. Scanned 214 links in 9.12 seconds.\n" + _EXIT),
    # the fragment check ("[#] <url>")
    ("linkinator-fragment", "real",
     "> linkinator ./public --recurse --check-fragments\n"
     "  [#] https://example.org/docs/setup#linux\n"
     "ERROR: Detected 1 broken links. Scanned 214 links in 9.12 seconds.\n" + _EXIT),
    # ------------------------------------------------------------------ muffet
    # raviqqe/muffet page_result_formatter.go (page URL, then "\t<status or error>\t<url>") and
    # retry_http_client.go ("max retry count %d exceeded: %w"), fasthttp's error texts
    ("muffet-404", "real",
     "Run muffet http://localhost:1313/\n"
     "http://localhost:1313/docs/\n"
     "\t404\thttps://example.org/gone-page\n" + _EXIT),
    ("muffet-timeout", "transient",
     "Run muffet http://localhost:1313/\n"
     "http://localhost:1313/docs/\n"
     "\ttimeout\thttps://slow.example.net/whitepaper\n" + _EXIT),
    ("muffet-dial-timeout-retries", "transient",
     "Run muffet --max-retries 3 http://localhost:1313/\n"
     "http://localhost:1313/blog/\n"
     "\tmax retry count 3 exceeded: dialing to the given TCP address timed out\thttps://cdn.example.net/a.js\n"
     + _EXIT),
    ("muffet-502", "transient",
     "Run muffet http://localhost:1313/\n"
     "http://localhost:1313/\n"
     "\t502\thttps://downloads.example.net/\n" + _EXIT),
    ("muffet-no-such-host", "real",
     "Run muffet http://localhost:1313/\n"
     "http://localhost:1313/\n"
     "\tlookup defunct-tool.example on 127.0.0.53:53: no such host\thttps://defunct-tool.example/\n" + _EXIT),
    # ------------------------------------------------------------------ htmltest
    # wjdp/htmltest htmltest/check-link.go ("Non-OK status: %d", "request exceeded our ExternalTimeout",
    # "target does not exist", "hash does not exist"), issues/issue.go ("%v --- %v --> %v"), main.go ("✘✘✘ failed in")
    ("htmltest-404", "real",
     "htmltest started at 10:01:02 on public\n"
     "========================================================================\n"
     "docs/index.html\n"
     "  Non-OK status: 404 --- docs/index.html --> https://example.org/retired\n"
     "========================================================================\n"
     "✘✘✘ failed in 3.218s\n1 errors in 42 documents\n" + _EXIT),
    ("htmltest-external-timeout", "transient",
     "htmltest started at 10:01:02 on public\n"
     "========================================================================\n"
     "docs/index.html\n"
     "  request exceeded our ExternalTimeout --- docs/index.html --> https://slow.example.net/\n"
     "========================================================================\n"
     "✘✘✘ failed in 18.004s\n1 errors in 42 documents\n" + _EXIT),
    ("htmltest-503", "transient",
     "htmltest started at 10:01:02 on public\n"
     "========================================================================\n"
     "index.html\n"
     "  Non-OK status: 503 --- index.html --> https://status.example.net/\n"
     "========================================================================\n"
     "✘✘✘ failed in 3.218s\n1 errors in 42 documents\n" + _EXIT),
    ("htmltest-target-missing", "real",
     "htmltest started at 10:01:02 on public\n"
     "========================================================================\n"
     "blog/index.html\n"
     "  target does not exist --- blog/index.html --> ../about/team.html\n"
     "========================================================================\n"
     "✘✘✘ failed in 0.412s\n1 errors in 42 documents\n" + _EXIT),
    # ------------------------------------------------------------------ linkchecker
    # linkchecker/linkchecker linkcheck/logger/text.py ("Result", "Error", "That's it. ... N errors found."),
    # linkcheck/checker/httpurl.py ("%d %s" of a status >= 400 but 429), checker/urlbase.py ("Hostname not found")
    ("linkchecker-404", "real",
     "URL        `https://example.org/manual/v1'\n"
     "Parent URL file:///srv/site/index.html, line 12, col 5\n"
     "Real URL   https://example.org/manual/v1\n"
     "Check time 0.412 seconds\n"
     "Result     Error: 404 Not Found\n\n"
     "That's it. 388 links in 402 URLs checked. 0 warnings found. 1 error found.\n" + _CCI),
    ("linkchecker-read-timeout", "transient",
     "URL        `https://slow.example.net/paper'\n"
     "Parent URL file:///srv/site/refs.html, line 40, col 3\n"
     "Real URL   https://slow.example.net/paper\n"
     "Result     Error: ReadTimeout: HTTPSConnectionPool(host='slow.example.net', port=443): Read timed out. "
     "(read timeout=60)\n\n"
     "That's it. 388 links in 402 URLs checked. 0 warnings found. 1 error found.\n" + _CCI),
    ("linkchecker-503", "transient",
     "URL        `https://status.example.net/'\n"
     "Real URL   https://status.example.net/\n"
     "Result     Error: 503 Service Unavailable\n\n"
     "That's it. 388 links in 402 URLs checked. 0 warnings found. 1 error found.\n" + _CCI),
    ("linkchecker-hostname-not-found", "real",
     "URL        `https://defunct-tool.example/'\n"
     "Real URL   https://defunct-tool.example/\n"
     "Result     Error: Hostname not found\n\n"
     "That's it. 388 links in 402 URLs checked. 0 warnings found. 1 error found.\n" + _CCI),
    # ------------------------------------------------------------------ awesome_bot
    # dkhamsing/awesome_bot lib/awesome_bot/output.rb ("  #{index}. #{loc} #{status} #{link} #{error}"),
    # lib/awesome_bot/cli.rb ("Issues :-(", "> Links", "> Dupes"), net.rb (the exception's message as error)
    ("awesome-bot-502-only", "transient",
     "> Checking links in README.md\n"
     "Links to check: 320, 318 unique\n"
     "Checking URLs: ✓✓✓✓✓✓✓x✓✓✓✓\n\n"
     "Issues :-(\n> Links\n"
     "  1. [L0211] 502 https://wiki.example.net/ToolPage\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    ("awesome-bot-read-timeout", "transient",
     "> Checking links in README.md\n"
     "Checking URLs: ✓✓✓✓✓✓✓x✓✓✓✓\n\n"
     "Issues :-(\n> Links\n"
     "  1. [L0211]  https://slow.example.net/ Net::ReadTimeout with #<TCPSocket:(closed)>\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    ("awesome-bot-connection-refused", "transient",
     "> Checking links in README.md\n"
     "Checking URLs: ✓✓✓✓✓✓✓x✓✓✓✓\n\n"
     "Issues :-(\n> Links\n"
     "  1. [L0090]  https://tools.example.net/ Failed to open TCP connection to tools.example.net:443 "
     "(Connection refused - connect(2) for \"tools.example.net\" port 443)\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    ("awesome-bot-404-and-502", "real",
     "Issues :-(\n> Links\n"
     "  1. [L0090] 404 https://example.org/abandoned-lib\n"
     "  2. [L0211] 502 https://wiki.example.net/ToolPage\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    ("awesome-bot-redirect", "real",
     "Issues :-(\n> Links\n"
     "  1. [L0090] 301 https://example.org/old-home  → https://example.org/home\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    ("awesome-bot-unknown-host", "real",
     "Issues :-(\n> Links\n"
     "  1. [L0321]  https://defunct-tool.example/ Failed to open TCP connection to defunct-tool.example:443 "
     "(getaddrinfo: Name or service not known)\n"
     "> Dupes\n  None ✓\n\n"
     "The command \"awesome_bot README.md --allow-dupe\" exited with 1.\n"),
    # ------------------------------------------------------------------ Sphinx linkcheck and intersphinx
    # sphinx-doc/sphinx sphinx/builders/linkcheck.py ("(%16s: line %4d) ", "broken    ", "timeout   ",
    # __('broken link: %s (%s)') when quiet, epilog "Look for any errors in the above output or in ...")
    ("sphinx-broken-404", "real",
     "Running Sphinx v7.2.6\n"
     "(         install: line   42) ok        https://example.org/\n"
     "(         install: line   57) broken    https://example.org/old/api - 404 Client Error: Not Found for "
     "url: https://example.org/old/api\n"
     "build finished with problems.\n"
     "Look for any errors in the above output or in _build/linkcheck/output.txt\n"
     "make: *** [Makefile:20: linkcheck] Error 1\n" + _EXIT),
    # Sphinx before 7.1 reported a timeout as broken (requests' own words)
    ("sphinx-broken-read-timeout", "transient",
     "Running Sphinx v6.2.1\n"
     "(           index: line   10) broken    https://slow.example.net/paper - HTTPSConnectionPool("
     "host='slow.example.net', port=443): Read timed out. (read timeout=30)\n"
     "build finished with problems.\n"
     "Look for any errors in the above output or in _build/linkcheck/output.txt\n"
     "make: *** [Makefile:20: linkcheck] Error 1\n" + _EXIT),
    ("sphinx-timeout", "transient",
     "Running Sphinx v7.2.6\n"
     "(           index: line   10) timeout   https://slow.example.net/paper - HTTPSConnectionPool("
     "host='slow.example.net', port=443): Read timed out. (read timeout=30)\n"
     "build finished with problems.\n"
     "make: *** [Makefile:20: linkcheck] Error 1\n" + _EXIT),
    ("sphinx-broken-503", "transient",
     "Running Sphinx v7.2.6\n"
     "(       changelog: line  120) broken    https://ci.example.net/job/12 - 503 Server Error: Service "
     "Unavailable for url: https://ci.example.net/job/12\n"
     "build finished with problems.\n"
     "make: *** [Makefile:20: linkcheck] Error 1\n" + _EXIT),
    ("sphinx-broken-anchor", "real",
     "Running Sphinx v7.2.6\n"
     "(           guide: line   33) broken    https://example.org/manual#install - Anchor 'install' not found\n"
     "build finished with problems.\n"
     "make: *** [Makefile:20: linkcheck] Error 1\n" + _EXIT),
    ("sphinx-quiet-broken-404", "real",
     "Running Sphinx v7.2.6\n"
     "docs/usage.rst:57: WARNING: broken link: https://example.org/old/api (404 Client Error: Not Found for "
     "url: https://example.org/old/api)\n"
     "build finished with problems, 1 warning.\n" + _EXIT),
    ("sphinx-quiet-broken-502", "transient",
     "Running Sphinx v7.2.6\n"
     "docs/usage.rst:57: WARNING: broken link: https://downloads.example.net/ (502 Server Error: Bad Gateway "
     "for url: https://downloads.example.net/)\n"
     "build finished with problems, 1 warning.\n" + _EXIT),
    # a redirect reported as a warning when linkcheck_allowed_redirects is set ("redirect  %s - %s")
    ("sphinx-redirect-warning", "real",
     "Running Sphinx v7.2.6\n"
     "docs/usage.rst:12: WARNING: redirect  https://example.org/docs - permanently to https://docs.example.org/\n"
     "build finished with problems, 1 warning.\n" + _EXIT),
    # linkcheck.py write_entry (output.txt: "<file>:<line>: [<status>] <url>: <why>"), which jobs print
    ("sphinx-output-txt-404", "real",
     "Run cat docs/_build/linkcheck/output.txt\n"
     "usage.rst:57: [broken] https://example.org/old/api: 404 Client Error: Not Found for url: "
     "https://example.org/old/api\n" + _EXIT),
    ("sphinx-output-txt-503", "transient",
     "Run cat docs/_build/linkcheck/output.txt\n"
     "usage.rst:57: [broken] https://ci.example.net/job/12: 503 Server Error: Service Unavailable for url: "
     "https://ci.example.net/job/12\n" + _EXIT),
    # (a checker wording its result as "[broken] <url> (HTTP_<code>)": the status decides, as above)
    ("broken-tag-http-502", "transient",
     "Checking 212 links in docs/...\n"
     "[broken] https://downloads.example.net/latest (HTTP_502)\n"
     "1 broken link found\n" + _EXIT),
    ("broken-tag-status-404", "real",
     "Checking 212 links in docs/...\n"
     "[BROKEN] https://example.org/retired-page (Status: 404 Not Found)\n"
     "1 broken link found\n" + _EXIT),
    # sphinx/ext/intersphinx/_load.py ("failed to reach any of the inventories with the following issues:",
    # "intersphinx inventory %r not fetchable due to %s: %s")
    ("intersphinx-unreachable", "transient",
     "Running Sphinx v7.2.6\n"
     "loading intersphinx inventory 'python' from https://docs.example.net/3/objects.inv ...\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://docs.example.net/3/objects.inv' not fetchable due to <class "
     "'requests.exceptions.ConnectionError'>: HTTPSConnectionPool(host='docs.example.net', port=443): Max "
     "retries exceeded with url: /3/objects.inv (Caused by NewConnectionError('<urllib3.connection."
     "HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    ("intersphinx-404", "real",
     "Running Sphinx v7.2.6\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://acme.example.org/en/stable/objects.inv' not fetchable due to <class "
     "'requests.exceptions.HTTPError'>: 404 Client Error: Not Found for url: "
     "https://acme.example.org/en/stable/objects.inv\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # ------------------------------------------------------------------ MkDocs and its htmlproofer plugin
    # manuzhang/mkdocs-htmlproofer-plugin htmlproofer/plugin.py ("invalid url - {url} [{status}] [{src}]",
    # a timeout returned as 504, "Invalid links present.")
    ("mkdocs-htmlproofer-404", "real",
     "INFO    -  Building documentation to directory: /home/runner/work/app/app/site\n"
     "ERROR   -  htmlproofer: invalid url - https://example.org/retired [404] [guide/setup.md]\n"
     "ERROR   -  Error: Invalid links present.\n\n"
     "Aborted with a BuildError!\n" + _EXIT),
    ("mkdocs-htmlproofer-504", "transient",
     "INFO    -  Building documentation to directory: /home/runner/work/app/app/site\n"
     "ERROR   -  htmlproofer: invalid url - https://slow.example.net/paper [504] [guide/refs.md]\n"
     "ERROR   -  Error: Invalid links present.\n\n"
     "Aborted with a BuildError!\n" + _EXIT),
    ("mkdocs-htmlproofer-internal", "real",
     "INFO    -  Building documentation to directory: /home/runner/work/app/app/site\n"
     "ERROR   -  htmlproofer: invalid url - ../api/index.html#client [404] [guide/usage.md]\n"
     "ERROR   -  Error: Invalid links present.\n\n"
     "Aborted with a BuildError!\n" + _EXIT),
    # mkdocs/mkdocs mkdocs/structure/pages.py (validation of links in strict mode)
    ("mkdocs-strict-link", "real",
     "INFO    -  Building documentation...\n"
     "WARNING -  Doc file 'index.md' contains a link 'setup/linux.md', but the target 'setup/linux.md' is not "
     "found among documentation files.\n\n"
     "Aborted with 1 warnings in strict mode!\n" + _EXIT),
    # ------------------------------------------------------------------ Docusaurus, Hugo, remark
    # facebook/docusaurus packages/docusaurus/src/server/brokenLinks.ts ("Docusaurus found broken links!")
    ("docusaurus-broken-links", "real",
     "[SUCCESS] Generated static files in \"build\".\n"
     "[ERROR] Error: Unable to build website for locale en.\n"
     "[cause]: Error: Docusaurus found broken links!\n\n"
     "Please check the pages of your site in the list below, and make sure you don't reference any path that "
     "does not exist.\n\n"
     "Exhaustive list of all broken links found:\n"
     "- Broken link on source page path = /docs/intro:\n"
     "   -> linking to /docs/setup\n" + _EXIT),
    # gohugoio/hugo tpl/tplimpl (ref/relref: "REF_NOT_FOUND: Ref %q: %s: page not found")
    ("hugo-ref-not-found", "real",
     "Start building sites …\n"
     "ERROR [en] REF_NOT_FOUND: Ref \"docs/setup.md\": \"/src/content/guide/index.md:12:3\": page not found\n"
     "Error: error building site: logged 1 error(s)\n" + _EXIT),
    # remarkjs/remark-validate-links lib/index.js ("Cannot find file `...`", rule "missing-file")
    ("remark-validate-links-file", "real",
     "> remark --frail --quiet docs\n"
     "docs/guide.md\n"
     "  12:3-12:40  warning  Cannot find file `../setup.md`  missing-file  remark-validate-links\n\n"
     "⚠ 1 warning\n" + _EXIT),
    # ------------------------------------------------------------------ a test of the project's own link checker
    ("own-linkcheck-test-assert", "real",
     "tests/test_linkcheck.py::test_report_lists_each_dead_link FAILED\n"
     "E   AssertionError: assert 'broken' == 'dead'\n"
     "E     - dead\n"
     "E     + broken\n" + _PYTEST_END),

    # ================================================================== downloads in tests
    # nltk/nltk nltk/downloader.py ("Error loading {id}: {e}") then nltk/data.py ("Resource ... not found.")
    ("nltk-urlopen-error-then-lookup", "transient",
     "[nltk_data] Error loading punkt: <urlopen error [Errno 104] Connection\n"
     "[nltk_data]     reset by peer>\n"
     "tests/test_tokenize.py::test_split FAILED\n"
     "E   LookupError: \n"
     "E   **********************************************************************\n"
     "E     Resource punkt not found.\n"
     "E     Please use the NLTK Downloader to obtain the resource:\n" + _PYTEST_END),
    ("nltk-package-not-in-index", "real",
     "[nltk_data] Error loading punkt_tabb: Package 'punkt_tabb' not found in\n"
     "[nltk_data]     index\n"
     "tests/test_tokenize.py::test_split FAILED\n"
     "E   LookupError: \n"
     "E     Resource punkt_tabb not found.\n"
     "E     Please use the NLTK Downloader to obtain the resource:\n" + _PYTEST_END),
    ("nltk-never-downloaded", "real",
     "tests/test_tokenize.py::test_split FAILED\n"
     "E   LookupError: \n"
     "E   **********************************************************************\n"
     "E     Resource stopwords not found.\n"
     "E     Please use the NLTK Downloader to obtain the resource:\n"
     "E     >>> import nltk\n"
     "E     >>> nltk.download('stopwords')\n" + _PYTEST_END),
    # scikit-learn/scikit-learn sklearn/datasets/_openml.py and _base.py (urllib's errors come through)
    ("sklearn-fetch-503", "transient",
     "tests/test_models.py::test_fit_mnist FAILED\n"
     "    X, y = fetch_openml(\"mnist_784\", version=1, return_X_y=True)\n"
     "E   urllib.error.HTTPError: HTTP Error 503: Service Unavailable\n" + _PYTEST_END),
    ("sklearn-fetch-urlopen-timeout", "transient",
     "tests/test_text.py::test_vectorize FAILED\n"
     "    data = fetch_20newsgroups(subset=\"train\")\n"
     "E   urllib.error.URLError: <urlopen error [Errno 110] Connection timed out>\n" + _PYTEST_END),
    ("sklearn-openml-no-dataset", "real",
     "tests/test_models.py::test_fit FAILED\n"
     "    X, y = fetch_openml(\"acme-nope\", version=1, return_X_y=True)\n"
     "E   ValueError: No active dataset acme-nope found.\n" + _PYTEST_END),
    # pytorch/vision torchvision/datasets/mnist.py ("Failed to download (trying next):", "Error downloading {}")
    ("torchvision-mirrors-503", "transient",
     "Downloading https://mirror-a.example.net/mnist/train-images-idx3-ubyte.gz\n"
     "Failed to download (trying next):\n"
     "HTTP Error 503: Service Unavailable\n\n"
     "Downloading https://mirror-b.example.net/mnist/train-images-idx3-ubyte.gz\n"
     "Failed to download (trying next):\n"
     "<urlopen error [Errno 110] Connection timed out>\n\n"
     "tests/test_train.py::test_epoch FAILED\n"
     "E   RuntimeError: Error downloading train-images-idx3-ubyte.gz\n" + _PYTEST_END),
    # torchvision/datasets (the check_integrity path: "Dataset not found or corrupted. You can use download=True")
    ("torchvision-not-downloaded", "real",
     "tests/test_train.py::test_epoch FAILED\n"
     "E   RuntimeError: Dataset not found or corrupted. You can use download=True to download it\n"
     + _PYTEST_END),
    # huggingface/transformers src/transformers/utils/hub.py ("We couldn't connect to '{endpoint}' to load this
    # file, ..." / "... is not a local folder and is not a valid model identifier listed on ...")
    ("hf-couldnt-connect", "transient",
     "tests/test_embed.py::test_encode FAILED\n"
     "E   OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the "
     "cached files and it looks like acme/tiny-bert is not the path to a directory containing a file named "
     "config.json.\n"
     "E   Checkout your internet connection or see how to run the library in offline mode at "
     "'https://huggingface.co/docs/transformers/installation#offline-mode'.\n" + _PYTEST_END),
    ("hf-not-a-model-id", "real",
     "tests/test_embed.py::test_encode FAILED\n"
     "E   OSError: acme/tiny-bertt is not a local folder and is not a valid model identifier listed on "
     "'https://huggingface.co/models'\n"
     "E   If this is a private repository, make sure to pass a token having permission to this repo either by "
     "logging in with `huggingface-cli login` or by passing `token=<your_token>`\n" + _PYTEST_END),
    # huggingface/huggingface_hub src/huggingface_hub/utils/_http.py (hf_raise_for_status: RepositoryNotFoundError,
    # HfHubHTTPError with the server's status)
    ("hf-repository-not-found", "real",
     "tests/test_embed.py::test_encode FAILED\n"
     "E   huggingface_hub.errors.RepositoryNotFoundError: 404 Client Error. (Request ID: Root=1-65f0-abc)\n"
     "E   \n"
     "E   Repository Not Found for url: https://huggingface.co/api/models/acme/tiny-bertt/revision/main.\n"
     "E   Please make sure you specified the correct `repo_id` and `repo_type`.\n" + _PYTEST_END),
    ("hf-hub-504", "transient",
     "tests/test_embed.py::test_encode FAILED\n"
     "E   huggingface_hub.errors.HfHubHTTPError: 504 Server Error: Gateway Time-out for url: "
     "https://huggingface.co/acme/tiny-bert/resolve/main/config.json\n" + _PYTEST_END),
    ("hf-hub-429", "transient",
     "tests/test_embed.py::test_encode FAILED\n"
     "E   huggingface_hub.errors.HfHubHTTPError: 429 Client Error: Too Many Requests for url: "
     "https://huggingface.co/api/models/acme/tiny-bert (Request ID: Root=1-65f0-abd)\n" + _PYTEST_END),
    # huggingface/datasets src/datasets/load.py ("Couldn't reach '{path}' on the Hub ({e.__class__.__name__})",
    # DatasetNotFoundError "Dataset '{path}' doesn't exist on the Hub or cannot be accessed.")
    ("hf-datasets-couldnt-reach", "transient",
     "tests/test_data.py::test_load FAILED\n"
     "E   ConnectionError: Couldn't reach 'acme/reviews' on the Hub (ReadTimeout)\n" + _PYTEST_END),
    ("hf-datasets-offline-mode", "real",
     "tests/test_data.py::test_load FAILED\n"
     "E   ConnectionError: Couldn't reach 'acme/reviews' on the Hub (OfflineModeIsEnabled)\n" + _PYTEST_END),
    ("hf-datasets-not-found", "real",
     "tests/test_data.py::test_load FAILED\n"
     "E   datasets.exceptions.DatasetNotFoundError: Dataset 'acme/reviewz' doesn't exist on the Hub or cannot "
     "be accessed.\n" + _PYTEST_END),
    # explosion/spaCy spacy/errors.py (E050 "Can't find model '{name}'. It doesn't seem to be a Python package
    # or a valid path to a data directory.") and spacy/cli/download.py ("No compatible package found")
    ("spacy-model-missing", "real",
     "tests/test_ner.py::test_entities FAILED\n"
     "E   OSError: [E050] Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package or a valid "
     "path to a data directory.\n" + _PYTEST_END),
    ("spacy-download-outage-then-missing", "transient",
     "Run python -m spacy download en_core_web_sm\n"
     "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='raw.example.net', port=443): Max retries "
     "exceeded with url: /spacy-models/compatibility.json (Caused by NewConnectionError('<urllib3.connection."
     "HTTPSConnection object at 0x7f>: Failed to establish a new connection: [Errno 101] Network is unreachable'))\n"
     "tests/test_ner.py::test_entities FAILED\n"
     "E   OSError: [E050] Can't find model 'en_core_web_sm'. It doesn't seem to be a Python package or a valid "
     "path to a data directory.\n" + _PYTEST_END),
    ("spacy-no-compatible-package", "real",
     "Run python -m spacy download en_core_web_xx\n"
     "✘ No compatible package found for 'en_core_web_xx' (spaCy v3.7.2)\n" + _EXIT),
    # fatiando/pooch pooch/core.py (requests' HTTPError raised) / pooch/hashes.py
    ("pooch-503", "transient",
     "tests/test_io.py::test_read_sample FAILED\n"
     "E   requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: "
     "https://data.example.net/samples/v1/sample.nc\n" + _PYTEST_END),
    ("pooch-404", "real",
     "tests/test_io.py::test_read_sample FAILED\n"
     "E   requests.exceptions.HTTPError: 404 Client Error: Not Found for url: "
     "https://data.example.net/samples/v9/sample.nc\n" + _PYTEST_END),
    # SciTools/cartopy lib/cartopy/io/__init__.py (DownloadWarning "Downloading: {url}") then urllib's error
    ("cartopy-naturalearth-dns", "transient",
     "tests/test_maps.py::test_coastlines FAILED\n"
     "cartopy/io/__init__.py:241: DownloadWarning: Downloading: "
     "https://naturalearth.example.net/110m_physical/ne_110m_coastline.zip\n"
     "E   urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>\n"
     + _PYTEST_END),
    # geopandas/geopandas geopandas/datasets/__init__.py (1.0: the bundled data sets were removed)
    ("geopandas-datasets-removed", "real",
     "tests/test_maps.py::test_world FAILED\n"
     "E   ValueError: The geopandas.dataset has been deprecated and was removed in GeoPandas 1.0. You can get "
     "the original 'naturalearth_lowres' data from https://www.naturalearthdata.com/downloads/110m-cultural-vectors/.\n"
     + _PYTEST_END),
]

# Outage words whose log may as well show a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # tcort/markdown-link-check: status 0 with no error shown (a dead domain or a reset alike)
    ("mlc-status0-bare",
     "FILE: README.md\n"
     "  [✖] https://tools.example.net/\n\n"
     "  12 links checked.\n\n"
     "  ERROR: 1 dead links found!\n"
     "  [✖] https://tools.example.net/ → Status: 0\n" + _EXIT),
    # gjtorikian/html-proofer 3.x: response code 0 with libcurl's "Couldn't resolve host name"
    ("htmlproofer3-code0-resolve",
     "- ./_site/guide/index.html\n"
     "  *  External link https://defunct-tool.example/ failed: response code 0 means something's wrong.\n"
     "             It's possible libcurl couldn't connect to the server or perhaps the request timed out.\n"
     "             Sometimes, making too many requests at once also breaks things.\n"
     "             Either way, the return message (if any) from the server is: Couldn't resolve host name\n"
     "htmlproofer 3.19.4 | Error:  HTML-Proofer found 1 failure!\n" + _CCI),
    # JustinBeckwith/linkinator: status 0 (no response at all)
    ("linkinator-status0",
     "> linkinator ./public --recurse\n"
     "  [0] https://tools.example.net/\n"
     "ERROR: Detected 1 broken links. Scanned 214 links in 9.12 seconds.\n" + _EXIT),
    # manuzhang/mkdocs-htmlproofer-plugin: any ConnectionError comes back as -1
    ("mkdocs-htmlproofer-minus1",
     "ERROR   -  htmlproofer: invalid url - https://tools.example.net/ [-1] [guide/refs.md]\n"
     "ERROR   -  Error: Invalid links present.\n\n"
     "Aborted with a BuildError!\n" + _EXIT),
    # fatiando/pooch pooch/hashes.py: a pinned hash that does not match (truncated download or outdated pin)
    ("pooch-hash-mismatch",
     "tests/test_io.py::test_read_sample FAILED\n"
     "E   ValueError: SHA256 hash of downloaded file (sample.nc) does not match the known hash: expected "
     "sha256:9f2a but got 41c0. Deleted download for safety. The downloaded file may have been corrupted or "
     "the known hash may be outdated.\n" + _PYTEST_END),
    # tensorflow/datasets tensorflow_datasets/core/download/download_manager.py (NonMatchingChecksumError)
    ("tfds-checksum",
     "tests/test_pipeline.py::test_load FAILED\n"
     "E   tensorflow_datasets.core.download.download_manager.NonMatchingChecksumError: Artifact "
     "https://data.example.net/reviews.tar.gz, downloaded to /tmp/tfds/downloads/reviews.tar.gz.tmp, has wrong "
     "checksum.\n" + _PYTEST_END),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)



def test_generic_network_entries_still_pass_over_a_link_report_line():
    # only the entries written for a checker's report read its per-link lines: "getaddrinfo" there
    # is about a link in the docs, not about the CI machine's resolver
    log = dict((c[0], c[2]) for c in CASES)["awesome-bot-unknown-host"]
    found = signatures(judge(log))
    assert "link-check-dead-link" in found and "dns-failure" not in found


def test_reads_noise_is_a_flag_a_user_entry_may_set():
    base = {"id": "site-check-down", "leaning": "transient", "category": "network", "weight": 0.8,
            "patterns": ["site check: upstream down"], "help": "Our own link report."}
    sig = load_catalogue(extra_entries=[{**base, "reads_noise": True}]).get("site-check-down")
    assert sig is not None and sig.reads_noise
    with pytest.raises(ConfigError, match="'reads_noise' must be true or false"):
        load_catalogue(extra_entries=[{**base, "reads_noise": "yes"}])


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "  [✖] https://x.example → Status: 0 Error: ",
    "[ERROR] https://x.example | Network error: ",
    "✗ [ERR] https://x.example | Failed: Network error: error sending request ",
    "External link https://x.example failed with (status code ",
    "Either way, the return message (if any) from the server is: ",
    "\tmax retry count 3 exceeded: ",
    "Non-OK status: 503 --- x.html --> ",
    "Result     Error: ConnectionError: ",
    "  1. [L0042]  https://x.example Failed to open TCP connection to x.example:443 (",
    "(   index: line   10) broken    https://x.example - ",
    "WARNING: broken link: https://x.example (",
    "htmlproofer: invalid url - https://x.example [",
    "[nltk_data] Error loading punkt: <urlopen error ",
    "Couldn't reach 'a/b' on the Hub (",
    "That's it. 388 links in 402 URLs checked. 1 error found. ",
]
