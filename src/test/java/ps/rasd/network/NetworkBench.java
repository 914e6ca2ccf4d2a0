package ps.rasd.network;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.RasdApplication;
import ps.rasd.network.domain.PersonStore;
import ps.rasd.network.domain.PersonStore.NewPerson;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;

/**
 * Network figures on synthetic people: an import of {@code IMPORT} people (a CSV, with duplicate detection) into a
 * table of {@code EXISTING} records (time, peak heap during the import), duplicate suggestions as one types (p50,
 * p95 over 1,000 prefixes) and the count of a segment of {@code SEGMENT} youth-branch members (median, p95 of 20).
 * H2 in memory unless {@code RASD_DB_URL} (with {@code RASD_DB_USER}, {@code RASD_DB_PASSWORD}) names a database.
 * Sizes from the environment: {@code EXISTING} (200000), {@code IMPORT} (50000), {@code SEGMENT} (100000).
 */
public final class NetworkBench {

	private static final String[] FIRST = { "محمد", "أحمد", "محمود", "علي", "يوسف", "خالد", "عمر", "إبراهيم", "عبد الله",
			"عبد الرحمن", "سامر", "باسل", "ليث", "معتز", "فاطمة", "مريم", "آية", "سارة", "ليلى", "نور", "رهف", "هبة",
			"دعاء", "رزان", "منى", "أسماء", "إسراء", "حنين", "شهد", "ياسمين" };

	private static final String[] FAMILY = { "الخطيب", "النتشة", "الجعبري", "عودة", "حماد", "الشريف", "أبو زيد",
			"صالح", "البرغوثي", "منصور", "داود", "حسن", "التميمي", "القواسمي", "الرجبي", "عمرو", "الأطرش", "زيادة",
			"مسالمة", "العويوي", "أبو سنينة", "الشلالدة", "طهبوب", "غيث", "الحموري", "أبو عيشة", "سدر", "الزغير",
			"حرب", "شاهين" };

	private NetworkBench() {
	}

	public static void main(String[] args) throws Exception {
		int existing = env("EXISTING", 200_000);
		int imported = env("IMPORT", 50_000);
		int segment = Math.min(env("SEGMENT", 100_000), existing);
		List<String> props = new ArrayList<>(List.of("--rasd.demo=false", "--logging.level.root=WARN",
				"--rasd.network.import-max-rows=" + (imported + 1)));
		if (System.getenv("RASD_DB_URL") == null) {
			props.add("--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RasdApplication.class)
			.web(WebApplicationType.NONE).profiles("test").run(props.toArray(String[]::new))) {
			PersonStore store = context.getBean(PersonStore.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Random random = new Random(16);
			long t0 = System.nanoTime();
			List<NewPerson> batch = new ArrayList<>();
			for (int i = 0; i < existing; i++) {
				batch.add(new NewPerson(PersonDetails.named(name(random), i < segment ? "55" : "50")
					.withContacts(phone(i), "p" + i + "@example.org").studying(null, i % 3 == 0 ? "القانون" : "الهندسة"),
						null, null, null, Tier.INTERNAL, null, false));
				if (batch.size() == 5000) {
					store.insertAll(batch, Instant.now());
					batch.clear();
				}
			}
			store.insertAll(batch, Instant.now());
			jdbc.update("insert into network_membership (person_id, body, governorate_code, kind, status, starts_on, "
					+ "created_at) select id, 'YOUTH_BRANCH', '55', 'YOUTH_MEMBER', 'ACTIVE', ?, ? from network_person "
					+ "where governorate_code = '55'", LocalDate.now(), Timestamp.from(Instant.now()));
			System.out.printf("seeded %,d people (%,d youth-branch members) in %.1f s%n", existing, segment,
					(System.nanoTime() - t0) / 1e9);

			Path file = Files.createTempFile("network-bench", ".csv");
			try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				out.write("name,phone,email,governorate,field_of_study\n");
				for (int i = 0; i < imported; i++) {
					// one row in ten is a person already there (their phone), the rest new
					String phone = i % 10 == 0 ? phone(random.nextInt(existing)) : phone(existing + i);
					out.write(name(random) + "," + phone + ",n" + i + "@example.org,Hebron,القانون\n");
				}
			}
			RasdPrincipal admin = new Admin();
			PeopleImport imports = context.getBean(PeopleImport.class);
			var mapping = PeopleImport.guess(imports.headers(file, admin));
			System.gc();
			long baseline = heapUsed();
			resetPeaks();
			t0 = System.nanoTime();
			ImportReport report = imports.run(file, mapping, null, admin);
			double seconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf("import of %,d rows against %,d: %.1f s, %,d imported, %,d likely duplicates, "
					+ "peak heap %d MB (before %d MB, -Xmx %d MB)%n", imported, existing, seconds, report.imported(),
					report.duplicateCount(), peakHeap() >> 20, baseline >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
			Files.deleteIfExists(file);

			NetworkManagement network = context.getBean(NetworkManagement.class);
			long[] times = new long[1000];
			for (int i = -100; i < times.length; i++) {
				String typed = prefix(random);
				long s = System.nanoTime();
				network.suggestions(typed, null, null, null, admin);
				if (i >= 0) {
					times[i] = System.nanoTime() - s;
				}
			}
			Arrays.sort(times);
			System.out.printf("suggestions while typing (%,d records): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
					existing + imported, times[500] / 1e6, times[950] / 1e6, times[999] / 1e6);

			Segments segments = context.getBean(Segments.class);
			SegmentFilter filter = new SegmentFilter("55", MembershipBody.YOUTH_BRANCH, null, null, null, null);
			long count = 0;
			long[] counts = new long[20];
			for (int i = -3; i < counts.length; i++) {
				long s = System.nanoTime();
				count = segments.count(filter, admin);
				if (i >= 0) {
					counts[i] = System.nanoTime() - s;
				}
			}
			Arrays.sort(counts);
			System.out.printf("segment of %,d youth-branch members counted: median %.1f ms, p95 %.1f ms%n", count,
					counts[10] / 1e6, counts[19] / 1e6);
			SegmentFilter law = new SegmentFilter("55", MembershipBody.YOUTH_BRANCH, null, "القانون", null, null);
			long s = System.nanoTime();
			long lawCount = segments.count(law, admin);
			System.out.printf("segment 'youth branch, studies law' (%,d) counted in %.1f ms%n", lawCount,
					(System.nanoTime() - s) / 1e6);
		}
	}

	private static String name(Random random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + FIRST[random.nextInt(14)] + " "
				+ FAMILY[random.nextInt(FAMILY.length)];
	}

	private static String prefix(Random random) {
		String name = name(random);
		return name.substring(0, Math.max(3, random.nextInt(name.length()) + 1));
	}

	private static String phone(int i) {
		return String.format("059%07d", i);
	}

	private static int env(String name, int fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed()).sum();
	}

	private record Admin() implements RasdPrincipal {

		@Override
		public long accountId() {
			return 0;
		}

		@Override
		public String username() {
			return "bench";
		}

		@Override
		public String displayName() {
			return "bench";
		}

		@Override
		public Set<String> roleNames() {
			return Set.of("ADMIN");
		}

		@Override
		public Set<String> governorateCodes() {
			return Set.of();
		}

		@Override
		public boolean mustChangePassword() {
			return false;
		}
	}
}
