"""Eighteenth round, tool sources: static analyzers and style checkers whose findings are deterministic.

Covered: Checkstyle (its CLI, the Maven plugin's check goal, Gradle's checkstyle task), SpotBugs (the Maven
plugin's check goal, the Gradle plugin), PMD and CPD (the Maven plugin's old and new summaries, Gradle's
pmd task), Error Prone and NullAway (javac diagnostics under Maven and Gradle, the annotation processor
path the compiler plugin resolves, the plugin's own crash), Clippy under cargo (lint levels set in the
crate, toolchain components that rustup could not download), staticcheck, revive and errcheck, SwiftLint
(the SwiftPM plugin's binary artifact), stylelint, markdownlint-cli, hadolint's image, Semgrep (the auto
config without metrics, the registry timing out), the CodeQL CLI (``database analyze`` running out of the
runner's memory, a runner shut down mid-analysis, a query that does not compile), Infer, Sorbet, RuboCop
(findings, an unknown cop, a remote ``inherit_from`` file), Reek, Brakeman, Bandit and pylint's
``--fail-under`` score. The single findings lines of hadolint, shellcheck, staticcheck, SwiftLint,
SwiftFormat, stylelint, RuboCop, PHPStan and Psalm are in test_tool_sources_lint.py and
test_tool_sources_php_perl_r.py; CodeQL's action and Semgrep's registry 5xx/404 in
test_tool_sources_code_analysis_hooks.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding the
format string): checkstyle/checkstyle, apache/maven-checkstyle-plugin, apache/maven-pmd-plugin (and its
history for the older "You have N PMD violations"), pmd/pmd, spotbugs/spotbugs-maven-plugin,
spotbugs/spotbugs-gradle-plugin, gradle/gradle (the quality plugins), google/error-prone,
apache/maven-compiler-plugin, rust-lang/rust-clippy, rust-lang/cargo, rust-lang/rustup, dominikh/go-tools,
mgechev/revive, kisielk/errcheck, nicklockwood/SwiftFormat, stylelint/stylelint, semgrep/semgrep,
facebook/infer, sorbet/sorbet, rubocop/rubocop, troessner/reek, presidentbeef/brakeman, PyCQA/bandit,
pylint-dev/pylint. SwiftLint's repository was too large to bring here: its reporter wording rests on its
documentation and the earlier round's case. The CodeQL CLI is closed: its "A fatal error occurred" and
out-of-memory wordings rest on GitHub's documentation (docs.github.com, code scanning troubleshooting) and
the runner's shutdown line on the Actions runner's documented message. Hosts, packages and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * an analyzer that ran and reported findings, a count over its configured threshold, a score under
    ``--fail-under``, a config or ruleset that does not exist, a cop or rule it does not know, a query
    that does not compile, the plugin crashing on the code -> real;
  * the analyzer, its rules or its plugins could not be downloaded (a 5xx, a read or connect timeout, a
    reset connection from Maven Central, the Go proxy, rustup's dist server, npm, RubyGems, PyPI, the
    Semgrep registry, a remote RuboCop config), or the runner itself was shut down -> transient;
  * an analyzer that ran out of memory on the runner (CodeQL's heap, exit 137 with no word of the host's
    kill), an analyzer that hit its own configured timeout, a compiler panic inside Clippy -> not
    surely transient;
  * near-misses: the same tools' 404s and unknown versions, outage words a checker merely quotes
    (a finding about a timeout, a test about the registry), a transfer warning Maven retried above
    the findings the build ended on -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_MVN_FAIL = "[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE\n"
_GRADLE_FAIL = "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Checkstyle
    # checkstyle/checkstyle src/main/resources/.../messages.properties (DefaultLogger.auditStarted "Starting
    # audit...", auditFinished "Audit done.", Main.errorCounter "Checkstyle ends with {0} errors.")
    ("checkstyle-cli-ends-with-errors", "real",
     "+ java -jar checkstyle-10.14.0-all.jar -c config/checkstyle.xml src/main/java\n"
     "Starting audit...\n"
     "[ERROR] /builds/shop/core/src/main/java/org/acme/shop/Cart.java:41:9: 'total' hides a field. [HiddenField]\n"
     "[ERROR] /builds/shop/core/src/main/java/org/acme/shop/Cart.java:77: Line is longer than 120 characters (found 134). [LineLength]\n"
     "Audit done.\n"
     "Checkstyle ends with 2 errors.\n" + _GL),
    # apache/maven-checkstyle-plugin CheckstyleViolationCheckMojo.java ("You have " + n + " Checkstyle
    # violation(s)." + " The maximum number of allowed violations is " + max + ".")
    ("checkstyle-maven-over-max-allowed", "real",
     "[INFO] --- checkstyle:3.3.1:check (validate) @ shop-core ---\n"
     "[WARNING] src/main/java/org/acme/shop/Cart.java:[41,9] (coding) HiddenField: 'total' hides a field.\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project "
     "shop-core: You have 14 Checkstyle violations. The maximum number of allowed violations is 10. -> [Help 1]\n" + _GHA),
    # same message alone, the excerpt cut below the Maven banner
    ("checkstyle-maven-you-have-violations-excerpt", "real",
     "[WARNING] src/main/java/org/acme/shop/Order.java:[12,1] (imports) UnusedImports: Unused import - java.util.List.\n"
     "[ERROR] You have 1 Checkstyle violation.\n" + _CIRCLE),
    # gradle/gradle CheckstyleInvoker ("Checkstyle rule violations were found. See the report at: %s",
    # "Checkstyle files with violations: %d", "Checkstyle violations by severity: [...]")
    ("checkstyle-gradle-rule-violations", "real",
     "> Task :core:checkstyleMain FAILED\n"
     "[ant:checkstyle] [ERROR] /home/runner/work/shop/shop/core/src/main/java/org/acme/Cart.java:41:9: "
     "'total' hides a field. [HiddenField]\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:checkstyleMain'.\n"
     "> A failure occurred while executing org.gradle.api.plugins.quality.internal.CheckstyleAction\n"
     "   > Checkstyle rule violations were found. See the report at: file:///home/runner/work/shop/shop/core/build/reports/checkstyle/main.html\n"
     "     Checkstyle files with violations: 1\n"
     "     Checkstyle violations by severity: [error:1]\n" + _GHA),
    # apache/maven-checkstyle-plugin DefaultCheckstyleExecutor.java ("Unable to find configuration file at
    # location: " + location) under "Failed during checkstyle configuration": a path that does not exist
    ("checkstyle-maven-config-not-found", "real",
     "[INFO] --- checkstyle:3.3.1:check (validate) @ shop-core ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project "
     "shop-core: Failed during checkstyle configuration: Unable to find configuration file at location: "
     "config/checkstyle/checkstyle-strict.xml: Could not find resource 'config/checkstyle/checkstyle-strict.xml'. -> [Help 1]\n"
     + _GHA),
    # the plugin itself could not be fetched from the repository (Maven resolver's "Could not transfer
    # artifact ... from/to ...: " with the transport's reset)
    ("checkstyle-maven-plugin-transfer-reset", "transient",
     "[INFO] Scanning for projects...\n"
     "[ERROR] Plugin org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1 or one of its dependencies could not be resolved: "
     "Failed to read artifact descriptor for com.puppycrawl.tools:checkstyle:jar:10.14.0: The following artifacts could not "
     "be resolved: com.puppycrawl.tools:checkstyle:pom:10.14.0 (absent): Could not transfer artifact "
     "com.puppycrawl.tools:checkstyle:pom:10.14.0 from/to central (https://repo.maven.apache.org/maven2): Connection reset -> [Help 1]\n"
     + _GHA),
    # gradle/gradle: the checkstyle configuration's artifacts answered 502 by the repository
    ("checkstyle-gradle-configuration-502", "transient",
     "> Task :core:checkstyleMain FAILED\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:checkstyleMain'.\n"
     "> Could not resolve all files for configuration ':core:checkstyle'.\n"
     "   > Could not resolve com.puppycrawl.tools:checkstyle:10.14.0.\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/com/puppycrawl/tools/checkstyle/10.14.0/checkstyle-10.14.0.pom'.\n"
     "         > Could not GET 'https://repo.maven.apache.org/maven2/com/puppycrawl/tools/checkstyle/10.14.0/checkstyle-10.14.0.pom'. "
     "Received status code 502 from server: Bad Gateway\n" + _GHA),
    # ================================================================== SpotBugs
    # spotbugs/spotbugs-maven-plugin BaseViolationCheckMojo.groovy ("BugInstance size is", "Error size is",
    # "Total bugs: ", priority + ": " + bugLog, "failed with N bugs and N errors")
    ("spotbugs-maven-check-failed-with-bugs", "real",
     "[INFO] --- spotbugs:4.8.3.0:check (default) @ shop-core ---\n"
     "[INFO] BugInstance size is 2\n"
     "[INFO] Error size is 0\n"
     "[INFO] Total bugs: 2\n"
     "[ERROR] High: Possible null pointer dereference of order in org.acme.shop.Cart.checkout() [org.acme.shop.Cart] "
     "At Cart.java:[line 88] NP_NULL_ON_SOME_PATH\n"
     "[ERROR] Medium: org.acme.shop.Cart.items may expose internal representation [org.acme.shop.Cart] EI_EXPOSE_REP\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal com.github.spotbugs:spotbugs-maven-plugin:4.8.3.0:check (default) on project shop-core: "
     "failed with 2 bugs and 0 errors -> [Help 1]\n" + _GHA),
    # same, the excerpt holding only the counts and the plugin's closing exception text
    ("spotbugs-maven-total-bugs-excerpt", "real",
     "[INFO] BugInstance size is 1\n[INFO] Error size is 0\n[INFO] Total bugs: 1\n"
     "[ERROR] Medium: Found reliance on default encoding in org.acme.io.Export.write(): new java.io.FileWriter(String) "
     "[org.acme.io.Export] At Export.java:[line 31] DM_DEFAULT_ENCODING\n"
     "[ERROR] failed with 1 bugs and 0 errors\n" + _CIRCLE),
    # spotbugs/spotbugs-gradle-plugin SpotBugsRunnerForHybrid ("Verification failed: SpotBugs ended with exit
    # code %d." + " See the report at: ...")
    ("spotbugs-gradle-ended-with-exit-code", "real",
     "> Task :core:spotbugsMain FAILED\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:spotbugsMain'.\n"
     "> A failure occurred while executing com.github.spotbugs.snom.internal.SpotBugsRunnerForHybrid$SpotBugsExecutor\n"
     "   > Verification failed: SpotBugs ended with exit code 1. See the report at: "
     "file:///home/runner/work/shop/shop/core/build/reports/spotbugs/main.html\n" + _GHA),
    # the plugin's dependencies answered 503 by the repository (Maven resolver)
    ("spotbugs-maven-dependency-503", "transient",
     "[INFO] --- spotbugs:4.8.3.0:check (default) @ shop-core ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal com.github.spotbugs:spotbugs-maven-plugin:4.8.3.0:check (default) on project shop-core: "
     "Execution default of goal com.github.spotbugs:spotbugs-maven-plugin:4.8.3.0:check failed: Plugin "
     "com.github.spotbugs:spotbugs-maven-plugin:4.8.3.0 or one of its dependencies could not be resolved: Could not transfer "
     "artifact com.github.spotbugs:spotbugs:jar:4.8.3 from/to central (https://repo.maven.apache.org/maven2): status code: "
     "503, reason phrase: Service Unavailable (503) -> [Help 1]\n" + _GHA),
    # ================================================================== PMD / CPD
    # apache/maven-pmd-plugin PmdViolationCheckMojo.printError ("PMD " + severity + ": " + class + ":" + line +
    # " Rule:" + rule + " Priority:" + n + " " + text + "."), AbstractPmdViolationCheckMojo.getMessage
    # (name + " " + version + " has found " + n + " violation(s). For more details see: " + file)
    ("pmd-maven-has-found-violations", "real",
     "[INFO] --- pmd:3.21.2:check (default) @ shop-core ---\n"
     "[INFO] PMD version: 6.55.0\n"
     "[WARNING] PMD Failure: org.acme.shop.Cart:41 Rule:UnusedPrivateField Priority:3 Avoid unused private fields such as 'cache'..\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-pmd-plugin:3.21.2:check (default) on project shop-core: "
     "PMD 6.55.0 has found 1 violation. For more details see: /home/runner/work/shop/shop/core/target/pmd.xml -> [Help 1]\n"
     + _GHA),
    # same plugin before MPMD-391 (history: "You have " + n + " " + name + " violation(s). For more details see:")
    ("pmd-maven-you-have-violations-old", "real",
     "[INFO] PMD Failure: org.acme.shop.Order:12 Rule:UnnecessaryImport Priority:4 Unused import 'java.util.List'.\n"
     "[INFO] PMD Failure: org.acme.shop.Order:57 Rule:EmptyCatchBlock Priority:3 Avoid empty catch blocks.\n"
     "[INFO] You have 2 PMD violations. For more details see: /builds/shop/core/target/pmd.xml\n" + _GL),
    # CpdViolationCheckMojo.printError ("CPD " + severity + ": Found " + n + " lines of duplicated code at
    # locations:", "    " + path + " line " + n), executeCheck("cpd.xml", "CPD", "duplication", 10)
    ("cpd-maven-duplication-found", "real",
     "[INFO] --- pmd:3.21.2:cpd-check (default) @ shop-core ---\n"
     "[WARNING] CPD Failure: Found 42 lines of duplicated code at locations:\n"
     "[WARNING]     /home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Cart.java line 120\n"
     "[WARNING]     /home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Wishlist.java line 64\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-pmd-plugin:3.21.2:cpd-check (default) on project "
     "shop-core: CPD 6.55.0 has found 1 duplication. For more details see: "
     "/home/runner/work/shop/shop/core/target/cpd.xml -> [Help 1]\n" + _GHA),
    # gradle/gradle PmdInvoker ("N PMD rule violations were found. See the report at: ...")
    ("pmd-gradle-rule-violations", "real",
     "> Task :core:pmdMain FAILED\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:pmdMain'.\n"
     "> A failure occurred while executing org.gradle.api.plugins.quality.internal.PmdAction\n"
     "   > 3 PMD rule violations were found. See the report at: "
     "file:///home/runner/work/shop/shop/core/build/reports/pmd/main.html\n" + _GHA),
    # pmd/pmd pmd-core TextRenderer ("<file>:<line>:\t<rule>:\t<message>"), the CLI's exit status 4 for
    # violations (pmd-cli CliExitCode.VIOLATIONS_FOUND)
    ("pmd-cli-text-renderer", "real",
     "+ pmd check -d src/main/java -R rulesets/java/quickstart.xml -f text\n"
     "src/main/java/org/acme/shop/Cart.java:41:\tUnusedLocalVariable:\tAvoid unused local variables such as 'tmp'.\n"
     "src/main/java/org/acme/shop/Cart.java:88:\tSimplifyBooleanReturns:\tThis if statement can be replaced by `return {condition};`\n"
     "##[error]Process completed with exit code 4.\n"),
    # gradle: the pmd configuration's artifacts timed out
    ("pmd-gradle-configuration-read-timeout", "transient",
     "> Task :core:pmdMain FAILED\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:pmdMain'.\n"
     "> Could not resolve all files for configuration ':core:pmd'.\n"
     "   > Could not download pmd-java-6.55.0.jar (net.sourceforge.pmd:pmd-java:6.55.0)\n"
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/net/sourceforge/pmd/pmd-java/6.55.0/pmd-java-6.55.0.jar'.\n"
     "         > Read timed out\n" + _GHA),
    # ================================================================== Error Prone / NullAway
    # google/error-prone check_api JavacErrorDescriptionListener ("[<BugPattern>] <message>", "(see <link>)",
    # "Did you mean '...'?") under maven-compiler-plugin's "[ERROR] <file>:[l,c]" and "COMPILATION ERROR"
    ("errorprone-maven-dead-exception", "real",
     "[INFO] --- compiler:3.12.1:compile (default-compile) @ shop-core ---\n"
     "[INFO] -------------------------------------------------------------\n"
     "[ERROR] COMPILATION ERROR : \n"
     "[INFO] -------------------------------------------------------------\n"
     "[ERROR] /home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Cart.java:[88,7] [DeadException] Exception created but not thrown\n"
     "    (see https://errorprone.info/bugpattern/DeadException)\n"
     "  Did you mean 'throw new IllegalStateException(\"empty cart\");'?\n"
     "[INFO] 1 error\n" + _GHA),
    # same listener under javac in Gradle ("<file>:<line>: error: [<BugPattern>] ...", "N error(s)")
    ("errorprone-gradle-return-value-ignored", "real",
     "> Task :core:compileJava\n"
     "/home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Cart.java:52: error: [ReturnValueIgnored] Return value of 'trim' must be used\n"
     "        name.trim();\n"
     "                 ^\n"
     "    (see https://errorprone.info/bugpattern/ReturnValueIgnored)\n"
     "1 error\n\n> Task :core:compileJava FAILED\n" + _GHA),
    # uber/NullAway as an Error Prone check ("[NullAway] dereferenced expression ... is @Nullable")
    ("nullaway-dereferenced-nullable", "real",
     "> Task :core:compileJava\n"
     "/home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Cart.java:61: error: [NullAway] dereferenced expression coupon is @Nullable\n"
     "        return coupon.discount();\n"
     "                     ^\n"
     "    (see http://t.uber.com/nullaway )\n"
     "1 error\n" + _GHA),
    # google/error-prone errors.properties (compiler.err.error.prone.crash "An unhandled exception was thrown by
    # the Error Prone static analysis plugin."): the same code crashes the same check on every run
    ("errorprone-plugin-crash", "real",
     "/home/runner/work/shop/shop/core/src/main/java/org/acme/shop/Cart.java:30: error: An unhandled exception was thrown by the Error Prone static analysis plugin.\n"
     "  public record Line(String sku, int qty) {\n"
     "         ^\n"
     "     Please report this at https://github.com/google/error-prone/issues/new and include the following, as well as a reproducing code sample (if possible):\n"
     "     error-prone version: 2.24.1\n"
     "     BugPattern: UnusedVariable\n"
     "     Stack Trace:\n"
     "     java.lang.NullPointerException: Cannot invoke \"com.sun.tools.javac.code.Symbol.getKind()\" because \"sym\" is null\n"
     "1 error\n" + _GHA),
    # apache/maven-compiler-plugin CompilerMojo ("Resolution of annotationProcessorPath dependencies failed: ")
    # with the resolver's read timeout fetching error_prone_core
    ("errorprone-processor-path-read-timeout", "transient",
     "[INFO] --- compiler:3.12.1:compile (default-compile) @ shop-core ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.12.1:compile (default-compile) on "
     "project shop-core: Resolution of annotationProcessorPath dependencies failed: The following artifacts could not be "
     "resolved: com.google.errorprone:error_prone_core:jar:2.24.1 (absent): Could not transfer artifact "
     "com.google.errorprone:error_prone_core:jar:2.24.1 from/to central (https://repo.maven.apache.org/maven2): Read timed out -> [Help 1]\n"
     + _GHA),
    # same message with a version that was never published: the pom's mistake
    ("errorprone-processor-path-not-found", "real",
     "[INFO] --- compiler:3.12.1:compile (default-compile) @ shop-core ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.12.1:compile (default-compile) on "
     "project shop-core: Resolution of annotationProcessorPath dependencies failed: The following artifacts could not be "
     "resolved: com.google.errorprone:error_prone_core:jar:2.99.0 (absent): Could not find artifact "
     "com.google.errorprone:error_prone_core:jar:2.99.0 in central (https://repo.maven.apache.org/maven2) -> [Help 1]\n"
     + _GHA),
    # ================================================================== Clippy
    # rust-lang/rust-clippy (lint levels: "the lint level is defined here", "`#[deny(clippy::x)]` implied by
    # `#[deny(clippy::all)]`"); rust-lang/cargo ("could not compile `{}` ({}) due to {} previous error(s)")
    ("clippy-deny-attribute-in-crate", "real",
     "    Checking shop v0.4.0 (/home/runner/work/shop/shop)\n"
     "error: unneeded `return` statement\n"
     "  --> src/cart.rs:41:5\n"
     "   |\n"
     "note: the lint level is defined here\n"
     "  --> src/lib.rs:1:9\n"
     "   |\n"
     "   = note: `#[deny(clippy::needless_return)]` implied by `#[deny(clippy::all)]`\n"
     "error: could not compile `shop` (lib) due to 1 previous error\n" + _GHA),
    # older cargo ("could not compile `{}` due to {} previous errors"), clippy's help line
    ("clippy-old-cargo-previous-errors", "real",
     "    Checking shop v0.4.0 (/builds/shop)\n"
     "error: used `unwrap()` on a `Result` value\n"
     "  --> src/main.rs:12:15\n"
     "   = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#unwrap_used\n"
     "   = note: requested on the command line with `-D clippy::unwrap-used`\n"
     "error: could not compile `shop` due to 2 previous errors\n" + _GL),
    # rust-lang/rustup src/errors.rs ("component download failed for {}", "could not download file from '{}'
    # to '{}'") with curl's timeout: the dist server, not the code
    ("clippy-rustup-component-download-timeout", "transient",
     "+ rustup component add clippy\n"
     "info: downloading component 'clippy'\n"
     "error: component download failed for clippy-x86_64-unknown-linux-gnu: could not download file from "
     "'https://static.rust-lang.org/dist/2024-05-02/clippy-1.78.0-x86_64-unknown-linux-gnu.tar.xz' to "
     "'/home/runner/.rustup/downloads/4c1f0e.partial': failed to make network request: error sending request for url "
     "(https://static.rust-lang.org/dist/2024-05-02/clippy-1.78.0-x86_64-unknown-linux-gnu.tar.xz): operation timed out\n"
     + _GHA),
    # ================================================================== staticcheck / revive / errcheck
    # dominikh/go-tools lintcmd/format.go (text: "%s: %s" with the check in parentheses)
    ("staticcheck-deprecated-sa1019", "real",
     "+ staticcheck ./...\n"
     "internal/api/client.go:14:2: \"io/ioutil\" has been deprecated since Go 1.19: As of Go 1.16, the same "
     "functionality is now provided by package [io] or package [os], and those implementations should be "
     "preferred in new code. See the specific function documentation for details. (SA1019)\n" + _GHA),
    # same file (stylish: " ✖ %d problems (%d errors, %d warnings, %d ignored)")
    ("staticcheck-stylish-problems", "real",
     "+ staticcheck -f stylish ./...\n"
     "internal/api/client.go\n"
     "  (14, 2)\tSA1019\t\"io/ioutil\" has been deprecated since Go 1.19\n"
     "  (41, 9)\tSA4006\tthis value of err is never used\n"
     "\n"
     " ✖ 2 problems (2 errors, 0 warnings, 0 ignored)\n" + _CIRCLE),
    # lintcmd/cmd.go: type-check errors reported in the "compile" category
    ("staticcheck-compile-category", "real",
     "+ staticcheck ./...\n"
     "-: # example.org/shop/internal/api\n"
     "internal/api/client.go:22:9: undefined: httpx (compile)\n" + _GHA),
    # golang/go cmd/go modfetch (go install of the tool: "reading %s: 502 Bad Gateway" from the proxy)
    ("staticcheck-go-install-proxy-502", "transient",
     "+ go install honnef.co/go/tools/cmd/staticcheck@2023.1.7\n"
     "go: honnef.co/go/tools/cmd/staticcheck@2023.1.7: honnef.co/go/tools@v0.4.7: reading "
     "https://proxy.golang.org/honnef.co/go/tools/@v/v0.4.7.zip: 502 Bad Gateway\n" + _GHA),
    # same, a version that does not exist: the workflow's mistake
    ("staticcheck-go-install-unknown-revision", "real",
     "+ go install honnef.co/go/tools/cmd/staticcheck@2031.1\n"
     "go: honnef.co/go/tools/cmd/staticcheck@2031.1: honnef.co/go/tools@2031.1: invalid version: unknown revision 2031.1\n"
     + _GHA),
    # mgechev/revive formatter/friendly.go ("%d %s (%d %s, %d %s)" after a ✖) and its per-failure lines
    ("revive-friendly-problems", "real",
     "+ revive -config revive.toml -formatter friendly -set_exit_status ./...\n"
     "  ✖  https://revive.run/r#exported  exported function NewClient should have comment or be unexported  \n"
     "  internal/api/client.go:18:1\n"
     "\n"
     "✖ 1 problem (1 error, 0 warnings)\n" + _GHA),
    # revive installed with go install: the module proxy's TCP timeout
    ("revive-go-install-dial-timeout", "transient",
     "+ go install github.com/mgechev/revive@v1.3.7\n"
     "go: github.com/mgechev/revive@v1.3.7: Get \"https://proxy.golang.org/github.com/mgechev/revive/@v/v1.3.7.info\": "
     "dial tcp 142.250.74.17:443: i/o timeout\n" + _GHA),
    # kisielk/errcheck main.go ("%s:\t%s\n": position, then the unchecked call)
    ("errcheck-unchecked-calls", "real",
     "+ errcheck ./...\n"
     "internal/api/client.go:41:23:\tdefer resp.Body.Close()\n"
     "internal/store/db.go:88:10:\ttx.Rollback()\n" + _GHA),
    # ================================================================== SwiftLint / stylelint / markdownlint / hadolint
    # swiftlang/swift-package-manager (binary target download: "failed downloading '%s' which is required by
    # binary target '%s': %s") for SwiftLint's artifact bundle
    ("swiftlint-artifactbundle-download-timed-out", "transient",
     "Fetching https://github.com/realm/SwiftLint from cache\n"
     "Downloading binary artifact https://github.com/realm/SwiftLint/releases/download/0.54.0/SwiftLintBinary-macos.artifactbundle.zip\n"
     "error: failed downloading 'https://github.com/realm/SwiftLint/releases/download/0.54.0/SwiftLintBinary-macos.artifactbundle.zip' "
     "which is required by binary target 'SwiftLintBinary': downloadError(\"The request timed out.\")\n" + _GHA),
    # SwiftLint's documented xcode reporter ("<file>:<l>:<c>: error: <Rule> Violation: <reason> (<id>)") and
    # summary under --strict
    ("swiftlint-strict-force-cast", "real",
     "Linting 'CartView.swift' (12/40)\n"
     "/Users/runner/work/shop/shop/Sources/Shop/CartView.swift:33:21: error: Force Cast Violation: Force casts should be avoided (force_cast)\n"
     "Done linting! Found 1 violation, 1 serious in 40 files.\n" + _GHA2),
    # stylelint/stylelint lib/formatters/stringFormatter.mjs ("✖ N problem(s) (N error(s), N warning(s))")
    ("stylelint-problems-summary", "real",
     "> shop-web@1.0.0 lint:css\n> stylelint \"src/**/*.scss\"\n\n"
     "src/styles/cart.scss\n"
     "  12:3  ✖  Unexpected duplicate selector \".cart__row\", first used at line 4  no-duplicate-selectors\n"
     "  31:5  ✖  Expected \"#FFF\" to be \"#fff\"                                      color-hex-case\n"
     "\n"
     "✖ 2 problems (2 errors, 0 warnings)\n" + _GHA),
    # stylelint lib (config resolution: "Could not find \"%s\". Do you need the `configBasedir`?")
    ("stylelint-extends-not-found", "real",
     "> stylelint \"src/**/*.css\"\n\n"
     "Error: Could not find \"stylelint-config-standrd\". Do you need the `configBasedir`?\n"
     "    at getModulePath (/home/runner/work/shop/shop/node_modules/stylelint/lib/utils/getModulePath.cjs:29:9)\n"
     + _GHA),
    # stylelint through npx: the registry timing out (npm's ETIMEDOUT)
    ("stylelint-npx-registry-etimedout", "transient",
     "+ npx --yes stylelint@16.2.1 \"src/**/*.css\"\n"
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/stylelint failed, reason: connect ETIMEDOUT 104.16.2.35:443\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # igorshubovych/markdownlint-cli (per-issue "<file>:<line> <rule>/<alias> <description> [<detail>]")
    ("markdownlint-cli-issues", "real",
     "+ markdownlint '**/*.md' --ignore node_modules\n"
     "docs/install.md:14 MD009/no-trailing-spaces Trailing spaces [Expected: 0 or 2; Actual: 1]\n"
     "CHANGELOG.md:3 MD024/no-duplicate-heading/no-duplicate-header Multiple headings with the same content [Context: \"## Fixed\"]\n"
     + _GHA),
    # hadolint run as a container: the Docker Hub pull timing out (dockerd's registry client)
    ("hadolint-image-pull-timeout", "transient",
     "+ docker run --rm -i hadolint/hadolint:v2.12.0 < Dockerfile\n"
     "Unable to find image 'hadolint/hadolint:v2.12.0' locally\n"
     "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while "
     "waiting for connection (Client.Timeout exceeded while awaiting headers).\n" + _GHA),
    # ================================================================== Semgrep / CodeQL / Infer
    # semgrep/semgrep src/osemgrep/cli_scan/Scan_CLI.ml ("Cannot create auto config when metrics are off.
    # Please allow metrics or run with a specific config.")
    ("semgrep-auto-config-metrics-off", "real",
     "+ semgrep scan --config auto --metrics off --error\n"
     "[ERROR]: Cannot create auto config when metrics are off. Please allow metrics or run with a specific config.\n"
     + _GHA2),
    # cli/src/semgrep/config_resolver.py ("Failed to download configuration from %s" + " Failed after multiple
    # attempts (%s)") with the registry's read timeout
    ("semgrep-registry-read-timed-out", "transient",
     "+ semgrep scan --config p/owasp-top-ten --error\n"
     "[ERROR] Failed to download configuration from https://semgrep.dev/c/p/owasp-top-ten Failed after multiple attempts "
     "(HTTPSConnectionPool(host='semgrep.dev', port=443): Read timed out. (read timeout=20))\n" + _GHA2),
    # the Actions runner's documented shutdown line during a long `codeql database analyze`
    ("codeql-cli-runner-shutdown-signal", "transient",
     "+ codeql database analyze /tmp/codeql-db/java codeql/java-queries --format=sarif-latest --output=java.sarif\n"
     "Running queries.\n"
     "[1/212] Loaded /home/runner/.codeql/packages/codeql/java-queries/0.8.9/Security/CWE/CWE-089/SqlTainted.qlx.\n"
     "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, "
     "or a manually started runner is canceled.\n"
     "##[error]The operation was canceled.\n"),
    # the analyzer SIGKILLed by the host (the shell's "Killed", exit 137) with no limit the job set: the runner's
    # kill, which a rerun on a fresh runner usually passes (an out-of-memory with no kill stays open below)
    ("codeql-cli-killed-137", "transient",
     "+ codeql database analyze /tmp/codeql-db/cpp codeql/cpp-queries --format=sarif-latest --output=cpp.sarif\n"
     "Running queries.\n"
     "Killed\n"
     "##[error]Process completed with exit code 137.\n"),
    # CodeQL CLI (docs: "A fatal error occurred: ..."; the QL compiler's "ERROR: could not resolve ...")
    ("codeql-cli-query-compile-error", "real",
     "+ codeql database analyze /tmp/codeql-db/java queries/custom/ --format=sarif-latest --output=custom.sarif\n"
     "Compiling query plan for /builds/shop/queries/custom/UnsafeSql.ql.\n"
     "ERROR: could not resolve type SqlSink (/builds/shop/queries/custom/UnsafeSql.ql:14,5-12)\n"
     "A fatal error occurred: Could not compile query /builds/shop/queries/custom/UnsafeSql.ql\n" + _GL),
    # facebook/infer infer/src/integration/TextReport.ml ("%s:%d: %s: %s(%s)", "Found %d issue%s", the summary
    # "Issue Type(ISSUED_TYPE_ID): #"); Config.ml fail_on_issue_exit_code = 2
    ("infer-found-issues-fail-on-issue", "real",
     "+ infer run --fail-on-issue -- ./gradlew assemble\n"
     "#0\n"
     "core/src/main/java/org/acme/shop/Cart.java:88: error: Null Dereference(NULLPTR_DEREFERENCE)\n"
     "  object `order` last assigned on line 85 could be null and is dereferenced at line 88.\n"
     "\n"
     "Found 1 issue\n"
     "          Issue Type(ISSUED_TYPE_ID): #\n"
     "  Null Dereference(NULLPTR_DEREFERENCE): 1\n" + _GHA2),
    # infer's release tarball fetched with curl: the connection reset
    ("infer-release-download-reset", "transient",
     "+ curl -sSfL https://github.com/facebook/infer/releases/download/v1.1.0/infer-linux64-v1.1.0.tar.xz | tar -C /opt -xJ\n"
     "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n"
     "xz: (stdin): Unexpected end of input\n"
     "tar: Child returned status 1\n" + _GHA),
    # ================================================================== Sorbet / RuboCop / Reek / Brakeman
    # sorbet/sorbet core/ErrorFlusherStdout.cc ("Errors: {}") after "<file>:<line>: <message> https://srb.help/<code>"
    ("sorbet-errors-count", "real",
     "+ bundle exec srb tc\n"
     "lib/shop/cart.rb:41: Method `totl` does not exist on `Shop::Cart` https://srb.help/7003\n"
     "    41 |    cart.totl\n"
     "                 ^^^^\n"
     "Errors: 1\n" + _GHA),
    # rubocop/rubocop lib/rubocop/formatter/simple_text_formatter.rb ("N files inspected, N offenses detected,
    # N offenses autocorrectable")
    ("rubocop-offenses-detected-summary", "real",
     "+ bundle exec rubocop --format simple\n"
     "== app/models/order.rb ==\n"
     "C: 12:3: [Correctable] Style/GuardClause: Use a guard clause (return unless paid?) instead of wrapping the code inside a conditional expression.\n"
     "\n"
     "87 files inspected, 1 offense detected, 1 offense autocorrectable\n" + _CIRCLE),
    # lib/rubocop/config_validator.rb ("unrecognized cop or department %s found in %s")
    ("rubocop-unrecognized-cop", "real",
     "+ bundle exec rubocop\n"
     "Error: unrecognized cop or department Style/GuardClauses found in .rubocop.yml\n"
     "Did you mean `Style/GuardClause`?\n" + _GHA2),
    # lib/rubocop/remote_config.rb ("%s while downloading remote config file %s", Net::HTTP's error! text)
    ("rubocop-remote-config-503", "transient",
     "+ bundle exec rubocop\n"
     "503 \"Service Unavailable\" while downloading remote config file https://style.example.org/rubocop/base.yml\n"
     "/home/runner/work/shop/shop/vendor/bundle/ruby/3.3.0/gems/rubocop-1.62.1/lib/rubocop/remote_config.rb:97:in `rescue in handle_response'\n"
     + _GHA2),
    # same, the file removed from the style host: a persistent cause
    ("rubocop-remote-config-404", "real",
     "+ bundle exec rubocop\n"
     "404 \"Not Found\" while downloading remote config file https://style.example.org/rubocop/base-v2.yml\n"
     + _GHA2),
    # troessner/reek lib/reek/report/text_report.rb ("N total warning(s)") and the heading formatter
    ("reek-total-warnings", "real",
     "+ bundle exec reek app lib\n"
     "app/models/order.rb -- 2 warnings:\n"
     "  [12, 30]:DuplicateMethodCall: Order#total calls 'line_items.sum' 2 times\n"
     "  [8]:TooManyStatements: Order#total has approx 9 statements\n"
     "2 total warnings\n" + _GHA),
    # presidentbeef/brakeman lib/brakeman/report/report_text.rb (labels "Confidence", "Category", "Check",
    # "Message", "File", "Line"; summary "Security Warnings"); exit code 3 for warnings
    ("brakeman-security-warnings", "real",
     "+ bundle exec brakeman --no-pager\n"
     "== Overview ==\n\nControllers: 12\nModels: 9\nTemplates: 40\nErrors: 0\nSecurity Warnings: 1\n\n"
     "== Warnings ==\n\n"
     "Confidence: High\nCategory: SQL Injection\nCheck: SQL\n"
     "Message: Possible SQL injection\n"
     "Code: Order.where(\"status = '#{params[:status]}'\")\n"
     "File: app/controllers/orders_controller.rb\nLine: 14\n"
     "##[error]Process completed with exit code 3.\n"),
    # brakeman installed from RubyGems: the host answering 503 (rubygems' RemoteFetcher)
    ("brakeman-gem-fetch-503", "transient",
     "+ gem install brakeman -v 6.1.2\n"
     "ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n"
     "    bad response Service Unavailable 503 (https://rubygems.org/gems/brakeman-6.1.2.gem)\n" + _GHA),
    # ================================================================== Bandit / pylint
    # PyCQA/bandit bandit/formatters/text.py (">> Issue: [%s:%s] %s", "Code scanned:", "Run metrics:",
    # "\tTotal issues (by severity):")
    ("bandit-issues-found", "real",
     "+ bandit -r src -ll\n"
     "Test results:\n"
     ">> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified, security issue.\n"
     "   Severity: High   Confidence: High\n"
     "   CWE: CWE-78 (https://cwe.mitre.org/data/definitions/78.html)\n"
     "   Location: src/shop/export.py:44:8\n"
     "--------------------------------------------------\n"
     "Code scanned:\n\tTotal lines of code: 2140\n\tTotal lines skipped (#nosec): 0\n"
     "Run metrics:\n\tTotal issues (by severity):\n\t\tUndefined: 0\n\t\tLow: 0\n\t\tMedium: 0\n\t\tHigh: 1\n" + _GHA),
    # pylint-dev/pylint pylint/lint/pylinter.py ("Your code has been rated at %.2f/10"), run.py: a score under
    # --fail-under exits non-zero
    ("pylint-score-under-fail-under", "real",
     "+ pylint src/shop --fail-under=9.0\n"
     "************* Module shop.cart\n"
     "src/shop/cart.py:41:4: W0612: Unused variable 'tmp' (unused-variable)\n"
     "src/shop/cart.py:88:0: C0116: Missing function or method docstring (missing-function-docstring)\n"
     "\n"
     "------------------------------------------------------------------\n"
     "Your code has been rated at 8.71/10 (previous run: 9.12/10, -0.41)\n" + _GHA),
    # pylint installed from PyPI: pip's read timeout (urllib3's wording) before it ran
    ("pylint-pip-install-read-timeout", "transient",
     "+ pip install pylint==3.1.0\n"
     "Collecting pylint==3.1.0\n"
     "ERROR: Exception:\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.\n"
     + _GHA),
    # ================================================================== near-misses
    # a PMD finding quoting a string literal of the code (AvoidDuplicateLiterals' "The String literal %s appears
    # %d times in this file"): outage words inside a finding, not an outage
    ("pmd-finding-quotes-timeout-literal", "real",
     "[INFO] --- pmd:3.21.2:check (default) @ shop-core ---\n"
     "[WARNING] PMD Failure: org.acme.net.Fetcher:22 Rule:AvoidDuplicateLiterals Priority:3 The String literal "
     "\"Connection timed out\" appears 4 times in this file; the first occurrence is on line 22.\n"
     "[ERROR] PMD 6.55.0 has found 1 violation. For more details see: /home/runner/work/shop/shop/core/target/pmd.xml\n"
     + _GHA),
    # checkstyle/checkstyle MultipleStringLiterals ("The String {0} appears {1} times in the file.")
    ("checkstyle-finding-quotes-refused-literal", "real",
     "Starting audit...\n"
     "[ERROR] /builds/shop/core/src/main/java/org/acme/net/Fetcher.java:31:20: The String \"Connection refused\" "
     "appears 3 times in the file. [MultipleStringLiterals]\n"
     "Audit done.\n"
     "Checkstyle ends with 1 errors.\n" + _GL),
    # a Maven transfer warning the resolver retried, above the checkstyle violations the build ended on
    ("checkstyle-after-retried-transfer-warning", "real",
     "[WARNING] Could not transfer metadata org.acme:shop-parent:1.4.0-SNAPSHOT/maven-metadata.xml from/to snapshots "
     "(https://nexus.example.org/repository/snapshots): Connection reset, retrying\n"
     "[INFO] --- checkstyle:3.3.1:check (validate) @ shop-core ---\n"
     "[ERROR] src/main/java/org/acme/shop/Cart.java:[77] (sizes) LineLength: Line is longer than 120 characters (found 134).\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:3.3.1:check (validate) on project "
     "shop-core: You have 1 Checkstyle violation. -> [Help 1]\n" + _GHA),
    # a pytest test ABOUT the Semgrep registry's outage that fails on its assertion
    ("pytest-about-semgrep-registry-timeout", "real",
     "tests/test_scan.py::test_registry_timeout_is_reported FAILED\n"
     "=================================== FAILURES ===================================\n"
     "______________________ test_registry_timeout_is_reported _______________________\n"
     "E       AssertionError: assert 'Failed to download configuration from https://semgrep.dev/c/p/ci Failed after "
     "multiple attempts (Read timed out.)' == 'registry unavailable'\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_scan.py::test_registry_timeout_is_reported - AssertionError: assert 'Failed to download...\n"
     "========================= 1 failed, 41 passed in 3.10s =========================\n" + _GHA),
    # a bandit finding whose text names a timeout (B113: requests without a timeout)
    ("bandit-finding-request-without-timeout", "real",
     "+ bandit -r src\n"
     ">> Issue: [B113:request_without_timeout] Call to requests without timeout\n"
     "   Severity: Medium   Confidence: Low\n"
     "   Location: src/shop/payments.py:61:15\n"
     "--------------------------------------------------\n"
     "Run metrics:\n\tTotal issues (by severity):\n\t\tMedium: 1\n" + _GHA),
    # a RuboCop offense whose message mentions a connection reset (a custom cop's text)
    ("rubocop-offense-mentions-connection-reset", "real",
     "+ bundle exec rubocop\n"
     "app/clients/payments.rb:22:7: W: Acme/RescueNetErrors: Rescue Errno::ECONNRESET (connection reset by peer) explicitly.\n"
     "\n"
     "87 files inspected, 1 offense detected\n" + _GHA),
    # the checkstyle configuration naming a version that was never published (gradle's "Could not find"): no outage
    # below the resolution failure, so the task's own words stand
    ("checkstyle-gradle-configuration-version-not-found", "real",
     "> Task :core:checkstyleMain FAILED\n" + _GRADLE_FAIL +
     "Execution failed for task ':core:checkstyleMain'.\n"
     "> Could not resolve all files for configuration ':core:checkstyle'.\n"
     "   > Could not find com.puppycrawl.tools:checkstyle:99.1.0.\n"
     "     Searched in the following locations:\n"
     "       - https://repo.maven.apache.org/maven2/com/puppycrawl/tools/checkstyle/99.1.0/checkstyle-99.1.0.pom\n" + _GHA),
    # zero findings (the plugins' counts of 0) above a deploy that the repository answered 502: the outage stands
    ("analyzers-clean-then-deploy-502", "transient",
     "[INFO] You have 0 Checkstyle violations.\n"
     "[INFO] BugInstance size is 0\n[INFO] Error size is 0\n[INFO] No errors/warnings found\n"
     "[INFO] --- deploy:3.1.1:deploy (default-deploy) @ shop-core ---\n" + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project "
     "shop-core: Failed to deploy artifacts: Could not transfer artifact org.acme:shop-core:jar:1.4.0 from/to releases "
     "(https://nexus.example.org/repository/releases): status code: 502, reason phrase: Bad Gateway (502) -> [Help 1]\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # CodeQL CLI (docs: an evaluator out of the runner's memory, "A fatal error occurred" with the JVM's
    # OutOfMemoryError): the same database and the same runner size fail again
    ("codeql-cli-analyze-java-heap",
     "+ codeql database analyze /tmp/codeql-db/cpp codeql/cpp-queries --ram=6500 --format=sarif-latest --output=cpp.sarif\n"
     "Evaluating queries.\n"
     "A fatal error occurred: java.lang.OutOfMemoryError: Java heap space\n" + _GHA),
    # CodeQL CLI (docs: "Dataset import ... failed with code"): disk or the extractor's own bug
    ("codeql-cli-dataset-import-failed",
     "+ codeql database finalize /tmp/codeql-db/java\n"
     "A fatal error occurred: Dataset import for /tmp/codeql-db/java/db-java failed with code 2\n" + _GL),
    # spotbugs/spotbugs-maven-plugin SpotBugsMojo.groovy ("Timeout: killed the sub-process",
    # "SpotBugs execution failed with exit code"): the plugin's own configured timeout
    ("spotbugs-maven-timeout-killed-subprocess",
     "[INFO] --- spotbugs:4.8.3.0:check (default) @ shop-core ---\n"
     "[INFO] Fork Value is true\n"
     "[ERROR] Timeout: killed the sub-process\n"
     "[ERROR] SpotBugs execution failed with exit code 143\n" + _MVN_FAIL),
    # rustc inside clippy-driver panicking ("error: internal compiler error", "the compiler unexpectedly
    # panicked"): a toolchain bug or a stale incremental cache
    ("clippy-internal-compiler-error",
     "    Checking shop v0.4.0 (/home/runner/work/shop/shop)\n"
     "error: internal compiler error: compiler/rustc_middle/src/ty/typeck_results.rs:522:9: node_type: no type for node\n"
     "thread 'rustc' panicked at compiler/rustc_middle/src/util/bug.rs:35:44:\n"
     "note: the compiler unexpectedly panicked. this is a bug.\n"
     "note: Clippy version: clippy 0.1.78 (9b00956e 2024-04-29)\n" + _GHA),
    # facebook/infer infer/src/base/Config.ml ("Uncaught Internal Error: ")
    ("infer-uncaught-internal-error",
     "+ infer run -- ./gradlew assemble\n"
     "Uncaught Internal Error: (Failure \"capture: java frontend failed\")\n"
     "Error backtrace:\n"
     "Raised at Stdlib.failwith in file \"stdlib.ml\", line 29, characters 17-33\n" + _GHA2),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_analyzer_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_analyzer_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Checkstyle ends with 1",
    "You have 2 PMD violations",
    "[WARNING] PMD Failure: org.acme.Cart:41 Rule:",
    "failed with 2 bugs and ",
    "Verification failed: SpotBugs ended with exit code ",
    "internal/api/client.go:41:23:\t",
    "A fatal error occurred: ",
    "ERROR: could not resolve type Foo (",
    "Could not resolve all files for configuration ':core:checkstyle'.",
    "Timeout: killed the sub-process",
]
