-- The API client that placed each order (sportello.api.clients): a merchant's client sees and
-- updates only its own orders. NULL for orders placed before clients existed, or by the demo's
-- tokenless calls from the node's own machine, which any client configured later cannot touch.
ALTER TABLE commerce_order ADD COLUMN placed_by VARCHAR(64);
