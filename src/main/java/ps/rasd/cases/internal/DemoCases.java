package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CasesProperties;
import ps.rasd.cases.Moderation;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.cases.domain.CaseDraft;
import ps.rasd.cases.domain.Change;
import ps.rasd.cases.domain.CaseFileRepository;
import ps.rasd.cases.domain.FollowUp;
import ps.rasd.cases.domain.FollowUpRepository;
import ps.rasd.cases.domain.Reply;
import ps.rasd.cases.domain.ReplyLink;
import ps.rasd.cases.domain.ReplyLinkRepository;
import ps.rasd.cases.domain.ReplyRepository;
import ps.rasd.cases.domain.Reporter;
import ps.rasd.cases.domain.ReporterRepository;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.spi.DemoSeed;

/**
 * About four hundred demo cases over the last twelve months in every governorate: fictional complaints about the
 * fictional facilities and about water, electricity and municipal services, at every stage of the workflow (most old
 * ones closed, some referrals overdue, replies waiting for moderation, fixes waiting for a monitor). The same every
 * time (fixed seed). Built with the case's own rules, at past instants, so every timeline is one the workflow allows.
 */
class DemoCases implements DemoSeed {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	private static final int CASES = 400;

	private static final Map<String, String[][]> STORIES = Map.of(
			"HEALTH", new String[][] {
					{ "نقص في أدوية الأمراض المزمنة", "لا يتوفر دواء الضغط والسكري في صيدلية المركز منذ أسابيع، ويُطلب من المرضى شراؤه من الخارج." },
					{ "غياب الطبيب في أيام الدوام", "يحضر الطبيب يومين فقط في الأسبوع بدل خمسة، والمرضى ينتظرون ساعات ثم يعودون دون معاينة." },
					{ "انتظار طويل في قسم الطوارئ", "ينتظر المرضى أكثر من ثلاث ساعات في الطوارئ، ولا يوجد نظام فرز واضح." },
					{ "دورات المياه معطلة", "دورات المياه في المركز مغلقة أو معطلة، ولا توجد مياه للشرب للمراجعين." },
					{ "لا يوجد مدخل لذوي الإعاقة", "المدخل الوحيد للمركز درج عالٍ، ولا يستطيع مستخدمو الكراسي المتحركة الدخول." } },
			"EDUCATION", new String[][] {
					{ "اكتظاظ الصفوف", "في الصف أكثر من خمسة وأربعين طالباً، والمقاعد لا تكفي والتهوية سيئة." },
					{ "سقف الصف يسرب المياه", "يتسرب ماء المطر من سقف غرفتين صفيتين، ونُقل الطلاب إلى الممر." },
					{ "نقص في المعلمين", "لا يوجد معلم رياضيات للصف التاسع منذ بداية الفصل." },
					{ "دورات مياه غير صالحة", "دورات مياه الطالبات بلا أبواب ولا مياه، والطالبات يتجنبن الشرب طوال اليوم." } },
			"WATER", new String[][] {
					{ "انقطاع المياه عن الحي", "المياه مقطوعة عن الحي منذ أكثر من أسبوع، والأهالي يشترون المياه بالصهاريج بأسعار عالية." },
					{ "تلوث مياه الشرب", "لون المياه بني ورائحتها كريهة بعد إصلاح الخط الرئيسي." },
					{ "فيضان الصرف الصحي في الشارع", "تفيض مياه الصرف الصحي في الشارع قرب المدرسة منذ أيام." } },
			"ELECTRICITY", new String[][] {
					{ "انقطاع متكرر للكهرباء", "تنقطع الكهرباء عدة مرات يومياً لساعات، وتعطلت أجهزة في البيوت." },
					{ "أعمدة كهرباء مائلة", "عمود كهرباء مائل فوق الطريق قرب المدرسة ويخشى الأهالي سقوطه." } },
			"MUNICIPAL", new String[][] {
					{ "تراكم النفايات", "لم تُجمع النفايات من الحي منذ عشرة أيام، والروائح والحشرات في ازدياد." },
					{ "حفرة كبيرة في الطريق", "حفرة عميقة في الشارع الرئيسي تسببت بحوادث، ولا توجد إشارة تحذير." },
					{ "إنارة الشارع معطلة", "إنارة الشارع معطلة منذ شهرين، والطريق مظلم تماماً ليلاً." } });

