# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""One module per resource, imported when the client first uses it."""
