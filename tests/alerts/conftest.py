"""A real SMTP server for the alert tests (aiosmtpd, on a free port), and Django sending to it."""

import email
import email.policy
import re
import socket
import threading

import pytest
from aiosmtpd.controller import Controller


class Mailbox:
    """What the server received, as parsed messages; `hold_at` makes the server stop, before
    answering, at that message (it has been received: a worker killed now cannot know it)."""

    def __init__(self):
        self.messages = []
        self.refuse = False
        self.hold_at = None
        self.holding = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        for name, value in message.items():  # folded headers keep the fold's leading space
            message.replace_header(name, str(value).strip())
        self.messages.append(message)
        if self.hold_at == len(self.messages):
            self.holding.set()
            # Blocks the server's loop on purpose: nothing else is answered meanwhile.
            self.release.wait(30)
        return "250 OK"

    def to(self, address):
        return [m for m in self.messages if address in m["To"]]

    def clear(self):
        self.messages.clear()


def body(message):
    return message.get_content()


def links(message):
    return re.findall(r"https?://\S+", body(message))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mailbox(settings):
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    box.port = controller.port
    yield box
    box.release.set()
    controller.stop()
