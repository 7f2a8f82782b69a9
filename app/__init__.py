"""Plan Tracker (Theo dõi thực hiện Kế hoạch)."""

__version__ = "0.1.0"
