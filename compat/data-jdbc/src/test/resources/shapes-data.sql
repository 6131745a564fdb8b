insert into person (first_name, active, status) values ('Seed', true, 'ACTIVE');
