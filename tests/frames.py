"""The CI job frames and pip lines the review test tables wrap their made-up logs in.

A frame is what a CI system prints around a job's own lines: its head (runner, checkout, the step that runs), and its
end (the step's exit, the job's status). Each test module keeps its own made-up names (hosts, runners, repositories)
in the heads it gives these builders once; what the modules' copies shared (how the lines are put together, the
default ends, GitHub's time stamps, the blocks a job shows only once it ran) lives here. A frame called gives the log
as one string; its ``lines`` gives the list.

``Frame`` serves GitHub Actions, Jenkins, Buildkite (its head, then ``BK_EXIT``; a raw log's time escapes are a
``BuildkiteClock``), Drone (the clone's commands, then ``DRONE_EXIT``) and any system that prints a head, the lines and
an end; ``GitLab`` the runner's stages; ``Travis``, ``Azure`` and ``Circle`` the systems that print the command or task
a job runs, ``Tekton`` its prefix on every line. ``gh_step`` is a GitHub Actions step as its page copies it (the step's
group, a newline at the end), ``gha_stamped`` a log as GitHub's raw download prints it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

J = "\n".join

GH_EXIT = "##[error]Process completed with exit code 1."
GL_CLEANUP = "Cleaning up project directory and file based variables"
GL_EXIT = "ERROR: Job failed: exit code 1"
AZ_EXIT = "##[error]Bash exited with code '1'."
BK_EXIT = "🚨 Error: The command exited with status 1"
CIRCLE_EXIT = "Exited with code exit status 1"
DRONE_EXIT = "exit status 1"


@dataclass(frozen=True)
class Clock:
    """GitHub Actions' time stamps on a downloaded log's lines, ``{hour}:MM:SS.fffffffZ ``: a line a second from
    minute ``minute`` of ``hour`` (a date and an hour, "2026-12-06T07"), the fraction from ``fraction`` up by ``step``
    a line."""

    hour: str
    minute: int
    fraction: int
    step: int

    def stamp(self, lines: Sequence[str]) -> list[str]:
        return [f"{self.hour}:{self.minute + i // 60:02d}:{i % 60:02d}.{self.fraction + i * self.step:07d}Z {ln}"
                for i, ln in enumerate(lines)]

    def stamp_log(self, lines: Sequence[str], tail: Sequence[str]) -> list[str]:
        """A job's lines, then its end, one clock running on."""
        return self.stamp([*lines, *tail])


@dataclass(frozen=True)
class BuildkiteClock:
    """Buildkite's time escape in front of a raw log's lines, "ESC _bk;t=<ms> BEL": the milliseconds are ``epoch``
    (their first digits, "17334") then the line's number in eight digits; a job's end (``stamp_log``'s tail) is at the
    epoch's last millisecond (eight nines)."""

    epoch: str

    def stamp(self, lines: Sequence[str]) -> list[str]:
        return [f"\x1b_bk;t={self.epoch}{i:08d}\x07{ln}" for i, ln in enumerate(lines)]

    def stamp_log(self, lines: Sequence[str], tail: Sequence[str]) -> list[str]:
        return [*self.stamp(lines), *(f"\x1b_bk;t={self.epoch}99999999\x07{ln}" for ln in tail)]


@dataclass(frozen=True)
class Frame:
    """``head``, ``node`` (Jenkins' "Running on" to the stage's step: a call with node=False is a build that never got
    an agent), the job's lines, then the call's ``tail`` or else this one (None: every call names its own); each line
    under ``clock``'s time stamp where there is one (``Clock``: GitHub's; ``BuildkiteClock``: Buildkite's, the end at
    its last millisecond)."""

    head: Sequence[str]
    tail: Sequence[str] | None = None
    node: Sequence[str] = ()
    clock: Clock | BuildkiteClock | None = None

    def lines(self, lines: Sequence[str], tail: Sequence[str] | None = None, *, node: bool = True) -> list[str]:
        end = tail if tail is not None else self.tail
        if end is None:
            raise TypeError("this frame has no tail of its own: the call names one")
        body = [*self.head, *(self.node if node else ()), *lines]
        return self.clock.stamp_log(body, end) if self.clock is not None else [*body, *end]

    def __call__(self, lines: Sequence[str], tail: Sequence[str] | None = None, *, node: bool = True) -> str:
        return J(self.lines(lines, tail, node=node))


@dataclass(frozen=True)
class GitLab:
    """GitLab Runner's job log: ``head`` (the runner, its executor), ``script`` (preparing, fetching the sources,
    "Executing "step_script" stage"), the job's lines, ``end`` (the runner's own lines after them: a time-out's
    warning), the clean-up line and the call's status or else ``status``. A call with script=False is a job the runner
    failed before its script ran: the head, the lines and the status."""

    head: Sequence[str]
    status: str = GL_EXIT
    script: Sequence[str] = ()
    end: Sequence[str] = ()

    def lines(self, lines: Sequence[str], status: str | None = None, *, script: bool = True) -> list[str]:
        last = status if status is not None else self.status
        if not script:
            return [*self.head, *lines, last]
        return [*self.head, *self.script, *lines, *self.end, GL_CLEANUP, last]

    def __call__(self, lines: Sequence[str], status: str | None = None, *, script: bool = True) -> str:
        return J(self.lines(lines, status, script=script))


