"""The product's engine: domain, storage and use cases. Imports no Qt."""