	private static final String[] REPLIES = { "تم التواصل مع الجهة الفنية وسيتم المتابعة.",
			"أدرجت المشكلة ضمن خطة العمل لهذا الشهر.", "تمت معالجة المشكلة وإعادة الخدمة.",
			"المشكلة خارج صلاحياتنا، وهي من مسؤولية البلدية." };

	private final CaseFileRepository cases;

	private final ReporterRepository reporters;

	private final ReplyRepository replies;

	private final ReplyLinkRepository links;

	private final FollowUpRepository followUps;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final IdentityManagement identity;

	private final CasesProperties properties;

	private final Clock clock;

	private final PublicCounts counts;

	DemoCases(CaseFileRepository cases, ReporterRepository reporters, ReplyRepository replies,
			ReplyLinkRepository links, FollowUpRepository followUps, RegistryManagement registry,
			GeographyManagement geography, IdentityManagement identity, CasesProperties properties, Clock clock,
			PublicCounts counts) {
		this.counts = counts;
		this.cases = cases;
		this.reporters = reporters;
		this.replies = replies;
		this.links = links;
		this.followUps = followUps;
		this.registry = registry;
		this.geography = geography;
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional
	public void seed() {
		if (cases.count() > 0) {
			return;
		}
		AccountSummary coordinator = identity.account("admin").orElse(null);
		if (coordinator == null) {
			return;
		}
		Long monitor = identity.account("monitor").map(AccountSummary::id).orElse(null);
		List<FacilitySummary> facilities = new ArrayList<>();
		for (int page = 0;; page++) {
			var result = registry.facilities(new FacilityQuery(null, null, null, null, null), page, 200);
			facilities.addAll(result.items());
			if (!result.hasNext()) {
				break;
			}
		}
		List<GovernorateSummary> governorates = geography.governorates();
		Random random = new Random(2004);
		Instant now = clock.instant();
		int made = 0;
		boolean followUpGiven = false;
		for (int i = 0; i < CASES; i++) {
			double age = random.nextDouble();
			Instant at = now.minus(Duration.ofDays((long) (age * age * 360))).minus(Duration.ofMinutes(
					random.nextInt(1400)));
			CaseDraft draft;
			String sector;
			FacilitySummary facility = null;
			String[] story;
			if (random.nextInt(100) < 55 && !facilities.isEmpty()) {
				facility = facilities.get(random.nextInt(facilities.size()));
				sector = facility.sectorCode();
				story = pick(STORIES.getOrDefault(sector, STORIES.get("MUNICIPAL")), random);
				draft = new CaseDraft(story[0], story[1], facility.governorateCode(), facility.placeId(),
						facility.id(), sector, facility.latitude(), facility.longitude(), null, null);
			}
			else {
				GovernorateSummary g = governorates.get(random.nextInt(governorates.size()));
				sector = new String[] { "WATER", "ELECTRICITY", "MUNICIPAL" }[random.nextInt(3)];
				story = pick(STORIES.get(sector), random);
				List<PlaceSummary> places = geography.places(g.code(), null, 0, 50).items();
				PlaceSummary place = places.isEmpty() ? null : places.get(random.nextInt(places.size()));
				Double lat = place != null && place.latitude() != null
						? place.latitude() + (random.nextDouble() - 0.5) * 0.01 : null;
				Double lon = lat != null ? place.longitude() + (random.nextDouble() - 0.5) * 0.01 : null;
				draft = new CaseDraft(story[0] + (place != null ? " — " + place.name().ar() : ""), story[1], g.code(),
						place == null ? null : place.id(), null, sector, lat, lon, null, null);
			}
			String reference = "RSD-" + at.atZone(ZoneOffset.UTC).getYear() + "-"
					+ String.format("%06d", cases.nextReferenceNumber());
			CaseSource source = random.nextInt(3) == 0 ? CaseSource.STAFF : CaseSource.PUBLIC;
			CaseFile file = new CaseFile(reference, draft, source, null,
					ArabicText.searchKey(draft.title() + " " + draft.description()),
					LinkSigner.hash(LinkSigner.randomToken()), null, at);
			Long authority = facility != null ? (Long) facility.authorityId()
					: registry.suggestAuthority(sector, draft.governorateCode(), null).map(AuthoritySummary::id)
						.orElse(null);
			// demo data is written as it stood, without announcing each step (no mail, no index churn)
			CaseFile saved = cases.save(file.withoutEvents());
			long days = Duration.between(at, now).toDays();
			List<Reply> pendingReplies = new ArrayList<>();
			boolean resolvedRecently = walk(saved, days, authority, coordinator.id(), at, now, random, pendingReplies);
			if (saved.getStatus() != CaseStatus.SUBMITTED && saved.getStatus() != CaseStatus.NEEDS_INFO
					&& saved.getStatus() != CaseStatus.REJECTED && saved.getStatus() != CaseStatus.VERIFIED
					&& random.nextInt(100) < 45) {
				// the demo stories carry no personal data: the public copy is the story itself
				saved.publication(saved.getVersion(), ps.rasd.shared.Tier.PUBLIC, null, draft.title(), draft.description(),
						at.plus(Duration.ofDays(3)));
			}
			cases.save(saved.withoutEvents());
			replies.saveAll(pendingReplies);
			boolean named = source == CaseSource.PUBLIC && random.nextBoolean();
			reporters.save(new Reporter(saved.getId(), named
					? new ReporterDetails("مواطن/ة (تجريبي)", "0599" + (100000 + random.nextInt(899999)), null, false,
							false, "ar")
					: ReporterDetails.none("ar")));
			if (saved.getStatus().awaitsAuthority() && saved.getAuthorityId() != null) {
				Instant due = saved.getDueAt() != null ? saved.getDueAt() : now.plus(Duration.ofDays(14));
				links.save(new ReplyLink(saved.getId(), saved.getAuthorityId(), now,
						due.plus(Duration.ofDays(properties.replyLinkDays())).isAfter(now)
								? due.plus(Duration.ofDays(properties.replyLinkDays()))
								: now.plus(Duration.ofDays(properties.replyLinkDays()))));
			}
			if (resolvedRecently && monitor != null && !followUpGiven && "50".equals(draft.governorateCode())) {
				followUps.save(new FollowUp(saved.getId(), monitor, coordinator.id(), now,
						LocalDate.now(clock).plusDays(properties.followUpDays())));
				followUpGiven = true;
			}
			made++;
		}
		// written without events, so the public counts are told of every demo case at once
		counts.queueAll();
		log.info("Demo cases: {} cases", made);
	}

	/**
	 * Takes the case through the workflow at plausible past instants; older cases went further.
	 * @return whether it ended resolved by the authority and waits for a monitor
	 */
	private boolean walk(CaseFile file, long days, Long authority, long coordinator, Instant at, Instant now,
			Random random, List<Reply> pendingReplies) {
		Instant t = at.plus(Duration.ofHours(6 + random.nextInt(60)));
		if (days < 3 || t.isAfter(now)) {
			return false;
		}
		int roll = random.nextInt(100);
		if (roll < 6) {
			file.apply(CaseAction.REJECT, file.getVersion(), CaseActor.COORDINATOR, coordinator,
					Change.notes(null, "الشكوى لا تتعلق بخدمة عامة."), t);
			return false;
		}
		if (roll < 10) {
			file.apply(CaseAction.REQUEST_INFO, file.getVersion(), CaseActor.COORDINATOR, coordinator,
					Change.notes(null, "نرجو تحديد اسم الحي أو المرفق بدقة."), t);
			return false;
		}
		file.apply(CaseAction.VERIFY, file.getVersion(), CaseActor.COORDINATOR, coordinator,
				Change.notes("تواصلنا مع مقدم الشكوى وتأكدنا من التفاصيل.", null), t);
		if (authority == null || days < 6) {
			return false;
		}
		AuthoritySummary unit = registry.authority(authority);
		t = t.plus(Duration.ofHours(12 + random.nextInt(48)));
		int deadline = unit.replyDeadlineDays() > 0 ? unit.replyDeadlineDays() : 14;
		Instant due = t.plus(Duration.ofDays(deadline));
		file.apply(CaseAction.REFER, file.getVersion(), CaseActor.COORDINATOR, coordinator,
				new Change(unit.id(), due, null, null, "أحيلت الحالة إلى الجهة المسؤولة."), t);
		int answer = random.nextInt(100);
		Instant replyAt = t.plus(Duration.ofDays(1 + random.nextInt(deadline + 10)));
		if (answer < 25 || replyAt.isAfter(now)) {
			if (due.isBefore(now)) {
				file.markOverdue(due.plus(Duration.ofHours(1)));
			}
			return false;
		}
		CaseAction kind = answer < 35 ? CaseAction.REPLY_NOT_RESPONSIBLE : answer < 50
				? CaseAction.REPLY_IN_PROGRESS : answer < 60 ? CaseAction.REPLY_SCHEDULED : CaseAction.REPLY_RESOLVED;
		String message = kind == CaseAction.REPLY_NOT_RESPONSIBLE ? REPLIES[3]
				: kind == CaseAction.REPLY_RESOLVED ? REPLIES[2] : REPLIES[random.nextInt(2)];
		LocalDate scheduledFor = kind == CaseAction.REPLY_SCHEDULED
				? LocalDate.ofInstant(replyAt, ZoneOffset.UTC).plusDays(20) : null;
		String responsible = kind == CaseAction.REPLY_NOT_RESPONSIBLE ? "البلدية" : null;
		file.apply(kind, file.getVersion(), CaseActor.AUTHORITY, null, Change.reply(message, scheduledFor, responsible),
				replyAt);
		Reply reply = new Reply(file.getId(), unit.id(), kind, message, scheduledFor, responsible, "LINK", replyAt);
		if (random.nextInt(4) > 0 || Duration.between(replyAt, now).toDays() > 20) {
			reply.moderate(Moderation.APPROVED, message, coordinator, replyAt.plus(Duration.ofHours(20)));
		}
		pendingReplies.add(reply);
		if (kind != CaseAction.REPLY_RESOLVED) {
			if (kind == CaseAction.REPLY_NOT_RESPONSIBLE && Duration.between(replyAt, now).toDays() > 30) {
				file.apply(CaseAction.CLOSE_UNRESOLVED, file.getVersion(), CaseActor.COORDINATOR, coordinator,
						Change.notes(null, "لم تحدد أي جهة مسؤوليتها عن المشكلة."), replyAt.plus(Duration.ofDays(25)));
			}
			return false;
		}
		Instant check = replyAt.plus(Duration.ofDays(3 + random.nextInt(12)));
		if (check.isAfter(now)) {
			return true;
		}
		boolean fixed = random.nextInt(100) < 75;
		file.apply(fixed ? CaseAction.CONFIRM_FIX : CaseAction.REOPEN, file.getVersion(), CaseActor.COORDINATOR,
				coordinator, Change.notes(null, fixed ? "زار راصد الموقع وتأكد من حل المشكلة."
						: "زار راصد الموقع ووجد المشكلة ما زالت قائمة."), check);
		return false;
	}

	private static String[] pick(String[][] from, Random random) {
		return from[random.nextInt(from.length)];
	}
}
