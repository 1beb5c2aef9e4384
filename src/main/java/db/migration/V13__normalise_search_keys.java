package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.steerdesk.shared.VietnameseText;

/**
 * Search keys of channels, partners, delegations and meetings written in their typed form (with
 * diacritics and capitals) are rewritten in the form every search compares with: lower case,
 * without diacritics. Idempotent: a key already in that form is left as it is.
 */
public class V13__normalise_search_keys extends BaseJavaMigration {

	private static final String[] TABLES = { "media_channels", "ext_partners", "ext_delegations", "ext_meetings" };

	@Override
	public void migrate(Context context) throws Exception {
		for (String table : TABLES) {
			Map<Long, String> changed = new LinkedHashMap<>();
			try (Statement select = context.getConnection().createStatement();
					ResultSet rows = select.executeQuery("SELECT id, search_key FROM " + table)) {
				while (rows.next()) {
					String key = rows.getString(2);
					String normal = key == null ? null : VietnameseText.searchKey(key);
					if (normal != null && !normal.equals(key)) {
						changed.put(rows.getLong(1), normal);
					}
				}
			}
			try (PreparedStatement update = context.getConnection().prepareStatement("UPDATE " + table + " SET search_key = ? WHERE id = ?")) {
				for (Map.Entry<Long, String> row : changed.entrySet()) {
					update.setString(1, row.getValue());
					update.setLong(2, row.getKey());
					update.addBatch();
				}
				update.executeBatch();
			}
		}
	}
}
