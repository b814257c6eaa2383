"""Fifteenth round, tool sources: game engines and graphics in CI. Unity through game-ci (unity-builder's and
unity-test-runner's scripts, the editor's licensing, its C# compiler and Package Manager), Unreal Engine's
RunUAT/UnrealBuildTool (link, cook, shader workers, PDBCOPY, the derived data cache), Godot's headless export
and GDScript parser, Blender run headless, Vulkan/OpenGL on software drivers (the Vulkan loader, lavapipe,
SwiftShader, llvmpipe, EGL, GLFW), shader compilers (glslangValidator, spirv-val, dxc, naga), wgpu and
three.js rendering headless, image-diff rendering tests, and uploads to itch.io (butler) and Steam (steamcmd).
(Cases already held by test_tool_sources_device_farms_emulators.py (game-ci's activation) and
test_tool_sources_display_data.py (MESA-LOADER, GLX, EGL_NOT_INITIALIZED) are not repeated.)

Each case is a short log written for the test around one message as the tool prints it. The wording was read
from the tools' own source where it is open (the comment above each case names the repository and file):
game-ci/unity-builder (dist/platforms/ubuntu/steps/*.sh, src/model/*.ts), game-ci/unity-test-runner
(dist/platforms/ubuntu/run_tests.sh, src/main.ts), itchio/butler (cmd/push/*.go, mansion/authenticate.go) and
itchio/go-itchio (its "itch.io API error (%d): %s: %s", seen through the index), godotengine/godot
(editor/editor_node.cpp, editor/export/editor_export_platform.cpp, seen through the index), the Vulkan loader
("vkCreateInstance: Found no drivers!", seen through the index). The Unity editor, its licensing client and
Package Manager, Unreal Engine's tools (source for licensees only; UnrealBuildTool's "Failed to produce item"
was seen in public copies through the index), steamcmd and the GPU drivers are closed or not at hand: their
wordings rest on their documentation and their usual output. Hosts, projects and paths are made up; no
project's CI log is copied.

The rules the cases hold:
  * a compile, parse or link error (C# under the editor, UnrealBuildTool, GDScript, shaders), a cook that
    failed on content, an export template or preset the repository's setup lacks, a tool the image lacks
    (PDBCOPY, a Vulkan driver, a display), a licence that is missing, invalid, bound to another machine or
    out of seats, an API key refused, a pixel difference over a test's threshold, a failing test -> real;
  * an outage on the way (Unity's licensing or download servers answering 5xx or timing out, a TLS read that
    broke, a Package Manager registry 5xx, butler's or steamcmd's upload timing out or answered 5xx, a
    rate limit, an export-template download that timed out) -> transient;
  * wordings printed both for an outage and for a lasting cause (a GPU device lost on a shared runner, a
    shader compile worker that crashed, a licensing client that never answered, a derived data cache left
    unreachable, steamcmd's bare "Failed to commit build", a render that differs only on another driver)
    -> not surely transient;
  * near-misses: a game's own tests named for timeouts or networks, a shader file whose name or text says
    "error" or "timeout", and game-ci's own "retrying" lines above a compile error -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"
# game-ci/unity-builder dist/platforms/ubuntu/steps/build.sh ("Build failed, with exit code %d") and src/index.ts
# (core.setFailed "Build failed with exit code %d")
_UNITY_BUILD_FAILED = "Build failed, with exit code 1\n##[error]Build failed with exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Unity: licensing (editor closed: docs)
    # Unity's licensing documentation (docs.unity3d.com/Manual/LicenseTroubleShooting.html): a .ulf activated for
    # another machine; game-ci's activation guide says a ULF is bound to the machine that requested it
    ("unity-ulf-machine-bindings-mismatch", "real",
     "[Licensing::Module] Trying to connect to existing licensing client channel...\n"
     "LICENSE SYSTEM [2026301 10:12:1] Machine bindings don't match\n"
     "[Licensing::Module] Error: License is not valid for this machine (ULF machine binding mismatch)\n"
     "No valid Unity Editor license found. Please activate your license.\n"
     + _UNITY_BUILD_FAILED),
    # Unity's activation answers for a serial out of seats (doc: support.unity.com "number of activations
    # exceeded"; the editor relays it in its DisplayDialog line as game-ci's activate.sh shows)
    ("unity-serial-activations-exceeded", "real",
     "Requesting activation\n"
     "Cancelling DisplayDialog: Failed to activate/update license. The number of activations of this serial "
     "number has been exceeded. Please return a seat or contact support@unity3d.com\n"
     "Unclassified error occured while trying to activate license.\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
    ("unity-serial-invalid", "real",
     "Requesting activation\n"
     "Cancelling DisplayDialog: Failed to activate/update license. Serial number is invalid. Please check it "
     "and try again.\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
    # game-ci/unity-builder src/model/build-parameters.ts ("License File was corrupted, unable to locate serial")
    ("game-ci-license-file-corrupted", "real",
     "Run game-ci/unity-builder@v4\n"
     "##[error]License File was corrupted, unable to locate serial\n"),
    # Unity's activation over the network timing out (the editor's "Timeout occured while trying to update
    # license", as game-ci users report it; closed: docs/usual output)
    ("unity-activation-timeout-occured", "transient",
     "Requesting activation\n"
     "Cancelling DisplayDialog: Failed to activate/update license. Timeout occured while trying to update "
     "license. Please try again later or contact support@unity3d.com\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
    # the licensing client's answer from Unity's licence servers: a 5xx (closed: docs, usual output)
    ("unity-licensing-client-activation-503", "transient",
     "[Licensing::Client] Successfully resolved entitlement details\n"
     "[Licensing::Client] Error: Failed to activate license: Request to https://activation.unity3d.com/license.fcgi "
     "failed with status code 503 (Service Unavailable)\n"
     "No valid Unity Editor license found. Please activate your license.\n"
     + _UNITY_BUILD_FAILED),
    ("unity-return-license-502", "transient",
     "###########################\n"
     "#     Return License      #\n"
     "###########################\n"
     "[Licensing::Client] Error: Failed to return license: Request to https://license.unity3d.com/api/return "
     "failed with status code 502 (Bad Gateway)\n"
     + _EXIT),
    # game-ci/unity-builder dist/platforms/ubuntu/steps/activate.sh (UNITY_LICENSING_SERVER: Unity.Licensing.Client
    # --acquire-floating) against a floating licence server that did not answer (Unity's Licensing Server docs)
    ("unity-floating-license-server-timed-out", "transient",
     "Adding licensing server config\n"
     "Acquiring floating license from http://unity-lic.build.example.internal:8080\n"
     "Error: Failed to acquire floating license: The request to the licensing server timed out after 30 seconds\n"
     "Unclassified error occured while trying to activate license.\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
    # Unity's web requests through UnityTLS (the editor's "Curl error 56: Receiving data failed with unitytls
    # error code 1048578"): a connection that broke during a download
    ("unity-curl-error-56-unitytls", "transient",
     "[Package Manager] Resolving packages...\n"
     "Curl error 56: Receiving data failed with unitytls error code 1048578\n"
     "An error occurred while resolving packages:\n"
     "  Project has invalid dependencies:\n"
     "    com.example.netcode: Request [GET https://packages.unity.com/com.example.netcode] failed: Curl error 56\n"
     + _UNITY_BUILD_FAILED),
    # Unity Package Manager's resolution errors (docs.unity3d.com/Manual/upm-errors.html): a registry's 5xx
    ("unity-upm-registry-504", "transient",
     "[Package Manager] Resolving packages...\n"
     "An error occurred while resolving packages:\n"
     "  Project has invalid dependencies:\n"
     "    com.example.ui-toolkit: Request [GET https://npm.example-games.net/com.example.ui-toolkit] failed with "
     "status code [504]\n"
     + _UNITY_BUILD_FAILED),
    # same page: a version the registry does not have (a manifest pinned to a version never published)
    ("unity-upm-package-cannot-be-found", "real",
     "[Package Manager] Resolving packages...\n"
     "An error occurred while resolving packages:\n"
     "  Project has invalid dependencies:\n"
     "    com.unity.inputsystem: Package [com.unity.inputsystem@9.9.9] cannot be found\n"
     + _UNITY_BUILD_FAILED),
    # game-ci/unity-builder src/model/platform-setup/setup-mac.ts ("There was an error installing the Unity
    # Editor. See logs above for details.") after Unity Hub's download of the editor got a 5xx
    ("unity-hub-editor-download-503", "transient",
     "Installing Unity Editor 2022.3.21f1 (changeset a1b2c3d4e5f6) with Unity Hub\n"
     "[Unity Hub] Error: download failed: Request failed with status code 503: https://download.unity3d.com/"
     "download_unity/a1b2c3d4e5f6/MacEditorInstaller/Unity-2022.3.21f1.pkg\n"
     "##[error]There was an error installing the Unity Editor. See logs above for details.\n"),
    # ------------------------------------------------------------------ Unity: the project's own failures
    # the C# compiler's CS0246 under the editor (learn.microsoft.com/dotnet/csharp/misc/cs0246), then Unity's
    # "Scripts have compiler errors." and game-ci's build.sh line
    ("unity-cs0246-type-not-found", "real",
     "Assets/Scripts/Net/SaveClient.cs(3,7): error CS0246: The type or namespace name 'Newtonsoft' could not be "
     "found (are you missing a using directive or an assembly reference?)\n"
     "Scripts have compiler errors.\n"
     "Exiting without the bug reporter. Application will terminate with return code 1\n"
     + _UNITY_BUILD_FAILED),
    # game-ci/unity-builder src/model/unity-versioning.ts ("Project settings file not found at %s. Have you
    # correctly set the projectPath?")
    ("game-ci-project-settings-not-found", "real",
     "Run game-ci/unity-builder@v4\n"
     "##[error]Project settings file not found at \"game/ProjectSettings/ProjectVersion.txt\". Have you "
     "correctly set the projectPath?\n"),
    # game-ci/unity-builder src/model/image-tag.ts ("Windows-based builds are only supported on 2019.3.X+ ...")
    ("game-ci-windows-il2cpp-old-editor", "real",
     "##[error]Windows-based builds are only supported on 2019.3.X+ versions of Unity.\n"
     "                             If you are trying to build for windows-mono, please use a Linux based OS.\n"),
    # game-ci/unity-builder src/model/versioning.ts ("Branch is dirty. Refusing to base semantic version on
    # uncommitted changes")
    ("game-ci-branch-is-dirty", "real",
     "Versioning strategy: Semantic\n"
     "##[error]Branch is dirty. Refusing to base semantic version on uncommitted changes\n"),
    # game-ci/unity-test-runner dist/platforms/ubuntu/run_tests.sh ("Run succeeded, some tests failed") and
    # src/main.ts ("Test(s) Failed! Check '%s' for details.")
    ("unity-test-runner-tests-failed", "real",
     "###########################\n"
     "#   Testing in EditMode  #\n"
     "###########################\n"
     "Run succeeded, some tests failed\n"
     "##[error]Test(s) Failed! Check 'Test Results' for details.\n"),
    # near-miss: a game's own NUnit test named for timeouts, failing on an assertion
    ("unity-test-named-for-connection-timeout", "real",
     "Test Failed: Game.Tests.LobbyClientTests.Join_WhenServerTimesOut_ShowsRetryDialog\n"
     "  Expected: True\n"
     "  But was:  False\n"
     "  at Game.Tests.LobbyClientTests.Join_WhenServerTimesOut_ShowsRetryDialog () [0x00021] in "
     "Assets/Tests/LobbyClientTests.cs:58\n"
     "Run succeeded, some tests failed\n"
     "##[error]Test(s) Failed! Check 'PlayMode Test Results' for details.\n"),
    # near-miss: game-ci's own activation retry lines, then the build failing on the code
    ("unity-activation-retried-then-compile-error", "real",
     "##[warning]Activation failed, attempting retry #1\n"
     "Activation failed, retrying in 15 seconds...\n"
     "Activation successful\n"
     "Assets/Scripts/Player/Inventory.cs(88,21): error CS1061: 'ItemSlot' does not contain a definition for "
     "'Count' and no accessible extension method 'Count' accepting a first argument of type 'ItemSlot' could "
     "be found\n"
     "Scripts have compiler errors.\n"
     + _UNITY_BUILD_FAILED),
    # ------------------------------------------------------------------ Unreal Engine (tools for licensees: docs)
    # UnrealBuildTool's ActionGraph ("UBT ERROR: Failed to produce item: %s", public copies seen through the
    # index) and AutomationTool's exit line
    ("ubt-failed-to-produce-item", "real",
     "[412/415] Link UnrealEditor-ShooterGame.dll\n"
     "   Creating library D:\\b\\Intermediate\\Build\\Win64\\UnrealEditor-ShooterGame.lib\n"
     "ShooterCharacter.cpp.obj : error LNK2019: unresolved external symbol \"public: void __cdecl "
     "UInventoryComponent::AddItem(class UItem *)\" referenced in function \"public: virtual void __cdecl "
     "AShooterCharacter::BeginPlay(void)\"\n"
     "ERROR: UBT ERROR: Failed to produce item: D:\\b\\Binaries\\Win64\\UnrealEditor-ShooterGame.dll\n"
     "AutomationTool exiting with ExitCode=6 (6)\n"
     "BUILD FAILED\n"),
    # a C++ compile error under UBT (MSVC's C2065) and RunUAT's exit line
    ("ubt-msvc-compile-error", "real",
     "[37/120] Compile Module.ShooterGame.3.cpp\n"
     "D:\\b\\Source\\ShooterGame\\Weapons\\Rifle.cpp(142): error C2065: 'AmmoPerClip': undeclared identifier\n"
     "Result: Failed (OtherCompilationError)\n"
     "Took 184.2s to run UnrealBuildTool.exe, ExitCode=6\n"
     "AutomationTool exiting with ExitCode=6 (6)\n"
     "BUILD FAILED\n"),
    # the cook commandlet's LogCook errors (docs: dev.epicgames.com "Cooking content") and AutomationTool's
    # ExitCode name for a cook failure
    ("uat-cook-failure-logcook-error", "real",
     "LogCook: Display: Cooking /Game/Maps/Arena_01\n"
     "LogCook: Error: Package /Game/Maps/Arena_01 references missing asset /Game/Props/Crate_Old\n"
     "LogInit: Display: Failure - 1 error(s), 12 warning(s)\n"
     "Took 412.7s to run UnrealEditor-Cmd.exe, ExitCode=1\n"
     "ERROR: Cook failed.\n"
     "AutomationTool exiting with ExitCode=25 (Error_UnknownCookFailure)\n"
     "BUILD FAILED\n"),
    # AutomationTool's symbol stripping on a Windows image without the Debugging Tools (docs)
    ("uat-pdbcopy-not-installed", "real",
     "Stripping symbols: D:\\b\\Binaries\\Win64\\ShooterGame.pdb\n"
     "ERROR: Unable to find installation of PDBCOPY.EXE, which is required to strip symbols. This tool is "
     "included as part of the 'Windows Debugging Tools' component of the Windows 10 SDK "
     "(https://developer.microsoft.com/en-us/windows/downloads/windows-10-sdk).\n"
     "AutomationTool exiting with ExitCode=1 (Error_Unknown)\n"
     "BUILD FAILED\n"),
    # a shader that does not compile (the project's .usf), reported by the shader compiler (docs)
    ("unreal-shader-compile-error-usf", "real",
     "LogShaderCompilers: Display: Compiling shader autogen file: D:\\b\\Saved\\ShaderAutogen\\PCD3D_SM6\\"
     "AutogenShaderHeaders.ush\n"
     "LogShaderCompilers: Error: /Project/Private/WaterRipple.usf(44:17): Shader FWaterRipplePS, Permutation "
     "0, VF None: error X3004: undeclared identifier 'RippleStrengh'\n"
     "LogShaderCompilers: Error: Errors compiling global shader FWaterRipplePS\n"
     "AutomationTool exiting with ExitCode=25 (Error_UnknownCookFailure)\n"
     "BUILD FAILED\n"),
    # ------------------------------------------------------------------ Godot
    # godotengine/godot editor/export/editor_export_platform.cpp ("No export template found at the expected
    # path:") and editor/editor_node.cpp ("Cannot export project with preset \"%s\" due to configuration
    # errors:", "Project export for preset \"%s\" failed.")
    ("godot-no-export-template", "real",
     "Godot Engine v4.2.2.stable.official.15073afe3 - https://godotengine.org\n"
     "ERROR: Cannot export project with preset \"Web\" due to configuration errors:\n"
     "No export template found at the expected path:\n"
     "/root/.local/share/godot/export_templates/4.2.2.stable/web_nothreads_release.zip\n"
     "   at: _fs_changed (editor/editor_node.cpp:1020)\n"
     "ERROR: Project export for preset \"Web\" failed.\n"
     "   at: _fs_changed (editor/editor_node.cpp:1035)\n"
     + _EXIT),
    # editor/editor_node.cpp ("Invalid export preset name: %s. Make sure `export_presets.cfg` is present in the
    # current directory.")
    ("godot-invalid-export-preset-name", "real",
     "Godot Engine v4.1.3.stable.official.f06b6836a - https://godotengine.org\n"
     "ERROR: Invalid export preset name: Windows. Make sure `export_presets.cfg` is present in the current "
     "directory.\n"
     "   at: _fs_changed (editor/editor_node.cpp:967)\n"
     + _EXIT),
    # modules/gdscript (GDScript's "Parse Error: %s" as SCRIPT ERROR, then the loader's "Failed to load script")
    ("godot-gdscript-parse-error", "real",
     "Godot Engine v4.2.2.stable.official.15073afe3 - https://godotengine.org\n"
     "SCRIPT ERROR: Parse Error: Identifier \"jump_velocty\" not declared in the current scope.\n"
     "          at: GDScript::reload (res://player/player.gd:41)\n"
     "ERROR: Failed to load script \"res://player/player.gd\" with error \"Parse error\".\n"
     "   at: load (modules/gdscript/gdscript.cpp:2936)\n"
     + _EXIT),
    # near-miss: a GUT test of the game's own HTTP code, named for a timeout, failing on its assertion
    ("godot-gut-test-named-for-timeout", "real",
     "res://test/unit/test_leaderboard_client.gd\n"
     "- test_request_times_out_after_ten_seconds\n"
     "    [Failed]:  [false] expected to equal [true]:  timeout flag should be set\n"
     "          at line 37\n"
     "Totals\n"
     "Scripts:          4\n"
     "Tests:            31\n"
     "  Passing:        30\n"
     "  Failing:        1\n"
     + _EXIT),
    # a CI step that downloads Godot's export templates (.tpz from the release host) and timed out
    ("godot-export-templates-download-timeout", "transient",
     "+ wget -q https://downloads.example-mirror.org/godot/4.2.2/Godot_v4.2.2-stable_export_templates.tpz\n"
     "wget: download timed out\n"
     + _EXIT),
    ("godot-export-templates-download-503", "transient",
     "Downloading export templates for Godot 4.2.2-stable\n"
     "curl: (22) The requested URL returned error: 503\n"
     "##[error]Failed to download Godot export templates\n"
     + _EXIT),
    # ------------------------------------------------------------------ Blender headless
    # Blender's Python errors under --background --python-exit-code (docs.blender.org/manual/en/latest/advanced/
    # command_line/arguments.html), a Traceback in the project's script
    ("blender-bpy-script-attribute-error", "real",
     "Blender 4.1.1 (hash e1743a0317bc built 2024-04-15 23:47:45)\n"
     "Read prefs: \"/root/.config/blender/4.1/config/userpref.blend\"\n"
     "Traceback (most recent call last):\n"
     "  File \"/src/tools/export_assets.py\", line 27, in <module>\n"
     "    mesh = bpy.data.objects[\"Hero\"].data\n"
     "KeyError: 'bpy_prop_collection[key]: key \"Hero\" not found'\n"
     "\n"
     "Blender quit\n"
     + _EXIT),
    ("blender-cannot-read-file", "real",
     "Blender 4.1.1 (hash e1743a0317bc built 2024-04-15 23:47:45)\n"
     "Error: Cannot read file \"/src/art/levels/level_03.blend\": No such file or directory\n"
     "\n"
     "Blender quit\n"
     + _EXIT),
    # ------------------------------------------------------------------ Vulkan / OpenGL headless
    # the Vulkan loader ("vkCreateInstance: Found no drivers!"), then the application's VK_ERROR_INCOMPATIBLE_DRIVER:
    # no ICD (lavapipe, SwiftShader) in the image
    ("vulkan-loader-found-no-drivers", "real",
     "[ RUN      ] Renderer.ClearsToBlack\n"
     "ERROR: [Loader Message] Code 0 : vkCreateInstance: Found no drivers!\n"
     "Failed to create Vulkan instance: VK_ERROR_INCOMPATIBLE_DRIVER\n"
     "[  FAILED  ] Renderer.ClearsToBlack (3 ms)\n"
     + _EXIT),
    # GLFW's glfwCreateWindow returning NULL with no display on the runner ("X11: The DISPLAY environment
    # variable is missing", glfw src/x11_init.c)
    ("glfw-create-window-no-display", "real",
     "GLFW error 65550: X11: The DISPLAY environment variable is missing\n"
     "glfwCreateWindow failed\n"
     "terminate called after throwing an instance of 'std::runtime_error'\n"
     "  what():  failed to create window\n"
     "Aborted (core dumped)\n"
     + _CIRCLE),
    # near-miss: lavapipe's conformance warning on every run (mesa src/gallium/frontends/lavapipe/lvp_device.c),
    # then a render test failing on its pixels
    ("lavapipe-warning-then-pixel-assertion", "real",
     "WARNING: lavapipe is not a conformant vulkan implementation, testing use only.\n"
     "[ RUN      ] Pipeline.BlendsAlpha\n"
     "tests/pipeline_test.cpp:88: Failure\n"
     "Expected equality of these values:\n"
     "  pixel(10, 10)\n"
     "    Which is: 0xff7f7f7f\n"
     "  0xff808080\n"
     "[  FAILED  ] Pipeline.BlendsAlpha (41 ms)\n"
     + _EXIT),
    # wgpu's adapter request coming back empty (wgpu examples "Failed to find an appropriate adapter") on a runner
    # with no GPU and no software driver installed
    ("wgpu-no-appropriate-adapter", "real",
     "running 1 test\n"
     "thread 'render::tests::draws_triangle' panicked at src/render/tests.rs:19:10:\n"
     "Failed to find an appropriate adapter\n"
     "test render::tests::draws_triangle ... FAILED\n"
     "test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.04s\n"
     "error: test failed, to rerun pass `--lib`\n"
     + _EXIT),
    # wgpu-core's validation error ("Validation Error ... Caused by: In Device::create_shader_module"): the
    # project's WGSL
    ("wgpu-validation-error-shader-module", "real",
     "thread 'main' panicked at wgpu-0.19.3/src/backend/wgpu_core.rs:3006:5:\n"
     "wgpu error: Validation Error\n"
     "\n"
     "Caused by:\n"
     "    In Device::create_shader_module\n"
     "\n"
     "Shader 'sprite' parsing error: no definition in scope for identifier: 'tex_coords'\n"
     + _EXIT),
    # ------------------------------------------------------------------ shader compilers
    # KhronosGroup/glslang StandAlone ("ERROR: %d compilation errors.  No code generated."); near-miss: the
    # shader's file name says "timeout"
    ("glslang-compilation-errors-no-code", "real",
     "+ glslangValidator -V shaders/net_timeout_overlay.frag -o build/net_timeout_overlay.spv\n"
     "shaders/net_timeout_overlay.frag\n"
     "ERROR: shaders/net_timeout_overlay.frag:14: 'texture2D' : no matching overloaded function found\n"
     "ERROR: shaders/net_timeout_overlay.frag:14: '=' :  cannot convert from ' const float' to ' temp "
     "highp 4-component vector of float'\n"
     "ERROR: 2 compilation errors.  No code generated.\n"
     + _EXIT),
    # KhronosGroup/SPIRV-Tools spirv-val ("error: line %d: ...")
    ("spirv-val-id-not-defined", "real",
     "+ spirv-val build/shaders/terrain.vert.spv\n"
     "error: line 112: ID '57[%57]' has not been defined\n"
     "  %58 = OpLoad %v4float %57\n"
     + _EXIT),
    # microsoft/DirectXShaderCompiler (clang-style "file:line:col: error: ...")
    ("dxc-undeclared-identifier", "real",
     "+ dxc -T ps_6_0 -E main shaders/error_overlay.hlsl -Fo build/error_overlay.cso\n"
     "shaders/error_overlay.hlsl:21:12: error: use of undeclared identifier 'g_Tint'\n"
     "    return g_Tint * color;\n"
     "           ^\n"
     + _EXIT),
    # gfx-rs/naga's CLI (codespan "error: ..." over the WGSL source)
    ("naga-wgsl-parse-error", "real",
     "+ naga shaders/postfx.wgsl\n"
     "error: expected ';', found '}'\n"
     "   ┌─ shaders/postfx.wgsl:31:1\n"
     "   │\n"
     "31 │ }\n"
     "   │ ^ expected ';'\n"
     "\n"
     "Could not parse WGSL\n"
     + _EXIT),
    # near-miss: a shader whose SOURCE says "error" (an error colour) passing, then a failing unit test
    ("shader-source-says-error-then-test-fails", "real",
     "+ glslangValidator -V shaders/debug_error_color.frag -o build/debug_error_color.spv\n"
     "shaders/debug_error_color.frag\n"
     "--- FAIL: TestAtlasPacking (0.01s)\n"
     "    atlas_test.go:44: packed 31 sprites, want 32\n"
     "FAIL\n"
     "FAIL\texample.org/engine/atlas\t0.022s\n"
     + _EXIT),
    # ------------------------------------------------------------------ rendering tests / image diffs
    # americanexpress/jest-image-snapshot ("Expected image to match or be a close match to snapshot but was %s%
    # different from snapshot (%d differing pixels).")
    ("jest-image-snapshot-differing-pixels", "real",
     "  ● scene renders the lit cube\n"
     "\n"
     "    Expected image to match or be a close match to snapshot but was 2.31% different from snapshot "
     "(18921 differing pixels).\n"
     "    See diff for details: /src/test/__image_snapshots__/__diff_output__/lit-cube-diff.png\n"
     "\n"
     "Tests:       1 failed, 23 passed, 24 total\n"
     + _EXIT),
    # three.js's e2e puppeteer check (test/e2e/puppeteer.js: "Diff %s in file: %s") over its threshold
    ("threejs-e2e-screenshot-diff", "real",
     "Running 412 examples\n"
     "Diff 1.4% in file: webgl_materials_physical_clearcoat\n"
     "Failed 1 from 412 screenshots!\n"
     "npm ERR! Lifecycle script `test-e2e` failed with error:\n"
     + _EXIT),
    # ------------------------------------------------------------------ itch.io butler
    # itchio/butler cmd/push/push.go ("creating build on remote server") over go-itchio's "itch.io API error
    # (%d): %s: %s": a key the API refuses
    ("butler-push-invalid-key", "real",
     "+ butler push build/web example-studio/orbit-racer:html5 --userversion 1.4.2\n"
     "creating build on remote server: itch.io API error (403): /wharf/builds: invalid key\n"
     + _EXIT),
    # itchio/butler mansion/authenticate.go ("Please set %s to your API key ..." and "No credentials and stdin
    # is not a terminal - terminating.")
    ("butler-no-credentials-on-ci", "real",
     "+ butler push build/win example-studio/orbit-racer:windows\n"
     " ~~~ \n"
     "It looks like you're running butler on a CI server.\n"
     "It's strongly recommended to pass credentials via the BUTLER_API_KEY environment variable.\n"
     "See https://itch.io/docs/butler/login.html for more info.\n"
     " ~~~ \n"
     "Please set BUTLER_API_KEY to your API key, see https://itch.io/docs/butler/login.html for more info.\n"
     "No credentials and stdin is not a terminal - terminating.\n"
     + _EXIT),
    # go-itchio's API error text for an account that has to verify its e-mail (a 400 the account holds)
    ("butler-verify-email-400", "real",
     "+ butler push dist/linux example-studio/orbit-racer:linux\n"
     "creating build on remote server: itch.io API error (400): /wharf/builds: you must verify your account's "
     "email address before you can upload\n"
     + _EXIT),
    # itchio/butler cmd/push/push.go ("creating build on remote server") over a 5xx from itch.io's API
    ("butler-push-api-503", "transient",
     "+ butler push build/web example-studio/orbit-racer:html5\n"
     "creating build on remote server: itch.io API error (503): /wharf/builds: Service Unavailable\n"
     + _EXIT),
    # itchio/butler cmd/push/create_files.go ("while creating resumable upload session, got HTTP %d")
    ("butler-resumable-session-http-502", "transient",
     "+ butler push build/mac example-studio/orbit-racer:osx\n"
     "∙ For channel `osx`: last build is 88412, downloading its signature\n"
     "∙ Pushing 412.3 MiB (1893 files, 211 dirs, 0 symlinks)\n"
     "creating remote patch and signature files: while creating resumable upload session, got HTTP 502\n"
     + _EXIT),
    ("butler-upload-io-timeout", "transient",
     "+ butler push build/win example-studio/orbit-racer:windows\n"
     "∙ Pushing 980.1 MiB (4012 files, 377 dirs, 0 symlinks)\n"
     "creating remote patch and signature files: creating resumable upload session: Post "
     "\"https://uploads.example-storage.net/upload/resumable\": dial tcp 203.0.113.17:443: i/o timeout\n"
     + _EXIT),
    # butler's own installer endpoint (itch.io docs: broth.itch.ovh) answering 5xx to a CI install step
    ("butler-broth-download-502", "transient",
     "+ curl -fL -o butler.zip https://broth.example-itch.net/butler/linux-amd64/LATEST/archive/default\n"
     "curl: (22) The requested URL returned error: 502\n"
     + _EXIT),
    # ------------------------------------------------------------------ Steam (steamcmd closed: docs)
    # steamcmd's login answers (partner.steamgames.com/doc/sdk/uploading; game-ci/steam-deploy's notes)
    ("steamcmd-login-invalid-password", "real",
     "Logging in user 'ci_builder' to Steam Public...\n"
     "FAILED (Invalid Password)\n"
     + _EXIT),
    ("steamcmd-login-rate-limit-exceeded", "transient",
     "Logging in user 'ci_builder' to Steam Public...\n"
     "FAILED (Rate Limit Exceeded)\n"
     + _EXIT),
    ("steamcmd-timeout-uploading-manifest", "transient",
     "Building depot 1234561...\n"
     "Uploading content to depot 1234561...\n"
     "ERROR! Timeout uploading manifest (size 1048213)\n"
     "Failed to upload depot 1234561\n"
     + _EXIT),
    # ------------------------------------------------------------------ near-misses for this round's entries
    # a C# test ABOUT Unity's licensing answer (the project's own licence-check tool), failing on its assertion
    ("unity-test-about-licensing-503-text", "real",
     "Test Failed: Tools.Tests.LicenseCheckTests.Parses_ServerError\n"
     "  Expected string containing \"status code 503\" but was \"[Licensing::Client] Error: Failed to activate "
     "license: timed out\"\n"
     "  at Tools.Tests.LicenseCheckTests.Parses_ServerError () in Assets/Tests/LicenseCheckTests.cs:31\n"
     "Run succeeded, some tests failed\n"
     "##[error]Test(s) Failed! Check 'Test Results' for details.\n"),
    # a Package Manager registry 5xx that resolved on its own retry, then the build failing on the code
    ("unity-upm-504-then-compile-error", "real",
     "An error occurred while resolving packages:\n"
     "    com.example.netcode: Request [GET https://npm.example-games.net/com.example.netcode] failed with "
     "status code [504]\n"
     "[Package Manager] Done resolving packages in 41.20 seconds\n"
     "Assets/Scripts/Net/Lobby.cs(12,9): error CS0103: The name 'matchmaker' does not exist in the current "
     "context\n"
     "Scripts have compiler errors.\n"
     + _UNITY_BUILD_FAILED),
    # a pytest test of the project's own Steam upload script, named for a rate limit, failing on its assertion
    ("pytest-steam-rate-limit-test-fails", "real",
     "tests/test_steam_upload.py::test_login_rate_limit_exceeded_is_retried FAILED\n"
     "E       AssertionError: assert 1 == 3\n"
     "E        +  where 1 = <MagicMock name='steamcmd.run' id='140'>.call_count\n"
     "FAILED tests/test_steam_upload.py::test_login_rate_limit_exceeded_is_retried - AssertionError: assert 1 == 3\n"
     "========================= 1 failed, 17 passed in 0.61s =========================\n"
     + _EXIT),
    # butler's push answered 503 AFTER a failing test run in the same job (the tests failed first)
    ("godot-gut-fails-then-butler-503", "real",
     "- test_score_saves_on_quit\n"
     "    [Failed]:  [0] expected to equal [120]:  score after reload\n"
     "  Failing:        1\n"
     "+ butler push build/web example-studio/orbit-racer:html5\n"
     "creating build on remote server: itch.io API error (503): /wharf/builds: Service Unavailable\n"
     + _EXIT),
    # steamcmd's Steam Guard code that does not match (a code for another login, or typed wrong): the secrets
    ("steamcmd-two-factor-mismatch", "real",
     "Logging in user 'ci_builder' to Steam Public...\n"
     "FAILED (Two-factor code mismatch)\n"
     + _EXIT),
    # the machine-binding line alone, without the editor's closing licence line
    ("unity-machine-bindings-alone", "real",
     "[Licensing::Module] Loading license file /root/.local/share/unity3d/Unity/Unity_lic.ulf\n"
     "LICENSE SYSTEM [2026301 9:1:2] Machine bindings don't match\n"
     "Exiting without the bug reporter. Application will terminate with return code 1\n"),
]

# Printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # VK_ERROR_DEVICE_LOST (Vulkan spec: the device may be lost for a driver hang or for the application's own
    # out-of-bounds access or endless shader loop): a shared runner's GPU as often as the code
    ("vulkan-device-lost-on-runner",
     "[ RUN      ] Compute.PrefixSum1M\n"
     "vkQueueSubmit failed: VK_ERROR_DEVICE_LOST\n"
     "[  FAILED  ] Compute.PrefixSum1M (2013 ms)\n"
     + _EXIT),
    # wgpu's "Parent device is lost" after a device loss (the same two causes)
    ("wgpu-parent-device-lost",
     "thread 'gpu::tests::large_dispatch' panicked at src/gpu/tests.rs:77:14:\n"
     "called `Result::unwrap()` on an `Err` value: Device(Lost)\n"
     "wgpu error: Validation Error\n"
     "Caused by:\n"
     "    Parent device is lost\n"
     "test gpu::tests::large_dispatch ... FAILED\n"
     + _EXIT),
    # Unreal's ShaderCompileWorker crashing (a worker killed for memory on a small runner, or a shader that
    # crashes the compiler every time) (docs)
    ("unreal-shader-compile-worker-crashed",
     "LogShaderCompilers: Warning: ShaderCompileWorker terminated unexpectedly, return code -1073741819! "
     "Falling back to directly compiling which will be very slow.\n"
     "LogShaderCompilers: Error: ShaderCompileWorker crashed!\n"
     "AutomationTool exiting with ExitCode=25 (Error_UnknownCookFailure)\n"
     "BUILD FAILED\n"),
    # the derived data cache: a shared DDC the job could not reach (a share down, or a path misconfigured)
    ("unreal-shared-ddc-unavailable",
     "LogDerivedDataCache: Warning: Shared data cache path not found in *engine.ini, will only use local cache.\n"
     "LogDerivedDataCache: Error: Unable to use default cache graph 'InstalledDerivedDataBackendGraph' because "
     "there are no writable nodes available.\n"
     "AutomationTool exiting with ExitCode=1 (Error_Unknown)\n"
     "BUILD FAILED\n"),
    # Unity's licensing client that never answered its channel (a client that did not start in the container,
    # or an install without its licensing client)
    ("unity-licensing-channel-timed-out",
     "[Licensing::Module] Trying to connect to existing licensing client channel...\n"
     "[Licensing::Module] Timed-out after 60.00s, waiting for channel: \"LicenseClient-runner\"\n"
     "[Licensing::Module] Error: Failed to connect to local licensing client\n"
     "No valid Unity Editor license found. Please activate your license.\n"
     + _UNITY_BUILD_FAILED),
    # steamcmd's bare commit failure (a depot or branch set wrong, or Steam's back end failing) (docs)
    ("steamcmd-failed-to-commit-build",
     "Uploading content to depot 1234561...\n"
     "Successfully finished AppID 1234560 build (BuildID 14412113).\n"
     "ERROR! Failed to commit build for AppID 1234560 : Failure\n"
     + _EXIT),
    # a render that differs only on another driver (lavapipe/llvmpipe vs a GPU the references were made on):
    # the driver, not the code, yet the same on every run of that image
    ("render-diff-driver-variance",
     "Renderer: llvmpipe (LLVM 15.0.7, 256 bits)\n"
     "reference images were produced on: NVIDIA GeForce RTX 3070/PCIe/SSE2\n"
     "FAIL shadows_pcf: 0.41% pixels differ (threshold 0.25%)\n"
     "1 of 48 image comparisons failed\n"
     + _EXIT),
    # game-ci's activate.sh five retries over Unity's answers that a rerun may or may not clear (a licence
    # server down, or credentials refused) with a 5xx named
    ("unity-failed-activate-license-after-retries-5xx",
     "##[warning]Activation failed, attempting retry #5\n"
     "Activation failed, retrying in 240 seconds...\n"
     "Activation failed after 5 retries\n"
     "[Licensing::Client] Error: Code 500 while processing request\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_game_graphics_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_game_graphics_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "Machine bindings don't match ",
    "UBT ERROR: Failed to produce item: ",
    "No export template found at the expected path: ",
    "itch.io API error (503): ",
    "Timeout occured while trying to update license. ",
]
