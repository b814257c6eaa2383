"""Thirteenth round, tool sources: display servers and headless graphics in CI (Xvfb and xvfb-run,
Electron and VS Code extension tests under a virtual display, Mesa/EGL/GLX contexts, GTK's and Qt's
display and platform-plugin errors, Wayland/weston) and data tooling run from CI (dbt, Spark local mode
and PySpark/Py4J, the BigQuery, Snowflake, Redshift and Databricks clients, Great Expectations
checkpoints, Airflow DAG integrity tests, Soda scans).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is public (the comment above each case names the repository
and file, or the documentation page where only the documentation was read: BigQuery's and Snowflake's
server-side errors come from closed services); hosts, projects, models, tables and paths are made up; no
project's CI log is copied.

The rules the cases hold:
  * a display server that was started but not up yet when the client connected, a warehouse or cloud
    API answering 5xx, a per-second rate limit, a connection that timed out or was reset, a
    serialization conflict between two concurrent runs, a Spark port already taken by a parallel
    test -> transient;
  * a missing library in the image (Qt's xcb plugin, Mesa's driver, libGL), no X server configured at
    all ($DISPLAY unset), no Java for PySpark, a pyspark/Spark version mismatch, a SQL or Jinja
    compile error, a failed dbt/Great Expectations/Soda data test, a broken DAG, refused credentials
    or missing permissions, a daily or monthly quota used up (it resets a day or a month later, not by
    a rerun) -> real;
  * ambiguous wordings printed for both (Xvfb's stale lock, a statement timeout, Py4J's empty answer
    when the JVM died) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Xvfb / xvfb-run
    # xorg-server os/connection.c ("Cannot establish any listening sockets - Make sure an X server
    # isn't already running"), os/log.c FatalError ("Fatal server error:"); Debian xvfb-run script
    # ("Xvfb failed to start") (source read: xvfb-run from the xorg-server Debian packaging)
    ("xvfb-run-failed-to-start-sockets", "transient",
     "+ xvfb-run --server-args='-screen 0 1280x1024x24' npm test\n"
     "_XSERVTransSocketUNIXCreateListener: ...SocketCreateListener() failed\n"
     "_XSERVTransMakeAllCOTSServerListeners: server already running\n"
     "(EE)\n"
     "Fatal server error:\n"
     "(EE) Cannot establish any listening sockets - Make sure an X server isn't already running(EE)\n"
     "xvfb-run: error: Xvfb failed to start\n" + _EXIT),
    # Debian xvfb-run ("xauth command not found"): the image lacks xauth
    ("xvfb-run-xauth-missing", "real",
     "+ xvfb-run -a pytest tests/gui\n"
     "xvfb-run: error: xauth command not found\n" + _EXIT),
    # bash's "command not found" for an image without the xvfb package
    ("xvfb-run-not-installed", "real",
     "$ xvfb-run -a yarn test:e2e\n"
     "/bin/bash: line 1: xvfb-run: command not found\n" + _CIRCLE),
    # GTK gtk/gtkmain.c ("cannot open display: %s") right after Xvfb was put in the background
    ("gtk-cannot-open-display-started-xvfb", "transient",
     "$ Xvfb :99 -screen 0 1024x768x24 &\n"
     "$ export DISPLAY=:99\n"
     "$ ./build/tests/widget-tests\n"
     "(widget-tests:2211): Gtk-WARNING **: 10:12:01.412: cannot open display: :99\n" + _CIRCLE),
    # GTK gtkmain.c with $DISPLAY unset (nothing started a display at all)
    ("gtk-cannot-open-display-unset", "real",
     "$ ./build/tests/widget-tests\n"
     "(widget-tests:2211): Gtk-WARNING **: 10:12:01.412: cannot open display: \n" + _CIRCLE),
    # Chromium ui/ozone/platform/x11/ozone_platform_x11.cc ("Missing X server or $DISPLAY"),
    # ui/aura/env.cc ("The platform failed to initialize.  Exiting.")
    ("electron-missing-x-server", "real",
     "> electron-mocha --renderer test/**/*.spec.js\n"
     "[4102:1203/101201.553:ERROR:ozone_platform_x11.cc(244)] Missing X server or $DISPLAY\n"
     "[4102:1203/101201.553:ERROR:env.cc(258)] The platform failed to initialize.  Exiting.\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 1\n" + _EXIT),
    # microsoft/vscode-test lib/runTest.ts ("Exit code:   %s", "Failed to run tests") after Electron died
    # for want of a display
    ("vscode-test-no-display-sigsegv", "real",
     "Found existing install in /tmp/w/.vscode-test/vscode-linux-x64-1.85.1. Skipping download\n"
     "[main 2026-11-02T10:11:12.001Z] Missing X server or $DISPLAY\n"
     "Exit code:   SIGSEGV\n"
     "Failed to run tests\n" + _EXIT),
    # microsoft/vscode-test lib/request.ts TimeoutError ("@vscode/test-electron request timeout out after
    # %dms", the tool's own wording) while fetching the release list or the archive (checked)
    ("vscode-test-request-timeout", "transient",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Error: @vscode/test-electron request timeout out after 15000ms\n"
     "    at TimeoutController.reject (/w/node_modules/@vscode/test-electron/out/request.js:80:32)\n" + _EXIT),
    # microsoft/vscode-test lib/download.ts ("Invalid version %s": a version the update service does not
    # list) (checked)
    ("vscode-test-invalid-version", "real",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Error: Invalid version 1.99.7\n"
     "    at download (/w/node_modules/@vscode/test-electron/out/download.js:301:19)\n" + _EXIT),
    # microsoft/vscode-test lib/runTest.ts: the extension's own test failed (mocha inside the host)
    ("vscode-test-mocha-assertion", "real",
     "  Extension Test Suite\n"
     "    1) formats the selection\n"
     "  0 passing (412ms)\n"
     "  1 failing\n"
     "  1) Extension Test Suite\n"
     "       formats the selection:\n"
     "     AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n"
     "Exit code:   1\n"
     "Failed to run tests\n" + _EXIT),
    # ------------------------------------------------------------------ Qt
    # qtbase src/gui/kernel/qguiapplication.cpp ("Could not load the Qt platform plugin \"%s\" in \"%s\"
    # even though it was found.", "This application failed to start because no Qt platform plugin
    # could be initialized."), src/plugins/platforms/xcb/qxcbintegration.cpp ("From 6.5.0,
    # xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.")
    ("qt-xcb-plugin-missing-cursor-lib", "real",
     "$ QT_DEBUG_PLUGINS=0 xvfb-run -a python -m pytest tests/ui\n"
     "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.\n"
     "qt.qpa.plugin: Could not load the Qt platform plugin \"xcb\" in \"\" even though it was found.\n"
     "This application failed to start because no Qt platform plugin could be initialized. Reinstalling the application may fix this problem.\n"
     "\n"
     "Available platform plugins are: eglfs, minimal, offscreen, vnc, wayland, xcb.\n"
     "\n"
     "Fatal Python error: Aborted\n" + _EXIT),
    # qtbase qguiapplication.cpp, the plugin named in QT_QPA_PLATFORM absent from the build
    ("qt-platform-plugin-not-found", "real",
     "$ QT_QPA_PLATFORM=offscreen ./tests/tst_mainwindow\n"
     "qt.qpa.plugin: Could not find the Qt platform plugin \"offscreen\" in \"\"\n"
     "This application failed to start because no Qt platform plugin could be initialized. Reinstalling the application may fix this problem.\n"
     "Aborted (core dumped)\n" + _CIRCLE),
    # qtbase src/plugins/platforms/xcb/qxcbconnection_basic.cpp ("could not connect to display %s")
    # with a display started a moment before
    ("qt-xcb-could-not-connect-display-99", "transient",
     "$ Xvfb :99 -screen 0 1920x1080x24 &\n"
     "$ DISPLAY=:99 ctest --output-on-failure -R gui\n"
     "1/1 Test #7: tst_canvas .......................Subprocess aborted***Exception:   0.08 sec\n"
     "qt.qpa.xcb: could not connect to display :99\n"
     "qt.qpa.plugin: Could not load the Qt platform plugin \"xcb\" in \"\" even though it was found.\n"
     "This application failed to start because no Qt platform plugin could be initialized. Reinstalling the application may fix this problem.\n"
     "0% tests passed, 1 tests failed out of 1\n" + _CIRCLE),
    # ------------------------------------------------------------------ Mesa / EGL / GLX / GLFW
    # mesa src/glx/dri_common.c / src/loader/loader.c ("MESA-LOADER: failed to open %s: %s (search
    # paths %s)"), libGL's "failed to load driver: %s"
    ("mesa-failed-to-load-swrast", "real",
     "$ xvfb-run -a ./build/render_tests\n"
     "MESA-LOADER: failed to open swrast: /usr/lib/dri/swrast_dri.so: cannot open shared object file: No such file or directory (search paths /usr/lib/x86_64-linux-gnu/dri)\n"
     "libGL error: failed to load driver: swrast\n"
     "render_tests: could not create GL context\n" + _EXIT),
    # glfw src/x11_init.c ("X11: Failed to open display %s"), src/glx_context.c
    # ("GLX: Failed to create context: %s")
    ("glfw-glx-failed-create-context", "real",
     "[ RUN      ] Renderer.DrawsQuad\n"
     "GLFW error 65543: GLX: Failed to create context: GLXBadFBConfig\n"
     "unknown file: Failure\n"
     "C++ exception with description \"failed to create window\" thrown in SetUp().\n"
     "[  FAILED  ] Renderer.DrawsQuad (12 ms)\n" + _EXIT),
    # pyglet pyglet/canvas/xlib.py (NoSuchDisplayException 'Cannot connect to "%s"')
    ("pyglet-no-such-display-none", "real",
     "tests/test_viewer.py:9: in <module>\n"
     "    window = pyglet.window.Window(visible=False)\n"
     "E   pyglet.canvas.xlib.NoSuchDisplayException: Cannot connect to \"None\"\n"
     "=========================== short test summary info ============================\n"
     "ERROR tests/test_viewer.py - pyglet.canvas.xlib.NoSuchDisplayException: Cannot connect to \"None\"\n" + _EXIT),
    # mesa src/egl/main/eglapi.c: eglInitialize returns EGL_NOT_INITIALIZED when no driver loads
    ("egl-not-initialized", "real",
     "$ ./out/headless_smoke --egl\n"
     "libEGL warning: MESA-LOADER: failed to open iris: /usr/lib/dri/iris_dri.so: cannot open shared object file\n"
     "eglInitialize failed: EGL_NOT_INITIALIZED\n"
     "error: could not create a headless EGL context\n" + _CIRCLE),
    # ------------------------------------------------------------------ Wayland / weston
    # weston libweston/compositor.c / frontend/main.c ("fatal: failed to create compositor backend")
    ("weston-backend-failed", "real",
     "$ weston --backend=headless-backend.so --socket=wl-test &\n"
     "[10:01:02.311] Loading module '/usr/lib/libweston-13/headless-backend.so'\n"
     "[10:01:02.312] Failed to load module: /usr/lib/libweston-13/headless-backend.so: cannot open shared object file: No such file or directory\n"
     "[10:01:02.312] fatal: failed to create compositor backend\n" + _EXIT),
    # wayland src/wayland-client.c (wl_display_connect returns NULL); GTK's gdk/wayland "Failed to
    # connect to Wayland display" while the test compositor was still starting
    ("gtk-wayland-compositor-not-up", "transient",
     "$ weston --backend=headless-backend.so --socket=wl-ci &\n"
     "$ WAYLAND_DISPLAY=wl-ci ./build/testsuite/gtk-tests\n"
     "Gdk-Message: 10:02:03.101: Failed to connect to Wayland display: No such file or directory\n"
     "Bail out! Gtk-FATAL-WARNING: cannot open display: wl-ci\n" + _EXIT),
    # ------------------------------------------------------------------ dbt
    # dbt-labs/dbt-core core/dbt/events/types.py (RunResultError, "Database Error in model %s (%s)"),
    # Snowflake's "SQL compilation error" (the warehouse's error relayed)
    ("dbt-database-error-sql-compilation", "real",
     "10:11:01  1 of 12 START sql view model analytics.stg_orders ........ [RUN]\n"
     "10:11:03  1 of 12 ERROR creating sql view model analytics.stg_orders  [ERROR in 1.21s]\n"
     "10:11:09  Completed with 1 error and 0 warnings:\n"
     "10:11:09  \n"
     "10:11:09  Database Error in model stg_orders (models/staging/stg_orders.sql)\n"
     "10:11:09    000904 (42000): SQL compilation error: error line 4 at position 11\n"
     "10:11:09    invalid identifier 'ORDER_TOTAL'\n"
     "10:11:09  Done. PASS=10 WARN=0 ERROR=1 SKIP=1 TOTAL=12\n" + _EXIT),
    # dbt-core core/dbt/exceptions.py CompilationError ("Compilation Error in model %s (%s)")
    ("dbt-compilation-error-ref", "real",
     "10:12:00  Encountered an error:\n"
     "Compilation Error\n"
     "  Model 'model.shop.fct_sales' (models/marts/fct_sales.sql) depends on a node named 'stg_payment' which was not found\n" + _CIRCLE),
    # dbt-core core/dbt/events/types.py ("Failure in test %s (%s)", "Got %s results, configured to
    # fail if %s")
    ("dbt-test-failure-not-null", "real",
     "10:13:30  4 of 9 FAIL 3 not_null_orders_customer_id ..................... [FAIL 3 in 0.88s]\n"
     "10:13:35  Completed with 1 error and 0 warnings:\n"
     "10:13:35  \n"
     "10:13:35  Failure in test not_null_orders_customer_id (models/schema.yml)\n"
     "10:13:35    Got 3 results, configured to fail if != 0\n"
     "10:13:35  \n"
     "10:13:35    compiled code at target/compiled/shop/models/schema.yml/not_null_orders_customer_id.sql\n"
     "10:13:35  Done. PASS=8 WARN=0 ERROR=1 SKIP=0 TOTAL=9\n" + _EXIT),
    # dbt-core core/dbt/config/profile.py ("Could not find profile named '%s'")
    ("dbt-profile-not-found", "real",
     "10:14:00  Running with dbt=1.8.2\n"
     "10:14:00  Encountered an error:\n"
     "Runtime Error\n"
     "  Could not find profile named 'warehouse_ci'\n" + _CIRCLE),
    # snowflakedb/snowflake-connector-python src/snowflake/connector/errorcode.py (ER_FAILED_TO_CONNECT_TO_DB
    # 250001) with the server's "Incorrect username or password was specified."
    ("dbt-snowflake-bad-password", "real",
     "10:15:00  Running with dbt=1.8.2\n"
     "10:15:02  Encountered an error:\n"
     "Database Error\n"
     "  250001 (08001): Failed to connect to DB: ab12345.eu-west-1.snowflakecomputing.com:443. Incorrect username or password was specified.\n" + _EXIT),
    # snowflake-connector-python network.py (ER_FAILED_TO_REQUEST 250003, "Failed to execute request")
    # on a read timeout
    ("dbt-snowflake-read-timeout", "transient",
     "10:16:00  Running with dbt=1.8.2\n"
     "10:16:31  Encountered an error:\n"
     "Database Error\n"
     "  250003 (08001): Failed to execute request: HTTPSConnectionPool(host='ab12345.eu-west-1.snowflakecomputing.com', port=443): Read timed out. (read timeout=60)\n" + _EXIT),
    # snowflake-connector-python network.py: the service answered 503
    ("snowflake-503-service-unavailable", "transient",
     "INFO  Running load_fixtures.py against ab12345\n"
     "snowflake.connector.errors.OperationalError: 250003 (08001): 503 Service Unavailable: post ab12345.snowflakecomputing.com:443/queries/v1/query-request\n" + _EXIT),
    # Snowflake server error 000606 (docs.snowflake.com, "No active warehouse selected in the current
    # session") (documentation: the server is closed)
    ("snowflake-no-active-warehouse", "real",
     "10:17:05  Database Error in model dim_customers (models/marts/dim_customers.sql)\n"
     "10:17:05    000606 (57P03): No active warehouse selected in the current session.  Select an active warehouse with the 'use warehouse' command.\n"
     "10:17:05  Done. PASS=3 WARN=0 ERROR=1 SKIP=2 TOTAL=6\n" + _EXIT),
    # Snowflake resource monitors (docs.snowflake.com/en/user-guide/resource-monitors): a monitor that
    # suspended the warehouse for its credit quota; the quota resets at the monitor's interval, so a
    # rerun the same day keeps failing (documentation)
    ("snowflake-resource-monitor-quota", "real",
     "10:18:00  Database Error in model fct_events (models/marts/fct_events.sql)\n"
     "10:18:00    000630 (57014): Warehouse 'CI_WH' cannot be resumed because resource monitor 'CI_MONITOR' has exceeded its quota.\n"
     "10:18:00  Done. PASS=0 WARN=0 ERROR=1 SKIP=7 TOTAL=8\n" + _EXIT),
    # dbt-postgres against a Postgres service container still starting (libpq's wording)
    ("dbt-postgres-connection-refused-starting", "transient",
     "10:19:00  Running with dbt=1.8.2\n"
     "10:19:00  Encountered an error:\n"
     "Database Error\n"
     "  connection to server at \"127.0.0.1\", port 5432 failed: Connection refused\n"
     "  \tIs the server running on that host and accepting TCP/IP connections?\n" + _CIRCLE),
    # dbt-labs/dbt-redshift via redshift_connector / libpq: refused credentials
    ("dbt-redshift-password-failed", "real",
     "10:20:00  Encountered an error:\n"
     "Database Error\n"
     "  FATAL:  password authentication failed for user \"ci_loader\"\n" + _EXIT),
    # Redshift's serializable isolation error 1023 (docs.aws.amazon.com/redshift, "Serializable
    # isolation violation on table"): two runs wrote the same table at once (documentation)
    ("redshift-serializable-isolation", "transient",
     "10:21:00  Database Error in model agg_daily (models/agg_daily.sql)\n"
     "10:21:00    1023\n"
     "10:21:00    DETAIL:  Serializable isolation violation on table - 184422, transactions forming the cycle are: 9911, 9917 (pid:4410)\n"
     "10:21:00  Done. PASS=5 WARN=0 ERROR=1 SKIP=0 TOTAL=6\n" + _EXIT),
    # dbt-databricks / databricks-sql-connector src/databricks/sql/thrift_backend.py ("Error during
    # request to server") with a 503 TEMPORARILY_UNAVAILABLE
    ("dbt-databricks-temporarily-unavailable", "transient",
     "10:22:00  Encountered an error:\n"
     "Runtime Error\n"
     "  Database Error\n"
     "    Error during request to server: TEMPORARILY_UNAVAILABLE: The service at /sql/1.0/warehouses/abc123 is temporarily unavailable. Please try again later. (HTTP 503)\n" + _EXIT),
    # databricks-sql-connector: an access token refused
    ("dbt-databricks-invalid-token", "real",
     "10:23:00  Encountered an error:\n"
     "Runtime Error\n"
     "  Database Error\n"
     "    Error during request to server: Invalid access token. (HTTP 403)\n" + _EXIT),
    # ------------------------------------------------------------------ BigQuery
    # BigQuery's rateLimitExceeded (cloud.google.com/bigquery/docs/troubleshoot-quotas: "Exceeded rate
    # limits: too many table update operations for this table"), per-10-seconds (documentation)
    ("bigquery-exceeded-rate-limits", "transient",
     "10:24:00  Database Error in model sessions (models/sessions.sql)\n"
     "10:24:00    Exceeded rate limits: too many table update operations for this table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n"
     "10:24:00  Done. PASS=7 WARN=0 ERROR=1 SKIP=0 TOTAL=8\n" + _EXIT),
    # googleapis/python-api-core google/api_core/exceptions.py (TooManyRequests / Forbidden relay) on the
    # jobs API rate limit
    ("bigquery-jobs-rate-limit-403", "transient",
     "tests/integration/test_load.py::test_append FAILED\n"
     "E   google.api_core.exceptions.Forbidden: 403 POST https://bigquery.googleapis.com/bigquery/v2/projects/ci-proj/jobs: Exceeded rate limits: too many api requests per user per method for this user_method. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n" + _EXIT),
    # google/api_core/exceptions.py ServiceUnavailable / InternalServerError
    ("bigquery-500-internal-error", "transient",
     "E   google.api_core.exceptions.InternalServerError: 500 An internal error occurred and the request could not be completed. This is usually caused by a transient issue. Retrying the job may solve the problem.\n"
     "FAILED tests/integration/test_export.py::test_export_parquet\n" + _EXIT),
    # BigQuery's quotaExceeded for a daily per-table quota (documentation): a rerun the same day fails
    ("bigquery-daily-table-quota", "real",
     "10:25:00  Database Error in model events_raw (models/events_raw.sql)\n"
     "10:25:00    Quota exceeded: Your table exceeded quota for imports or query appends per table. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n"
     "10:25:00  Done. PASS=2 WARN=0 ERROR=1 SKIP=0 TOTAL=3\n" + _EXIT),
    # BigQuery's free-tier/custom query-bytes quota (documentation)
    ("bigquery-query-usage-quota", "real",
     "E   google.api_core.exceptions.Forbidden: 403 Quota exceeded: Your project exceeded quota for free query bytes scanned. For more information, see https://cloud.google.com/bigquery/docs/troubleshoot-quotas\n"
     "FAILED tests/integration/test_reports.py::test_monthly\n" + _EXIT),
    # BigQuery's invalidQuery (documentation: "Syntax error: Unexpected ...")
    ("bigquery-syntax-error", "real",
     "10:26:00  Database Error in model revenue (models/revenue.sql)\n"
     "10:26:00    Syntax error: Expected end of input but got keyword FORM at [5:3]\n"
     "10:26:00    compiled code at target/run/shop/models/revenue.sql\n" + _EXIT),
    # BigQuery's accessDenied (documentation)
    ("bigquery-access-denied", "real",
     "10:27:00  Database Error\n"
     "10:27:00    Access Denied: Project ci-proj: User does not have bigquery.jobs.create permission in project ci-proj.\n" + _EXIT),
    # ------------------------------------------------------------------ Spark / PySpark
    # apache/spark python/pyspark/java_gateway.py / errors/error-conditions.json (JAVA_GATEWAY_EXITED)
    ("pyspark-java-gateway-exited", "real",
     "tests/conftest.py:12: in spark\n"
     "    return SparkSession.builder.master(\"local[2]\").getOrCreate()\n"
     "/usr/local/bin/spark-class: line 71: /usr/lib/jvm/java-17-openjdk-amd64/bin/java: No such file or directory\n"
     "E   pyspark.errors.exceptions.base.PySparkRuntimeError: [JAVA_GATEWAY_EXITED] Java gateway process exited before sending its port number.\n"
     "ERROR tests/test_transforms.py::test_dedupe - pyspark.errors.exceptions.base.PySparkRuntimeError\n" + _EXIT),
    # py4j py4j-python/src/py4j/protocol.py (Py4JJavaError "An error occurred while calling %s"),
    # spark core scheduler/DAGScheduler.scala ("Job aborted due to stage failure"), a Python UDF's error
    ("pyspark-udf-zero-division", "real",
     "E   py4j.protocol.Py4JJavaError: An error occurred while calling o112.collectToPython.\n"
     "E   : org.apache.spark.SparkException: Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times, most recent failure: Lost task 0.0 in stage 3.0 (TID 3) (localhost executor driver): org.apache.spark.api.python.PythonException: Traceback (most recent call last):\n"
     "E     File \"/src/jobs/ratios.py\", line 18, in ratio\n"
     "E   ZeroDivisionError: division by zero\n"
     "FAILED tests/test_ratios.py::test_ratio_column\n" + _EXIT),
    # spark sql AnalysisException (UNRESOLVED_COLUMN error class)
    ("pyspark-unresolved-column", "real",
     "E   pyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `amount_usd` cannot be resolved. Did you mean one of the following? [`amount`, `currency`].\n"
     "FAILED tests/test_fx.py::test_convert\n" + _EXIT),
    # py4j protocol.py (Py4JError "An error occurred while calling %s. Trace:") with py4j's
    # "Constructor ... does not exist": pyspark and the Spark jars of different versions
    ("pyspark-py4j-constructor-mismatch", "real",
     "E   py4j.protocol.Py4JError: An error occurred while calling None.org.apache.spark.api.java.JavaSparkContext. Trace:\n"
     "E   py4j.Py4JException: Constructor org.apache.spark.api.java.JavaSparkContext([class org.apache.spark.SparkConf, class java.util.HashMap]) does not exist\n"
     "ERROR tests/test_job.py::test_run\n" + _EXIT),
    # spark core util/Utils.scala startServiceOnPort ("Service '%s' could not bind on a random free
    # port. You may check whether configuring an appropriate binding address.") (host name config)
    ("spark-driver-could-not-bind", "real",
     "26/12/03 10:30:01 WARN Utils: Service 'sparkDriver' could not bind on a random free port. You may check whether configuring an appropriate binding address.\n"
     "26/12/03 10:30:01 ERROR SparkContext: Error initializing SparkContext.\n"
     "java.net.BindException: Cannot assign requested address: Service 'sparkDriver' failed after 16 retries (on a random free port)! Consider explicitly setting the appropriate binding address for the service 'sparkDriver' (for example spark.driver.bindAddress for SparkDriver) to the correct binding address.\n" + _EXIT),
    # spark core TaskSetManager / DAGScheduler: a Python worker that crashed in local mode
    # ("Python worker exited unexpectedly (crashed)") on an out-of-memory kill
    ("pyspark-python-worker-crashed-oom-killed", "transient",
     "26/12/03 10:31:00 ERROR Executor: Exception in task 1.0 in stage 4.0 (TID 9)\n"
     "org.apache.spark.SparkException: Python worker exited unexpectedly (crashed)\n"
     "Caused by: java.io.EOFException\n"
     "Killed\n"
     "FAILED tests/test_large_join.py::test_join - py4j.protocol.Py4JJavaError\n" + _EXIT),
    # ------------------------------------------------------------------ Airflow
    # apache/airflow airflow/www/views.py / models/dagbag.py (import_errors, "Broken DAG: [%s] %s")
    ("airflow-broken-dag-import", "real",
     "$ airflow dags list-import-errors\n"
     "filepath                      | error\n"
     "==============================+===================================================\n"
     "/opt/airflow/dags/ingest.py   | Broken DAG: [/opt/airflow/dags/ingest.py] ModuleNotFoundError: No module named 'vendor_sdk'\n" + _EXIT),
    # a DAG integrity test over DagBag.import_errors
    ("airflow-dagbag-import-errors-assert", "real",
     "tests/dags/test_integrity.py::test_no_import_errors FAILED\n"
     "E   AssertionError: DAG import failures. Errors: {'/src/dags/report.py': 'Traceback (most recent call last):\\n  File \"/src/dags/report.py\", line 3\\nSyntaxError: invalid syntax'}\n"
     "E   assert not {'/src/dags/report.py': 'Traceback ...'}\n" + _EXIT),
    # apache/airflow airflow/exceptions.py AirflowDagCycleException ("Cycle detected in DAG: %s")
    ("airflow-dag-cycle", "real",
     "E   airflow.exceptions.AirflowDagCycleException: Cycle detected in DAG: daily_rollup. Faulty task: load_summary\n"
     "FAILED tests/dags/test_integrity.py::test_dag_loads[daily_rollup]\n" + _EXIT),
    # ------------------------------------------------------------------ Great Expectations / Soda
    # great-expectations/great_expectations checkpoint CLI (great_expectations/cli/checkpoint.py
    # "Validation failed!")
    ("gx-checkpoint-validation-failed", "real",
     "$ great_expectations checkpoint run orders_checkpoint\n"
     "Calculating Metrics: 100%|██████████| 14/14 [00:01<00:00, 11.2it/s]\n"
     "Validation failed!\n" + _EXIT),
    # great_expectations exceptions.py DataContextError / InvalidConfigError
    ("gx-data-context-error", "real",
     "great_expectations.exceptions.exceptions.DataContextError: Could not find a checkpoint named 'orders_checkpoint'\n" + _CIRCLE),
    # sodadata/soda-core soda/scan.py ("Oops! %s failures. %s warnings. %s errors. %s pass.")
    ("soda-scan-failures", "real",
     "[10:40:00] Scan summary:\n"
     "[10:40:00] 1/4 checks FAILED: \n"
     "[10:40:00]     orders in ci_duckdb\n"
     "[10:40:00]       missing_count(customer_id) = 0 [FAILED]\n"
     "[10:40:00]         check_value: 12\n"
     "[10:40:00] Oops! 1 failures. 0 warnings. 0 errors. 3 pass.\n" + _EXIT),
    # xdotool xdo.c ("Error: Can't open display: %s") in a script's wait on a display just started
    ("xdotool-cant-open-display-started", "transient",
     "$ (Xvfb :42 -screen 0 1024x768x24 &) && export DISPLAY=:42\n"
     "$ xdotool search --sync --name 'Widget Demo'\n"
     "Error: Can't open display: :42\n"
     "Failed creating new xdo instance\n" + _CIRCLE),
    # spark core util/Utils.scala startServiceOnPort ("Service '%s' failed after %d retries (starting
    # from %d)! Consider explicitly setting the appropriate port for the service"): parallel test JVMs
    # holding the UI ports
    ("spark-ui-ports-taken", "transient",
     "26/12/03 10:32:00 WARN Utils: Service 'SparkUI' could not bind on port 4056. Attempting port 4057.\n"
     "26/12/03 10:32:00 ERROR SparkUI: Failed to bind SparkUI\n"
     "java.net.BindException: Address already in use: Service 'SparkUI' failed after 16 retries (starting from 4040)! Consider explicitly setting the appropriate port for the service 'SparkUI' (for example spark.ui.port for SparkUI) to an available port or increasing spark.port.maxRetries.\n" + _EXIT),
    # dbt-core core/dbt/clients/registry.py (requests' HTTPError on the package hub) during dbt deps
    ("dbt-deps-hub-503", "transient",
     "10:33:00  Running with dbt=1.8.2\n"
     "10:33:01  Encountered an error:\n"
     "503 Server Error: Service Unavailable for url: https://hub.dbt.example.com/api/v1/index.json\n" + _CIRCLE),
    # Snowflake's lock-waiters limit (docs.snowflake.com, transactions: "was aborted because the number
    # of waiters for this lock exceeds the 20 statements limit") (documentation)
    ("snowflake-lock-waiters", "transient",
     "10:34:00  Database Error in model events_inc (models/events_inc.sql)\n"
     "10:34:00    000625 (57014): Statement '01b1c2d3-0000-4a5b-0000-00112233' has locked table 'EVENTS_INC' in transaction 1733221200000 and was aborted because the number of waiters for this lock exceeds the 20 statements limit.\n"
     "10:34:00  Done. PASS=4 WARN=0 ERROR=1 SKIP=0 TOTAL=5\n" + _EXIT),
    # An Airflow DAG test's metadata database (a service container) not up yet (psycopg2 via SQLAlchemy)
    ("airflow-metadata-db-refused", "transient",
     "$ airflow db migrate\n"
     "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n"
     "\tIs the server running on that host and accepting TCP/IP connections?\n" + _EXIT),
    # pyspark java_gateway.py, the older wording, as a short excerpt
    ("pyspark-java-gateway-old-wording", "real",
     "    raise Exception(\"Java gateway process exited before sending the driver its port number\")\n"
     "Exception: Java gateway process exited before sending the driver its port number\n"),
    # BigQuery's notFound (documentation): a dataset the CI profile names does not exist
    ("bigquery-dataset-not-found", "real",
     "10:35:00  Database Error in model stg_users (models/stg_users.sql)\n"
     "10:35:00    Not found: Dataset ci-proj:analytics_pr_42 was not found in location US\n"
     "10:35:00  Done. PASS=0 WARN=0 ERROR=1 SKIP=4 TOTAL=5\n" + _EXIT),
    # tests run under xvfb-run that fail on the code
    ("xvfb-run-pytest-assertion", "real",
     "$ xvfb-run -a python -m pytest tests/gui -q\n"
     ">       assert dialog.title() == \"Export\"\n"
     "E       AssertionError: assert 'Export…' == 'Export'\n"
     "FAILED tests/gui/test_dialogs.py::test_export_title\n"
     "1 failed, 88 passed in 12.30s\n" + _EXIT),
    # a short excerpt: only Electron's line about the display
    ("electron-missing-x-server-excerpt", "real",
     "[2211:1203/101201.553:ERROR:ozone_platform_x11.cc(244)] Missing X server or $DISPLAY\n"),
    # ------------------------------------------------------------------ near-misses: code failures
    # that merely mention the tools
    ("display-word-in-assertion", "real",
     "    def test_banner_text():\n"
     ">       assert banner() == \"cannot open display\"\n"
     "E       AssertionError: assert 'Display ready' == 'cannot open display'\n"
     "FAILED tests/test_banner.py::test_banner_text\n" + _EXIT),
    ("rate-limit-message-under-test", "real",
     "  ● RateLimitBanner › shows the warehouse message\n"
     "    expect(received).toContain(expected)\n"
     "    Expected substring: \"Exceeded rate limits\"\n"
     "    Received string:    \"Quota reached\"\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _EXIT),
]

# Wordings printed both for a passing outage and a persistent cause: never a confident transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # xorg-server os/utils.c LockServer ("Server is already active for display %s", "If this server is
    # no longer running, remove %s and start again."): a stale lock on a reused host, or the job
    # starting two servers on the same display
    ("xvfb-already-active-for-display",
     "$ Xvfb :99 -screen 0 1280x1024x24 &\n"
     "(EE)\n"
     "Fatal server error:\n"
     "(EE) Server is already active for display 99\n"
     "\tIf this server is no longer running, remove /tmp/.X99-lock\n"
     "\tand start again.\n"
     "(EE)\n" + _EXIT),
    # Snowflake 000630 statement timeout (documentation): a queued warehouse, or a query that is slow
    ("snowflake-statement-timeout",
     "10:50:00  Database Error in model big_join (models/big_join.sql)\n"
     "10:50:00    000630 (57014): Statement reached its statement or warehouse timeout of 3,600 second(s) and was canceled.\n" + _EXIT),
    # py4j java_gateway.py ("Answer from Java side is empty"): the JVM died, of memory or of a bug
    ("py4j-answer-empty",
     "ERROR:root:Exception while sending command.\n"
     "py4j.protocol.Py4JNetworkError: Answer from Java side is empty\n"
     "FAILED tests/test_agg.py::test_rollup - py4j.protocol.Py4JError: An error occurred while calling o88.count\n" + _EXIT),
    # dbt-bigquery impl/connections.py (job_execution_timeout_seconds: "Operation did not complete
    # within the designated timeout")
    ("dbt-bigquery-job-timeout",
     "10:51:00  Database Error in model sessions (models/sessions.sql)\n"
     "10:51:00    Operation did not complete within the designated timeout of 300 seconds.\n" + _EXIT),
    # microsoft/vscode-test lib/download.ts ("Failed to get VS Code archive location", thrown as a bare
    # string when the update service does not answer 302: an outage, or a platform it has no build for)
    ("vscode-test-archive-location",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Failed to get VS Code archive location\n" + _EXIT),
    # apache/airflow models/dagbag.py ("DagBag import timeout for %s after %ss."): a DAG file doing slow
    # work at parse time on a slow runner, or one that hangs on a network call every time
    ("airflow-dagbag-import-timeout",
     "$ airflow dags list-import-errors\n"
     "/opt/airflow/dags/sync.py | Broken DAG: [/opt/airflow/dags/sync.py] airflow.exceptions.AirflowTaskTimeout: DagBag import timeout for /opt/airflow/dags/sync.py after 30.0s.\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_display_and_data_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_display_and_data_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "cannot open display: :99 cannot open display: ",
    "Exceeded rate limits: too many Quota exceeded: ",
    "Database Error in model Failure in test ",
    "could not connect to display Could not load the Qt platform plugin ",
]
