"""`kiosk check`'s report: one line per check (a mark, what was found, the fix), and its JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    resolved: dict[str, str | None] = field(
        default_factory=lambda: dict.fromkeys(
            ("outlet_id", "station_id", "stripe_account", "location_id", "reader_id")
        )
    )

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str, fix: str = "") -> bool:
        self.checks.append(Check(name, ok, detail, "" if ok else fix))
        return ok

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": [asdict(c) for c in self.checks],
            "resolved": self.resolved,
        }


def render(report: Report) -> str:
    lines = []
    for check in report.checks:
        mark = "✓" if check.ok else "✗"
        line = f"{mark} {check.name:<10} {check.detail}"
        if not check.ok and check.fix:
            line += f"\n  {'':<10} fix: {check.fix}"
        lines.append(line)
    lines.append("all checks passed" if report.ok else "some checks failed")
    return "\n".join(lines)
