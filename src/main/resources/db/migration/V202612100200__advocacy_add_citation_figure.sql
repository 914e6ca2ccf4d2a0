-- A citation keeps the figure it cited as data (JSON: a message code and its parts, Latin digits, ISO dates), so that
-- it is shown in each reader's language and digits. value_text stays: for the citations made before, the figure is
-- read back from it when the messages that wrote it can read it (advocacy.internal.FigureText), else it is shown as
-- it was written.
alter table advocacy_citation add column value_data varchar(2000);
