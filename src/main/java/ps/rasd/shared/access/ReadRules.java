package ps.rasd.shared.access;

import java.time.Instant;
import java.util.EnumSet;

import ps.rasd.shared.Tier;

/**
 * The read rules of Rasd, one per kind of record, all in this one file so that they can be read, argued about and
 * table-tested together ({@code ReadRulesTests}). A module that adds a kind of record adds its rule here.
 */
public final class ReadRules {

	private ReadRules() {
	}

	/**
	 * Casework: cases and monitoring visits (and their evidence). Administrators and analysts read all in full;
	 * coordinators the records of their governorates; anyone what they made; a monitor what they are assigned to
	 * (a visit to make, a fix to check, also after the check). Beyond the staff, records are read as their redacted
	 * copy: partners those shared with partners (or with their organisation) once the embargo has passed, everyone
	 * those made public once the embargo has passed. Sealed identities: administrators and the coordinators of the
	 * record's governorate.
	 */
	public static final ReadRule CASEWORK = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			if (reader.readsEverything()) {
				return Scope.EVERYTHING;
			}
			return Scope.anyOf(Scope.inGovernorates(reader.governoratesAs(Role.COORDINATOR)),
					Scope.ownedBy(reader.personId()),
					reader.is(Role.MONITOR) ? Scope.assignedTo(reader.personId()) : Scope.NOTHING);
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			return released(reader, now);
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return reader.isIn(Role.COORDINATOR, governorate);
		}
	};

	/**
	 * Documentation of violations of public freedoms (events with their acts, victims, sources and interventions).
	 * Only administrators and the documenters of the event's governorate read an event in full, whoever reported
	 * it; everyone else reads nothing but the redacted copy a documenter published (partners also what was shared
	 * with partners or their organisation), once its embargo has passed. Sealed identities of victims and sources:
	 * administrators and the documenters of the governorate.
	 */
	public static final ReadRule DOCUMENTATION = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			if (reader.is(Role.ADMIN)) {
				return Scope.EVERYTHING;
			}
			return Scope.inGovernorates(reader.governoratesAs(Role.DOCUMENTER));
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			return released(reader, now);
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return reader.isIn(Role.DOCUMENTER, governorate);
		}
	};

	/**
	 * People and organisations of the coalition (members, volunteers, staff, board, partner contacts). Contact
	 * details and the whole record: administrators, the coordinators of the person's governorate, and the person
	 * themself (their linked account). Staff who organise work (analysts, coordinators elsewhere, documenters) read
	 * the record without contact details; partners and the public only what a person agreed to publish (tier
	 * {@code PUBLIC}), e.g. a board member's name and position. Sealed: as the full record.
	 */
	public static final ReadRule PEOPLE = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			if (reader.is(Role.ADMIN)) {
				return Scope.EVERYTHING;
			}
			return Scope.anyOf(Scope.inGovernorates(reader.governoratesAs(Role.COORDINATOR)),
					Scope.ownedBy(reader.personId()));
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			if (reader.is(Role.ANALYST) || reader.is(Role.COORDINATOR) || reader.is(Role.DOCUMENTER)) {
				return Scope.EVERYTHING;
			}
			return Scope.released(EnumSet.of(Tier.PUBLIC), now);
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return reader.isIn(Role.COORDINATOR, governorate);
		}
	};

	/**
	 * Whether the reader sees small counts (cells of fewer than five records) that public figures withhold:
	 * administrators, analysts and coordinators.
	 */
	public static boolean seesSmallCounts(Reader reader) {
		return reader.readsEverything() || reader.is(Role.COORDINATOR);
	}

	/**
	 * Editorial records of the forum's voice: website pages, news posts, publications of the library, newsletter
	 * issues, media productions. Administrators and coordinators (the forum's editors) read and edit every one,
	 * drafts included; everyone else reads what is published (tier {@code PUBLIC}) once its publication time has
	 * come. No governorate narrows it: the forum speaks with one voice. Nothing is sealed.
	 */
	public static final ReadRule EDITORIAL = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			return reader.is(Role.ADMIN) || reader.is(Role.COORDINATOR) ? Scope.EVERYTHING : Scope.NOTHING;
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			return publicNow(now);
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return false;
		}
	};

	/**
	 * Who registered for an activity and who attended (names and contacts): administrators and the coordinators of
	 * the activity's governorate, who run it and take attendance at the door. Nobody else reads an attendee list,
	 * not even a copy: analysts, other staff, partners and the public see counts only. Sealed: as the full list.
	 */
	public static final ReadRule ATTENDEES = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			if (reader.is(Role.ADMIN)) {
				return Scope.EVERYTHING;
			}
			return Scope.inGovernorates(reader.governoratesAs(Role.COORDINATOR));
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			return Scope.NOTHING;
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return reader.isIn(Role.COORDINATOR, governorate);
		}
	};

	/** Whether the reader edits the forum's pages, news, publications and newsletter ({@link #EDITORIAL}). */
	public static boolean edits(Reader reader) {
		return EDITORIAL.full(reader, Instant.EPOCH) == Scope.EVERYTHING;
	}

	/**
	 * Advocacy: the laws and policies tracked, campaigns, their citations, position papers, meetings with decision
	 * makers and the commitments made there. The advocacy team — administrators, coordinators and analysts (who
	 * write the papers from the evidence) — reads and edits every record, drafts included; everyone else reads what
	 * the team published (tier {@code PUBLIC}) once its publication time has come. Not {@link #EDITORIAL}: analysts
	 * write advocacy papers but not the website's pages. No governorate narrows it: the coalition speaks with one
	 * voice. Nothing is sealed; a cited record keeps its own rule.
	 */
	public static final ReadRule ADVOCACY = new ReadRule() {

		@Override
		public Scope full(Reader reader, Instant now) {
			return reader.readsEverything() || reader.is(Role.COORDINATOR) ? Scope.EVERYTHING : Scope.NOTHING;
		}

		@Override
		public Scope copy(Reader reader, Instant now) {
			return publicNow(now);
		}

		@Override
		public boolean readsSealed(Reader reader, String governorate) {
			return false;
		}
	};

	/** Whether the reader works on advocacy records ({@link #ADVOCACY}). */
	public static boolean advocates(Reader reader) {
		return ADVOCACY.full(reader, Instant.EPOCH) == Scope.EVERYTHING;
	}

	/** What is published, for everyone: tier {@code PUBLIC} once the embargo has passed. */
	public static Scope publicNow(Instant now) {
		return Scope.released(EnumSet.of(Tier.PUBLIC), now);
	}

	/** Released copies: partners read what is shared with partners or their organisation, everyone what is public. */
	private static Scope released(Reader reader, Instant now) {
		if (reader.is(Role.PARTNER)) {
			return Scope.anyOf(Scope.released(EnumSet.of(Tier.PARTNERS, Tier.PUBLIC), now),
					Scope.sharedWith(reader.organisationId()));
		}
		return publicNow(now);
	}
}
