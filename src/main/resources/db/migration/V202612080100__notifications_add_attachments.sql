-- Files sent with a mail (an activity's .ics invitation, the QR code of a registration): name, type and Base64 bytes.
alter table notifications_outbox add column attachments varchar(1000000);
