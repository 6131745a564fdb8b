INSERT INTO member (name, email) VALUES ('Ada', 'ada@example.org');
