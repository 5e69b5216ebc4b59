"""The generated pages, one module for each kind (see ``ARCHITECTURE.md``)."""
