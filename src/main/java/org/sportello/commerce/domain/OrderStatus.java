package org.sportello.commerce.domain;

/** Where an order is: each status is also the kind of update that brought it there. */
public enum OrderStatus { PLACED, SHIPPED, DELIVERED, REFUNDED }
