"""The flows between QGIS and the core: what happens when the user asks for something (load,
import, pick, export, run the overlay). Controllers own the workflows and the tasks; the widgets
in ``gui`` show state and emit signals; ``gui.messages.notify`` tells the user."""
