"""The Administration area (系统管理, Ctrl+8): users, halls and counters, tariffs, the holiday
calendar, settings and the service catalogue (docs/domain.md §1, §2, §4, §6, §8)."""
