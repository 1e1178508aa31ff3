"""The Qt layer: widgets, item models and dialogs over the core services."""
