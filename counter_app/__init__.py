"""Counter (营业厅柜台系统): the service-hall counter application."""

__version__ = "0.1.0"
