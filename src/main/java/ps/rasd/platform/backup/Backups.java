package ps.rasd.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.archive.ArchiveRefused;
import ps.rasd.shared.archive.SafeArchive;
import ps.rasd.shared.spi.BucketObjects;

/**
 * A consistent backup while the application runs, and its restore into an empty installation, on H2 and PostgreSQL
 * alike: every table read in one repeatable-read transaction and written as JSON lines, the files of the data folder
 * (evidence, keys, the kept periodic reports) copied — or, when the files are kept in a bucket of S3-compatible
 * storage, every object of the bucket ({@code bucket/<key>}, read after the tables, so every file the tables name is
 * in it) — and a manifest with the row count and SHA-256 of every part. A restore checks every hash
 * before it writes anything, then fills the tables in foreign-key order and moves the identity counters past the
 * restored ids. Before anything is read the archive passes the safe-archive gate with {@link BackupProperties}' limits,
 * and the restore streams one table at a time, row by row, so a large backup never has to fit in memory.
 */
@Component
public class Backups {

	static final String MANIFEST = "manifest.json";

	/** Entries of the archive that are objects of the bucket: {@code bucket/<key>}. */
	static final String BUCKET = "bucket/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSource dataSource;

	private final BackupProperties limits;

	private final MessageSource messages;

	private final BackupFiles files;

	Backups(DataSource dataSource, RasdProperties properties, BackupProperties limits, MessageSource messages,
			ObjectProvider<BucketObjects> bucket) {
		this.files = new BackupFiles(properties.dataDir(), bucket);
		this.dataSource = dataSource;
		this.limits = limits;
		this.messages = messages;
	}

	/** What a backup holds: rows per table and the SHA-256 of every entry of the archive. */
	public record Manifest(String createdAt, String schemaVersion, Map<String, Long> rows, Map<String, String> sha256) {
	}

