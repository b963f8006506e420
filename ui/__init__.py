"""The app's face, apart from Gradio's wiring in ``app.py``: HTML rendering (``render``), the
answers kept for follow-ups and votes (``answers``), and the event handlers (``chat``,
``maintenance``) that a test can call without a server."""
