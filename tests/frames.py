"""The CI job frames and pip lines the review test tables wrap their made-up logs in.

A frame is what a CI system prints around a job's own lines: its head (runner, checkout, the step that runs), and its
end (the step's exit, the job's status). Each test module keeps its own made-up names (hosts, runners, repositories)
in the heads it gives these builders once; what the modules' copies shared (how the lines are put together, the
default ends, GitHub's time stamps, the blocks a job shows only once it ran) lives here. A frame called gives the log
as one string; its ``lines`` gives the list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

J = "\n".join

GH_EXIT = "##[error]Process completed with exit code 1."
GL_CLEANUP = "Cleaning up project directory and file based variables"
GL_EXIT = "ERROR: Job failed: exit code 1"


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


@dataclass(frozen=True)
class Frame:
    """``head``, ``node`` (Jenkins' "Running on" to the stage's step: a call with node=False is a build that never got
    an agent), the job's lines, then the call's ``tail`` or else this one (None: every call names its own); each line
    under ``clock``'s time stamp where there is one."""

    head: Sequence[str]
    tail: Sequence[str] | None = None
    node: Sequence[str] = ()
    clock: Clock | None = None

    def lines(self, lines: Sequence[str], tail: Sequence[str] | None = None, *, node: bool = True) -> list[str]:
        end = tail if tail is not None else self.tail
        if end is None:
            raise TypeError("this frame has no tail of its own: the call names one")
        out = [*self.head, *(self.node if node else ()), *lines, *end]
        return self.clock.stamp(out) if self.clock is not None else out

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
