"""The mail channel: one message per recipient over SMTP (STARTTLS, TLS or plain).

The password comes from the environment variable the settings name
(``delivery.smtp.password_env``), never from the settings themselves.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from email.message import EmailMessage
from typing import Any

from llamawatch.config import DeliverySettings, SmtpSettings
from llamawatch.delivery.channels.base import Destination, Rendered
from llamawatch.errors import DeliveryError
from llamawatch.publishing.render import build_email

KIND = "mailto"


def address_id(recipient: str) -> str:
    """Return the outbox destination id of a mail recipient ("mailto:ops@example.org")."""
    return f"{KIND}:{recipient}"


def send_email(
    msg: EmailMessage,
    smtp: SmtpSettings,
    *,
    recipients: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> None:
    """Send one message over SMTP (STARTTLS, TLS or plain), logging in when a user is set.

    The password comes from the environment variable ``smtp.password_env``.
    Raises DeliveryError when the server is unreachable, refuses the login, or
    refuses any recipient.
    """
    if not smtp.host:
        raise DeliveryError("SMTP is not configured (delivery.smtp.host is empty)")
    to = list(recipients if recipients is not None else smtp.recipients)
    if not to:
        raise DeliveryError("no email recipients configured (delivery.smtp.recipients)")
    environ = os.environ if environ is None else environ
    context = ssl_context or ssl.create_default_context()
    password = environ.get(smtp.password_env, "")
    if smtp.username and not password:
        raise DeliveryError(f"SMTP user {smtp.username!r} is set but ${smtp.password_env} is empty")
    try:
        client: smtplib.SMTP
        if smtp.security == "tls":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        with client:
            client.ehlo()
            if smtp.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if smtp.username:
                client.login(smtp.username, password)
            refused = client.send_message(msg, from_addr=smtp.sender, to_addrs=to)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"SMTP login as {smtp.username!r} refused: {exc.smtp_code}") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(f"SMTP refused every recipient: {', '.join(exc.recipients)}") from exc
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {smtp.host}:{smtp.port}: {exc}") from exc
    if refused:
        raise DeliveryError(f"SMTP refused recipients: {', '.join(sorted(refused))}")


def email_from_payload(payload: Mapping[str, object], recipient: str) -> EmailMessage:
    """Rebuild the EmailMessage stored in an outbox payload, addressed to one recipient."""
    return build_email(
        str(payload["subject"]),
        str(payload["text"]),
        str(payload["html"]),
        sender=str(payload.get("sender") or "llamawatch@localhost"),
        recipients=[recipient],
        message_id=str(payload["message_id"]),
        headers=payload.get("headers") or None,  # type: ignore[arg-type]
    )


class SmtpChannel:
    """Mail to every ``delivery.smtp.recipients`` address, when an SMTP host is set."""

    kind = KIND

    def destinations(self, delivery: DeliverySettings) -> list[Destination]:
        """One destination per recipient; none without an SMTP host."""
        if not delivery.smtp.host:
            return []
        return [Destination(address_id(a), KIND, a) for a in delivery.smtp.recipients]

    def configured(self, delivery: DeliverySettings) -> bool:
        """Mail can go only through a configured SMTP host."""
        return bool(delivery.smtp.host)

    def render(self, message: Rendered) -> dict[str, Any]:
        """The mail's subject, text and HTML parts, sender and Message-ID."""
        return {
            "subject": message.subject,
            "text": message.text,
            "html": message.html,
            "sender": message.sender,
            "message_id": message.message_id,
        }

    def send(
        self,
        payload: Mapping[str, Any],
        *,
        destination_id: str,
        key: str,
        destination: Destination | None,
        delivery: DeliverySettings,
        environ: Mapping[str, str],
    ) -> None:
        """Mail the payload to the recipient its destination id names."""
        del key, destination  # the recipient is in the id: digests go to any configured address
        recipient = destination_id.partition(":")[2]
        send_email(
            email_from_payload(payload, recipient),
            delivery.smtp,
            recipients=[recipient],
            environ=environ,
        )


CHANNEL = SmtpChannel()
