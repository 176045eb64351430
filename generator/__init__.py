"""clientgen: typed Python clients for AI-provider HTTP APIs, from one YAML spec per provider."""

__version__ = "0.1.0"