@dataclass(frozen=True)
class Travis:
    """Travis CI's job log: ``head`` (the worker's information, the clone), "$ cmd", the job's lines, then the call's
    ``tail`` or else this one or else Travis' own end for the command (``end``)."""

    head: Sequence[str] = ()
    tail: Sequence[str] | None = None

    @staticmethod
    def end(cmd: str, code: int = 1, *, during: bool = False) -> list[str]:
        """'The command "cmd" exited with N.' and "Done. Your build exited with N."; during=True: the command "failed
        and exited with N during ." and "Your build has been stopped."."""
        if during:
            return ["", f'The command "{cmd}" failed and exited with {code} during .', "",
                    "Your build has been stopped."]
        return ["", f'The command "{cmd}" exited with {code}.', "", f"Done. Your build exited with {code}."]

    def lines(self, cmd: str, lines: Sequence[str], tail: Sequence[str] | None = None, *, code: int = 1,
              during: bool = False) -> list[str]:
        end = tail if tail is not None else self.tail if self.tail is not None else self.end(cmd, code, during=during)
        return [*self.head, f"$ {cmd}", *lines, *end]

    def __call__(self, cmd: str, lines: Sequence[str], tail: Sequence[str] | None = None, *, code: int = 1,
                 during: bool = False) -> str:
        return J(self.lines(cmd, lines, tail, code=code, during=during))


@dataclass(frozen=True)
class Azure:
    """Azure Pipelines' job log: ``head`` (initialising the job, the checkout), "##[section]Starting: task", ``script``
    (the script's contents, "Starting Command Output", the shell's command line), the job's lines, the call's ``tail``
    or else this one, and "##[section]Finishing: task" where ``finish`` (a call's finish= decides for itself: an agent
    lost prints no Finishing line)."""

    head: Sequence[str] = ()
    script: Sequence[str] = ()
    tail: Sequence[str] = (AZ_EXIT,)
    finish: bool = True

    def lines(self, task: str, lines: Sequence[str], tail: Sequence[str] | None = None, *,
              finish: bool | None = None) -> list[str]:
        end = tail if tail is not None else self.tail
        done = [f"##[section]Finishing: {task}"] if (finish if finish is not None else self.finish) else []
        return [*self.head, f"##[section]Starting: {task}", *self.script, *lines, *end, *done]

    def __call__(self, task: str, lines: Sequence[str], tail: Sequence[str] | None = None, *,
                 finish: bool | None = None) -> str:
        return J(self.lines(task, lines, tail, finish=finish))


@dataclass(frozen=True)
class Circle:
    """CircleCI's step: ``head`` (the build agent, the container, the checkout), the step's shell line and its command,
    the job's lines, then the call's ``tail`` or else this one (a blank line and the exit)."""

    head: Sequence[str] = ()
    tail: Sequence[str] = ("", CIRCLE_EXIT)

    def lines(self, cmd: str, lines: Sequence[str], tail: Sequence[str] | None = None) -> list[str]:
        return [*self.head, "#!/bin/bash -eo pipefail", cmd, *lines, *(tail if tail is not None else self.tail)]

    def __call__(self, cmd: str, lines: Sequence[str], tail: Sequence[str] | None = None) -> str:
        return J(self.lines(cmd, lines, tail))


@dataclass(frozen=True)
class Tekton:
    """``tkn pipelinerun logs``: each of the job's lines under "[task : step] ", then the call's ``tail`` or else this
    one or else the step's exit ('"step" exited with code 1')."""

    step: str
    tail: Sequence[str] | None = None

    def lines(self, task: str, lines: Sequence[str], tail: Sequence[str] | None = None) -> list[str]:
        end = (tail if tail is not None else self.tail if self.tail is not None
               else [f'"{self.step}" exited with code 1'])
        return [*(f"[{task} : {self.step}] {ln}" for ln in lines), *end]

    def __call__(self, task: str, lines: Sequence[str], tail: Sequence[str] | None = None) -> str:
        return J(self.lines(task, lines, tail))


def gh_step(cmd: str, lines: Sequence[str], code: int = 1) -> str:
    """A GitHub Actions step as its page copies it: the step's group ("##[group]Run cmd", the command, "##[endgroup]"),
    its lines and the exit line with ``code``, each line ended by a newline."""
    return J([f"##[group]Run {cmd}", cmd, "##[endgroup]", *lines,
              f"##[error]Process completed with exit code {code}."]) + "\n"


def gha_stamped(log: str) -> str:
    """``log`` as GitHub's raw download prints it: each of its lines (the trailing newlines dropped first) under a stamp
    from 2026-05-04T10:00:00.1000000Z on, a second and a ten-millionth of one more a line, and ended by a newline."""
    return "".join(f"{ln}\n" for ln in Clock("2026-05-04T10", 0, 1000000, 1).stamp(log.rstrip("\n").split("\n")))


def pip_install(n: int, *, name: Callable[[int], str], version: Callable[[int], str], fetched: str = "Downloading",
                kb: tuple[int, int] = (9, 4), listed: bool = False, installed: bool = True) -> list[str]:
    """pip installing ``n`` made-up packages (``name(i)``, ``version(i)``): "Collecting" and the wheel ``fetched``
    ("Downloading", "Using cached"; kb[0] + i * kb[1] kB) each, then where asked "Installing collected packages" and
    "Successfully installed"."""
    out = []
    for i in range(n):
        out += [f"Collecting {name(i)}=={version(i)}",
                f"  {fetched} {name(i)}-{version(i)}-py3-none-any.whl ({kb[0] + i * kb[1]} kB)"]
    if listed:
        out.append("Installing collected packages: " + ", ".join(name(i) for i in range(n)))
    if installed:
        out.append("Successfully installed " + " ".join(f"{name(i)}-{version(i)}" for i in range(n)))
    return out
