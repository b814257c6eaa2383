"""Thirteenth round, tool sources: front-end builds and the checks CI runs on them (Next.js and its
font loader under webpack and Turbopack, webpack, Vite/Rollup, esbuild, Angular CLI, Gatsby, Nuxt's
prerender), Storybook's test-runner and Chromatic, Percy, Lighthouse CI, size-limit and bundlesize,
and the monorepo orchestrators around them (Turborepo, Nx, Lerna, changesets' publish and status).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and file holding the
format string); where the source was not read, the comment says so and names the documentation or
the stored copy the wording rests on. Hosts, packages, fonts and paths are made up; no project's CI log
is copied.

The rules the cases hold:
  * a build that could not fetch a font or remote data because a host did not answer (Next.js's font
    loader, Turbopack's fetch, Angular's font inlining, a page's fetch during static generation that
    timed out or could not resolve its host), a visual-review or Lighthouse server that answered 5xx
    or could not be reached, Nx's daemon dying under a task, esbuild's binary download cut off -> transient;
  * a module that cannot be resolved, a type or syntax error, a prerender error thrown by the page's
    code, a size or budget exceeded, a Lighthouse assertion under its threshold, visual changes found,
    a missing task or project, a font name or weight that does not exist, a refused token, a version
    already published -> real;
  * a remote cache that did not answer while the task failed on its code is not the job's cause;
  * wordings printed for both (esbuild's service stopped, Lighthouse's NO_FCP or a page that answered
    500, a server start that timed out, size-limit's time limit, a page fetching the build's own
    localhost) are asserted only not to read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Next.js: next/font/google
    # vercel/next.js packages/font/src/google/loader.ts ("Failed to fetch `%s` from Google Fonts."),
    # fetch-css-from-google-fonts.ts ("Failed to fetch font `%s`: %s" / "Please check your network
    # connection."), retry.ts ("Retrying %d/%d..."); webpack's "`next/font` error:" and "Build failed
    # because of webpack errors" (checked)
    ("next-font-google-eai-again", "transient",
     "   ▲ Next.js 14.2.3\n"
     "   Creating an optimized production build ...\n"
     "request to https://fonts.googleapis.com/css2?family=Source+Sans+3:wght@400;700&display=swap failed, "
     "reason: getaddrinfo EAI_AGAIN fonts.googleapis.com\n\nRetrying 3/3...\n"
     "Failed to compile.\n\nsrc/app/layout.tsx\n`next/font` error:\n"
     "Failed to fetch `Source Sans 3` from Google Fonts.\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    ("next-font-google-css-status", "transient",
     "   ▲ Next.js 15.0.3\n   Creating an optimized production build ...\n"
     "Failed to fetch font `Lora`: https://fonts.googleapis.com/css2?family=Lora:wght@400;600&display=swap\n"
     "Please check your network connection.\n\nRetrying 1/3...\n"
     "Failed to compile.\n\napp/layout.tsx\n`next/font` error:\nFailed to fetch `Lora` from Google Fonts.\n\n"
     "> Build failed because of webpack errors\n" + _CIRCLE),
    # the font file itself (fetch-font-file.ts via fetch-resource.ts: "Request failed: %s (status: %d)")
    ("next-font-file-status-502", "transient",
     "   Creating an optimized production build ...\n"
     "Error: Request failed: https://fonts.gstatic.com/s/lora/v32/0QI6MX1D_JOuGQbT0gvTJPa787weuxJBkq0.woff2 (status: 502)\n"
     "Failed to compile.\n\napp/fonts.ts\n`next/font` error:\nFailed to fetch `Lora` from Google Fonts.\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    # vercel/next.js packages/font/src/google/validate-google-font-function-call.ts ("Unknown font `%s`",
    # "Unknown weight `%s` for font `%s`.", "Available weights: ...") (checked): the code names a font or a
    # weight Google does not have; no fetch was tried
    ("next-font-unknown-font", "real",
     "   Creating an optimized production build ...\n"
     "Failed to compile.\n\nsrc/app/layout.tsx\n`next/font` error:\nUnknown font `Intre`\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    ("next-font-unknown-weight", "real",
     "   Creating an optimized production build ...\n"
     "Failed to compile.\n\nsrc/app/layout.tsx\n`next/font` error:\nUnknown weight `450` for font `Lora`.\n"
     "Available weights: `400`, `500`, `600`, `700`, `variable`\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    # vercel/next.js turbopack crates/turbopack-fetch/src/lib.rs (FetchErrorKind: "There was an issue
    # establishing a connection while requesting %s", "Received response with status %d when requesting
    # %s", "Connection timed out when requesting %s"), with next/font's "Failed to fetch `%s` from Google
    # Fonts." (checked)
    ("turbopack-font-connect", "transient",
     "   ▲ Next.js 16.0.1 (Turbopack)\n   Creating an optimized production build ...\n"
     "Turbopack build encountered 1 warnings:\n[next]/internal/font/google/merriweather_5a1c2e90.module.css\n"
     "Error while requesting resource\n"
     "There was an issue establishing a connection while requesting https://fonts.googleapis.com/css2?family=Merriweather:wght@300..900&display=swap\n\n"
     "> Build error occurred\nnext/font: error:\nFailed to fetch `Merriweather` from Google Fonts.\n" + _EXIT),
    ("turbopack-font-timeout", "transient",
     "   ▲ Next.js 15.3.0 (Turbopack)\n"
     "Error while requesting resource\n"
     "Connection timed out when requesting https://fonts.gstatic.com/s/merriweather/v31/u-4n0qyriQwlOrhSvowK_l5-eR7lXcf_.woff2\n"
     "Error: Turbopack build failed with 1 errors:\n"
     "[next]/internal/font/google/merriweather_5a1c2e90.module.css\nFailed to fetch `Merriweather` from Google Fonts.\n"
     + _EXIT),
    ("turbopack-font-status-503", "transient",
     "   ▲ Next.js 15.3.0 (Turbopack)\n"
     "Error while requesting resource\n"
     "Received response with status 503 when requesting https://fonts.googleapis.com/css2?family=Karla:wght@200..800&display=swap\n"
     "Error: Turbopack build failed with 1 errors:\n"
     "[next]/internal/font/google/karla_1f0e3d2c.module.css\nFailed to fetch `Karla` from Google Fonts.\n" + _EXIT),
    # ------------------------------------------------------------------ Next.js: prerender and page data
    # vercel/next.js packages/next/src/export/worker.ts ("Error occurred prerendering page \"%s\". Read more:
    # https://nextjs.org/docs/messages/prerender-error"), packages/next/src/export/index.ts ("Export
    # encountered errors on following paths:") (read through the stored copy, not the whole tree)
    ("next-prerender-page-throws", "real",
     "   Generating static pages (4/14)\n"
     "TypeError: Cannot read properties of undefined (reading 'map')\n"
     "    at Posts (/home/ci/site/.next/server/app/blog/page.js:1:4812)\n"
     "Error occurred prerendering page \"/blog\". Read more: https://nextjs.org/docs/messages/prerender-error\n"
     " ✓ Generating static pages (14/14)\n"
     "> Export encountered errors on following paths:\n\t/blog/page: /blog\n" + _EXIT),
    ("next-prerender-fetch-connect-timeout", "transient",
     "   Generating static pages (2/9)\n"
     "TypeError: fetch failed\n"
     "    at node:internal/deps/undici/undici:13185:13\n"
     "  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: cms.example.org:443, timeout: 10000ms)\n"
     "      at onConnectTimeout (node:internal/deps/undici/undici:2331:28) {\n"
     "    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n"
     "Error occurred prerendering page \"/articles\". Read more: https://nextjs.org/docs/messages/prerender-error\n"
     "> Export encountered errors on following paths:\n\t/articles/page: /articles\n" + _EXIT),
    ("next-prerender-fetch-eai-again", "transient",
     "   Generating static pages (7/20)\n"
     "TypeError: fetch failed\n"
     "  [cause]: Error: getaddrinfo EAI_AGAIN api.example.org\n"
     "      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n"
     "    errno: -3001,\n    code: 'EAI_AGAIN',\n    syscall: 'getaddrinfo',\n    hostname: 'api.example.org'\n  }\n"
     "Error occurred prerendering page \"/pricing\". Read more: https://nextjs.org/docs/messages/prerender-error\n"
     + _CIRCLE),
    # a font fetch that failed in the same compilation as a path that does not resolve: webpack lists both
    ("next-font-fetch-and-module-not-found", "real",
     "Failed to compile.\n\nsrc/app/layout.tsx\n`next/font` error:\nFailed to fetch `Lora` from Google Fonts.\n\n"
     "./src/app/page.tsx\nModule not found: Can't resolve '@/components/PromoStrip'\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    # packages/next/src/build/index.ts ("Failed to collect page data for %s") (stored copy): the route's
    # module threw while loading
    ("next-collect-page-data-env", "real",
     "   Collecting page data ...\n"
     "Error: Missing required environment variable SESSION_SECRET\n"
     "    at Object.<anonymous> (/home/ci/site/.next/server/app/api/session/route.js:1:912)\n\n"
     "> Build error occurred\n"
     "Error: Failed to collect page data for /api/session\n"
     "    at /home/ci/site/node_modules/next/dist/build/utils.js:1268:15 {\n  type: 'Error'\n}\n" + _EXIT),
    ("next-type-error", "real",
     "   Linting and checking validity of types ...\n"
     "Failed to compile.\n\n./src/components/Cart.tsx:31:9\n"
     "Type error: Type 'string' is not assignable to type 'number'.\n\n"
     "  29 |   const total = items.reduce(sum, 0)\n"
     "Next.js build worker exited with code: 1 and signal: null\n" + _EXIT),
    ("next-module-not-found", "real",
     "   Creating an optimized production build ...\n"
     "Failed to compile.\n\n./src/app/page.tsx\n"
     "Module not found: Can't resolve '@/components/HeroBanner'\n\n"
     "https://nextjs.org/docs/messages/module-not-found\n\n"
     "> Build failed because of webpack errors\n" + _EXIT),
    # ------------------------------------------------------------------ webpack
    # webpack/webpack lib/errors/ModuleParseError.js ("Module parse failed: %s", "You may need an
    # appropriate loader ..."), lib/errors/ModuleBuildError.js ("Module build failed"),
    # lib/stats/DefaultStatsPrinterPlugin.js ("compiled with %s") (checked)
    ("webpack-module-parse-failed", "real",
     "ERROR in ./src/widgets/chart.js 14:6\n"
     "Module parse failed: Unexpected token (14:6)\n"
     "You may need an appropriate loader to handle this file type, currently no loaders are configured to "
     "process this file. See https://webpack.js.org/concepts#loaders\n"
     "webpack 5.91.0 compiled with 1 error in 5312 ms\n" + _EXIT),
    ("webpack-module-build-failed-sass", "real",
     "ERROR in ./src/styles/main.scss\n"
     "Module build failed (from ./node_modules/sass-loader/dist/cjs.js):\n"
     "Undefined variable.\n   ╷\n12 │   color: $brand-accent;\n   │          ^^^^^^^^^^^^^\n   ╵\n"
     "  src/styles/main.scss 12:10  root stylesheet\n"
     "webpack 5.91.0 compiled with 1 error in 2877 ms\n" + _EXIT),
    # a module whose name speaks of an outage: still a path that does not exist
    ("webpack-cannot-resolve-outage-named-module", "real",
     "ERROR in ./src/pages/status/index.tsx 3:0-55\n"
     "Module not found: Error: Can't resolve './UpstreamTimedOutNotice' in '/home/ci/app/src/pages/status'\n"
     "webpack 5.91.0 compiled with 1 error in 6120 ms\n" + _EXIT),
    # ------------------------------------------------------------------ Vite / Rollup
    # vitejs/vite packages/vite/src/node/build.ts ("[vite]: Rollup failed to resolve import \"%s\" from
    # \"%s\"." in releases before Rolldown, "Rolldown" after), cli.ts ("error during build:") (checked)
    ("vite-rollup-failed-resolve", "real",
     "vite v5.2.8 building for production...\n"
     "transforming (212) src/views/Settings.vue\n"
     "error during build:\n"
     "Error: [vite]: Rollup failed to resolve import \"@acme/icons/outline\" from \"/home/ci/app/src/views/Settings.vue\".\n"
     "This is most likely unintended because it can break your application at runtime.\n"
     "If you do want to externalize this module explicitly add it to\n`build.rollupOptions.external`\n" + _EXIT),
    # rollup/rollup src/utils/logs.ts ("\"%s\" is not exported by \"%s\", imported by \"%s\".") (stored copy)
    ("vite-not-exported", "real",
     "vite v5.2.8 building for production...\n"
     "✓ 88 modules transformed.\n"
     "error during build:\n"
     "RollupError: src/main.ts (4:9): \"createLedger\" is not exported by \"src/ledger/index.ts\", imported by \"src/main.ts\".\n"
     + _EXIT),
    # vite's esbuild plugin ("Transform failed with %d error%s:") (checked, oxc.ts in newer releases)
    ("vite-esbuild-transform-failed", "real",
     "vite v4.5.3 building for production...\n"
     "[vite:esbuild] Transform failed with 1 error:\n"
     "/home/ci/app/src/api/client.ts:22:14: ERROR: Expected \";\" but found \"response\"\n"
     "error during build:\n"
     "Error: Transform failed with 1 error:\n"
     "/home/ci/app/src/api/client.ts:22:14: ERROR: Expected \";\" but found \"response\"\n" + _EXIT),
    # ------------------------------------------------------------------ esbuild
    # evanw/esbuild internal/bundler/bundler.go ("Could not resolve %q") (checked)
    ("esbuild-could-not-resolve", "real",
     "$ node build.mjs\n"
     "✘ [ERROR] Could not resolve \"fast-json-patch\"\n\n"
     "    src/sync/merge.ts:2:26:\n"
     "      2 │ import { applyPatch } from \"fast-json-patch\";\n"
     "        ╵                            ~~~~~~~~~~~~~~~~~\n\n"
     "  You can mark the path \"fast-json-patch\" as external to exclude it from the bundle, which will remove "
     "this error and leave the unresolved path in the bundle.\n\n1 error\n" + _EXIT),
    # lib/shared/common.ts ("Cannot start service: Host version \"%s\" does not match binary version %s")
    ("esbuild-host-binary-mismatch", "real",
     "$ vite build\n"
     "Error: Cannot start service: Host version \"0.21.5\" does not match binary version \"0.19.12\"\n"
     "    at /home/ci/app/node_modules/esbuild/lib/main.js:2117:15\n" + _EXIT),
    # lib/npm/node-platform.ts ("You installed esbuild for another platform than the one you're currently using.")
    ("esbuild-other-platform", "real",
     "$ npm run build\n"
     "Error: \nYou installed esbuild for another platform than the one you're currently using.\n"
     "This won't work because esbuild is written with native code and needs to\n"
     "install a platform-specific binary executable.\n" + _EXIT),
    # lib/npm/node-install.ts ("[esbuild] Failed to find package \"%s\" on the file system", "[esbuild] Trying
    # to install package \"%s\" using npm", "[esbuild] Trying to download %s", "[esbuild] Failed to download
    # %s: %s", "Failed to install package \"%s\"") (checked)
    ("esbuild-install-download-reset", "transient",
     "npm ERR! path /home/ci/app/node_modules/esbuild\nnpm ERR! command sh -c node install.js\n"
     "npm ERR! [esbuild] Failed to find package \"@esbuild/linux-x64\" on the file system\n"
     "npm ERR! [esbuild] Trying to install package \"@esbuild/linux-x64\" using npm\n"
     "npm ERR! [esbuild] Failed to install package \"@esbuild/linux-x64\" using npm: Command failed: npm install\n"
     "npm ERR! [esbuild] Trying to download \"https://registry.npmjs.org/@esbuild/linux-x64/-/linux-x64-0.20.2.tgz\"\n"
     "npm ERR! [esbuild] Failed to download \"https://registry.npmjs.org/@esbuild/linux-x64/-/linux-x64-0.20.2.tgz\": read ECONNRESET\n"
     "npm ERR! Error: Failed to install package \"@esbuild/linux-x64\"\n" + _EXIT),
    # ------------------------------------------------------------------ Angular CLI
    # angular/angular-cli packages/angular_devkit/build_angular/src/utils/index-file/inline-fonts.ts
    # ("Inlining of fonts failed. An error has occurred while retrieving %s over the internet.\n%s",
    # "Inlining of fonts failed. %s returned status code: %d.") (stored copy of the built file)
    ("angular-font-inlining-timeout", "transient",
     "✔ Browser application bundle generation complete.\n"
     "✔ Copying assets complete.\n"
     "⠋ Generating index html...\n"
     "An unhandled exception occurred: Inlining of fonts failed. An error has occurred while retrieving "
     "https://fonts.googleapis.com/css2?family=Nunito:wght@400;700&display=swap over the internet.\n"
     "connect ETIMEDOUT 142.250.74.42:443\n"
     "See \"/tmp/ng-Xa12bc/angular-errors.log\" for further details.\n" + _EXIT),
    ("angular-font-inlining-status-503", "transient",
     "✔ Browser application bundle generation complete.\n"
     "Error: Inlining of fonts failed. https://fonts.googleapis.com/icon?family=Material+Icons returned status code: 503.\n"
     + _CIRCLE),
    # packages/angular_devkit/build_angular/src/utils/bundle-calculator.ts ("%s exceeded maximum budget.
    # Budget %s was not met by %s with a total of %s.") (stored copy)
    ("angular-budget-exceeded", "real",
     "✔ Browser application bundle generation complete.\n"
     "Initial total | 1.31 MB | 318.02 kB\n"
     "Error: bundle initial exceeded maximum budget. Budget 1.00 MB was not met by 312.45 kB with a total of 1.31 MB.\n"
     + _EXIT),
    # ------------------------------------------------------------------ Gatsby, Nuxt
    # gatsbyjs/gatsby packages/gatsby-cli/src/structured-errors/error-map.ts (95313: "Building static HTML
    # failed for path \"%s\"") (documentation: gatsby.dev/debug-html; source not read)
    ("gatsby-static-html-window", "real",
     "success Building production JavaScript and CSS bundles - 21.004s\n"
     "ERROR #95313  HTML.COMPILATION\n\n"
     "Building static HTML failed for path \"/contact/\"\n\n"
     "See our docs page for more info on this error: https://gatsby.dev/debug-html\n\n"
     "  WebpackError: ReferenceError: window is not defined\n"
     "  - map-embed.js:14\n\nnot finished Building static HTML for pages - 3.211s\n" + _EXIT),
    # unjs/nitro src prerender ("Errors prerendering:", "Exiting due to prerender errors.") (stored copy of
    # the built file): a link to a page that does not exist
    ("nuxt-prerender-404-link", "real",
     "[nitro] ℹ Prerendering 18 routes\n"
     "[nitro]   ├─ /docs/setup (31ms)\n"
     "[nitro]   ├─ /docs/old-setup (9ms)\n"
     "  │ ├── [404] Page not found: /docs/old-setup\n"
     "  │ └── Linked from /docs\n"
     "Errors prerendering:\n"
     " ERROR  Exiting due to prerender errors.\n" + _EXIT),
    # ------------------------------------------------------------------ Turborepo
    # vercel/turborepo crates/turborepo-lib/src/engine/builder.rs ("Missing tasks in project", "Could not find
    # task `%s` in project") (stored copy of the enum and of the project's integration test)
    ("turbo-missing-task", "real",
     "• Packages in scope: @acme/api, @acme/web\n"
     "• Running typecheck in 2 packages\n"
     "  × Missing tasks in project\n"
     "  ╰─▶   × Could not find task `typecheck` in project\n" + _EXIT),
    # the task's own failure relayed by turbo ("command finished with error", "run failed: command  exited")
    ("turbo-task-jest-failure", "real",
     "@acme/ui:test: FAIL src/Button.test.tsx\n"
     "@acme/ui:test:   ● Button › renders the label\n"
     "@acme/ui:test:     expect(received).toBe(expected) // Object.is equality\n"
     "@acme/ui:test: Tests:       1 failed, 41 passed, 42 total\n"
     "@acme/ui:test: ERROR: command finished with error: command (/home/ci/repo/packages/ui) /usr/local/bin/pnpm run test exited (1)\n"
     " Tasks:    5 successful, 6 total\nFailed:    @acme/ui#test\n"
     " ERROR  run failed: command  exited (1)\n" + _EXIT),
    # crates/turborepo-cache ("failed to contact remote cache") as a warning; the task failed on a module
    # that does not resolve
    ("turbo-remote-cache-timeout-then-resolve-error", "real",
     " WARNING  failed to contact remote cache: Error making HTTP request: error sending request for url "
     "(https://cache.example.org/v8/artifacts/9b1c0e7d2a3f?teamId=team_x): operation timed out\n"
     "@acme/web:build: error during build:\n"
     "@acme/web:build: Error: [vite]: Rollup failed to resolve import \"@acme/charts\" from \"/home/ci/repo/apps/web/src/Dashboard.tsx\".\n"
     "@acme/web:build: ERROR: command finished with error: command (/home/ci/repo/apps/web) /usr/local/bin/pnpm run build exited (1)\n"
     "Failed:    @acme/web#build\n ERROR  run failed: command  exited (1)\n" + _EXIT),
    # a Next.js build inside a turbo task whose font fetch did not get through
    ("turbo-task-next-font-fetch", "transient",
     "@acme/site:build:    Creating an optimized production build ...\n"
     "@acme/site:build: request to https://fonts.googleapis.com/css2?family=Manrope:wght@400;800&display=swap failed, "
     "reason: connect ETIMEDOUT 172.217.16.138:443\n"
     "@acme/site:build: Failed to compile.\n"
     "@acme/site:build: `next/font` error:\n"
     "@acme/site:build: Failed to fetch `Manrope` from Google Fonts.\n"
     "@acme/site:build: ERROR: command finished with error: command (/home/ci/repo/apps/site) /usr/local/bin/pnpm run build exited (1)\n"
     " ERROR  run failed: command  exited (1)\n" + _EXIT),
    # ------------------------------------------------------------------ Nx
    # nrwl/nx packages/nx/src/daemon/client/client.ts (output.error title "Daemon process terminated and
    # closed the connection", "Please rerun the command, which will restart the daemon.") (stored copy)
    ("nx-daemon-terminated", "transient",
     "> nx affected -t build --parallel=3\n\n"
     " NX   Daemon process terminated and closed the connection\n\n"
     "Please rerun the command, which will restart the daemon.\n"
     "If you get this error again, check for any errors in the daemon process logs found in: "
     "/home/ci/repo/.nx/workspace-data/d/daemon.log\n" + _EXIT),
    # packages/nx/src/tasks-runner/life-cycles ("Running target %s for project %s ... failed", "Failed tasks:")
    # (stored copies of the output)
    ("nx-target-test-failed", "real",
     "> nx run billing:test\n\n"
     " FAIL  src/invoice.spec.ts\n"
     "  ● Invoice › rounds the tax\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "Tests:       1 failed, 63 passed, 64 total\n\n"
     " NX   Running target test for project billing failed\n\n"
     "Failed tasks:\n\n- billing:test\n\nHint: run the command with --verbose for more details.\n" + _EXIT),
    # nx affected on a base ref the clone does not hold (git's own words relayed)
    ("nx-affected-base-missing", "real",
     "> nx affected -t lint --base=origin/main --head=HEAD\n\n"
     " NX   Command failed: git merge-base \"origin/main\" HEAD\n"
     "fatal: Not a valid object name origin/main\n" + _EXIT),
    # ------------------------------------------------------------------ Lerna
    # lerna/lerna libs/commands/publish/src/lib/get-npm-username.ts ("EWHOAMI", "Authentication error. Use
    # `npm whoami` to troubleshoot.", "ENEEDAUTH", "You must be logged in to publish packages. ...") (checked)
    ("lerna-ewhoami-401", "real",
     "lerna info Verifying npm credentials\n"
     "401 Unauthorized - GET https://registry.npmjs.org/-/whoami\n"
     "lerna ERR! EWHOAMI Authentication error. Use `npm whoami` to troubleshoot.\n" + _EXIT),
    ("lerna-eneedauth", "real",
     "lerna info Verifying npm credentials\n"
     "lerna ERR! ENEEDAUTH You must be logged in to publish packages. Use `npm login` and try again.\n" + _EXIT),
    # libs/core/src/lib/command/log-package-error.ts ("exited %d in '%s'") (checked)
    ("lerna-run-exited", "real",
     "lerna info run Ran npm script 'build' in '@acme/core' in 4.1s:\n"
     "src/parse.ts(18,5): error TS2554: Expected 2 arguments, but got 1.\n"
     "lerna ERR! npm run build exited 2 in '@acme/schema'\n" + _EXIT),
    # ------------------------------------------------------------------ changesets
    # changesets/changesets packages/cli/src/commands/publish/npm-utils.ts (v2: "an error occurred while
    # publishing %s: %s" with npm's summary and detail), index.ts ("packages failed to publish:") (checked)
    ("changesets-publish-e403-over-published", "real",
     "🦋  info Publishing \"@acme/forms\" at \"2.4.0\"\n"
     "🦋  error an error occurred while publishing @acme/forms: E403 You cannot publish over the previously "
     "published versions: 2.4.0. - PUT https://registry.npmjs.org/@acme%2fforms\n"
     "🦋  error packages failed to publish:\n🦋  @acme/forms@2.4.0\n" + _EXIT),
    ("changesets-publish-e503", "transient",
     "🦋  info Publishing \"@acme/forms\" at \"2.5.0\"\n"
     "🦋  error an error occurred while publishing @acme/forms: E503 503 Service Unavailable - PUT "
     "https://registry.npmjs.org/@acme%2fforms - Service Unavailable\n"
     "🦋  error packages failed to publish:\n🦋  @acme/forms@2.5.0\n" + _EXIT),
    # packages/cli/src/commands/status/index.ts ("Some packages have been changed but no changesets were
    # found. Run changeset add to resolve this error.") (checked)
    ("changesets-status-none-found", "real",
     "$ changeset status --since=origin/main\n"
     "🦋  error Some packages have been changed but no changesets were found. Run changeset add to resolve this error.\n"
     "🦋  error If this change doesn't need a release, run changeset add --empty.\n" + _EXIT),
    # ------------------------------------------------------------------ Storybook
    # storybookjs/test-runner src/test-storybook.ts ("[test-storybook] It seems that your Storybook instance
    # is not running at: %s. Are you sure it's running?") and the story failure it reports (stored copies)
    ("storybook-test-runner-play-failure", "real",
     "● Forms/Signup › Filled › play-test\n\n"
     "    page.evaluate: StorybookTestRunnerError: \n"
     "    An error occurred in the following story. Access the link for full output:\n"
     "    http://127.0.0.1:6006/?path=/story/forms-signup--filled&addonPanel=storybook/interactions/panel\n\n"
     "    Message:\n"
     "     expect(element).toBeDisabled()\n\n    Received element is not disabled:\n"
     "Test Suites: 1 failed, 37 passed, 38 total\n" + _EXIT),
    # ------------------------------------------------------------------ Chromatic
    # chromaui/chromatic-cli node-src/ui/messages/errors/fetchError.ts ("Failed to %s", "Could not connect to
    # the Chromatic API. Check your internet connection or try again later.", "→ Status: %d %s") (checked)
    ("chromatic-api-status-502", "transient",
     "✔ Authenticated with Chromatic\n"
     "✖ Failed to publish your built Storybook\n\n"
     "Could not connect to the Chromatic API. Check your internet connection or try again later.\n"
     "Service status updates are provided at https://status.chromatic.com\n\n"
     "→ Status: 502 Bad Gateway\n" + _EXIT),
    ("chromatic-api-refused", "transient",
     "✖ Failed to authenticate\n\n"
     "Could not connect to the Chromatic API. Check your internet connection or try again later.\n"
     "Service status updates are provided at https://status.chromatic.com\n\n"
     "→ request to https://index.chromatic.example/graphql failed, reason: connect ECONNREFUSED 10.1.2.3:443\n"
     + _CIRCLE),
    # buildHasChanges.ts ("Found %s", "For CI/CD use cases, this command failed with exit code %d")
    ("chromatic-visual-changes", "real",
     "✔ Build 412 published\n"
     "✖ Found 3 visual changes\n\n"
     "Review the changes at https://www.chromatic.example/build?appId=abc123&number=412\n\n"
     "ℹ For CI/CD use cases, this command failed with exit code 1\n"
     "Pass --exit-zero-on-changes to succeed this command regardless of changes.\n" + _EXIT),
    # buildHasErrors.ts ("Encountered %s: failing with exit code %d")
    ("chromatic-build-errors", "real",
     "✔ Build 413 published\n"
     "✖ Encountered 2 build errors: failing with exit code 2\n"
     "ℹ Review the errors at https://www.chromatic.example/build?appId=abc123&number=413\n" + _EXIT),
    # invalidProjectToken.ts ("Invalid --project-token '%s'")
    ("chromatic-invalid-token", "real",
     "✖ Invalid --project-token 'chpt_0000'\n"
     "You can find your project token on the Manage screen in your Chromatic project.\n" + _EXIT),
    # buildFailed.ts ("The CLI tried to run your %s script, but the command failed. This indicates a problem
    # with your Storybook.") with the Storybook build's own error
    ("chromatic-storybook-build-failed", "real",
     "The CLI tried to run your build-storybook script, but the command failed. This indicates a problem "
     "with your Storybook. Here's what to do:\n\n"
     "- Check the Storybook build log printed below.\n\n"
     "ModuleNotFoundError: Module not found: Error: Can't resolve '../tokens/spacing' in '/home/ci/app/src/stories'\n"
     + _EXIT),
    # ------------------------------------------------------------------ Percy
    # percy/cli packages/core/src/percy.js ("percy.io might not be reachable, check network connection, proxy
    # and ensure that percy.io is whitelisted."), packages/client/src/utils.js (the error is "%d %s" from
    # the status line) (checked)
    ("percy-not-reachable", "transient",
     "[percy] Error: read ECONNRESET\n"
     "[percy] percy.io might not be reachable, check network connection, proxy and ensure that percy.io is whitelisted.\n"
     "[percy] Unable to analyze error logs\n" + _EXIT),
    ("percy-upload-503", "transient",
     "[percy] Uploading 42 snapshots...\n"
     "[percy] Error: 503 Service Unavailable\n" + _EXIT),
    # ------------------------------------------------------------------ Lighthouse CI
    # GoogleChrome/lighthouse-ci packages/cli/src/assert/assert.js ("%s failure for %s assertion",
    # "expected:", "found:", "Assertion failed. Exiting with status code 1.") (checked)
    ("lhci-assertion-failure", "real",
     "Checking assertions against 1 URL(s), 3 total run(s)\n\n"
     "1 result(s) for http://localhost:4173/ :\n\n"
     "  ✘  categories.performance failure for minScore assertion\n"
     "        expected: >=0.9\n           found: 0.71\n      all values: 0.71, 0.7, 0.73\n\n"
     "Assertion failed. Exiting with status code 1.\n" + _EXIT),
    # packages/utils/src/api-client.js ("Unexpected status code %d\n  %s") during upload (checked)
    ("lhci-upload-502", "transient",
     "Saving CI project lhci-demo (8f1c...)\n"
     "Saving CI build (a1b2c3...)\n"
     "Error: Unexpected status code 502\n  <html><head><title>502 Bad Gateway</title></head></html>\n"
     "    at ApiClient._convertFetchResponseToReturnValue (/home/ci/.npm/_npx/1/node_modules/@lhci/utils/src/api-client.js:78:21)\n"
     + _EXIT),
    # packages/cli/src/upload/upload.js ("Could not find active project with provided token") (checked)
    ("lhci-upload-bad-token", "real",
     "Error: Could not find active project with provided token\n"
     "    at runLHCITarget (/home/ci/.npm/_npx/1/node_modules/@lhci/cli/src/upload/upload.js:401:11)\n" + _EXIT),
    # lighthouse's own runtime error (GoogleChrome/lighthouse core/lib/lh-error.js protocolTimeout: "Waiting
    # for DevTools protocol response has exceeded the allotted time. (Method: %s)"), relayed by LHCI's
    # node-runner ("Lighthouse failed with exit code %d") (stored copy of the message strings)
    ("lhci-protocol-timeout", "transient",
     "Running Lighthouse 3 time(s) on http://localhost:4173/\n"
     "Run #1...failed!\n"
     "Error: Lighthouse failed with exit code 1\n"
     "    at ChildProcess.<anonymous> (/home/ci/node_modules/@lhci/cli/src/collect/node-runner.js:120:21)\n"
     "Runtime error encountered: Waiting for DevTools protocol response has exceeded the allotted time. (Method: Page.navigate)\n"
     + _EXIT),
    # ------------------------------------------------------------------ size-limit, bundlesize
    # ai/size-limit packages/size-limit/create-reporter.js ("Package size limit has exceeded by %s") (checked)
    ("size-limit-exceeded", "real",
     "  dist/index.js\n"
     "  Package size limit has exceeded by 1.38 kB\n"
     "  Size limit: 10 kB\n"
     "  Size:       11.38 kB with all dependencies, minified and brotlied\n\n"
     "  Try to reduce size or increase limit in \"size-limit\" section of package.json\n" + _EXIT),
    # siddharthkp/bundlesize ("FAIL %s: %s > maxSize %s (gzip)") (documentation: the project's README)
    ("bundlesize-over", "real",
     "PASS ./dist/vendor.js: 48.2KB < maxSize 60KB (gzip)\n"
     "FAIL ./dist/app.js: 31.7KB > maxSize 30KB (gzip)\n" + _EXIT),
]

# Wordings printed both for an outage and for a persistent cause: never a transient at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Turbopack's connect error with its TLS hint (crates/turbopack-fetch: "Hint: It looks like this error
    # was TLS-related. Try enabling system TLS certificates with ...") (checked): a certificate the build
    # does not trust fails the same way next time
    ("turbopack-font-tls-hint",
     "Error while requesting resource\n"
     "There was an issue establishing a connection while requesting https://fonts.googleapis.com/css2?family=Karla:wght@200..800&display=swap\n"
     "Hint: It looks like this error was TLS-related. Try enabling system TLS certificates with "
     "NEXT_TURBOPACK_EXPERIMENTAL_USE_SYSTEM_TLS_CERTS=1 as an environment variable, or set "
     "experimental.turbopackUseSystemTlsCerts in your next.config.js file.\n"
     "Error: Turbopack build failed with 1 errors:\nFailed to fetch `Karla` from Google Fonts.\n" + _EXIT),
    # a page fetching the build's own server on localhost while nothing serves it during `next build`
    ("next-prerender-fetch-localhost-refused",
     "   Generating static pages (3/11)\n"
     "TypeError: fetch failed\n"
     "  [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000\n"
     "    code: 'ECONNREFUSED'\n"
     "Error occurred prerendering page \"/products\". Read more: https://nextjs.org/docs/messages/prerender-error\n"
     + _EXIT),
    # esbuild lib/shared/common.ts ("The service was stopped" + reason, "The service is no longer running")
    # (checked): the child went away; a crash, a kill for memory, or a parent that exited early
    ("esbuild-service-stopped",
     "$ vite build\n"
     "vite v5.2.8 building for production...\n"
     "error during build:\n"
     "Error: The service was stopped: write EPIPE\n"
     "    at /home/ci/app/node_modules/esbuild/lib/main.js:1153:34\n" + _EXIT),
    # storybookjs/test-runner ("[test-storybook] It seems that your Storybook instance is not running at:
    # %s. Are you sure it's running?") (stored copies): a server not yet up, or never started by the job
    ("storybook-test-runner-not-running",
     "$ test-storybook --url http://127.0.0.1:6006\n"
     "[test-storybook] It seems that your Storybook instance is not running at: http://127.0.0.1:6006. Are you sure it's running?\n\n"
     "If you're not running Storybook on the default 6006 port or want to run the tests against any custom URL, "
     "you can pass the --url flag like so:\n" + _EXIT),
    # lighthouse NO_FCP ("The page did not paint any content. Please ensure you keep the browser window in the
    # foreground during the load and try again. (NO_FCP)"): a slow host, or a page whose script crashed
    ("lhci-no-fcp",
     "Running Lighthouse 3 time(s) on http://localhost:4173/\nRun #1...failed!\n"
     "Error: Lighthouse failed with exit code 1\n"
     "Runtime error encountered: The page did not paint any content. Please ensure you keep the browser window "
     "in the foreground during the load and try again. (NO_FCP)\n" + _EXIT),
    # lighthouse ERRORED_DOCUMENT_REQUEST with the tested app's own 500
    ("lhci-document-500",
     "Run #1...failed!\nError: Lighthouse failed with exit code 1\n"
     "Runtime error encountered: Lighthouse was unable to reliably load the page you requested. Make sure you "
     "are testing the correct URL and that the server is properly responding to all requests. (Status code: 500)\n"
     + _EXIT),
    # LHCI collect.js ("WARNING: Timed out waiting for the server to start listening.") (checked)
    ("lhci-server-start-timeout",
     "Started a web server with \"npm run preview\"...\n"
     "WARNING: Timed out waiting for the server to start listening.\n"
     "         Ensure the server prints a pattern that matches /listen|ready/i when it is ready.\n"
     "Running Lighthouse 3 time(s) on http://localhost:4173/\nRun #1...failed!\n"
     "Error: Lighthouse failed with exit code 1\n" + _EXIT),
    # size-limit create-reporter.js ("Total time limit has exceeded") (checked): the time is measured on the
    # runner, so a slow host can push it over as well as a heavier bundle
    ("size-limit-time-limit",
     "  dist/index.js\n"
     "  Total time limit has exceeded\n"
     "  Time limit:   300 ms\n"
     "  Loading time: 160 ms   on slow 3G\n"
     "  Running time: 212 ms   on Snapdragon 410\n"
     "  Total time:   372 ms\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_frontend_monorepo_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_frontend_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Failed to fetch `Inter` from Google Fonts. Failed to fetch font `Inter`: ",
    "There was an issue establishing a connection while requesting ",
    "Inlining of fonts failed. An error has occurred while retrieving ",
    "Daemon process terminated and closed the connection ",
]
