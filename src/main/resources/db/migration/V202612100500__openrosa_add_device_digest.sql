-- HTTP Digest sign-in of ODK Collect devices: a user name, and HA1 for MD5 and SHA-256 encrypted with the digest key
alter table openrosa_device add column digest_username varchar(64);
alter table openrosa_device add column digest_md5 varchar(200);
alter table openrosa_device add column digest_sha256 varchar(200);
create unique index openrosa_device_digest_username on openrosa_device (digest_username);
