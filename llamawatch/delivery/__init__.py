"""Stage 5, delivery: change alerts and digest mail through the outbox.

``alerts`` chooses and words the alerts, ``outbox`` queues and sends them, and
``channels`` holds one sender per channel (SMTP, Apprise, webhook).
"""
