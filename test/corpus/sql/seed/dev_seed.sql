-- Development seed data. All values are fake.
INSERT INTO users (id, email, password_hash) VALUES
    (1, 'alice@example.com', '⟦-|$2b$12${base64:53}⟧'),
    (2, 'bob@example.com',   NULL);

INSERT INTO incidents (id, pd_incident_id, pd_service_id, dedup_key, title) VALUES
    (1, 'Q1UM18YEW0S6VD', 'PH304QP', '⟦-|{hex:32}⟧', 'Checkout latency'),
    (2, 'QEXQC0N3D4QTNF', 'PIQI6T9', '⟦-|{hex:32}⟧', 'Disk almost full');