	/** Writes a backup archive; returns its manifest. */
	public Manifest backup(OutputStream target) {
		Map<String, Long> rows = new TreeMap<>();
		Map<String, String> hashes = new TreeMap<>();
		try (Connection connection = dataSource.getConnection(); ZipOutputStream zip = new ZipOutputStream(target)) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			String version = schemaVersion(connection);
			for (String table : tables(connection)) {
				zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
				DigestOutputStream out = BackupFiles.digesting(zip);
				rows.put(table, dump(connection, table, out));
				hashes.put("tables/" + table + ".jsonl", BackupFiles.hex(out.getMessageDigest()));
				zip.closeEntry();
			}
			connection.commit();
			for (String folder : BackupFiles.FOLDERS) {
				files.copyFolder(folder, zip, hashes);
			}
			files.copyBucket(zip, hashes);
			Manifest manifest = new Manifest(Instant.now().toString(), version, rows, hashes);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(JSON.writeValueAsBytes(manifest));
			zip.closeEntry();
			return manifest;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Backup failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Restores a backup archive into this installation, which must hold no accounts (an empty installation whose
	 * schema is the backup's). Every hash is checked first; nothing is written when one does not match.
	 */
	public Manifest restore(Path archive) {
		Manifest manifest = verify(archive);
		try (Connection connection = dataSource.getConnection()) {
			if (!schemaVersion(connection).equals(manifest.schemaVersion())) {
				throw new IllegalStateException("The backup's schema " + manifest.schemaVersion()
						+ " differs from this installation's " + schemaVersion(connection));
			}
			if (count(connection, "identity_account") > 0) {
				throw new IllegalStateException("This installation is not empty: it has accounts");
			}
			connection.setAutoCommit(false);
			List<String> order = tables(connection);
			List<String> reversed = new ArrayList<>(order);
			java.util.Collections.reverse(reversed);
			for (String table : reversed) {
				try (Statement delete = connection.createStatement()) {
					delete.executeUpdate("delete from " + table);
				}
			}
			try (ZipFile zip = open(archive)) {
				for (String table : order) {
					ZipArchiveEntry entry = zip.getEntry("tables/" + table + ".jsonl");
					if (entry != null) {
						try (InputStream in = zip.getInputStream(entry)) {
							load(connection, table, in);
						}
					}
				}
				for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
					if (!entry.isDirectory() && entry.getName().startsWith(BUCKET)) {
						try (InputStream in = zip.getInputStream(entry)) {
							files.restoreObject(entry.getName().substring(BUCKET.length()), in);
						}
					}
					else if (!entry.isDirectory() && !entry.getName().startsWith("tables/")
							&& !entry.getName().equals(MANIFEST)) {
						try (InputStream in = zip.getInputStream(entry)) {
							files.restoreFile(entry.getName(), in);
						}
					}
				}
			}
			connection.commit();
			return manifest;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Restore failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the bucket's objects of a checked archive back, as the restore does (into this installation's bucket, or
	 * its data folder without one), leaving the tables alone: a bucket lost or emptied while the database was kept.
	 * @return how many objects
	 */
	public int restoreObjects(Path archive) {
		verify(archive);
		int restored = 0;
		try (ZipFile zip = open(archive)) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (!entry.isDirectory() && entry.getName().startsWith(BUCKET)) {
					try (InputStream in = zip.getInputStream(entry)) {
						files.restoreObject(entry.getName().substring(BUCKET.length()), in);
					}
					restored++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return restored;
	}

	/** Reads the archive and checks every entry against the manifest. */
	public Manifest verify(Path archive) {
		try {
			SafeArchive.inspect(archive, String.valueOf(archive.getFileName()), limits.archiveLimits());
		}
		catch (ArchiveRefused ex) {
			throw new IllegalStateException(
					"The backup is refused: " + messages.getMessage(ex.code(), ex.arguments(), ex.code(), Locale.ENGLISH));
		}
		Map<String, String> found = new TreeMap<>();
		Manifest manifest = null;
		try (ZipFile zip = open(archive)) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				if (entry.isDirectory()) {
					continue;
				}
				try (InputStream content = zip.getInputStream(entry)) {
					if (entry.getName().equals(MANIFEST)) {
						manifest = JSON.readValue(content.readNBytes((int) limits.maxRowSize().toBytes()),
								Manifest.class);
					}
					else {
						DigestInputStream in = new DigestInputStream(content, BackupFiles.sha256());
						in.transferTo(OutputStream.nullOutputStream());
						found.put(entry.getName(), BackupFiles.hex(in.getMessageDigest()));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The backup is damaged: its manifest cannot be read", ex);
		}
		if (manifest == null || !manifest.sha256().equals(found)) {
			throw new IllegalStateException("The backup is damaged: its parts do not match its manifest");
		}
		return manifest;
	}

	private static ZipFile open(Path archive) throws IOException {
		return ZipFile.builder().setPath(archive).get();
	}

	/** Every table but Flyway's, parents before children. */
	static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Set<String> all = new LinkedHashSet<>();
		try (ResultSet rs = meta.getTables(null, schema(connection), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!name.equals("flyway_schema_history")) {
					all.add(name);
				}
			}
		}
		Map<String, Set<String>> parents = new TreeMap<>();
		for (String table : all) {
			Set<String> of = new LinkedHashSet<>();
			try (ResultSet rs = meta.getImportedKeys(null, schema(connection), name(connection, table))) {
				while (rs.next()) {
					String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table)) {
						of.add(parent);
					}
				}
			}
			parents.put(table, of);
		}
		List<String> order = new ArrayList<>();
		while (order.size() < parents.size()) {
			int before = order.size();
			parents.forEach((table, needs) -> {
				if (!order.contains(table) && order.containsAll(needs.stream().filter(parents::containsKey).toList())) {
					order.add(table);
				}
			});
			if (order.size() == before) {
				throw new IllegalStateException("Circular foreign keys: " + parents);
			}
		}
		return order;
	}

