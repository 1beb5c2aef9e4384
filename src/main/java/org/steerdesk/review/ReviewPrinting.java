package org.steerdesk.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.org.Committee;
import org.steerdesk.org.CommitteeMember;
import org.steerdesk.org.Committees;
import org.steerdesk.org.MemberRole;
import org.steerdesk.org.OrgUnit;
import org.steerdesk.org.People;
import org.steerdesk.org.Person;
import org.steerdesk.org.Units;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.ProvinceTime;

/**
 * A review as DOCX or PDF: an issued review's stored documents, a draft's made now (marked as a
 * draft, signed provisionally); and the address printed before the drill-down links.
 */
@Service
@Transactional(readOnly = true)
public class ReviewPrinting {

	private final JdbcClient jdbc;

	private final Reviews reviews;

	private final ReviewDocuments documents;

	private final Committees committees;

	private final Units units;

	private final People people;

	private final MessageSource messages;

	private final String publicUrl;

	/** Hosts a request may name when no public address is set; any other Host header is not printed in a document. */
	private final List<String> allowedHosts;

	ReviewPrinting(JdbcClient jdbc, Reviews reviews, ReviewDocuments documents, Committees committees, Units units, People people,
			MessageSource messages, @Value("${steerdesk.public-url:}") String publicUrl,
			@Value("${steerdesk.web.allowed-hosts:localhost,127.0.0.1,[::1]}") List<String> allowedHosts) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.documents = documents;
		this.committees = committees;
		this.units = units;
		this.people = people;
		this.messages = messages;
		this.publicUrl = publicUrl;
		this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * The review as DOCX or PDF: an issued review's stored document, exactly as issued; a draft's
	 * made now from its live figures and latest narrative (number left blank, marked as a draft).
	 */
	public byte[] document(long id, org.steerdesk.documents.DocumentFormat format, Actor actor, String baseUrl) {
		Review review = reviews.get(id, actor);
		if (review.issued()) {
			String column = format == org.steerdesk.documents.DocumentFormat.DOCX ? "docx" : "pdf";
			return jdbc.sql("SELECT " + column + " FROM reviews WHERE id = ?").param(id).query(byte[].class).single();
		}
		ReviewView view = reviews.view(id, actor, review.locale());
		return documents.write(format, view, draftSignature(review), base(baseUrl));
	}

	/** The date, place and signature the document of a draft shows until it is issued: today, the scope's place, the committee's head. */
	IssueForm draftSignature(Review review) {
		Committee committee = reviews.committeeOf(review);
		IssueForm form = new IssueForm();
		form.setDate(ReviewIssuing.defaultDate(review, ProvinceTime.today()));
		form.setPlace(placeOf(units.byId(committee.scopeUnitId()).orElseThrow(), review.locale()));
		// "TM." in the state's style (Decree 30), "T/M" in the Party's (Guideline 36)
		form.setSignaturePrefix(messages.getMessage("review.issue.defaultPrefix." + committee.documentStyle(), null,
				messages.getMessage("review.issue.defaultPrefix", null, review.locale()), review.locale()));
		form.setSignerTitle(messages.getMessage("review.issue.defaultTitle", null, review.locale()));
		form.setSignerName(head(committee).map(Person::fullName).orElse(""));
		return form;
	}

	/**
	 * The address printed before each drill-down in a document: {@code steerdesk.public-url}, else the
	 * request's own address when its host is one the server is configured for; else none (the paths
	 * alone), so that a forged Host header never ends up in an issued document.
	 */
	String base(String requestBase) {
		if (publicUrl != null && !publicUrl.isBlank()) {
			return publicUrl.replaceAll("/+$", "");
		}
		if (requestBase == null || requestBase.isBlank()) {
			return "";
		}
		try {
			String host = java.net.URI.create(requestBase).getHost();
			return host != null && allowedHosts.contains(host.toLowerCase(java.util.Locale.ROOT)) ? requestBase.replaceAll("/+$", "") : "";
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	private Optional<Person> head(Committee committee) {
		LocalDate today = ProvinceTime.today();
		return committees.members(committee.id())
			.stream()
			.filter(m -> m.role() == MemberRole.HEAD && m.isCurrentOn(today))
			.map(CommitteeMember::personId)
			.findFirst()
			.flatMap(pid -> people.byIds(List.of(pid)).stream().findFirst());
	}

	/** "Tỉnh Lạng Sơn (dữ liệu demo)" → "Lạng Sơn": the place name of a unit, without its kind. */
	static String placeOf(OrgUnit unit, Locale locale) {
		return org.steerdesk.documents.OfficialDocument.placeName(unit.name(locale));
	}
}
