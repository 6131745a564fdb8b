INSERT INTO shelf (label, capacity) VALUES ('fiction', 40);
INSERT INTO shelf (label, capacity) VALUES ('poetry', 12);
