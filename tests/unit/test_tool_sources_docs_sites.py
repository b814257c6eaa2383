"""Thirteenth round, tool sources: documentation and site generators run as CI steps (Sphinx with -W,
autodoc, intersphinx and nitpicky references, its doctest builder; MkDocs --strict and mkdocstrings;
Docusaurus; Jekyll and jekyll-remote-theme; Hugo and its modules; Doxygen's WARN_AS_ERROR; rustdoc;
javadoc's doclint; TypeDoc; pdoc; Antora; mdBook's preprocessors and renderers; LaTeX, latexmk,
tlmgr and tectonic; Read the Docs' build messages; Quarto renders). Link checks are in
test_tool_sources_links_downloads.py and are not repeated here.

Each case is a short log written for the test around one message as the tool prints it. The wording
was read from the tools' own source (the comment above each case names the repository and the file
holding the format string); where the source was not read (rustc's and the JDK's own trees, tlmgr,
Docusaurus, Quarto, LaTeX) the comment says the wording rests on the tool's documentation or its
well-known output. Hosts, packages, pages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a warning the build was told to treat as an error, a reference that does not resolve, a page or
    label that does not exist, a template or Liquid error, a module, theme, extension, package or
    preprocessor the build cannot find, a config the tool rejects, a TeX error -> real;
  * an inventory, theme, module, bundle or remote resource that could not be fetched because the
    server answered 5xx or the fetch timed out, and the hosted builder's own "try again later" ->
    transient; the same fetch answered 401/404 or refused for an untrusted certificate -> real;
  * a hosted builder's time or memory limit (the same limit each run) is no sure outage.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_MAKE = "make: *** [Makefile:20: html] Error 2\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Sphinx (-W, nitpicky, autodoc)
    # sphinx-doc/sphinx sphinx/ext/autodoc/importer.py ("autodoc: failed to import %s %r"),
    # sphinx/application.py ("build finished with problems, 1 warning (with warnings treated as errors).")
    ("sphinx-autodoc-import-missing-dep", "real",
     "Running Sphinx v7.4.7\n"
     "reading sources... [ 50%] api\n"
     "docs/api.rst:4: WARNING: autodoc: failed to import module 'core' from module 'widgetlib'; the following "
     "exception was raised:\n"
     "No module named 'numpy' [autodoc.import_object]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _MAKE + _EXIT),
    # sphinx/transforms/post_transforms/__init__.py ("%s:%s reference target not found: %s") under -n -W
    ("sphinx-nitpicky-ref-not-found", "real",
     "Running Sphinx v7.4.7\n"
     "writing output... [100%] reference\n"
     "docs/reference.rst:31: WARNING: py:class reference target not found: widgetlib.Frame [ref.class]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _MAKE + _EXIT),
    # sphinx/ext/intersphinx/_resolve.py ("external %s:%s reference target not found: %s")
    ("sphinx-external-ref-not-found", "real",
     "Running Sphinx v8.1.3\n"
     "loading intersphinx inventory 'python' from https://docs.example.net/3/objects.inv ...\n"
     "docs/usage.rst:12: WARNING: external py:class reference target not found: asyncio.Widgetizer "
     "[ref.python]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # sphinx/directives/other.py ("toctree contains reference to nonexisting document %r")
    ("sphinx-toctree-nonexisting", "real",
     "Running Sphinx v7.4.7\n"
     "docs/index.rst:9: WARNING: toctree contains reference to nonexisting document 'guide/setup' "
     "[toc.not_readable]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _CIRCLE),
    # sphinx/domains/std/__init__.py ("undefined label: %r")
    ("sphinx-undefined-label", "real",
     "Running Sphinx v7.4.7\n"
     "docs/faq.rst:40: WARNING: undefined label: 'install-offline' [ref.ref]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # sphinx/environment/__init__.py ("document isn't included in any toctree")
    ("sphinx-not-in-toctree", "real",
     "Running Sphinx v7.4.7\n"
     "checking consistency... /src/docs/changelog/v2.rst: WARNING: document isn't included in any toctree "
     "[toc.not_included]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # sphinx/errors.py (category 'Warning, treated as error', printed by Sphinx before 7.3 over the warning)
    ("sphinx-old-warning-treated-as-error", "real",
     "Running Sphinx v5.3.0\n"
     "reading sources... [100%] index\n\n"
     "Warning, treated as error:\n"
     "/src/docs/index.rst:22:Unknown directive type \"mermaid\".\n" + _MAKE + _EXIT),
    # sphinx/registry.py ("Could not import extension %s"), sphinx/errors.py ("Extension error")
    ("sphinx-extension-not-installed", "real",
     "Running Sphinx v7.4.7\n\n"
     "Extension error:\n"
     "Could not import extension sphinx_widget_ext (exception: No module named 'sphinx_widget_ext')\n"
     + _MAKE + _EXIT),
    # sphinx/theming.py ("no theme named %r found (missing theme.toml?)"), sphinx/errors.py ('Theme error')
    ("sphinx-theme-not-found", "real",
     "Running Sphinx v7.4.7\n"
     "loading pickled environment... done\n\n"
     "Theme error:\n"
     "no theme named 'widget_theme' found (missing theme.toml?)\n" + _MAKE + _EXIT),
    # sphinx/ext/doctest.py ("Doctest summary", "%5d failure%s in tests")
    ("sphinx-doctest-failure", "real",
     "Running Sphinx v7.4.7\n"
     "running tests...\n\n"
     "Document: usage\n"
     "---------------\n"
     "**********************************************************************\n"
     "File \"usage.rst\", line 14, in default\n"
     "Failed example:\n"
     "    widgetlib.scale(2)\n"
     "Expected:\n"
     "    4\n"
     "Got:\n"
     "    5\n\n"
     "Doctest summary\n"
     "===============\n"
     "   12 tests\n"
     "    1 failure in tests\n"
     "    0 failures in setup code\n"
     "build finished with problems.\n" + _EXIT),
    # sphinx/ext/intersphinx/_load.py ("intersphinx inventory %r not fetchable due to %s: %s") with a 503
    ("sphinx-intersphinx-503", "transient",
     "Running Sphinx v7.4.7\n"
     "loading intersphinx inventory 'numpy' from https://numdocs.example.net/doc/stable/objects.inv ...\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://numdocs.example.net/doc/stable/objects.inv' not fetchable due to "
     "<class 'requests.exceptions.HTTPError'>: 503 Server Error: Service Unavailable for url: "
     "https://numdocs.example.net/doc/stable/objects.inv\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # the same under Sphinx before 7.3 ("Warning, treated as error:" over the warning), a read timeout
    ("sphinx-old-intersphinx-read-timeout", "transient",
     "Running Sphinx v5.3.0\n"
     "loading intersphinx inventory from https://docs.example.net/3/objects.inv...\n\n"
     "Warning, treated as error:\n"
     "failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://docs.example.net/3/objects.inv' not fetchable due to <class "
     "'requests.exceptions.ReadTimeout'>: HTTPSConnectionPool(host='docs.example.net', port=443): Read timed "
     "out. (read timeout=30)\n" + _MAKE + _EXIT),
    # the fetch failing on an untrusted certificate (the same every run)
    ("sphinx-intersphinx-cert-untrusted", "real",
     "Running Sphinx v7.4.7\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://intra.example.org/docs/objects.inv' not fetchable due to <class "
     "'requests.exceptions.SSLError'>: HTTPSConnectionPool(host='intra.example.org', port=443): Max retries "
     "exceeded with url: /docs/objects.inv (Caused by SSLError(SSLCertVerificationError(1, '[SSL: "
     "CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain')))\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # near-miss: a nitpicky reference whose target merely names a timeout class
    ("sphinx-ref-names-timeout-class", "real",
     "Running Sphinx v7.4.7\n"
     "docs/errors.rst:18: WARNING: py:exc reference target not found: widgetlib.errors.ReadTimeout [ref.exc]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # ------------------------------------------------------------------ MkDocs and mkdocstrings
    # mkdocs/mkdocs mkdocs/commands/build.py ("Aborted with {msg} in strict mode!"); the nav warning
    # from mkdocs/structure/nav.py
    ("mkdocs-strict-nav-missing", "real",
     "INFO    -  Cleaning site directory\n"
     "INFO    -  Building documentation to directory: /src/site\n"
     "WARNING -  A reference to 'api/legacy.md' is included in the 'nav' configuration, which is not found "
     "in the documentation files.\n\n"
     "Aborted with 1 warnings in strict mode!\n" + _EXIT),
    # mkdocs/config/config_options.py ('The "{name}" plugin is not installed'), config/base.py
    # ("Config value '{config_name}': {error}", "Aborted with a configuration error!")
    ("mkdocs-plugin-not-installed", "real",
     "ERROR   -  Config value 'plugins': The \"widget-search\" plugin is not installed\n\n"
     "Aborted with a configuration error!\n" + _EXIT),
    # mkdocs/config/config_options.py ("Unrecognised theme name: ...")
    ("mkdocs-theme-unrecognised", "real",
     "ERROR   -  Config value 'theme': Unrecognised theme name: 'widget'. The available installed themes "
     "are: mkdocs, readthedocs\n\n"
     "Aborted with a configuration error!\n" + _CIRCLE),
    ("mkdocstrings-could-not-collect", "real",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: widgetlib.engine could not be found\n"
     "ERROR   -  Error reading page 'reference/engine.md':\n"
     "ERROR   -  Could not collect 'widgetlib.engine'\n\n"
     "Aborted with a BuildError!\n" + _EXIT),
    # mkdocstrings src/mkdocstrings/_internal/handlers/base.py ("Couldn't load inventory %s through handler
    # '%s': %s"; the download is urllib's, whose HTTPError reads "HTTP Error 503: Service Unavailable")
    ("mkdocstrings-inventory-503", "transient",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: Couldn't load inventory https://docs.example.net/3/objects.inv through handler "
     "'python': HTTP Error 503: Service Unavailable\n\n"
     "Aborted with 1 errors in strict mode!\n" + _EXIT),
    ("mkdocstrings-inventory-timeout", "transient",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: Couldn't load inventory https://docs.example.net/3/objects.inv through handler "
     "'python': <urlopen error timed out>\n\n"
     "Aborted with 1 errors in strict mode!\n" + _EXIT),
    ("mkdocstrings-inventory-404", "real",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: Couldn't load inventory https://acme.example.org/widget/objects.inv through "
     "handler 'python': HTTP Error 404: Not Found\n\n"
     "Aborted with 1 errors in strict mode!\n" + _EXIT),
    # ------------------------------------------------------------------ Docusaurus (source not read:
    # the wording of its build failures as the Docusaurus docs and its printed output show it)
    ("docusaurus-client-bundle-errors", "real",
     "[INFO] [en] Creating an optimized production build...\n"
     "[ERROR] Client bundle compiled with errors therefore further build is impossible.\n"
     "Module not found: Error: Can't resolve '@site/src/components/WidgetCard' in '/src/docs'\n" + _EXIT),
    ("docusaurus-mdx-compile", "real",
     "[INFO] [en] Creating an optimized production build...\n"
     "[ERROR] Error: MDX compilation failed for file \"/src/docs/intro.mdx\"\n"
     "Cause: Could not parse expression with acorn\n"
     "Details:\n"
     "{\"column\":12,\"line\":40,\"reason\":\"Could not parse expression with acorn\"}\n" + _EXIT),
    # ------------------------------------------------------------------ Jekyll and GitHub Pages
    # jekyll/jekyll lib/jekyll/renderer.rb ("Liquid Exception:")
    ("jekyll-liquid-exception", "real",
     "Configuration file: /src/_config.yml\n"
     "            Source: /src\n"
     "       Destination: /src/_site\n"
     "      Generating...\n"
     "  Liquid Exception: Liquid syntax error (line 12): Unknown tag 'widget' in _posts/2024-03-01-hello.md\n"
     "             Error: Liquid syntax error (line 12): Unknown tag 'widget'\n" + _EXIT),
    # lib/jekyll/external.rb ("Dependency Error:", "Yikes! It looks like you don't have %s ... installed.")
    ("jekyll-dependency-missing", "real",
     "Configuration file: /src/_config.yml\n"
     "  Dependency Error: Yikes! It looks like you don't have jekyll-widget-feed or one of its dependencies "
     "installed. In order to use Jekyll as currently configured, you'll need to install this gem.\n"
     "             Error: jekyll-widget-feed\n" + _EXIT),
    # lib/jekyll/renderer.rb ("Conversion error:", "%s encountered an error while converting '%s':")
    ("jekyll-scss-conversion-error", "real",
     "      Generating...\n"
     "  Conversion error: Jekyll::Converters::Scss encountered an error while converting "
     "'assets/css/style.scss':\n"
     "                    Undefined variable: \"$brand-colour\". on line 14\n"
     "             Error: Undefined variable: \"$brand-colour\". on line 14\n" + _EXIT),
    # benbalter/jekyll-remote-theme lib/jekyll-remote-theme/downloader.rb ("#{code} - #{message} - Loading
    # URL: #{zip_url}", "The repository '%s' could not be found.")
    ("jekyll-remote-theme-502", "transient",
     "Configuration file: /src/_config.yml\n"
     "      Remote Theme: Using theme acme/widget-theme\n"
     "jekyll 3.9.5 | Error:  502 - Bad Gateway - Loading URL: "
     "https://codeload.example.com/acme/widget-theme/zip/HEAD\n" + _EXIT),
    ("jekyll-remote-theme-not-found", "real",
     "Configuration file: /src/_config.yml\n"
     "      Remote Theme: Using theme acme/widget-thme\n"
     "jekyll 3.9.5 | Error:  The repository 'acme/widget-thme' could not be found. Please check the name.\n"
     + _EXIT),
    # ------------------------------------------------------------------ Hugo
    # gohugoio/hugo config/allconfig/load.go ("failed to load modules: %w"), modules/client.go
    # ("failed to download modules: %w", "go command failed: %s") relaying the go command's stderr
    ("hugo-module-download-timeout", "transient",
     "Start building sites …\n"
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "github.com/acme/widget-theme@v1.4.0: Get \"https://goproxy.example.net/github.com/acme/widget-theme/"
     "@v/v1.4.0.mod\": dial tcp 203.0.113.7:443: i/o timeout\n" + _EXIT),
    ("hugo-module-download-503", "transient",
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "github.com/acme/widget-theme@v1.4.0: reading https://goproxy.example.net/github.com/acme/widget-theme/"
     "@v/v1.4.0.zip: 503 Service Unavailable\n" + _EXIT),
    ("hugo-module-unknown-revision", "real",
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "github.com/acme/widget-theme@v9.9.9: invalid version: unknown revision v9.9.9\n" + _EXIT),
    # modules/collect.go ("module %q not found in %q; either add it as a Hugo Module or store it in %q.")
    ("hugo-theme-not-found", "real",
     "Error: command error: failed to load modules: module \"widget-theme\" not found in \"/src/themes/widget-"
     "theme\"; either add it as a Hugo Module or store it in \"/src/themes\".: module does not exist\n" + _EXIT),
    # tpl/tplimpl/templatestore.go ("execute of template failed"), hugolib/site.go ("render of %q failed")
    ("hugo-template-execute-failed", "real",
     "Start building sites …\n"
     "ERROR render of \"/blog/hello\" failed: \"/src/layouts/_default/single.html:12:5\": execute of "
     "template failed: template: _default/single.html:12:5: executing \"main\" at <.Params.author.name>: nil "
     "pointer evaluating interface {}.name\n"
     "Total in 412 ms\n"
     "Error: error building site: render: failed to render pages: render of \"/blog/hello\" failed\n" + _EXIT),
    ("hugo-template-parse-function", "real",
     "Start building sites …\n"
     "Error: error building site: \"/src/layouts/partials/head.html:4:1\": parse failed: template: "
     "partials/head.html:4: function \"widgetize\" not defined\n" + _EXIT),
    # hugolib/shortcode.go ("failed to render shortcode %q: %w"), logged above the summary alone
    ("hugo-shortcode-failed-logged", "real",
     "Start building sites …\n"
     "ERROR \"/src/content/docs/install.md:14:1\": failed to render shortcode \"widget-tabs\": failed to "
     "process shortcode: \"/src/layouts/shortcodes/widget-tabs.html:3:12\": execute of template failed: "
     "template: shortcodes/widget-tabs.html:3:12: executing \"shortcodes/widget-tabs.html\" at <.Get>: "
     "error calling Get: index out of range: 1\n"
     "Total in 388 ms\n"
     "Error: error building site: logged 1 error(s)\n" + _EXIT),
    # resources/resource_factories/create/remote.go ("failed to fetch remote resource from '%s': %s")
    ("hugo-getremote-503", "transient",
     "Start building sites …\n"
     "ERROR error calling resources.GetRemote: failed to fetch remote resource from "
     "'https://api.example.net/repos/acme/widget': Service Unavailable\n"
     "Error: error building site: logged 1 error(s)\n" + _EXIT),
    ("hugo-getremote-401", "real",
     "Start building sites …\n"
     "ERROR error calling resources.GetRemote: failed to fetch remote resource from "
     "'https://api.example.net/repos/acme/widget': Unauthorized\n"
     "Error: error building site: logged 1 error(s)\n" + _EXIT),
    # ------------------------------------------------------------------ Doxygen
    # doxygen/doxygen src/message.cpp (" (warning treated as error, aborting now)"), src/doxygen.cpp
    # ("%s %s is not documented.")
    ("doxygen-warn-as-error-undocumented", "real",
     "Generating docs for compound Widget...\n"
     "/src/include/widget.h:42: warning: Member frob(int count) (function) of class Widget is not "
     "documented. (warning treated as error, aborting now)\n" + _EXIT),
    # src/docnode.cpp ("unable to resolve reference to '%s' for \\ref command") with FAIL_ON_WARNINGS
    # (src/message.cpp finishWarnExit: exit(1) after the run, no further word)
    ("doxygen-fail-on-warnings-ref", "real",
     "Generating docs for page install...\n"
     "/src/docs/guide.md:12: warning: unable to resolve reference to 'install_offline' for \\ref command\n"
     "Generating file index...\n"
     "finished...\n" + _EXIT),
    # src/docnode.cpp ("Found unknown command '%c%s'")
    ("doxygen-unknown-command", "real",
     "Parsing file /src/include/frame.h...\n"
     "/src/include/frame.h:7: warning: Found unknown command '\\widget' (warning treated as error, aborting "
     "now)\n" + _CIRCLE),
    # ------------------------------------------------------------------ rustdoc (rustc's tree not read:
    # the lint's wording as rustdoc prints it; cargo's "could not document `{}`" read in rust-lang/cargo)
    ("rustdoc-broken-intra-doc-link", "real",
     " Documenting widget v0.3.1 (/src/widget)\n"
     "error: unresolved link to `Frame::render`\n"
     "  --> src/lib.rs:12:9\n"
     "   |\n"
     "   = note: no item named `Frame` in scope\n"
     "   = note: `-D rustdoc::broken-intra-doc-links` implied by `-D warnings`\n"
     "error: could not document `widget`\n" + _EXIT),
    ("rustdoc-private-intra-doc-link", "real",
     " Documenting widget v0.3.1 (/src/widget)\n"
     "error: public documentation for `render` links to private item `Inner`\n"
     "  --> src/frame.rs:30:18\n"
     "   = note: `-D rustdoc::private-intra-doc-links` implied by `-D warnings`\n"
     "error: could not document `widget`\n" + _EXIT),
    ("rustdoc-unclosed-html-tag", "real",
     " Documenting widget v0.3.1 (/src/widget)\n"
     "error: unclosed HTML tag `T`\n"
     "  --> src/pool.rs:8:25\n"
     "   = note: `-D rustdoc::invalid-html-tags` implied by `-D warnings`\n"
     "error: could not document `widget`\n" + _CIRCLE),
    # ------------------------------------------------------------------ javadoc (the JDK's tree not read:
    # doclint's wording as javadoc prints it; the Maven plugin's "Error while generating Javadoc")
    ("javadoc-reference-not-found", "real",
     "[INFO] --- javadoc:3.6.3:jar (attach-javadocs) @ widget ---\n"
     "[ERROR] /src/main/java/com/acme/Widget.java:41: error: reference not found\n"
     "[ERROR]      * @see Frame#render()\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-javadoc-plugin:3.6.3:jar (attach-javadocs) "
     "on project widget: MavenReportException: Error while generating Javadoc: \n"
     "[ERROR] Exit code: 1 - /src/main/java/com/acme/Widget.java:41: error: reference not found\n" + _EXIT),
    ("javadoc-unknown-tag", "real",
     "> Task :widget:javadoc FAILED\n"
     "/src/main/java/com/acme/Frame.java:18: error: unknown tag: implNote\n"
     "     * @implNote draws lazily\n"
     "       ^\n"
     "1 error\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':widget:javadoc'.\n"
     "> Javadoc generation failed. Generated Javadoc options file (useful for troubleshooting): "
     "'/src/widget/build/tmp/javadoc/javadoc.options'\n" + _EXIT),
    ("javadoc-werror", "real",
     "> Task :widget:javadoc\n"
     "/src/main/java/com/acme/Pool.java:22: warning: no @param for count\n"
     "    public void grow(int count) {\n"
     "                ^\n"
     "error: warnings found and -Werror specified\n"
     "1 error\n"
     "1 warning\n"
     "> Task :widget:javadoc FAILED\n" + _EXIT),
    ("javadoc-link-fetch-timeout", "transient",
     "[INFO] --- javadoc:3.6.3:javadoc (default-cli) @ widget ---\n"
     "[ERROR] error: Error fetching URL: https://docs.example.net/api/ (java.net.SocketTimeoutException: "
     "Connect timed out)\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-javadoc-plugin:3.6.3:javadoc (default-cli) "
     "on project widget: An error has occurred in Javadoc report generation: \n"
     "[ERROR] Exit code: 1 - error: Error fetching URL: https://docs.example.net/api/ "
     "(java.net.SocketTimeoutException: Connect timed out)\n" + _EXIT),
    # ------------------------------------------------------------------ TypeDoc
    # TypeStrong/typedoc src/lib/internationalization/locales/en.ts (failed_to_resolve_link_to_0_in_comment_for_1,
    # found_0_errors_and_1_warnings, output_0_could_not_be_generated, unable_to_find_any_entry_points,
    # entrypoint_did_not_match_files_0)
    ("typedoc-failed-to-resolve-link", "real",
     "> typedoc --treatWarningsAsErrors\n"
     "[warning] Failed to resolve link to \"Frame\" in comment for Widget.render\n"
     "[info] Found 0 errors and 1 warnings\n"
     "[error] html output could not be generated due to the errors above\n" + _EXIT),
    ("typedoc-no-entry-points", "real",
     "> typedoc\n"
     "[warning] The entrypoint glob ./src/index.ts did not match any files\n"
     "[error] Unable to find any entry points. See previous warnings\n"
     "[info] Found 1 errors and 1 warnings\n" + _EXIT),
    ("pdoc-error-importing", "real",
     "$ pdoc -o site widgetlib\n"
     "Traceback (most recent call last):\n"
     "ModuleNotFoundError: No module named 'numpy'\n\n"
     "The above exception was the direct cause of the following exception:\n\n"
     "Traceback (most recent call last):\n"
     "RuntimeError: Error importing widgetlib\n" + _EXIT),
    # ------------------------------------------------------------------ Antora
    # antora/antora packages/content-aggregator (transformGitCloneError: "Content repository not found",
    # "... or requires credentials", else the git client's message; "(url: %s)"); asciidoctor's
    # "target of xref not found: %s" as Antora's log relays it
    ("antora-xref-not-found", "real",
     "[10:02:11.412] ERROR (asciidoctor): target of xref not found: install.adoc\n"
     "    file: docs/modules/ROOT/pages/index.adoc:12\n"
     "    source: https://git.example.org/acme/widget.git (branch: main | start path: docs)\n"
     "antora: exiting with status 1 because log failure level was reached\n" + _EXIT),
    ("antora-content-repo-credentials", "real",
     "[10:02:01.101] FATAL (antora): Content repository not found or requires credentials "
     "(url: https://git.example.org/acme/widget-docs.git)\n" + _EXIT),
    ("antora-clone-503", "transient",
     "[10:02:01.101] FATAL (antora): HTTP Error: 503 Service Unavailable "
     "(url: https://git.example.org/acme/widget-docs.git)\n" + _EXIT),
    # ------------------------------------------------------------------ mdBook
    # rust-lang/mdBook crates/mdbook-driver/src/lib.rs ("The command `%s` wasn't found, is the `%s` %s
    # installed?", "Unable to run the %s `%s`"), builtin_renderers/mod.rs ("The \"%s\" renderer failed")
    ("mdbook-preprocessor-not-installed", "real",
     "2024-05-01 10:00:00 [INFO] (mdbook::book): Book building has started\n"
     "2024-05-01 10:00:00 [ERROR] (mdbook::preprocess::cmd): The command `mdbook-mermaid` wasn't found, is "
     "the `mermaid` preprocessor installed? If you want to ignore this error when the `mermaid` preprocessor "
     "is not installed, set `optional = true` in the `[preprocessor.mermaid]` section of the book.toml "
     "configuration file.\n"
     "2024-05-01 10:00:00 [ERROR] (mdbook::utils): Error: Unable to run the preprocessor `mermaid`\n"
     "2024-05-01 10:00:00 [ERROR] (mdbook::utils): \tCaused by: No such file or directory (os error 2)\n"
     + _EXIT),
    ("mdbook-renderer-failed-missing-file", "real",
     "2024-05-01 10:00:02 [INFO] (mdbook::renderer): Invoking the \"linkcheck\" renderer\n"
     "error: File not found: ./setup.md\n"
     "   ┌─ guide/intro.md:12:1\n"
     "2024-05-01 10:00:03 [ERROR] (mdbook::renderer): Renderer exited with non-zero return code.\n"
     "2024-05-01 10:00:03 [ERROR] (mdbook::utils): Error: Rendering failed\n"
     "2024-05-01 10:00:03 [ERROR] (mdbook::utils): \tCaused by: The \"linkcheck\" renderer failed\n" + _EXIT),
    # ------------------------------------------------------------------ LaTeX, latexmk, tectonic
    # (TeX's and latexmk's wording as printed; tectonic read in tectonic-typesetting/tectonic
    # crates/geturl/src/reqwest.rs "unexpected HTTP response code {} for URL {}", src/driver.rs)
    ("latexmk-undefined-control-sequence", "real",
     "Latexmk: applying rule 'pdflatex'...\n"
     "! Undefined control sequence.\n"
     "l.42 \\widgetmacro\n"
     "                  {x}\n"
     "Latexmk: Errors, so I did not complete making targets\n"
     "Collected error summary (may duplicate other messages):\n"
     "  pdflatex: Command for 'pdflatex' gave return code 1\n" + _EXIT),
    ("latex-sty-not-found", "real",
     "This is pdfTeX, Version 3.141592653-2.6-1.40.25 (TeX Live 2023) (preloaded format=pdflatex)\n"
     "(./paper.tex\n"
     "! LaTeX Error: File `widgetfig.sty' not found.\n\n"
     "Type X to quit or <RETURN> to proceed,\n"
     "or enter new name. (Default extension: sty)\n" + _EXIT),
    ("tectonic-bundle-503", "transient",
     "note: downloading index https://relay.example.net/bundles/tlextras-2022.0r0.tar.index.gz\n"
     "error: unexpected HTTP response code 503 for URL https://relay.example.net/bundles/tlextras-2022.0r0.tar\n"
     + _EXIT),
    ("tectonic-bundle-timeout", "transient",
     "note: connecting to https://relay.example.net/bundles/tlextras-2022.0r0.tar\n"
     "error: failed to load bundle index\n"
     "caused by: error sending request for url (https://relay.example.net/bundles/tlextras-2022.0r0.tar): "
     "operation timed out\n" + _EXIT),
    ("tectonic-tex-error", "real",
     "Running TeX ...\n"
     "error: paper.tex:42: Undefined control sequence\n"
     "error: halted on potentially-recoverable error as specified\n" + _EXIT),
    # tlmgr (TeX Live's TLPDB.pm, not read: its documented wording)
    ("tlmgr-package-unknown", "real",
     "tlmgr install widgetfig\n"
     "tlmgr install: package widgetfig not present in repository.\n"
     "tlmgr: action install returned an error; continuing.\n"
     "tlmgr: An error has occurred. See above messages. Exiting.\n" + _EXIT),
    # ------------------------------------------------------------------ Read the Docs
    # readthedocs/readthedocs.org readthedocs/notifications/messages.py (GENERIC_WITH_BUILD_ID,
    # BUILD_TERMINATED_DUE_INACTIVITY)
    ("readthedocs-app-error-try-again", "transient",
     "Read the Docs build failed\n"
     "Unknown problem\n"
     "There was a problem with Read the Docs while building your documentation.\n"
     "Please try again later.\n"
     "If this problem persists, report this error to us with your build id (24011234).\n"),
    ("readthedocs-terminated-inactivity", "transient",
     "Read the Docs build failed\n"
     "Build terminated due to inactivity\n"
     "This build was terminated due to inactivity.\n"
     "If you continue to encounter this error, file a support request and reference this build id "
     "(24011235).\n"),
    ("readthedocs-sphinx-warning-error", "real",
     "python -m sphinx -T -W --keep-going -b html -d _build/doctrees -D language=en docs "
     "$READTHEDOCS_OUTPUT/html\n"
     "Running Sphinx v7.4.7\n"
     "/home/docs/checkouts/readthedocs.org/user_builds/widget/checkouts/41/docs/api.rst:9: WARNING: py:func "
     "reference target not found: widgetlib.spin [ref.func]\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n"
     "Command exited with code 1\n"),
    # ------------------------------------------------------------------ Quarto (source not read: its
    # printed wording as the Quarto docs show it)
    ("quarto-yaml-validation", "real",
     "quarto render docs\n"
     "ERROR: Validation of YAML front matter failed.\n"
     "ERROR: In file docs/index.qmd\n"
     "(line 4, columns 8--11) Field \"format\" has value html5, which must instead be one of html, pdf\n"
     + _EXIT),
    # readthedocs/doc_builder/environments.py ("Command killed due to timeout or excessive memory consumption",
    # added when the command's output ends on "Killed"): a killed process, read as the catalogue reads any
    ("readthedocs-killed-time-or-memory", "transient",
     "python -m sphinx -T -b html -d _build/doctrees docs $READTHEDOCS_OUTPUT/html\n"
     "reading sources... [ 62%] gallery/plot_large\n"
     "Killed\n\n"
     "Command killed due to timeout or excessive memory consumption\n"),
    # ------------------------------------------------------------------ more fetch outages in docs builds
    # sphinx/ext/intersphinx/_load.py (as above): a name that did not resolve for now, a 429
    ("sphinx-intersphinx-dns", "transient",
     "Running Sphinx v7.4.7\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://docs.example.net/3/objects.inv' not fetchable due to <class "
     "'requests.exceptions.ConnectionError'>: HTTPSConnectionPool(host='docs.example.net', port=443): Max "
     "retries exceeded with url: /3/objects.inv (Caused by NameResolutionError(\"<urllib3.connection."
     "HTTPSConnection object at 0x7f>: Failed to resolve 'docs.example.net' ([Errno -3] Temporary failure in "
     "name resolution)\"))\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    ("sphinx-intersphinx-429", "transient",
     "Running Sphinx v7.4.7\n"
     "WARNING: failed to reach any of the inventories with the following issues:\n"
     "intersphinx inventory 'https://docs.example.net/3/objects.inv' not fetchable due to <class "
     "'requests.exceptions.HTTPError'>: 429 Client Error: Too Many Requests for url: "
     "https://docs.example.net/3/objects.inv\n"
     "build finished with problems, 1 warning (with warnings treated as errors).\n" + _EXIT),
    # mkdocstrings (as above), urllib's refused connection and a dropped one
    ("mkdocstrings-inventory-refused", "transient",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: Couldn't load inventory https://docs.example.net/3/objects.inv through handler "
     "'python': <urlopen error [Errno 111] Connection refused>\n\n"
     "Aborted with 1 errors in strict mode!\n" + _EXIT),
    ("mkdocstrings-inventory-cert", "real",
     "INFO    -  Building documentation...\n"
     "ERROR   -  mkdocstrings: Couldn't load inventory https://intra.example.org/objects.inv through handler "
     "'python': <urlopen error [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
     "local issuer certificate (_ssl.c:1006)>\n\n"
     "Aborted with 1 errors in strict mode!\n" + _EXIT),
    # jekyll-remote-theme downloader.rb (a Net::OpenTimeout is re-raised with its message)
    ("jekyll-remote-theme-open-timeout", "transient",
     "Configuration file: /src/_config.yml\n"
     "      Remote Theme: Using theme acme/widget-theme\n"
     "jekyll 3.9.5 | Error:  execution expired\n" + _EXIT),
    # hugo (as above) with GOPROXY=direct: git's own 502, and the checksum database's 500
    ("hugo-module-git-502", "transient",
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "github.com/acme/widget-theme@v1.4.0: git ls-remote -q origin in /tmp/hugo_cache/modules/filecache/"
     "modules/pkg/mod/cache/vcs/4f1e: exit status 128:\n"
     "\tfatal: unable to access 'https://git.example.com/acme/widget-theme/': The requested URL returned "
     "error: 502\n" + _EXIT),
    ("hugo-module-sumdb-500", "transient",
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "verifying github.com/acme/widget-theme@v1.4.0: github.com/acme/widget-theme@v1.4.0: reading "
     "https://sumdb.example.net/lookup/github.com/acme/widget-theme@v1.4.0: 500 Internal Server Error\n"
     + _EXIT),
    ("hugo-module-gone-410", "real",
     "Error: failed to load modules: failed to download modules: go command failed: go: "
     "github.com/acme/retired-theme@v1.0.0: reading https://goproxy.example.net/github.com/acme/retired-theme/"
     "@v/v1.0.0.info: 404 Not Found\n"
     "\tserver response: not found: github.com/acme/retired-theme@v1.0.0: invalid version: unknown revision "
     "v1.0.0\n" + _EXIT),
    # javadoc's -link fetch answered 503 (the JDK's URLConnection wording)
    ("javadoc-link-fetch-503", "transient",
     "> Task :widget:javadoc\n"
     "error: Error fetching URL: https://docs.example.net/api/ (java.io.IOException: Server returned HTTP "
     "response code: 503 for URL: https://docs.example.net/api/element-list)\n"
     "1 error\n"
     "> Task :widget:javadoc FAILED\n" + _EXIT),
    # tectonic (reqwest's wording under "caused by:")
    ("tectonic-bundle-reset", "transient",
     "note: downloading texmf-dist/tex/latex/widgetfig/widgetfig.sty\n"
     "error: failed to retrieve texmf-dist/tex/latex/widgetfig/widgetfig.sty\n"
     "caused by: error sending request for url (https://relay.example.net/bundles/tlextras-2022.0r0.tar): "
     "connection closed before message completed\n" + _EXIT),
    # antora's git client relaying a connect timeout ("%s (url: %s)")
    ("antora-clone-connect-timeout", "transient",
     "[10:02:01.101] FATAL (antora): connect ETIMEDOUT 203.0.113.9:443 "
     "(url: https://git.example.org/acme/widget-docs.git)\n" + _EXIT),
    # ------------------------------------------------------------------ real failures that mention the tools
    ("own-test-mentions-intersphinx-timeout", "real",
     "tests/test_inventory.py::test_fetch_error_message FAILED\n"
     "E   AssertionError: assert 'intersphinx inventory not fetchable: timed out' == "
     "'inventory fetch timed out'\n"
     "FAILED tests/test_inventory.py::test_fetch_error_message - AssertionError\n"
     "1 failed, 40 passed in 2.31s\n" + _EXIT),
    ("own-test-hugo-module-503-fixture", "real",
     "--- FAIL: TestModuleDownloadError (0.01s)\n"
     "    client_test.go:88: got error \"failed to download modules: 503 Service Unavailable\", want "
     "\"failed to download modules: 502 Bad Gateway\"\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/sitegen/modules\t0.412s\n" + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # tlmgr (TeX Live's TLPDB.pm, not read: its documented wording when a repository could not be read):
    # a mirror out of sync or down for now, or a repository setting that names no repository at all
    ("tlmgr-mirror-unreadable",
     "tlmgr install widgetfig\n"
     "tlmgr: TLPDB::from_file could not initialize from: https://mirror.example.net/CTAN/systems/texlive/"
     "tlnet/tlpkg/texlive.tlpdb\n"
     "tlmgr: Maybe the repository setting should be changed.\n"
     "tlmgr: More info: https://tug.org/texlive/acquire.html\n" + _EXIT),
    # readthedocs/readthedocs.org readthedocs/notifications/messages.py (BUILD_TIME_OUT): the plan's
    # time limit, the same each run unless the build was slowed by the host
    ("readthedocs-build-time-out",
     "Read the Docs build failed\n"
     "Build terminated due to time out.\n"
     "The build was terminated due to time out.\n"),
    # javadoc's -link fetch failing with no cause given: an outage or a URL that no longer serves a list
    ("javadoc-link-fetch-bare",
     "[ERROR] error: Error fetching URL: https://docs.example.net/api/\n"
     "[ERROR] Exit code: 1 - error: Error fetching URL: https://docs.example.net/api/\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_docs_site_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_docs_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Couldn't load inventory x through handler 'python': ",
    "failed to fetch remote resource from 'https://x': ",
    "jekyll 3.9.5 | Error:  502 - Bad Gateway - ",
    "Error fetching URL: https://x (java.net.",
    "/src/a.h:1: warning: unable to resolve reference to '",
]
