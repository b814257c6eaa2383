"""Eighteenth round, tool sources: Ruby and Rails test and build machinery as CI jobs fail on it.

Covered: Bundler (its index fetcher's "Could not fetch specs from ... due to underlying error", a
locked version removed from its source, frozen/deployment mode refusing a changed Gemfile or path
gemspec, a git revision that does not exist, mismatched checksums, a Ruby version the Gemfile does not
allow, the disk running out while installing, native extensions that do not build), RubyGems'
``gem install`` (UnknownHostError, FetchError on a reset), rake (``rake aborted!``, an unknown task),
RSpec (files that do not load, "occurred outside of examples", a pending example that passed, a
failing example under ``--fail-fast``), Minitest's summary, Rails (pending migrations as the error and
as ``db:abort_if_pending_migrations`` prints them, the PostgreSQL and MySQL adapters' connection
failures, Zeitwerk's "expected file ... to define constant", eager loading, the credentials' missing
key and InvalidMessage, jsbundling-rails' build and install tasks, Webpacker's and Sprockets' missing
assets), Capybara with Cuprite/Ferrum and selenium-webdriver (ElementNotFound, Ambiguous, the server's
boot timeout, Ferrum's dead browser, response and process timeouts, pending connections, its missing
browser binary, Cuprite's overlapping click and obsolete node, Selenium's driver service, Chrome
failing to start, a driver/browser version mismatch, Net::ReadTimeout from the driver's HTTP client)
and parallel_tests' failed groups. Bundler's network errors, its "Could not find gem ... in locally
installed gems", the basic Minitest diff, Capybara's text and css waits, Net::ReadTimeout in a plain
HTTP client, Active Record's deadlocks, lock waits and statement errors and the migrations' SQL errors
are in test_tool_sources_pkgs.py, test_tool_sources_test_frameworks_xlang.py,
test_tool_sources_test_waits.py, test_tool_sources_net_clients.py, test_tool_sources_db_queues_tests.py
and test_tool_sources_codegen_toolchains_migrations.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source (the comment above each case names the repository and file
holding the format string): rubygems/rubygems (bundler/lib and lib/rubygems), ruby/rake,
rspec/rspec-core, rails/rails (activerecord, activesupport, railties), rails/jsbundling-rails,
fxn/zeitwerk, teamcapybara/capybara, rubycdp/ferrum, rubycdp/cuprite, SeleniumHQ/selenium (rb/),
grosser/parallel_tests. Recalled rather than read here, and marked so: Bundler's older "You are trying
to install in deployment mode after changing your Gemfile", Webpacker's missing manifest entry
(rails/webpacker, retired), Sprockets' "couldn't find file", the pg gem's and libpq's and mysql2's
connection texts, and chromedriver's own "Chrome failed to start" / "This version of ChromeDriver
only supports" (the chromium source, not read). Hosts, gems, apps and paths are made up; no project's
CI log is copied.

The rules the cases hold:
  * the path to a gem source failing for a while (Bundler's index fetch ending on a 5xx or a timeout,
    RubyGems' UnknownHostError with "timed out", a reset connection), the disk of a shared runner full,
    a database still starting (connection refused on the service's port, "the database system is
    starting up"), a headless browser that died or did not answer CDP in time (Ferrum's
    DeadBrowserError, TimeoutError, ProcessTimeoutError), the driver's HTTP client timing out
    (Net::ReadTimeout raised inside selenium-webdriver) -> transient;
  * a persistent cause (a locked gem version removed from its source, a Gemfile or path gemspec that
    changed under frozen mode, a git revision or a Ruby version that does not exist or fit, mismatched
    checksums, a native extension missing its headers, an unknown rake task, an index 404, refused
    database credentials, pending migrations, Zeitwerk's naming errors and eager-load NameErrors, a
    missing master key or credentials encrypted with another key, JavaScript that does not bundle, a
    missing asset, a spec file that does not load, a pending example that passed, failing examples or
    Minitest failures and errors, Capybara's ElementNotFound and Ambiguous, a JavaScript error in the
    page, a missing browser binary, a chromedriver that does not fit the browser, parallel_tests' failed
    groups) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's own log
    lines naming them, outage words after a failing test summary -> real;
  * wordings printed both for a slow runner and for a persistent cause (Capybara's server boot timeout,
    Ferrum's pending connections and failed-to-reach on the job's own app server, Cuprite's overlapping
    click and obsolete node, Selenium's driver service that did not listen, Chrome that failed to start,
    a MySQL socket that is not there) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA5 = "##[error]Process completed with exit code 5.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_BUNDLE = ("+ bundle install --jobs 4 --retry 3\n"
           "Fetching gem metadata from https://rubygems.org/\n")
_RSPEC = "+ bundle exec rspec --format progress\n"
_SYSTEM = "+ bundle exec rspec spec/system\n"
_RAILS_TEST = "+ bin/rails test:all\n"


def _rspec_end(n: int = 48, f: int = 1) -> str:
    return f"\nFinished in 38.2 seconds (files took 4.1 seconds to load)\n{n} examples, {f} failure{'s' if f > 1 else ''}\n"


CASES: list[tuple[str, str, str]] = [
    # ================================================================== Bundler / RubyGems
    # rubygems/rubygems bundler/lib/bundler/fetcher/index.rb (HTTPError "Could not fetch specs from %s due to
    # underlying error <%s>") over lib/rubygems/remote_fetcher.rb ("bad response %s %d (%s)"), retried by
    # bundler/lib/bundler/retry.rb ("Retrying %s due to error (%d/%d): %s %s")
    ("bundler-fetch-specs-503", "transient",
     _BUNDLE +
     "Retrying fetcher due to error (2/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ "
     "due to underlying error <bad response Service Unavailable 503 (https://rubygems.org/specs.4.8.gz)>\n"
     "Retrying fetcher due to error (4/4): Bundler::HTTPError Could not fetch specs from https://rubygems.org/ "
     "due to underlying error <bad response Service Unavailable 503 (https://rubygems.org/specs.4.8.gz)>\n"
     "Could not fetch specs from https://rubygems.org/ due to underlying error <bad response Service "
     "Unavailable 503 (https://rubygems.org/specs.4.8.gz)>\n" + _GHA),
    # the same, the underlying error a read timeout (lib/rubygems/remote_fetcher.rb "timed out (%s)")
    ("bundler-fetch-specs-timed-out", "transient",
     _BUNDLE +
     "Could not fetch specs from https://gems.example.org/ due to underlying error <timed out "
     "(https://gems.example.org/specs.4.8.gz)>\n" + _CIRCLE),
    # the same on a private mirror that does not serve the index at all: a 404 each time
    ("bundler-fetch-specs-404", "real",
     _BUNDLE +
     "Could not fetch specs from https://gems.example.org/private/ due to underlying error <bad response "
     "Not Found 404 (https://gems.example.org/private/specs.4.8.gz)>\n" + _GHA),
    # lib/rubygems/remote_fetcher.rb (UnknownHostError "timed out (%s)") under lib/rubygems/command_manager.rb
    # ("ERROR:  While executing gem ... (%s)")
    ("gem-install-unknown-host-timed-out", "transient",
     "+ gem install bundler -v 2.5.11 --no-document\n"
     "ERROR:  While executing gem ... (Gem::RemoteFetcher::UnknownHostError)\n"
     "    timed out (https://rubygems.org/specs.4.8.gz)\n" + _GHA),
    # lib/rubygems/remote_fetcher.rb (FetchError "%s: %s (%s)" around Errno::ECONNRESET)
    ("gem-install-fetch-connection-reset", "transient",
     "+ gem install foreman --no-document\n"
     "ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n"
     "    Errno::ECONNRESET: Connection reset by peer - SSL_connect "
     "(https://rubygems.org/gems/foreman-0.88.1.gem)\n" + _GL),
    # bundler/lib/bundler/definition.rb ("Your bundle is locked to %s from %s, but that version can no longer
    # be found in that source. That means the author of %s has removed it.")
    ("bundler-locked-version-removed", "real",
     _BUNDLE +
     "Your bundle is locked to widgetry (2.4.1) from rubygems repository https://rubygems.org/ or installed "
     "locally, but that version can no longer be found in that source. That means the author of widgetry "
     "(2.4.1) has removed it. You'll need to update your bundle to a version other than widgetry (2.4.1) "
     "that hasn't been removed in order to install.\n" + _GHA),
    # bundler/lib/bundler/definition.rb (lockfile_changes_summary: "%s, but the lockfile can't be updated
    # because frozen mode is set", "You have added to the Gemfile:", "Run `bundle install` elsewhere ...")
    ("bundler-frozen-dependencies-changed", "real",
     "+ bundle config set --local deployment true\n" + _BUNDLE +
     "The dependencies in your gemfile changed, but the lockfile can't be updated because frozen mode is set\n\n"
     "You have added to the Gemfile:\n"
     "* faraday-retry (~> 2.2)\n\n"
     "Run `bundle install` elsewhere and add the updated Gemfile.lock to version control.\n" + _GHA),
    # the same reason list ("the gemspecs for path gems changed")
    ("bundler-frozen-path-gemspecs-changed", "real",
     "+ BUNDLE_FROZEN=true bundle install\n"
     "The gemspecs for path gems changed, but the lockfile can't be updated because frozen mode is set\n\n"
     "Run `bundle install` elsewhere and add the updated Gemfile.lock to version control.\n" + _CIRCLE),
    # Bundler 1.x/2.0's deployment-mode refusal (recalled: "You are trying to install in deployment mode
    # after changing your Gemfile.")
    ("bundler-deployment-mode-gemfile-changed", "real",
     "+ bundle install --deployment --path vendor/bundle\n"
     "You are trying to install in deployment mode after changing\n"
     "your Gemfile. Run `bundle install` elsewhere and add the\n"
     "updated Gemfile.lock to version control.\n\n"
     "The dependencies in your gemfile changed\n\n"
     "You have added to the Gemfile:\n"
     "* rack-attack\n" + _GL),
    # bundler/lib/bundler/source/git/git_proxy.rb ("Revision %s does not exist in the repository %s. Maybe
    # you misspelled it?")
    ("bundler-git-revision-does-not-exist", "real",
     _BUNDLE +
     "Fetching https://github.com/example-org/ledger-client.git\n"
     "Revision 7f3c2e1a does not exist in the repository https://github.com/example-org/ledger-client.git. "
     "Maybe you misspelled it?\n" + _GHA),
    # bundler/lib/bundler/errors.rb (ChecksumMismatchError "Bundler found mismatched checksums. This is a
    # potential security risk.")
    ("bundler-checksum-mismatch", "real",
     _BUNDLE +
     "Bundler found mismatched checksums. This is a potential security risk.\n"
     "  ledger-client (1.2.0) sha256=4be2c0f7\n"
     "    from the lockfile CHECKSUMS at Gemfile.lock:88:17\n"
     "  ledger-client (1.2.0) sha256=91aa03d2\n"
     "    from the API at https://gems.example.org/\n\n"
     "To ignore checksum security warnings, disable checksum validation with\n"
     "  `bundle config set --local disable_checksum_validation true`\n" + _GHA),
    # bundler/lib/bundler/definition.rb (validate_ruby!: "Your Ruby version is %s, but your Gemfile specified %s")
    ("bundler-ruby-version-mismatch", "real",
     _BUNDLE.splitlines()[0] + "\n"
     "Your Ruby version is 3.2.4, but your Gemfile specified 3.3.1\n" + _CIRCLE),
    # bundler/lib/bundler/installer/gem_installer.rb (out_of_space_message: "Your disk is out of space. Free
    # some space to be able to install your bundle.")
    ("bundler-disk-out-of-space", "transient",
     _BUNDLE +
     "Installing grpc 1.64.0 with native extensions\n"
     "An error occurred while installing grpc (1.64.0), and Bundler cannot continue.\n"
     "Your disk is out of space. Free some space to be able to install your bundle.\n" + _GHA),
    # lib/rubygems/ext/builder.rb (build_error: "ERROR: Failed to build gem native extension.", "Gem files
    # will remain installed in %s for inspection.") with the gem's extconf refusing (pg's extconf, recalled)
    ("bundler-native-extension-missing-header", "real",
     _BUNDLE +
     "Installing pg 1.5.6 with native extensions\n"
     "Gem::Ext::BuildError: ERROR: Failed to build gem native extension.\n\n"
     "    current directory: /home/runner/vendor/bundle/ruby/3.3.0/gems/pg-1.5.6/ext\n"
     "checking for pg_config... no\n"
     "Can't find the 'libpq-fe.h header\n"
     "*** extconf.rb failed ***\n\n"
     "Gem files will remain installed in /home/runner/vendor/bundle/ruby/3.3.0/gems/pg-1.5.6 for inspection.\n"
     "An error occurred while installing pg (1.5.6), and Bundler cannot continue.\n" + _GHA),
    # ================================================================== rake
    # ruby/rake lib/rake/task_manager.rb ("Don't know how to build task '%s' (See the list of available tasks
    # with `%s --tasks`)") under lib/rake/application.rb ("%s aborted!")
    ("rake-unknown-task", "real",
     "+ bundle exec rake db:seed:demo\n"
     "rake aborted!\n"
     "Don't know how to build task 'db:seed:demo' (See the list of available tasks with `rake --tasks`)\n"
     "Did you mean?  db:seed\n" + _GHA),
    # ================================================================== Rails: databases
    # the pg gem's connection error through libpq (recalled: "could not connect to server: Connection
    # refused\n\tIs the server running on host ... and accepting\n\tTCP/IP connections on port %s?")
    ("rails-pg-connection-bad-refused", "transient",
     "+ bin/rails db:create db:schema:load\n"
     "could not connect to server: Connection refused\n"
     "\tIs the server running on host \"localhost\" (127.0.0.1) and accepting\n"
     "\tTCP/IP connections on port 5432?\n"
     "Couldn't create 'shop_test' database. Please check your configuration.\n"
     "rails aborted!\n"
     "PG::ConnectionBad: could not connect to server: Connection refused\n" + _CIRCLE),
    # activerecord's ConnectionNotEstablished around libpq's "the database system is starting up"
    ("rails-pg-database-starting-up", "transient",
     _RAILS_TEST +
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: connection to server at \"172.18.0.3\", port 5432 failed: "
     "FATAL:  the database system is starting up (ActiveRecord::ConnectionNotEstablished)\n"
     "Caused by:\n"
     "PG::ConnectionBad: connection to server at \"172.18.0.3\", port 5432 failed: FATAL:  the database "
     "system is starting up\n" + _GHA),
    # libpq's refused credentials as the pg gem raises them
    ("rails-pg-password-authentication-failed", "real",
     "+ bin/rails db:prepare\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: connection to server at \"127.0.0.1\", port 5432 failed: "
     "FATAL:  password authentication failed for user \"shop\" (ActiveRecord::ConnectionNotEstablished)\n"
     + _GHA),
    # the mysql2 gem's client error 2003 (recalled: "Can't connect to MySQL server on '%s' (%d)")
    ("rails-mysql2-cant-connect-tcp", "transient",
     "+ bin/rails db:setup\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: Can't connect to MySQL server on '127.0.0.1:3306' (111) "
     "(ActiveRecord::ConnectionNotEstablished)\n"
     "Caused by:\n"
     "Mysql2::Error::ConnectionError: Can't connect to MySQL server on '127.0.0.1:3306' (111)\n" + _GHA),
    # the server's 1045 (ER_ACCESS_DENIED_ERROR) through mysql2
    ("rails-mysql2-access-denied", "real",
     "+ bin/rails db:setup\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: Access denied for user 'root'@'172.18.0.1' (using password: NO)\n"
     "Caused by:\n"
     "Mysql2::Error::ConnectionError: Access denied for user 'root'@'172.18.0.1' (using password: NO)\n" + _GHA),
    # rails/rails activerecord/lib/active_record/migration.rb (PendingMigrationError: "Migrations are pending.
    # To resolve this issue, run:\n\n        bin/rails db:migrate", "You have %d pending migration:")
    ("rails-pending-migration-error-rspec", "real",
     _RSPEC +
     "\nAn error occurred while loading ./spec/models/order_spec.rb.\n"
     "Failure/Error: ActiveRecord::Migration.maintain_test_schema!\n\n"
     "ActiveRecord::PendingMigrationError:\n\n"
     "  Migrations are pending. To resolve this issue, run:\n\n"
     "          bin/rails db:migrate RAILS_ENV=test\n\n"
     "  You have 1 pending migration:\n\n"
     "  20260301101500_add_status_to_orders.rb\n"
     "No examples found.\n"
     "\nFinished in 0.00002 seconds (files took 2.3 seconds to load)\n"
     "0 examples, 0 failures, 1 error occurred outside of examples\n" + _CIRCLE),
    # activerecord/lib/active_record/railties/databases.rake (abort_if_pending_migrations: "You have %d pending
    # migrations:", then abort "Run `bin/rails db:migrate` to update your database then try again.")
    ("rails-abort-if-pending-migrations", "real",
     "+ bundle exec rake parallel:prepare\n"
     "You have 2 pending migrations:\n"
     "  20260301101500 AddStatusToOrders\n"
     "  20260302083000 CreateRefunds\n"
     "Run `bin/rails db:migrate` to update your database then try again.\n" + _GHA),
    # ================================================================== Rails: loading, credentials, assets
    # fxn/zeitwerk lib/zeitwerk/loader/callbacks.rb ("expected file %s to define constant %s, but didn't",
    # Zeitwerk::NameError) as railties' zeitwerk:check reports it
    ("rails-zeitwerk-expected-file", "real",
     "+ bin/rails zeitwerk:check\n"
     "Hold on, I am eager loading the application.\n"
     "bin/rails aborted!\n"
     "Zeitwerk::NameError: expected file /app/app/serializers/api/v2/order_json.rb to define constant "
     "Api::V2::OrderJson, but didn't (Zeitwerk::NameError)\n" + _GHA),
    # an eager-loading test environment (config.eager_load) raising the application's own NameError
    ("rails-eager-load-uninitialized-constant", "real",
     _RSPEC +
     "\nAn error occurred while loading ./spec/rails_helper.rb.\n"
     "Failure/Error: require File.expand_path(\"../config/environment\", __dir__)\n\n"
     "NameError:\n"
     "  uninitialized constant Billing::InvoiceSync::LedgerClient\n"
     "# ./app/services/billing/invoice_sync.rb:4:in `<class:InvoiceSync>'\n"
     "No examples found.\n"
     "0 examples, 0 failures, 1 error occurred outside of examples\n" + _CIRCLE),
    # rails/rails activesupport/lib/active_support/encrypted_file.rb (MissingKeyError: "Missing encryption
    # key to decrypt file with. Ask your team for your master key and write it to %s or put it in the
    # ENV['%s'].")
    ("rails-credentials-missing-key", "real",
     "+ RAILS_ENV=production bin/rails assets:precompile\n"
     "bin/rails aborted!\n"
     "ActiveSupport::EncryptedFile::MissingKeyError: Missing encryption key to decrypt file with. Ask your "
     "team for your master key and write it to /app/config/master.key or put it in the ENV['RAILS_MASTER_KEY'].\n"
     + _GHA),
    # activesupport/lib/active_support/message_encryptor.rb (InvalidMessage): credentials encrypted with
    # another key
    ("rails-credentials-invalid-message", "real",
     "+ RAILS_ENV=production bin/rails assets:precompile\n"
     "bin/rails aborted!\n"
     "ActiveSupport::MessageEncryptor::InvalidMessage: ActiveSupport::MessageEncryptor::InvalidMessage\n"
     "/app/config/initializers/stripe.rb:1:in `<main>'\n"
     "Caused by:\n"
     "OpenSSL::Cipher::CipherError: \n" + _GL),
    # rails/jsbundling-rails lib/tasks/jsbundling/build.rake ("jsbundling-rails: Command build failed,
    # ensure `%s` runs without errors") after esbuild's own refusal
    ("jsbundling-build-failed-unresolved-import", "real",
     "+ RAILS_ENV=test bin/rails assets:precompile\n"
     "yarn run v1.22.22\n"
     "$ esbuild app/javascript/*.* --bundle --outdir=app/assets/builds\n"
     "✘ [ERROR] Could not resolve \"@hotwired/strimulus\"\n\n"
     "    app/javascript/controllers/index.js:1:28:\n"
     "1 error\n"
     "bin/rails aborted!\n"
     "jsbundling-rails: Command build failed, ensure `yarn build` runs without errors\n" + _GHA),
    # the same task's install step ("jsbundling-rails: Command install failed, ensure %s is installed") after
    # yarn's registry fetch timing out
    ("jsbundling-install-failed-registry-timeout", "transient",
     "+ RAILS_ENV=test bin/rails assets:precompile\n"
     "yarn install v1.22.22\n"
     "[2/4] Fetching packages...\n"
     "info There appears to be trouble with your network connection. Retrying...\n"
     "error An unexpected error occurred: \"https://registry.yarnpkg.com/esbuild/-/esbuild-0.21.5.tgz: "
     "ESOCKETTIMEDOUT\".\n"
     "bin/rails aborted!\n"
     "jsbundling-rails: Command install failed, ensure yarn is installed\n" + _GHA),
    # rails/webpacker lib/webpacker/helper.rb / manifest.rb (recalled: "Webpacker can't find %s in %s.
    # Possible causes:")
    ("webpacker-missing-manifest-entry", "real",
     _RSPEC +
     "  1) Dashboard renders\n"
     "     Failure/Error: <%= javascript_pack_tag 'dashboard' %>\n\n"
     "     ActionView::Template::Error:\n"
     "       Webpacker can't find dashboard.js in /app/public/packs-test/manifest.json. Possible causes:\n"
     "       1. You want to set webpacker.yml value of compile to true for your environment\n"
     "          unless you are using the `webpack -w` or the webpack-dev-server.\n"
     + _rspec_end() + _CIRCLE),
    # rails/sprockets (recalled: Sprockets::FileNotFound "couldn't find file '%s' with type '%s'")
    ("sprockets-file-not-found", "real",
     "+ RAILS_ENV=production bin/rails assets:precompile\n"
     "bin/rails aborted!\n"
     "Sprockets::FileNotFound: couldn't find file 'chartkick' with type 'application/javascript'\n"
     "Checked in these paths: \n"
     "  /app/app/assets/config\n"
     "  /app/app/assets/javascripts\n" + _GHA),
    # ================================================================== RSpec
    # rspec/rspec-core lib/rspec/core/configuration.rb ("An error occurred while loading %s.") and
    # lib/rspec/core/notifications.rb ("%d error(s) occurred outside of examples")
    ("rspec-error-loading-syntax-error", "real",
     _RSPEC +
     "\nAn error occurred while loading ./spec/services/refund_spec.rb.\n"
     "Failure/Error: __send__(method, file)\n\n"
     "SyntaxError:\n"
     "  /app/app/services/refund.rb:31: syntax error, unexpected `end', expecting end-of-input\n"
     "No examples found.\n"
     "\nFinished in 0.00003 seconds (files took 1.9 seconds to load)\n"
     "0 examples, 0 failures, 1 error occurred outside of examples\n" + _CIRCLE),
    # lib/rspec/core/formatters/exception_presenter.rb ("Expected pending '%s' to fail. No error was raised.")
    ("rspec-pending-example-fixed", "real",
     _RSPEC +
     "Failures:\n\n"
     "  1) Invoice#total rounds half up FIXED\n"
     "     Expected pending 'rounding is off by one cent' to fail. No error was raised.\n"
     "     # ./spec/models/invoice_spec.rb:40\n"
     + _rspec_end(120) +
     "\nFailed examples:\n\n"
     "rspec ./spec/models/invoice_spec.rb:40 # Invoice#total rounds half up\n" + _GHA),
    # RSpec's report of a failing example under --fail-fast (lib/rspec/core/option_parser.rb; the run stops
    # at the first failure)
    ("rspec-fail-fast-expectation", "real",
     "+ bundle exec rspec --fail-fast\n"
     "Randomized with seed 40211\n"
     "....F\n\n"
     "Failures:\n\n"
     "  1) Cart#add merges equal lines\n"
     "     Failure/Error: expect(cart.lines.size).to eq(1)\n\n"
     "       expected: 1\n"
     "            got: 2\n\n"
     "       (compared using ==)\n"
     "     # ./spec/models/cart_spec.rb:18:in `block (3 levels) in <top (required)>'\n"
     + _rspec_end(5) + _GHA),
    # ================================================================== Minitest
    # minitest/minitest lib/minitest.rb (SummaryReporter: "%d runs, %d assertions, %d failures, %d errors,
    # %d skips") with an error, not a failure
    ("minitest-error-no-method", "real",
     _RAILS_TEST +
     "Run options: --seed 13377\n\n"
     "# Running:\n\n"
     "....E\n\n"
     "Error:\n"
     "OrderTest#test_total_with_coupon:\n"
     "NoMethodError: undefined method `cents' for nil\n"
     "    app/models/order.rb:42:in `total'\n\n"
     "bin/rails test test/models/order_test.rb:17\n\n"
     "Finished in 1.203s, 4.1563 runs/s, 3.3250 assertions/s.\n"
     "5 runs, 4 assertions, 0 failures, 1 errors, 0 skips\n" + _GHA),
    # a Rails system test over Cuprite whose browser died (rubycdp/ferrum lib/ferrum/errors.rb DeadBrowserError
    # "Browser is dead or given window is closed")
    ("minitest-system-test-dead-browser", "transient",
     "+ bin/rails test:system\n"
     "Run options: --seed 5120\n\n"
     "# Running:\n\n"
     "..E\n\n"
     "Error:\n"
     "CheckoutTest#test_pays_with_card:\n"
     "Ferrum::DeadBrowserError: Browser is dead or given window is closed\n"
     "    test/system/checkout_test.rb:12:in `block in <class:CheckoutTest>'\n\n"
     "Finished in 22.410s, 0.1339 runs/s, 0.0892 assertions/s.\n"
     "3 runs, 2 assertions, 0 failures, 1 errors, 0 skips\n" + _GHA),
    # ================================================================== Capybara / Ferrum / Cuprite
    # rubycdp/ferrum lib/ferrum/errors.rb (TimeoutError: "Timed out waiting for response. It's possible that
    # this happened because something took a very long time ...")
    ("ferrum-timeout-waiting-for-response", "transient",
     _SYSTEM +
     "  1) Orders list filters by state\n"
     "     Failure/Error: visit orders_path\n\n"
     "     Ferrum::TimeoutError:\n"
     "       Timed out waiting for response. It's possible that this happened because something took a very "
     "long time (for example a page load was slow). If so, setting the :timeout option to a higher value might "
     "help. If this happened on an internal protocol call instead, try raising :protocol_timeout.\n"
     "     # ./spec/system/orders_spec.rb:8:in `block (2 levels) in <top (required)>'\n"
     + _rspec_end(31) + _CIRCLE),
    # lib/ferrum/errors.rb (ProcessTimeoutError: "Browser did not produce websocket url within %s seconds, try
    # to increase `:process_timeout`.")
    ("ferrum-process-timeout-websocket-url", "transient",
     _SYSTEM +
     "  1) Sign in works\n"
     "     Failure/Error: visit new_session_path\n\n"
     "     Ferrum::ProcessTimeoutError:\n"
     "       Browser did not produce websocket url within 10 seconds, try to increase `:process_timeout`. "
     "See https://github.com/rubycdp/ferrum#customization\n"
     + _rspec_end(31) + _GHA),
    # the same error class in RSpec's layout
    ("ferrum-dead-browser-rspec", "transient",
     _SYSTEM +
     "  1) Reports exports a CSV\n"
     "     Failure/Error: click_on \"Export\"\n\n"
     "     Ferrum::DeadBrowserError:\n"
     "       Browser is dead or given window is closed\n"
     "     # ./spec/system/reports_spec.rb:22:in `block (2 levels) in <top (required)>'\n"
     + _rspec_end(31) + _GHA),
    # lib/ferrum/browser/command.rb (NOT_FOUND "Could not find an executable for the browser. Try to make it
    # available on the PATH or set environment variable for example BROWSER_PATH=...")
    ("ferrum-browser-binary-not-found", "real",
     _SYSTEM +
     "  1) Sign in works\n"
     "     Failure/Error: visit new_session_path\n\n"
     "     Ferrum::BinaryNotFoundError:\n"
     "       Could not find an executable for the browser. Try to make it available on the PATH or set "
     "environment variable for example BROWSER_PATH=\"/usr/bin/chrome\"\n"
     + _rspec_end(31) + _GHA),
    # lib/ferrum/errors.rb (JavaScriptError: the page's exception class and description)
    ("ferrum-javascript-error-in-page", "real",
     _SYSTEM +
     "  1) Cart updates the total\n"
     "     Failure/Error: click_on \"Add\"\n\n"
     "     Ferrum::JavaScriptError:\n"
     "       TypeError: Cannot read properties of undefined (reading 'price')\n"
     "     # ./spec/system/cart_spec.rb:11:in `block (2 levels) in <top (required)>'\n"
     + _rspec_end(31) + _GHA),
    # teamcapybara/capybara lib/capybara/node/finders.rb (Capybara::Ambiguous "Ambiguous match, found %d
    # elements matching %s")
    ("capybara-ambiguous-match", "real",
     _SYSTEM +
     "  1) Settings saves the profile\n"
     "     Failure/Error: click_on \"Save\"\n\n"
     "     Capybara::Ambiguous:\n"
     "       Ambiguous match, found 2 elements matching visible link or button \"Save\"\n"
     "     # ./spec/system/settings_spec.rb:15:in `block (2 levels) in <top (required)>'\n"
     + _rspec_end(31) + _GHA),
    # lib/capybara/node/finders.rb (ElementNotFound "Unable to find %s") for a field the form no longer has
    # (twenty-fourth round, ui24: run alone; in one test of several whose summary shows the others passed the lookup now reads
    # transient, ui-lookup-one-of-several, tallied in tests/unit/test_rules24_ui_lookups.py)
    ("capybara-unable-to-find-field", "real",
     _RAILS_TEST +
     "Error:\n"
     "CouponsTest#test_applies_a_coupon:\n"
     "Capybara::ElementNotFound: Unable to find field \"Coupon code\" that is not disabled\n"
     "    test/system/coupons_test.rb:9:in `block in <class:CouponsTest>'\n\n"
     "1 runs, 3 assertions, 0 failures, 1 errors, 0 skips\n" + _GHA),
    # ================================================================== selenium-webdriver
    # Net::ReadTimeout (ruby/net-http lib/net/protocol.rb) raised in SeleniumHQ/selenium
    # rb/lib/selenium/webdriver/remote/http/default.rb (the driver's HTTP client) as a command hung
    ("selenium-driver-net-read-timeout", "transient",
     _SYSTEM +
     "  1) Search shows results\n"
     "     Failure/Error: fill_in \"q\", with: \"lamp\"\n\n"
     "     Net::ReadTimeout:\n"
     "       Net::ReadTimeout with #<TCPSocket:(closed)>\n"
     "     # /usr/local/bundle/gems/selenium-webdriver-4.21.1/lib/selenium/webdriver/remote/http/default.rb:"
     "124:in `response_for'\n"
     "     # /usr/local/bundle/gems/selenium-webdriver-4.21.1/lib/selenium/webdriver/remote/bridge.rb:"
     "676:in `execute'\n"
     + _rspec_end(31) + _GHA),
    # chromedriver's version check (chromium source, recalled: "session not created: This version of
    # ChromeDriver only supports Chrome version %d") as selenium-webdriver's SessionNotCreatedError
    ("selenium-chromedriver-version-mismatch", "real",
     _SYSTEM +
     "  1) Home renders\n"
     "     Failure/Error: visit root_path\n\n"
     "     Selenium::WebDriver::Error::SessionNotCreatedError:\n"
     "       session not created: This version of ChromeDriver only supports Chrome version 114\n"
     "       Current browser version is 126.0.6478.126 with binary path /usr/bin/google-chrome\n"
     + _rspec_end(31) + _GHA),
    # ================================================================== parallel_tests
    # grosser/parallel_tests lib/parallel_tests/cli.rb ("Tests have failed for a parallel_test group. Use the
    # following command to run the group again:", final_fail_message "Tests Failed")
    ("parallel-tests-failed-group", "real",
     "+ bundle exec parallel_rspec -n 4 --verbose-rerun-command\n"
     "4 processes for 212 specs, ~ 53 specs per process\n"
     "  1) Refund#amount caps at the paid total\n"
     "     Failure/Error: expect(refund.amount).to eq(10_00)\n"
     "       expected: 1000\n"
     "            got: 1200\n\n"
     "212 examples, 1 failure\n\n"
     "Tests have failed for a parallel_test group. Use the following command to run the group again:\n\n"
     "TEST_ENV_NUMBER=3 PARALLEL_TEST_GROUPS=4 bundle exec rspec spec/models/refund_spec.rb\n"
     "Took 71 seconds (1:11)\n"
     "Tests Failed\n" + _GHA),
    # parallel_tests' setup (lib/parallel_tests/tasks.rb runs db:create per process) with PostgreSQL still
    # coming up in the service container
    ("parallel-tests-setup-pg-refused", "transient",
     "+ bundle exec rake parallel:setup\n"
     "connection to server at \"127.0.0.1\", port 5432 failed: Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n"
     "Couldn't create 'shop_test2' database. Please check your configuration.\n"
     "rake aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: connection to server at \"127.0.0.1\", port 5432 failed: "
     "Connection refused\n" + _GHA),
    # ================================================================== more outages
    # libpq's resolver failure as the pg gem raises it (recalled: "could not translate host name \"%s\" to address:
    # %s"): the service container's name not yet in the job network's DNS
    ("rails-pg-could-not-translate-host-name", "transient",
     "+ bin/rails db:schema:load\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: could not translate host name \"postgres\" to address: Temporary "
     "failure in name resolution (ActiveRecord::ConnectionNotEstablished)\n" + _GL),
    # the mysql2 gem's client error 2013 (recalled: "Lost connection to MySQL server during query"), as Active
    # Record's adapter translates it
    ("rails-mysql2-lost-connection-during-query", "transient",
     _RSPEC +
     "  1) Reports totals by month\n"
     "     Failure/Error: Report.monthly_totals\n\n"
     "     ActiveRecord::ConnectionFailed:\n"
     "       Mysql2::Error::ConnectionError: Lost connection to MySQL server during query\n"
     + _rspec_end(64) + _GHA),
    # lib/rubygems/remote_fetcher.rb (FetchError "bad response %s %d (%s)") for a throttled download
    ("gem-install-bad-response-429", "transient",
     "+ gem install rubocop -v 1.64.1 --no-document\n"
     "ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n"
     "    bad response Too Many Requests 429 (https://rubygems.org/gems/rubocop-1.64.1.gem)\n" + _GHA),
    # ================================================================== near-misses
    # an RSpec example ABOUT Ferrum's dead browser, failing on its matcher (the new transient entry's near-miss)
    ("rspec-example-expects-dead-browser-error", "real",
     _RSPEC +
     "  1) BrowserPool#checkout replaces a dead browser\n"
     "     Failure/Error: expect { pool.checkout }.to raise_error(Ferrum::DeadBrowserError)\n"
     "       expected Ferrum::DeadBrowserError but nothing was raised\n"
     "     # ./spec/lib/browser_pool_spec.rb:30:in `block (3 levels) in <top (required)>'\n"
     + _rspec_end(64) + _GHA),
    # a dead browser in one system example beside another example that fails on a value: a rerun still fails
    ("ferrum-dead-browser-beside-value-failure", "real",
     _SYSTEM +
     "  1) Reports exports a CSV\n"
     "     Failure/Error: click_on \"Export\"\n\n"
     "     Ferrum::DeadBrowserError:\n"
     "       Browser is dead or given window is closed\n"
     "  2) Invoice shows the tax line\n"
     "     Failure/Error: expect(page).to have_text(\"VAT 19%\")\n"
     "       expected to find text \"VAT 19%\" in \"Invoice 42\\nNet 100.00\\nVAT 16% 16.00\\nTotal 116.00\"\n"
     + _rspec_end(31, 2) +
     "\nFailed examples:\n\n"
     "rspec ./spec/system/reports_spec.rb:22 # Reports exports a CSV\n"
     "rspec ./spec/system/invoice_spec.rb:9 # Invoice shows the tax line\n" + _GHA),
    # a Minitest test ABOUT Bundler's disk message, failing on its assertion (the new transient entry's near-miss)
    ("minitest-about-bundler-disk-message", "real",
     _RAILS_TEST +
     "Failure:\n"
     "InstallerTest#test_reports_full_disk [test/lib/installer_test.rb:14]:\n"
     "Expected \"Your disk is out of space. Free some space to be able to install your bundle.\" to include "
     "\"Disk full\".\n\n"
     "bin/rails test test/lib/installer_test.rb:11\n\n"
     "22 runs, 51 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
    # an RSpec example ABOUT the adapter's connection error, failing on its matcher
    ("rspec-example-about-pg-connection-bad", "real",
     _RSPEC +
     "  1) DbHealth reports the database as down\n"
     "     Failure/Error: expect { DbHealth.check! }.to raise_error(PG::ConnectionBad, /could not connect to server/)\n\n"
     "       expected PG::ConnectionBad with message matching /could not connect to server/, got "
     "#<RuntimeError: health check disabled> with backtrace:\n"
     "         # ./app/lib/db_health.rb:9:in `check!'\n"
     + _rspec_end(64) + _GHA),
    # a Minitest test named after Ferrum's timeout, failing on its assertion
    ("minitest-test-named-after-ferrum-timeout", "real",
     _RAILS_TEST +
     "Failure:\n"
     "BrowserRetryTest#test_retries_on_Ferrum::TimeoutError [test/lib/browser_retry_test.rb:21]:\n"
     "Expected: 3\n"
     "  Actual: 1\n\n"
     "bin/rails test test/lib/browser_retry_test.rb:18\n\n"
     "40 runs, 88 assertions, 1 failures, 0 errors, 0 skips\n" + _GHA),
    # the application's own log line naming a gem source timeout, above an example that fails on a value
    ("app-log-rubygems-timeout-then-expectation", "real",
     _RSPEC +
     "W, [2026-05-04T09:12:41] WARN -- : GemMirror sync: Gem::RemoteFetcher::UnknownHostError timed out "
     "(https://gems.example.org/specs.4.8.gz), keeping the cached index\n"
     "  1) GemMirror#refresh keeps the cached index\n"
     "     Failure/Error: expect(mirror.refresh).to eq(:cached)\n\n"
     "       expected: :cached\n"
     "            got: :refreshed\n\n"
     "       (compared using ==)\n"
     + _rspec_end(64) + _GHA),
    # failing examples, then an outage in the coverage upload after the summary
    ("rspec-failure-then-upload-read-timeout", "real",
     _RSPEC +
     "  1) Invoice#total includes tax\n"
     "     Failure/Error: expect(invoice.total).to eq(119_00)\n\n"
     "       expected: 11900\n"
     "            got: 11000\n"
     + _rspec_end(64) +
     "\nFailed examples:\n\n"
     "rspec ./spec/models/invoice_spec.rb:22 # Invoice#total includes tax\n\n"
     "Coverage report generated for RSpec to /app/coverage. 2210 / 2480 LOC (89.11%) covered.\n"
     "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)> (uploading coverage)\n" + _GHA),
    # a gem install line naming a gem whose NAME holds outage words, then a real resolver failure
    ("gem-name-holds-timeout-words", "real",
     _BUNDLE +
     "Resolving dependencies...\n"
     "Could not find gem 'net-read-timeout-retry (~> 0.4)' in rubygems repository https://rubygems.org/ "
     "or installed locally.\n\n"
     "The source does not contain any versions of 'net-read-timeout-retry'\n" + _GHA),
]

# Wordings printed both for a slow or starved runner and for a persistent cause: no rerun proposed with
# confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # teamcapybara/capybara lib/capybara/server.rb ("Rack application timed out during boot"): the app the
    # job itself boots, slow or broken
    ("capybara-server-timed-out-during-boot",
     _SYSTEM +
     "An error occurred in a `before(:suite)` hook.\n"
     "Failure/Error: Capybara.current_session.server\n\n"
     "RuntimeError:\n"
     "  Rack application timed out during boot\n"
     "# /usr/local/bundle/gems/capybara-3.40.0/lib/capybara/server.rb:82:in `block in boot'\n"
     "0 examples, 0 failures, 1 error occurred outside of examples\n" + _GHA),
    # rubycdp/ferrum lib/ferrum/errors.rb (PendingConnectionsError "Request to %s reached server, but there
    # are still pending connections: %s"): the app's own slow request or a slow runner
    ("ferrum-pending-connections",
     _SYSTEM +
     "  1) Dashboard loads\n"
     "     Failure/Error: visit dashboard_path\n\n"
     "     Ferrum::PendingConnectionsError:\n"
     "       Request to http://127.0.0.1:45123/dashboard reached server, but there are still pending "
     "connections: http://127.0.0.1:45123/api/stats\n"
     + _rspec_end(31) + _GHA),
    # lib/ferrum/errors.rb (StatusError "Request to %s failed to reach server, check DNS and server status")
    # against the job's own app server
    ("ferrum-status-error-own-app-server",
     _SYSTEM +
     "  1) Home renders\n"
     "     Failure/Error: visit root_path\n\n"
     "     Ferrum::StatusError:\n"
     "       Request to http://127.0.0.1:3001/ failed to reach server, check DNS and server status\n"
     + _rspec_end(31) + _GHA),
    # rubycdp/cuprite lib/capybara/cuprite/errors.rb (MouseEventFailed "Firing a %s at coordinates [%s]
    # failed. Cuprite detected another element with CSS selector \"%s\" at this position.")
    ("cuprite-mouse-event-failed-overlap",
     _SYSTEM +
     "  1) Checkout pays\n"
     "     Failure/Error: click_on \"Pay now\"\n\n"
     "     Capybara::Cuprite::MouseEventFailed:\n"
     "       Firing a click at coordinates [612.5, 431] failed. Cuprite detected another element with CSS "
     "selector \"div.modal-backdrop.fade\" at this position. It may be overlapping the element you are trying "
     "to interact with. If you don't care about overlapping elements, try using node.trigger(\"click\").\n"
     + _rspec_end(31) + _GHA),
    # lib/capybara/cuprite/errors.rb (ObsoleteNode "The element you are trying to interact with is either not
    # part of the DOM, or is not currently visible on the page ...")
    ("cuprite-obsolete-node",
     _SYSTEM +
     "  1) Todo list marks done\n"
     "     Failure/Error: find(\"li\", text: \"Buy milk\").click\n\n"
     "     Capybara::Cuprite::ObsoleteNode:\n"
     "       The element you are trying to interact with is either not part of the DOM, or is not currently "
     "visible on the page (perhaps display: none is set). It is possible the element has been replaced by "
     "another element and you meant to interact with the new element.\n"
     + _rspec_end(31) + _GHA),
    # SeleniumHQ/selenium rb/lib/selenium/webdriver/common/service_manager.rb ("unable to connect to %s
    # %s:%s" after START_TIMEOUT): the driver did not listen in time, or does not run here
    ("selenium-unable-to-connect-to-driver",
     _SYSTEM +
     "  1) Home renders\n"
     "     Failure/Error: visit root_path\n\n"
     "     Selenium::WebDriver::Error::WebDriverError:\n"
     "       unable to connect to /home/runner/.cache/selenium/chromedriver/linux64/126.0.6478.126/chromedriver "
     "127.0.0.1:9515\n"
     + _rspec_end(31) + _GHA),
    # chromedriver (chromium source, recalled: "unknown error: Chrome failed to start: crashed.") through
    # selenium-webdriver's UnknownError: a missing --no-sandbox in a container or a starved host
    ("selenium-chrome-failed-to-start-crashed",
     _SYSTEM +
     "  1) Home renders\n"
     "     Failure/Error: visit root_path\n\n"
     "     Selenium::WebDriver::Error::UnknownError:\n"
     "       unknown error: Chrome failed to start: crashed.\n"
     + _rspec_end(31) + _GHA),
    # the mysql2 gem's client error 2002 (recalled: "Can't connect to local MySQL server through socket '%s'
    # (%d)"): a server not yet up, or a "localhost" host that means a socket the service container never has
    ("rails-mysql2-local-socket",
     "+ bin/rails db:setup\n"
     "bin/rails aborted!\n"
     "ActiveRecord::ConnectionNotEstablished: Can't connect to local MySQL server through socket "
     "'/var/run/mysqld/mysqld.sock' (2) (ActiveRecord::ConnectionNotEstablished)\n"
     "Caused by:\n"
     "Mysql2::Error::ConnectionError: Can't connect to local MySQL server through socket "
     "'/var/run/mysqld/mysqld.sock' (2)\n" + _GHA5),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_ruby_rails_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_ruby_rails_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Could not fetch specs from https://rubygems.org/ due to underlying error <",
    "Your bundle is locked to ",
    "The gemspecs for path gems changed, but the lockfile can't be updated because ",
    "Browser did not produce websocket url within ",
    "Request to http://127.0.0.1:3001/ reached server, but there are still pending connections: ",
    "expected file /app/app/models/",
    "Firing a click at coordinates [",
    "unable to connect to /home/runner/.cache/selenium/chromedriver/",
    "Request to http://127.0.0.1:3001/",
    "OrderTest#test_",
    "couldn't find file '",
]