	private long dump(Connection connection, String table, OutputStream out) throws SQLException, IOException {
		long count = 0;
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("select * from " + table + order(connection, table))) {
			ResultSetMetaData columns = rs.getMetaData();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), value == null ? null : text(value));
				}
				out.write(JSON.writeValueAsBytes(row));
				out.write('\n');
				count++;
			}
		}
		return count;
	}

	private void load(Connection connection, String table, InputStream lines) throws SQLException, IOException {
		Map<String, Integer> types = columnTypes(connection, table);
		InputStream rows = new java.io.BufferedInputStream(lines);
		long maxId = 0;
		for (String line; (line = readLine(rows, table)) != null;) {
			Map<String, String> row = JSON.readValue(line, new TypeReference<LinkedHashMap<String, String>>() {
			});
			String sql = "insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
					+ String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				int i = 1;
				for (Map.Entry<String, String> column : row.entrySet()) {
					insert.setObject(i++, value(column.getValue(), types.getOrDefault(column.getKey(), Types.VARCHAR)));
				}
				insert.executeUpdate();
			}
			if (row.containsKey("id") && types.get("id") == Types.BIGINT && row.get("id") != null) {
				maxId = Math.max(maxId, Long.parseLong(row.get("id")));
			}
		}
		if (maxId > 0) {
			restartIdentity(connection, table, maxId + 1);
		}
	}

	/** One line, or {@code null} at the end; a line longer than the limit is refused, not read into memory. */
	private String readLine(InputStream in, String table) throws IOException {
		java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
		long max = limits.maxRowSize().toBytes();
		int b;
		while ((b = in.read()) >= 0 && b != '\n') {
			if (line.size() >= max) {
				throw new IllegalStateException("The backup is refused: a row of " + table + " is longer than "
						+ limits.maxRowSize().toMegabytes() + " MB");
			}
			line.write(b);
		}
		return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
	}

	private static void restartIdentity(Connection connection, String table, long next) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		try (Statement statement = connection.createStatement()) {
			statement.execute(postgres ? "select setval(pg_get_serial_sequence('" + table + "', 'id'), " + (next - 1)
					+ ")" : "alter table " + table + " alter column id restart with " + next);
		}
	}

	private static Object value(String text, int type) {
		if (text == null) {
			return null;
		}
		return switch (type) {
			case Types.BIGINT -> Long.valueOf(text);
			case Types.INTEGER, Types.SMALLINT -> Integer.valueOf(text);
			case Types.BOOLEAN, Types.BIT -> Boolean.valueOf(text);
			case Types.DOUBLE, Types.FLOAT, Types.REAL -> Double.valueOf(text);
			case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text);
			case Types.DATE -> LocalDate.parse(text);
			case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> OffsetDateTime.parse(text);
			case Types.OTHER, Types.BINARY -> text.length() == 36 ? UUID.fromString(text) : text;
			default -> text;
		};
	}

	private static String text(Object value) {
		if (value instanceof java.sql.Timestamp t) {
			return t.toInstant().atOffset(java.time.ZoneOffset.UTC).toString();
		}
		if (value instanceof OffsetDateTime t) {
			return t.toInstant().atOffset(java.time.ZoneOffset.UTC).toString();
		}
		if (value instanceof java.sql.Date d) {
			return d.toLocalDate().toString();
		}
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		return value.toString();
	}

	private static Map<String, Integer> columnTypes(Connection connection, String table) throws SQLException {
		Map<String, Integer> types = new LinkedHashMap<>();
		try (ResultSet rs = connection.getMetaData().getColumns(null, schema(connection), name(connection, table),
				"%")) {
			while (rs.next()) {
				types.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
			}
		}
		return types;
	}

	private static String order(Connection connection, String table) throws SQLException {
		return columnTypes(connection, table).containsKey("id") ? " order by id" : "";
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
				"select max(version) from flyway_schema_history where success = true and type = 'SQL'")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String schema(Connection connection) throws SQLException {
		return connection.getSchema();
	}

	private static String name(Connection connection, String table) throws SQLException {
		return connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
	}

}
