package org.steerdesk.awards;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steerdesk.audit.AuditAction;
import org.steerdesk.audit.AuditLog;
import org.steerdesk.records.Column;
import org.steerdesk.records.RecordTable;
import org.steerdesk.records.RecordValues;
import org.steerdesk.shared.Actor;
import org.steerdesk.shared.Permission;

/** The certificate templates of an authority, one per form, with the defaults a form without one prints; adjusted by its secretariat. */
@Service
@Transactional(readOnly = true)
public class CertificateTemplates {

	static final String RECORD = "award-certificate";

	static final RecordTable CHECKS = RecordTable.of("award_certificate_templates", RECORD, Column.text("heading", 300).required(),
			Column.text("wording", 100).required(), Column.text("title", 100).required(), Column.text("signer_prefix", 200),
			Column.text("signer_title", 200).required(), Column.text("signer_name", 200));

	private final JdbcClient jdbc;

	private final Authorities authorities;

	private final MessageSource messages;

	private final AuditLog audit;

	CertificateTemplates(JdbcClient jdbc, Authorities authorities, MessageSource messages, AuditLog audit) {
		this.jdbc = jdbc;
		this.authorities = authorities;
		this.messages = messages;
		this.audit = audit;
	}

	/** The template of an authority's form: its own, else the defaults. */
	public CertificateTemplate of(Authority authority, AwardForm form) {
		return jdbc.sql("SELECT * FROM award_certificate_templates WHERE authority_id = ? AND form = ?")
			.params(authority.id(), form.name())
			.query((rs, n) -> new CertificateTemplate(form, rs.getString("heading"), rs.getString("wording"), rs.getString("title"),
					rs.getString("signer_prefix"), rs.getString("signer_title"), rs.getString("signer_name")))
			.optional()
			.orElseGet(() -> defaults(authority, form));
	}

	/** What a form prints until the secretariat adjusts it: the authority, "TẶNG", the form's title, the authority as signer. */
	CertificateTemplate defaults(Authority authority, AwardForm form) {
		Locale vi = DecisionIssuing.VI;
		return new CertificateTemplate(form, authority.nameVi(), messages.getMessage("awards.cert.wording", null, vi),
				messages.getMessage("awards.cert.title." + form, null, vi), null, authority.nameVi().toUpperCase(vi), null);
	}

	/** Every form's template of the authority the actor manages. */
	public Map<AwardForm, CertificateTemplate> all(String authorityCode, Actor actor) {
		Authority authority = authorities.require(authorityCode, Permission.MANAGE, actor);
		Map<AwardForm, CertificateTemplate> out = new LinkedHashMap<>();
		for (AwardForm form : AwardForm.values()) {
			out.put(form, of(authority, form));
		}
		return out;
	}

	/**
	 * Saves the template of one form of an authority the actor manages.
	 * @throws org.steerdesk.shared.InvalidRecordException naming each field at fault
	 */
	@Transactional
	public void save(String authorityCode, CertificateTemplate template, Actor actor) {
		Authority authority = authorities.require(authorityCode, Permission.MANAGE, actor);
		RecordValues values = CHECKS.values();
		if (template.form() == null) {
			values.violations().add("form", "validation.required");
		}
		String heading = values.text("heading", template.heading());
		String wording = values.text("wording", template.wording());
		String title = values.text("title", template.title());
		String prefix = values.text("signer_prefix", template.signerPrefix());
		String signerTitle = values.text("signer_title", template.signerTitle());
		String signerName = values.text("signer_name", template.signerName());
		values.throwIfAny();
		int updated = jdbc.sql("""
				UPDATE award_certificate_templates SET heading = ?, wording = ?, title = ?, signer_prefix = ?, signer_title = ?, signer_name = ?,
				version = version + 1 WHERE authority_id = ? AND form = ?""")
			.params(heading, wording, title, prefix, signerTitle, signerName, authority.id(), template.form().name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO award_certificate_templates (authority_id, form, heading, wording, title, signer_prefix, signer_title, signer_name)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(authority.id(), template.form().name(), heading, wording, title, prefix, signerTitle, signerName)
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("form", template.form().name());
		after.put("heading", heading);
		after.put("title", title);
		after.put("signerTitle", signerTitle);
		audit.record(actor.username(), AuditAction.UPDATE, RECORD, authority.code(), null, after);
	}
}
