/**
 * Who may read what, written once.
 * <p>
 * A {@link ps.rasd.shared.access.Reader} is built once from the signed-in principal (typed roles, governorate
 * scopes, the person's id, their partner organisation). {@link ps.rasd.shared.access.ReadRules} holds one
 * {@link ps.rasd.shared.access.ReadRule} per kind of record; a rule gives, for a reader, the
 * {@link ps.rasd.shared.access.Scope} of records they read in full and of records they read as the redacted copy.
 * A scope is a small condition tree over a record's {@link ps.rasd.shared.access.AccessFacts} that tests a record in
 * memory and renders to each store: {@link ps.rasd.shared.access.SqlScope} (a SQL condition with bound parameters),
 * {@link ps.rasd.shared.access.JpaScope} (a JPA predicate), and the search module's Lucene query. Every reading path
 * (pages, queues, API, exports, search, feeds, dashboards) asks the same rule, so they cannot disagree.
 */
package ps.rasd.shared.access;
