INSERT INTO book (title, pages) VALUES ('Emma', 474);
INSERT INTO book (title, pages) VALUES ('Persuasion', 249);
