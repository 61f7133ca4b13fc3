"""Printers at the far end of a real socket or a real pseudo-terminal, answering DLE EOT like a TM-T88.

They record every byte they receive except the status queries they answer, and can be told to
be out of paper, to hang up after some bytes, or to stay silent.
"""
import os
import socket
import threading
import tty

STATUS_QUERY = b"\x10\x04"
ONLINE = 0x12  # DLE EOT 1 answer: fixed bits 1 and 4 set, not offline
PAPER_OK = 0x12
PAPER_OUT = 0x12 | 0x60


class _Answering:
    def __init__(self):
        self.received = bytearray()
        self.paper = PAPER_OK
        self.silent = False
        self.hang_up_after: int | None = None
        self._pending = b""

    def take(self, chunk: bytes) -> bytes:
        """Record printable bytes; return the answers to any status queries in the chunk."""
        data, answers = self._pending + chunk, bytearray()
        self._pending = b""
        while data:
            at = data.find(STATUS_QUERY)
            if at == -1 or at + 2 >= len(data):
                keep = data[at:] if at != -1 else b""
                self.received += data[: len(data) - len(keep)]
                self._pending = keep
                break
            self.received += data[:at]
            if not self.silent:
                answers.append(self.paper if data[at + 2] == 4 else ONLINE)
            data = data[at + 3:]
        return bytes(answers)

    def should_hang_up(self) -> bool:
        return self.hang_up_after is not None and len(self.received) >= self.hang_up_after


class NetworkPrinterStub(_Answering):
    """A raw TCP 'port 9100' printer on localhost."""

    def __init__(self):
        super().__init__()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while True:
                    try:
                        chunk = conn.recv(4096)
                    except OSError:
                        break
                    if not chunk:
                        break
                    answers = self.take(chunk)
                    if self.should_hang_up():
                        break
                    if answers:
                        conn.sendall(answers)

    def close(self):
        self.server.close()


class PtyPrinterStub(_Answering):
    """A serial printer: the far side of a pseudo-terminal, so pyserial opens a real tty device."""

    def __init__(self):
        super().__init__()
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.port = os.ttyname(self.slave)
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        import select

        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            answers = self.take(chunk)
            if answers:
                os.write(self.master, answers)

    def close(self):
        self._stop.set()
        self.thread.join()
        os.close(self.master)
        os.close(self.slave)
