"""The widgets: thin views over ``core`` that show state and emit signals; the flows are in
``controllers``."""
