"""Delivery records, the retry schedule and dead letters, in Redis (see ``store``)."""

from alerts.deliveries.store import TERMINAL, Delivery, DeliveryStore, Recorded, delivery_id_for

__all__ = ["TERMINAL", "Delivery", "DeliveryStore", "Recorded", "delivery_id_for"]
