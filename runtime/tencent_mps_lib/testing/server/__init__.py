"""The HTTP side of the emulator: parsing and framing (``_http``), one connection's state
(``_connection``), one request/answer exchange (``_exchange``), the event loop and its limits
(``_handler``), the wire types (``_protocol``), the call log (``_calls``) and injected faults
(``_faults``). Nothing here knows an MPS action.
"""
