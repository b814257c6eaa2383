"""Fifteenth round, tool sources: document typesetting, diagrams and media tools in CI. LaTeX through
latexmk/pdflatex/xelatex (errors beyond those test_tool_sources_docs_sites.py holds: fontspec, biber,
bibtex, an emergency stop, a missing graphic), TeX Live's tlmgr (its repository and mirror failures),
MiKTeX's package repository, pandoc, Typst, Asciidoctor and asciidoctor-diagram, Graphviz's dot, PlantUML,
mermaid-cli, ffmpeg, ImageMagick, Ghostscript, librsvg/Inkscape exports and fontconfig.

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string): TeX-Live/installer (tlmgr.pl, TLCrypto.pm, TLUtils.pm, TLPDB.pm),
jgm/pandoc (src/Text/Pandoc/Error.hs, Logging.hs), typst/typst (crates/typst-library/src/diag.rs,
foundations/scope.rs), asciidoctor/asciidoctor (lib/asciidoctor/*.rb), asciidoctor/asciidoctor-diagram
(lib/asciidoctor-diagram/http/converter.rb), graphviz (lib/cgraph/scan.l, read in a GitHub mirror),
plantuml/plantuml (Run.java, seen through the index), mermaid-js/mermaid-cli (src/cli.js, src/index.js),
ImageMagick/ImageMagick (config/english.xml, MagickCore), FFmpeg (libavutil/error.c and fftools' "Unknown
encoder", seen through the index and the many wrappers that quote them). TeX's, biber's, bibtex's,
Ghostscript's, librsvg's, Inkscape's and fontconfig's wordings rest on the tools' documentation and their
usual output; MiKTeX's repository message on its issue tracker (MiKTeX/miktex#27, #720, #1229, where the
maintainer calls it temporary). Hosts, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * markup and syntax errors (TeX, a template, Typst, AsciiDoc, dot, PlantUML, Mermaid), a package, font,
    image, bibliography or include the repository or the image lacks, a codec or delegate not compiled in,
    an ImageMagick security policy, a TeX Live release older than the repository's, a 404 -> real;
  * a mirror or server that failed for now (tlmgr's "cannot download", a package archive that did not
    arrive, a mirror behind the master that says to wait a day, MiKTeX's "remote package repository is
    outdated", a 5xx or timeout from a PlantUML server, a package host or a media URL) -> transient;
  * wordings printed both for a passing cause and a lasting one (a TeX Live mirror whose year differs
    from the local one: a year switch or an outdated mirror; a package archive whose checksum differs;
    ImageMagick's "cache resources exhausted", which its policy limits print as well as a short runner;
    a remote image Asciidoctor could not retrieve) -> not surely transient;
  * near-misses: a document's own TEXT that mentions timeouts, refused connections or 503s, quoted back
    by TeX or Typst under a markup error, and tests of the project's own code about media tools -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"
_LATEXMK = ("Latexmk: Errors, so I did not complete making targets\n"
            "Collected error summary (may duplicate other messages):\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ LaTeX (TeX's, LaTeX's, latexmk's wording)
    # TeX's "! Emergency stop." and pdfTeX's closing line (doc: the TeX Live / pdfTeX manuals)
    ("pdflatex-emergency-stop-no-pdf", "real",
     "This is pdfTeX, Version 3.141592653-2.6-1.40.26 (TeX Live 2024) (preloaded format=pdflatex)\n"
     "(./thesis.tex\n"
     "! I can't find file `chapters/results'.\n"
     "l.41 \\input{chapters/results}\n"
     "! Emergency stop.\n"
     "*** (job aborted, file error in nonstop mode)\n"
     "!  ==> Fatal error occurred, no output PDF file produced!\n"
     "Transcript written on thesis.log.\n" + _EXIT),
    # fontspec's error (doc: the fontspec manual), as xelatex prints it under latexmk
    ("xelatex-fontspec-font-not-found", "real",
     "Latexmk: applying rule 'xelatex'...\n"
     "! Package fontspec Error: The font \"Widget Sans\" cannot be found.\n"
     "For immediate help type H <return>.\n"
     "l.12 \\setmainfont{Widget Sans}\n"
     + _LATEXMK + "  xelatex: Command for 'xelatex' gave return code 1\n" + _EXIT),
    # biber's data-source error (doc: the biber manual's messages)
    ("biber-cannot-find-bib", "real",
     "Latexmk: applying rule 'biber paper'...\n"
     "INFO - This is Biber 2.19\n"
     "INFO - Looking for bibtex file 'refs/widgets.bib' for section 0\n"
     "ERROR - Cannot find 'refs/widgets.bib'!\n"
     "INFO - ERRORS: 1\n"
     + _LATEXMK + "  biber paper: Command for 'biber paper' gave return code 2\n" + _EXIT),
    # bibtex's "I couldn't open database file" (doc: BibTeX's messages, btxdoc)
    ("bibtex-cannot-open-database", "real",
     "This is BibTeX, Version 0.99d (TeX Live 2024)\n"
     "The top-level auxiliary file: report.aux\n"
     "I couldn't open database file widgets.bib\n"
     "---line 4 of file report.aux\n"
     " : \\bibdata{widgets\n"
     "(There was 1 error message)\n" + _CIRCLE),
    # graphicx's pdftex.def error for a figure the repository lacks
    ("pdflatex-graphic-not-found", "real",
     "(./figures.tex\n"
     "! Package pdftex.def Error: File `figures/arch-overview.pdf' not found: using draft setting.\n"
     "See the pdftex.def package documentation for explanation.\n"
     "l.23 \\includegraphics{figures/arch-overview.pdf}\n"
     + _LATEXMK + "  pdflatex: Command for 'pdflatex' gave return code 1\n" + _GITLAB),
    # overfull boxes and undefined references are warnings; latexmk gave up on runs that never settle
    ("latexmk-overfull-boxes-max-runs", "real",
     "Overfull \\hbox (14.2pt too wide) in paragraph at lines 88--90\n"
     "LaTeX Warning: Reference `fig:pipeline' on page 4 undefined on input line 102.\n"
     "LaTeX Warning: There were undefined references.\n"
     "Latexmk: Maximum runs of pdflatex reached without getting stable files\n"
     "Latexmk: Errors, so I did not complete making targets\n" + _EXIT),
    # near-miss: the document's text mentions a timeout; TeX quotes it under an undefined macro
    ("latex-text-mentions-timeout", "real",
     "(./runbook.tex\n"
     "! Undefined control sequence.\n"
     "l.57 ...request timed out after \\retrylimit\n"
     "                                            seconds, the client gives up.\n"
     + _LATEXMK + "  pdflatex: Command for 'pdflatex' gave return code 1\n" + _EXIT),
    # near-miss: the text names a 503 and a refused connection; the failure is a math-mode error
    ("latex-text-mentions-503-refused", "real",
     "(./ops-guide.tex\n"
     "! Missing $ inserted.\n"
     "<inserted text>\n"
     "                $\n"
     "l.212 ...answers 503 Service Unavailable or Connection refused_while\n"
     + _LATEXMK + "  pdflatex: Command for 'pdflatex' gave return code 1\n" + _EXIT),
    # ------------------------------------------------------------------ tlmgr
    # TeX-Live/installer tlpkg/TeXLive/TLCrypto.pm verify_checksum_and_check_return ("$0: cannot download: $m")
    # with verify_checksum's "download did not succeed: $checksum_url"
    ("tlmgr-cannot-download-tlpdb-checksum", "transient",
     "+ tlmgr install widgetfig\n"
     "/opt/texlive/2024/bin/x86_64-linux/tlmgr: cannot download: download did not succeed: "
     "https://mirror.example.net/CTAN/systems/texlive/tlnet/tlpkg/texlive.tlpdb.sha512\n" + _EXIT),
    # TLPDB.pm _install_data ("TLPDB::_install_data: $pkg for $what") with TLUtils.pm unpack's
    # "downloading did not succeed (download_file failed)"
    ("tlmgr-install-data-download-failed", "transient",
     "tlmgr install widgetfig\n"
     "[1/1, ??:??/??:??] install: widgetfig [42k]\n"
     "TLPDB::_install_data: downloading did not succeed (download_file failed) for "
     "https://mirror.example.net/CTAN/systems/texlive/tlnet/archive/widgetfig.tar.xz\n"
     "tlmgr: An error has occurred. See above messages. Exiting.\n" + _EXIT),
    # tlmgr.pl's OLD_REMOTE_MSG: a mirror behind the local installation ("use a different mirror and/or wait
    # a day or two"): the redirector hands the next run another mirror
    ("tlmgr-remote-database-older-stale-mirror", "transient",
     "tlmgr update --self --all\n"
     "tlmgr: Remote database at https://mirror.example.net/CTAN/systems/texlive/tlnet\n"
     "(revision 71200 of the texlive-scripts package)\n"
     "seems to be older than the local installation\n"
     "(revision 71377 of texlive-scripts);\n"
     "please use a different mirror and/or wait a day or two.\n" + _EXIT),
    # TLCrypto.pm ("$0: checksum error when downloading $file from $path: $m"): the database and its
    # checksum file out of step on a mirror that is syncing
    ("tlmgr-tlpdb-checksum-error-mid-sync", "transient",
     "tlmgr install widgetfig\n"
     "/opt/texlive/2024/bin/x86_64-linux/tlmgr: checksum error when downloading /tmp/Wk3q/texlive.tlpdb from "
     "https://mirror.example.net/CTAN/systems/texlive/tlnet/tlpkg/texlive.tlpdb: checksums differ:\n" + _EXIT),
    # tlmgr.pl ("Local TeX Live (%d) is older than remote repository (%d). Cross release updates are only
    # supported with update-tlmgr-latest"); older releases worded it "Remote repository is newer than local"
    # (doc: tug.org/texlive/upgrade.html): the image's TeX Live is last year's, every run until it is rebuilt
    ("tlmgr-remote-newer-than-local", "real",
     "+ tlmgr update --self\n"
     "tlmgr: Remote repository is newer than local (2023 < 2024)\n"
     "Cross release updates are only supported with\n"
     "  update-tlmgr-latest(.sh/.exe) --update\n"
     "Please see https://tug.org/texlive/upgrade.html for details.\n" + _EXIT),
    ("tlmgr-local-older-than-remote", "real",
     "tlmgr: Local TeX Live (2024) is older than remote repository (2025).\n"
     "Cross release updates are only supported with\n"
     "  update-tlmgr-latest(.sh/.exe) -- --upgrade\n"
     "See https://tug.org/texlive/upgrade.html for details.\n" + _CIRCLE),
    # tlmgr.pl: a main database that is not signed ("$prg: main database at $location is not signed")
    ("tlmgr-main-database-not-signed", "real",
     "tlmgr: main database at https://tex.example.org/texlive/tlnet is not signed\n" + _EXIT),
    # ------------------------------------------------------------------ MiKTeX (issue tracker, closed servers)
    # MiKTeX/miktex#27, #720, #1229 ("The remote package repository is outdated. You have to choose another
    # repository."): the maintainer's answer is that the mirrors lag the master and it heals by the next day
    ("miktex-remote-repository-outdated", "transient",
     "miktex --admin packages install widgetfig\n"
     "2026-03-01 10:15:00,120Z FATAL miktex - The remote package repository is outdated. You have to choose another repository.\n"
     "2026-03-01 10:15:00,121Z FATAL miktex - Info: url=\"https://mirror.example.net/ctan/systems/win32/miktex/tm/packages/\"\n"
     + _EXIT),
    ("miktex-timeout-was-reached", "transient",
     "mpm --install=widgetfig\n"
     "The operation could not be completed for the following reasons: Timeout was reached\n"
     "Details: code=\"28\" url=\"https://api.example.org/hello\"\n" + _EXIT),
    ("miktex-missing-package-autoinstall-off", "real",
     "! LaTeX Error: File `widgetfig.sty' not found.\n"
     "miktex-pdftex: major issue: So far, no MiKTeX administrator has checked for updates.\n"
     "Type X to quit or <RETURN> to proceed,\n" + _EXIT),
    # ------------------------------------------------------------------ pandoc
    # jgm/pandoc src/Text/Pandoc/Error.hs (PandocPDFError: "Error producing PDF.\n" <> logmsg)
    ("pandoc-error-producing-pdf-sty", "real",
     "+ pandoc README.md -o guide.pdf\n"
     "Error producing PDF.\n"
     "! LaTeX Error: File `unicode-math.sty' not found.\n"
     "Type X to quit or <RETURN> to proceed,\n"
     "or enter new name. (Default extension: sty)\n" + _EXIT),
    # Error.hs (PandocPDFProgramNotFoundError: "... not found. Please select a different --pdf-engine or install ...")
    ("pandoc-pdf-engine-not-found", "real",
     "pandoc docs/manual.md --pdf-engine=xelatex -o manual.pdf\n"
     "xelatex not found. Please select a different --pdf-engine or install xelatex\n" + _GITLAB),
    # Error.hs (PandocResourceNotFound: "File " <> quote fn <> " not found in resource path")
    ("pandoc-resource-not-found-csl", "real",
     "pandoc --citeproc --csl=styles/widget.csl paper.md -o paper.docx\n"
     "File styles/widget.csl not found in resource path\n" + _EXIT),
    # Error.hs (PandocCouldNotFindDataFileError: "Could not find data file ")
    ("pandoc-could-not-find-data-file", "real",
     "pandoc --template=widget-report guide.md -o guide.pdf\n"
     "Could not find data file templates/widget-report.latex\n" + _EXIT),
    # Error.hs (PandocTemplateError: "Error compiling template ")
    ("pandoc-template-error", "real",
     "Error compiling template \"templates/report.latex\" (line 14, column 3):\n"
     "unexpected \"e\"\n"
     "expecting \"$\" or \"endif\"\n" + _EXIT),
    # Logging.hs (CouldNotFetchResource: "Could not fetch resource ") and Error.hs (PandocFailOnWarningError)
    ("pandoc-fail-if-warnings-missing-image", "real",
     "pandoc --fail-if-warnings chapters/*.md -o book.epub\n"
     "[WARNING] Could not fetch resource images/arch.png: replacing image with description\n"
     "Failing because there were warnings.\n" + _EXIT),
    # Error.hs (PandocHttpError: "Could not fetch " <> u <> "\n" <> err') with http-client's timeout
    ("pandoc-could-not-fetch-timeout", "transient",
     "pandoc --self-contained slides.md -o slides.html\n"
     "Could not fetch https://assets.example.net/theme/logo.svg\n"
     "HttpExceptionRequest Request {\n"
     "  host                 = \"assets.example.net\"\n"
     "  port                 = 443\n"
     "}\n"
     " ConnectionTimeout\n" + _EXIT),
    ("pandoc-could-not-fetch-404", "real",
     "pandoc --embed-resources --standalone notes.md -o notes.html\n"
     "Could not fetch https://assets.example.net/theme/old-logo.svg\n"
     "HttpExceptionRequest Request {\n"
     "  host                 = \"assets.example.net\"\n"
     "}\n"
     " (StatusCodeException (Response {responseStatus = Status {statusCode = 404, statusMessage = \"Not Found\"}}) \"\")\n"
     + _EXIT),
    # ------------------------------------------------------------------ Typst
    # typst/typst crates/typst-library/src/foundations/scope.rs ("unknown variable `{var}`")
    ("typst-unknown-variable", "real",
     "+ typst compile paper.typ\n"
     "error: unknown variable `widgetcount`\n"
     "  ┌─ paper.typ:12:8\n"
     "   │\n"
     "12 │ Total: #widgetcount items\n"
     "   │         ^^^^^^^^^^^\n" + _EXIT),
    # diag.rs (FileError::NotFound: "file not found (searched at {})")
    ("typst-file-not-found", "real",
     "error: file not found (searched at /src/paper/figures/arch.svg)\n"
     "  ┌─ paper.typ:30:15\n"
     "   │\n"
     "30 │ #image(\"figures/arch.svg\")\n" + _EXIT),
    # diag.rs (PackageError::VersionNotFound: "package found, but version {} does not exist (latest is {})")
    ("typst-package-version-not-found", "real",
     "downloading @preview/widgetplot:9.1.0\n"
     "error: package found, but version 9.1.0 does not exist (latest is 0.3.2)\n"
     "  ┌─ main.typ:1:8\n" + _EXIT),
    # diag.rs (PackageError::NetworkFailed: "failed to download package ({err})")
    ("typst-package-download-timeout", "transient",
     "downloading @preview/widgetplot:0.3.2\n"
     "error: failed to download package (https://packages.example.org/preview/widgetplot-0.3.2.tar.gz: "
     "Connection Failed: Connect error: connection timed out)\n"
     "  ┌─ main.typ:1:8\n" + _EXIT),
    # near-miss: Typst quotes the source line, whose text names a refused connection
    ("typst-text-mentions-connection-refused", "real",
     "error: unknown variable `retry`\n"
     "  ┌─ runbook.typ:9:40\n"
     "   │\n"
     " 9 │ If the API answers Connection refused, #retry after a minute.\n"
     "   │                                         ^^^^^\n" + _EXIT),
    # ------------------------------------------------------------------ Asciidoctor
    # asciidoctor/asciidoctor lib/asciidoctor/abstract_node.rb ("image to embed not found or not readable: ")
    # under --failure-level=WARN
    ("asciidoctor-failure-level-warn-image", "real",
     "+ asciidoctor-pdf --failure-level=WARN docs/guide.adoc\n"
     "asciidoctor: WARNING: guide.adoc: line 12: image to embed not found or not readable: /src/docs/images/arch.png\n"
     + _EXIT),
    # reader.rb ("include file not found: "); the file's NAME holds outage words
    ("asciidoctor-include-not-found-named-timeout", "real",
     "asciidoctor: ERROR: runbook.adoc: line 14: include file not found: /src/docs/snippets/gateway-503-timeout.adoc\n"
     + _EXIT),
    # helpers.rb ("asciidoctor: FAILED: required gem '...' is not available... Processing aborted.")
    ("asciidoctor-required-gem-missing", "real",
     "asciidoctor: FAILED: required gem 'rouge' is not available. Processing aborted.\n" + _EXIT),
    # asciidoctor/asciidoctor-diagram lib/asciidoctor-diagram/http/converter.rb: Net::HTTPResponse#value
    # raises for a PlantUML/Kroki server's 5xx ('503 "Service Unavailable"'), logged "Failed to generate image"
    ("asciidoctor-diagram-server-503", "transient",
     "asciidoctor: ERROR: architecture.adoc: line 20: Failed to generate image: 503 \"Service Unavailable\"\n"
     + _EXIT),
    ("asciidoctor-diagram-server-read-timeout", "transient",
     "asciidoctor: ERROR: architecture.adoc: line 20: Failed to generate image: Net::ReadTimeout with #<TCPSocket:(closed)>\n"
     + _EXIT),
    # the same server answering 400 for a diagram it cannot parse
    ("asciidoctor-diagram-server-400", "real",
     "asciidoctor: ERROR: architecture.adoc: line 20: Failed to generate image: 400 \"Bad Request\"\n"
     + _EXIT),
    # ------------------------------------------------------------------ Graphviz, PlantUML, mermaid-cli
    # graphviz lib/cgraph/scan.l aagerror ("%s: " InputFile, "%s in line %d", " near '%s'"), agerrorf's "Error: "
    ("dot-syntax-error", "real",
     "+ dot -Tsvg docs/arch.dot -o docs/arch.svg\n"
     "Error: docs/arch.dot: syntax error in line 14 near '->'\n" + _EXIT),
    # plantuml Run.java ("Some diagram description contains errors") with its "Error line %d in file: %s"
    ("plantuml-syntax-error", "real",
     "+ java -jar plantuml.jar -checkonly docs/diagrams/*.puml\n"
     "Error line 7 in file: docs/diagrams/flow.puml\n"
     "Some diagram description contains errors\n" + _EXIT),
    # mermaid-js/mermaid-cli src/cli.js (error(exception.stack)) with mermaid's parser message
    ("mmdc-parse-error", "real",
     "+ npx mmdc -i docs/flow.mmd -o docs/flow.svg\n"
     "Error: Parse error on line 3:\n"
     "...A --> B    B -> C\n"
     "-------------------^\n"
     "Expecting 'SEMI', 'NEWLINE', 'EOF', 'AMP', got 'MINUS'\n"
     "    at Parser.parseError (file:///src/node_modules/mermaid/dist/mermaid.js:1:1)\n" + _EXIT),
    # mermaid-cli src/index.js ("Input file \"%s\" doesn't exist")
    ("mmdc-input-missing", "real",
     "Input file \"docs/sequence.mmd\" doesn't exist\n" + _EXIT),
    # puppeteer's page.goto timeout inside mmdc on a loaded runner
    ("mmdc-navigation-timeout", "transient",
     "+ npx mmdc -i docs/flow.mmd -o docs/flow.png\n"
     "TimeoutError: Navigation timeout of 30000 ms exceeded\n"
     "    at LifecycleWatcher._LifecycleWatcher_createTimeoutPromise (/src/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/LifecycleWatcher.js:160:12)\n"
     + _EXIT),
    # @puppeteer/browsers' launch timeout inside mmdc: a Chromium slow to start on a loaded runner (read
    # transient as test_tool_sources_browser.py reads it; a Chromium that cannot start at all prints its own
    # cause, a missing library or the sandbox, which the browser entries hold)
    ("mmdc-browser-launch-ws-timeout", "transient",
     "+ npx mmdc -i docs/flow.mmd -o docs/flow.svg\n"
     "TimeoutError: Timed out after 30000 ms while waiting for the WS endpoint URL to appear in stdout!\n"
     + _EXIT),
    # ------------------------------------------------------------------ ffmpeg
    # fftools ("Unknown encoder '%s'"): the build lacks the codec, every run
    ("ffmpeg-unknown-encoder", "real",
     "+ ffmpeg -y -i fixtures/clip.wav -c:a libfdk_aac out/clip.m4a\n"
     "[aost#0:0 @ 0x55d0c0a1b2c0] Unknown encoder 'libfdk_aac'\n"
     "[aost#0:0 @ 0x55d0c0a1b2c0] Error selecting an encoder\n"
     "Error opening output file out/clip.m4a.\n"
     "Error opening output files: Encoder not found\n" + _EXIT),
    # libavutil/error.c (AVERROR_INVALIDDATA "Invalid data found when processing input"): a fixture that is
    # a Git LFS pointer, or a broken file
    ("ffmpeg-invalid-data", "real",
     "+ ffmpeg -i tests/fixtures/sample.mp4 -vf scale=320:-2 out/thumb.mp4\n"
     "[in#0 @ 0x5612a0b3c100] Error opening input: Invalid data found when processing input\n"
     "Error opening input file tests/fixtures/sample.mp4.\n"
     "Error opening input files: Invalid data found when processing input\n" + _EXIT),
    ("ffmpeg-encoder-params-conversion-failed", "real",
     "[libx264 @ 0x55aa10] height not divisible by 2 (1280x721)\n"
     "[vost#0:0/libx264 @ 0x55aa00] Error while opening encoder - maybe incorrect parameters such as bit_rate, rate, width or height.\n"
     "Conversion failed!\n" + _EXIT),
    # libavutil/error.c (AVERROR_HTTP_SERVER_ERROR "Server returned 5XX Server Error reply")
    ("ffmpeg-http-5xx", "transient",
     "+ ffmpeg -i https://media.example.net/samples/clip.mp4 -t 5 out/clip.mp4\n"
     "[in#0 @ 0x55c1d2e3f400] Error opening input: Server returned 5XX Server Error reply\n"
     "Error opening input file https://media.example.net/samples/clip.mp4.\n"
     "Error opening input files: Server returned 5XX Server Error reply\n" + _EXIT),
    # libavutil/error.c (AVERROR_HTTP_NOT_FOUND "Server returned 404 Not Found")
    ("ffmpeg-http-404", "real",
     "[in#0 @ 0x55c1d2e3f400] Error opening input: Server returned 404 Not Found\n"
     "Error opening input file https://media.example.net/samples/retired.mp4.\n"
     "Error opening input files: Server returned 404 Not Found\n" + _EXIT),
    # libavformat/tcp.c ("Connection to %s failed: %s")
    ("ffmpeg-tcp-connect-timeout", "transient",
     "[tcp @ 0x55e0a1b2c3d0] Connection to tcp://media.example.net:443 failed: Connection timed out\n"
     "[in#0 @ 0x55e0a1b2c000] Error opening input: Connection timed out\n"
     "Error opening input files: Connection timed out\n" + _EXIT),
    # near-miss: the project's own test about its ffmpeg wrapper's error text
    ("own-test-about-ffmpeg-timeout", "real",
     "tests/test_transcode.py::test_network_errors_are_reported FAILED\n"
     "E   AssertionError: assert 'Connection timed out' in 'Conversion failed!'\n"
     "FAILED tests/test_transcode.py::test_network_errors_are_reported - AssertionError\n"
     "1 failed, 63 passed in 4.20s\n" + _EXIT),
    # near-miss: the project's own parametrised test whose id and assertion quote ffmpeg's 5XX wording
    ("own-test-ffmpeg-5xx-classifier", "real",
     "FAILED tests/test_probe.py::test_classify_stderr[Server returned 5XX Server Error reply] - AssertionError\n"
     "E   AssertionError: assert 'fatal' == 'retry'\n"
     "1 failed, 18 passed in 0.91s\n" + _EXIT),
    # near-miss: a Jest test about the project's own mirror-picker message, which quotes MiKTeX's wording
    ("own-test-quotes-miktex-outdated", "real",
     "  ● mirror picker › explains an outdated repository\n"
     "    expect(received).toContain(expected)\n"
     "    Expected substring: \"The remote package repository is outdated. You have to choose another repository.\"\n"
     "    Received string:    \"Repository outdated\"\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _EXIT),
    # ------------------------------------------------------------------ ImageMagick, Ghostscript, SVG, fonts
    # ImageMagick config/english.xml (NotAuthorized "attempt to perform an operation not authorized by the
    # security policy"), MagickCore's "`%s'" and the "@ error/..." location; IM6's older "not authorized"
    ("imagemagick-policy-not-authorized-pdf", "real",
     "+ convert -density 150 docs/figure.pdf docs/figure.png\n"
     "convert-im6.q16: attempt to perform an operation not authorized by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/421.\n"
     "convert-im6.q16: no images defined `docs/figure.png' @ error/convert.c/ConvertImageCommand/3229.\n" + _EXIT),
    ("imagemagick-im6-not-authorized-file", "real",
     "convert-im6.q16: not authorized `docs/figure.pdf' @ error/constitute.c/ReadImage/412.\n"
     "convert-im6.q16: no images defined `docs/figure.png' @ error/convert.c/ConvertImageCommand/3258.\n" + _EXIT),
    # english.xml (NoDecodeDelegateForThisImageFormat)
    ("imagemagick-no-decode-delegate", "real",
     "magick: no decode delegate for this image format `HEIC' @ error/constitute.c/ReadImage/741.\n" + _EXIT),
    # english.xml (WidthOrHeightExceedsLimit): the policy's limit, every run
    ("imagemagick-width-height-exceeds-limit", "real",
     "magick: width or height exceeds limit `scans/poster.png' @ error/cache.c/OpenPixelCache/3909.\n" + _CIRCLE),
    # Ghostscript's PostScript error report (doc: ghostscript.readthedocs.io, "Use.htm" messages)
    ("ghostscript-undefinedfilename", "real",
     "GPL Ghostscript 10.02.1 (2023-11-01)\n"
     "Error: /undefinedfilename in (figures/missing.eps)\n"
     "Operand stack:\n"
     "\n"
     "Execution stack:\n"
     "GPL Ghostscript 10.02.1: Unrecoverable error, exit code 1\n" + _EXIT),
    # librsvg's rsvg-convert (its usual "Error reading SVG:" with libxml2's parser text)
    ("rsvg-convert-xml-error", "real",
     "+ rsvg-convert -f pdf -o docs/logo.pdf docs/logo.svg\n"
     "rsvg-convert: Error reading SVG: XML parse error: Error domain 1 code 76 on line 12 column 5 of data: "
     "Opening and ending tag mismatch: g line 0 and svg\n" + _EXIT),
    # Inkscape 1.x's command-line open failure
    ("inkscape-export-file-missing", "real",
     "+ inkscape docs/icons/app.svg --export-type=png --export-filename=build/app.png\n"
     "** (org.inkscape.Inkscape:2211): WARNING **: 10:15:01.120: Can't open file: /src/docs/icons/app.svg (doesn't exist)\n"
     "InkscapeApplication::document_open: Failed to open: /src/docs/icons/app.svg\n" + _EXIT),
    # fontconfig's complaint is noise beside the real failure (an image comparison test)
    ("fontconfig-error-beside-image-test", "real",
     "Fontconfig error: Cannot load default config file: No such file: (null)\n"
     "tests/test_plots.py::test_bar_chart FAILED\n"
     "E   matplotlib.testing.exceptions.ImageComparisonFailure: images not close (RMS 12.301)\n"
     "FAILED tests/test_plots.py::test_bar_chart - matplotlib.testing.exceptions.ImageComparisonFailure\n"
     "1 failed, 20 passed in 6.02s\n" + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # TeX-Live/installer tlmgr.pl END_INCOMPAT_VERSIONS: a local 2024 against a 2025 repository is a year
    # switch (the image needs rebuilding: real); a local 2025 against a mirror still on 2024 is an outdated
    # mirror (transient): the message is the same
    ("tlmgr-versions-not-compatible-year-switch",
     "tlmgr: The TeX Live versions of the local installation\n"
     "and the repository are not compatible:\n"
     "      local: 2025\n"
     " repository: 2024 (https://mirror.example.net/CTAN/systems/texlive/tlnet)\n"
     "Perhaps that particular CTAN mirror is outdated? Just a guess.\n"
     "Or if you want to install an older version of TeX Live, see:\n"
     "  https://tug.org/texlive/acquire.html#past\n" + _EXIT),
    # TLUtils.pm check_file_and_remove ("checksums differ for $xzfile"): a mirror mid-sync or a corrupting proxy
    ("tlmgr-package-checksums-differ",
     "TeXLive::TLUtils::check_file_and_remove: checksums differ for /tmp/Wk3q/widgetfig.tar.xz:\n"
     "TeXLive::TLUtils::check_file_and_remove:   tlchecksum=3b1f0c, arg=9e77aa\n"
     "TLPDB::_install_data: downloading did not succeed (check_file_and_remove failed) for "
     "https://mirror.example.net/CTAN/systems/texlive/tlnet/archive/widgetfig.tar.xz\n" + _EXIT),
    # ImageMagick english.xml (CacheResourcesExhausted): policy.xml's memory/disk limits (the same each run)
    # or a runner short of memory or disk
    ("imagemagick-cache-resources-exhausted",
     "convert-im6.q16: cache resources exhausted `scans/page-001.png' @ error/cache.c/OpenPixelCache/4095.\n"
     "convert-im6.q16: no images defined `build/scans.pdf' @ error/convert.c/ConvertImageCommand/3258.\n" + _EXIT),
    # ImageMagick english.xml (TimeLimitExceeded): policy's time limit on a slow runner, or a huge input
    ("imagemagick-time-limit-exceeded",
     "magick: time limit exceeded `scans/poster.tif' @ fatal/cache.c/GetImagePixelCache/1867.\n" + _EXIT),
    # asciidoctor abstract_node.rb ("could not retrieve image data from URI: "): a host down or an image gone
    ("asciidoctor-could-not-retrieve-image-uri",
     "+ asciidoctor-pdf -a allow-uri-read --failure-level=WARN README.adoc\n"
     "asciidoctor: WARNING: could not retrieve image data from URI: https://img.example.net/badges/build.svg\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_typesetting_media_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_typesetting_media_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
