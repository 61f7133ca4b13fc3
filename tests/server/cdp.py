"""Driving headless Chromium like a person (real clicks and typing) over the DevTools protocol on a pipe.

`--remote-debugging-pipe` makes Chromium read commands on fd 3 and answer on fd 4, NUL-separated
JSON: no WebSocket library and no port to find. Clicks are mouse events at an element's centre,
text arrives as typed input, so the page's own HTML (labels, radio buttons, the form) does the rest.
"""
import json
import os
import subprocess
import time


class Browser:
    def __init__(self, binary: str, width: int = 390, height: int = 844, accept_language: str = ""):
        to_child, self._write = os.pipe()
        self._read, from_child = os.pipe()

        def wire_fds():  # in the child: the pipe ends become fds 3 and 4
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--remote-debugging-pipe",
                f"--window-size={width},{height}", "about:blank"]
        if accept_language:
            args.insert(1, f"--accept-lang={accept_language}")
        self.process = subprocess.Popen(args, preexec_fn=wire_fds, pass_fds=(3, 4),  # kept open past the preexec dup2
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child)
        os.close(from_child)
        self._buffer, self._next = b"", 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def call(self, method: str, session: str | None = None, **params) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._read, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})

    def page(self, method: str, **params) -> dict:
        return self.call(method, self.session, **params)

    def evaluate(self, expression: str):
        return self.page("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait_for(self, expression: str, attempts: int = 200):
        """Poll a JavaScript condition until it holds (a page load, a form's answer); no fixed sleep."""
        for _ in range(attempts):
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"never true in the page: {expression}")

    def goto(self, url: str) -> None:
        self.page("Page.navigate", url=url)
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def click(self, selector: str) -> None:
        """A left click at the centre of the first element matching `selector`, as a finger would."""
        box = self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.scrollIntoView({{block: 'center'}});"
                            " const r = e.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.page("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)

    def type(self, text: str) -> None:
        self.page("Input.insertText", text=text)

    def screenshot(self) -> bytes:
        import base64

        return base64.b64decode(self.page("Page.captureScreenshot", format="png")["data"])

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._write)
        os.close(self._read)
