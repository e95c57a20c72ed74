-- A signed link's recipient is a recipient id like the alert queue's: "supervisors:<address>" can pass 100
-- characters (an address may have 320), so it gets the same size as monitor_alert_queue.recipient_id.
ALTER TABLE monitor_act_token ALTER COLUMN recipient_id NVARCHAR(400) NOT NULL;
